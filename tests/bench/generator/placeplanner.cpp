// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/placeplanner.h"

#include "tests/bench/generator/text.h"
#include "tests/bench/vocabulary/places.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

PlacePlanner::PlacePlanner(OfficePlan& plan, Random& random) : m_plan(plan), m_random(random) {}

void PlacePlanner::addCities()
{
    for (const PolishCityData& data : polishCities) {
        City city;
        city.name = data.name.toString();
        city.country = u"PL"_s;
        city.in = data.in.toString();
        city.genitive = data.genitive.toString();
        city.from = fromPolishCity(data.genitive);
        city.uk = data.uk.toString();
        city.region = u"województwo "_s + data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        city.regionalCapital =
            std::any_of(std::begin(regionalCentres), std::end(regionalCentres),
                        [&](const RegionalCentreData& centre) { return centre.city == data.name; });
        m_plan.cities.push_back(std::move(city));
    }
    for (const UkrainianCityData& data : ukrainianCities) {
        City city;
        city.name = data.pl.toString();
        city.country = u"UA"_s;
        city.in = data.inPl.toString();
        city.genitive = withoutPreposition(data.fromPl);
        city.from = data.fromPl.toString();
        city.uk = data.uk.toString();
        city.fromUk = data.fromUk.toString();
        city.stem = data.stem.toString();
        city.region = data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        city.regionalCapital = data.regionalCapital;
        m_plan.cities.push_back(std::move(city));
    }
    for (const ForeignCityData& data : foreignCities) {
        City city;
        city.name = data.name.toString();
        city.country = data.country.toString();
        city.genitive = withoutPreposition(data.fromPl);
        city.from = data.fromPl.toString();
        city.uk = data.uk.toString();
        city.localGenitive = data.genitive.toString();
        city.hall = data.hall.toString();
        city.region = data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        m_plan.cities.push_back(std::move(city));
    }
    for (const TravelData& pair : travelTimes) {
        const int a = m_plan.cityIndex(pair.a);
        const int b = m_plan.cityIndex(pair.b);
        if (a >= 0 && b >= 0) {
            m_plan.cities[std::size_t(a)].travel.emplace_back(b, pair.minutes);
            m_plan.cities[std::size_t(b)].travel.emplace_back(a, pair.minutes);
        }
    }
}

QString PlacePlanner::streetAndNumber(const City& city)
{
    const QString number = QString::number(m_random.between(1, 120));
    if (city.country == u"PL") {
        return m_random.pick(streetsPl).toString() + u' ' + number;
    }
    if (city.country == u"UA") {
        return m_random.pick(streetsUk).toString() + u", "_s + number;
    }
    for (const StreetList& list : foreignStreets) {
        if (list.country == city.country) {
            return m_random.pick(list.streets).toString() + u' ' + number;
        }
    }
    return number;
}

QString PlacePlanner::address(const City& city)
{
    QString street = streetAndNumber(city);
    if (city.country == u"PL") {
        if (m_random.percent(15)) {
            street += u'/' + QString::number(m_random.between(1, 12));
        }
        return u"%1, %2-%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    if (city.country == u"UA") {
        return u"%1, %2, %3%4"_s.arg(street, city.uk, city.postal, digits(m_random, 3));
    }
    if (city.country == u"NO") {
        return u"%1, %2%3 %4"_s.arg(street, city.postal, digits(m_random, 2), city.name);
    }
    if (city.country == u"LT") {
        return u"%1, LT-%2%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    if (city.country == u"DE") {
        return u"%1, %2%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    // Czech and Swedish codes: "755 01 Vsetín", "111 22 Stockholm"
    return u"%1, %2 %3 %4"_s.arg(street, city.postal, digits(m_random, 2), city.name);
}

QString PlacePlanner::phone(const City& city)
{
    // "000" in the middle: made-up numbers, as in the sample data
    return u"%1 %2 000 %3 %4"_s.arg(country(city.country).phonePrefix, city.area, digits(m_random, 2),
                                    digits(m_random, 2));
}

} // namespace BenchmarkData
