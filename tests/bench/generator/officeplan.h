// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's data as it is planned in memory before it is written. Items refer to each other by
// their index; written, the index becomes the row id (index + 1).

#include "tests/bench/generator/random.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <map>
#include <utility>
#include <vector>

namespace BenchmarkData {

struct City
{
    QString name; // as the city column holds it: Polish names for Ukrainian cities, as the sample does
    QString country;
    QString in;       // Polish: "w Płocku"
    QString genitive; // Polish: "Płocka", "Lwowa", "Oslo"
    QString from;     // Polish: "z Płocka"
    QString uk;       // Ukrainian: "Плоцьк"
    QString fromUk;   // Ukrainian: "зі Львова" (Ukrainian cities only)
    QString stem;     // of the Ukrainian adjective: "Львівськ"
    QString localGenitive;
    QString hall;
    QString region; // in Polish
    QString postal;
    QString area;
    int size = 0;
    bool regionalCapital = false;
    std::vector<int> institutions;
    std::vector<int> people;                 // working at its institutions
    std::vector<std::pair<int, int>> travel; // (city, minutes) from the travel-time table
};

struct Institution
{
    QString name;
    QString shortName;
    QString kind;
    QString country;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString notes;
    QString domain; // of its staff's e-mail addresses
    QString pl;     // the name in Polish, for a foreign institution that has one
    QString uk;     // the name in Ukrainian, for a Polish institution that has one
    int city = -1;
};

struct Person
{
    QString given;
    QString family;
    QString latinGiven;
    QString latinFamily;
    QString position;
    QString country;
    QString languages;
    QString email;
    QString phone;
    QString diet = QStringLiteral("none");
    QString dietNote;
    QString accessibility;
    QString notes;
    int institution = -1;
    bool female = false;
    int busyUntil = 0;  // Julian day of the last day of the last visit taken part in
    int lastVisit = -1; // index of that visit
    int firstVisit = 0; // Julian day of the first visit taken part in, 0 for none
    int consentDay = 0; // Julian day, 0 for none
};

struct Project
{
    QString name;
    QString acronym;
    QString funder;
    QString agreement;
    QString currency;
    QString notes;
    QStringList focus;
    int firstDay = 0;
    int lastDay = 0;
    qint64 totalValue = 0;
    qint64 coFinancing = 0;
    std::vector<int> partners;
};

struct Group
{
    QString name;
    QString meetingPl;
    QString meetingUk;
    QString notes;
    QStringList countries;
    int intervalDays = 0;
    int fromDay = 0;
    std::vector<int> members;
    int lastMeeting = 0;
    int nextHost = 0;
};

struct Participant
{
    int id = 0;
    int person = -1;
    QString role;
    QString arrival;
    QString departure;
    QString accommodation;
    QString notes;
};

struct Visit
{
    int id = 0;
    QString title;
    QString titleUk;
    QString titleEn;
    QString kind;
    QString status;
    QString timeZone;
    QString sendingCountry;
    QString sendingRegion;
    QString workingLanguages;
    QString printLanguages;
    QString notes;
    int firstDay = 0; // Julian days
    int lastDay = 0;
    int host = -1;
    int sending = -1;
    int project = -1;
    int group = -1;
    int coordinator = -1;
    int city = -1;         // where the programme takes place
    QString guestLanguage; // what the guests speak (or the hosts, abroad), for interpretation
    QString venueLanguage; // what the sessions are held in
    QString hotel;         // for visits with nights
    bool ukTexts = false;  // Ukrainian titles for the visit and its sessions
    std::vector<Participant> participants;
    int sessions = 0;
};

/// One programme item, as written.
struct Session
{
    QString startsAt;
    QString endsAt;
    QString title;
    QString titleUk;
    QString description;
    QString descriptionUk;
    QString kind;
    QString room;
    QString address;
    QString city;
    QString language;
    QString interpretation; // InterpretationMode's key, empty for none
    QString interpretedInto;
    QString notes;
    int venue = -1;
    bool wholeDelegation = true;
    std::vector<std::pair<int, QString>> people; // (person, role)
    std::vector<int> audience;                   // participant ids
};

/// A coordinator of the office, and the years they worked there.
struct Coordinator
{
    int person = -1;
    int fromYear = 0;
    int toYear = 0;
};

/// Everything planned so far, and the indexes the planners choose people and institutions from.
struct OfficePlan
{
    std::vector<City> cities;
    std::vector<Institution> institutions;
    std::vector<Person> people;
    std::vector<Project> projects;
    std::vector<Group> groups;
    std::vector<Visit> visits;
    std::vector<Coordinator> coordinators;

    int home = -1;                                       // the office's own institution
    std::vector<std::vector<int>> staff;                 // people by institution
    std::map<QString, std::vector<int>> peopleByCountry; // affiliated people
    std::map<QString, std::vector<int>> interpreters;    // by language
    std::vector<int> guides;
    std::vector<int> experts;
    std::map<QString, WeightedTable> partners; // institutions that send, host abroad or join networks
    WeightedTable polishHosts;

    int cityIndex(QStringView name) const;
    int pickPolishHost(Random& random) const;
    int pickPartner(Random& random, QStringView countryCode) const;
};

} // namespace BenchmarkData
