// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's vocabulary of places: Polish, Ukrainian and other cities, the countries,
// their streets, and the travel times the coordinator has timed.

#include <QStringView>

#include <array>
#include <span>

namespace BenchmarkData {

struct PolishCityData
{
    QStringView name;
    QStringView in;       // "w Płocku", "we Wrocławiu"
    QStringView genitive; // "Płocka"
    QStringView uk;       // the name in Ukrainian
    QStringView region;   // the voivodeship, as in "województwo mazowieckie"
    QStringView postal;   // the first two digits of its postal codes
    QStringView area;     // the telephone area code
    int size;             // 0 Warsaw, 1 large city, 2 town, 3 small town, 4 rural commune
};
extern const std::span<const PolishCityData> polishCities;

/// The voivodeship's social-policy centre, in its capital.
struct RegionalCentreData
{
    QStringView city;
    QStringView name;
    QStringView shortName;
};
extern const std::span<const RegionalCentreData> regionalCentres;

struct UniversityData
{
    QStringView city;
    QStringView name;
    QStringView shortName;
    QStringView pl; // the Polish name of a Ukrainian university, else empty
};
extern const std::span<const UniversityData> polishUniversities;
extern const std::span<const UniversityData> ukrainianUniversities;
extern const std::span<const QStringView> warsawDistricts;

struct UkrainianCityData
{
    QStringView uk;
    QStringView stem;   // of the adjective: "Львівськ" + "ий" / "а" / "ої"
    QStringView fromUk; // "зі Львова"
    QStringView pl;     // the Polish name, stored in the city column
    QStringView fromPl; // "ze Lwowa"
    QStringView inPl;   // "we Lwowie"
    QStringView region; // in Polish
    QStringView postal; // the first two digits of its postal codes
    QStringView area;
    int size; // 1 city of a million, 2 regional capital, 3 town, 4 small town
    bool regionalCapital;
};
extern const std::span<const UkrainianCityData> ukrainianCities;

/// A city in Norway, Czechia, Lithuania, Germany or Sweden.
struct ForeignCityData
{
    QStringView country;
    QStringView name;
    QStringView genitive; // in the local language, where names need it ("Vilniaus", "Brna")
    QStringView hall;     // the city's administration
    QStringView fromPl;   // "z Oslo", "ze Sztokholmu"
    QStringView uk;
    QStringView region; // in Polish
    QStringView postal;
    QStringView area;
    int size;
};
extern const std::span<const ForeignCityData> foreignCities;

struct CountryData
{
    QStringView code;
    QStringView timeZone;
    QStringView phonePrefix;
    QStringView mailbox;      // the institution's general address: "sekretariat@…"
    QStringView language;     // what its delegations speak
    QStringView interpreting; // what a Polish host interprets into for them
    QStringView inPolish;     // "języka ukraińskiego": for interpreters' positions
    QStringView languagesA;   // what its people speak, most often
    QStringView languagesB;
};
extern const std::span<const CountryData> countries;

/// The country of `code`, or Poland for a code the vocabulary does not know.
const CountryData& country(QStringView code);
extern const std::span<const QStringView> streetsPl;
extern const std::span<const QStringView> streetsUk;

struct StreetList
{
    QStringView country;
    std::array<QStringView, 6> streets;
};
extern const std::span<const StreetList> foreignStreets;

// Pairs of cities the coordinator has timed, in minutes by coach; the sample data's three first.
struct TravelData
{
    QStringView a;
    QStringView b;
    int minutes;
};
extern const std::span<const TravelData> travelTimes;

} // namespace BenchmarkData
