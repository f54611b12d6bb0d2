// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/institutionplanner.h"

#include "tests/bench/generator/placeplanner.h"
#include "tests/bench/generator/text.h"
#include "tests/bench/vocabulary/institutions.h"
#include "tests/bench/vocabulary/places.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

InstitutionPlanner::InstitutionPlanner(OfficePlan& plan, Random& random, PlacePlanner& places)
    : m_plan(plan), m_random(random), m_places(places)
{}

void InstitutionPlanner::plan(int total)
{
    if (total <= 0) {
        return;
    }
    addHomeInstitution();

    // Shares of the foreign institutions, per mille; the rest are Polish.
    const std::pair<QStringView, int> shares[] = {
        {u"UA", 270}, {u"NO", 30}, {u"CZ", 30}, {u"LT", 20}, {u"DE", 20}, {u"SE", 10},
    };
    std::map<QString, int> counts;
    int foreign = 0;
    for (const auto& [code, share] : shares) {
        const int count = std::min((total - 1) * share / 1000, total - 1 - foreign);
        counts[code.toString()] = count;
        foreign += count;
    }
    counts[u"PL"_s] = total - 1 - foreign;

    for (const QString& code : {u"PL"_s, u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s}) {
        std::vector<int> cityIndexes;
        std::vector<int> weights;
        for (std::size_t i = 0; i < m_plan.cities.size(); ++i) {
            const City& city = m_plan.cities[i];
            if (city.country != code) {
                continue;
            }
            static constexpr int polishWeights[] = {140, 36, 16, 9, 5};
            static constexpr int otherWeights[] = {16, 16, 13, 10, 8};
            cityIndexes.push_back(int(i));
            weights.push_back(code == u"PL" ? polishWeights[city.size] : otherWeights[city.size]);
        }
        const std::vector<int> perCity = apportion(counts[code], weights);
        for (std::size_t i = 0; i < cityIndexes.size(); ++i) {
            if (code == u"PL") {
                addPolishCity(cityIndexes[i], perCity[i]);
            } else if (code == u"UA") {
                addUkrainianCity(cityIndexes[i], perCity[i]);
            } else {
                addForeignCity(cityIndexes[i], perCity[i]);
            }
        }
    }
    indexInstitutions();
}

int InstitutionPlanner::addInstitution(Institution institution, int city)
{
    institution.city = city;
    finishInstitution(institution, m_plan.cities[std::size_t(city)]);
    m_institutionNames.insert(institution.name);
    m_plan.institutions.push_back(std::move(institution));
    const int index = int(m_plan.institutions.size()) - 1;
    m_plan.cities[std::size_t(city)].institutions.push_back(index);
    return index;
}

void InstitutionPlanner::finishInstitution(Institution& institution, const City& city)
{
    institution.country = city.country;
    if (institution.address.isEmpty()) {
        institution.address = m_places.address(city);
    }
    if (m_random.percent(85)) {
        institution.phone = m_places.phone(city);
    }
    const QString slug =
        asciiSlug(institution.shortName.isEmpty() ? institution.name : institution.shortName);
    institution.domain = (slug.isEmpty() ? u"instytucja"_s : slug) + u".example"_s;
    if (m_random.percent(80)) {
        institution.email = country(city.country).mailbox.toString() + u'@' + institution.domain;
    }
    if (m_random.percent(55)) {
        institution.website = u"https://"_s + institution.domain;
    }
    if (m_random.percent(5)) {
        institution.notes = m_random.pick(institutionNotes).toString();
    }
}

/// Makes `name` unique among the institutions: the same foundation name in two cities gets its city.
QString InstitutionPlanner::uniqueName(const QString& name, const City& city)
{
    if (!m_institutionNames.contains(name)) {
        return name;
    }
    QString candidate = u"%1 (%2)"_s.arg(name, city.name);
    for (int n = 2; m_institutionNames.contains(candidate); ++n) {
        candidate = u"%1 (%2, %3)"_s.arg(name, city.name).arg(n);
    }
    return candidate;
}

void InstitutionPlanner::addHomeInstitution()
{
    const int warsaw = m_plan.cityIndex(u"Warszawa");
    Institution home;
    home.name = u"Mazowieckie Centrum Polityki Społecznej"_s;
    home.shortName = u"MCPS"_s;
    home.uk = u"Мазовецький центр соціальної політики"_s;
    home.kind = u"regional_centre"_s;
    home.address = u"ul. Kolejowa 12, 00-844 Warszawa"_s;
    home.notes = u"Koordynator wizyt studyjnych; sala konferencyjna na 60 osób, sala szkoleniowa."_s;
    m_plan.home = addInstitution(std::move(home), warsaw);
    Institution& added = m_plan.institutions[std::size_t(m_plan.home)];
    added.phone = u"+48 22 000 76 00"_s;
    added.email = u"sekretariat@mcps.example"_s;
    added.website = u"https://mcps.example"_s;
    added.domain = u"mcps.example"_s;
}

void InstitutionPlanner::addPolishCity(int city, int count)
{
    int made = 0;
    const City& place = m_plan.cities[std::size_t(city)];
    for (int group = 1; group <= 17 && made < count; ++group) {
        if (group == 2 && place.size == 0) {
            addWarsawDistricts(city, made, count);
        }
        if (group == 3 && place.regionalCapital && made < count) {
            for (const RegionalCentreData& centre : regionalCentres) {
                if (centre.city == place.name) {
                    Institution institution;
                    institution.name = centre.name.toString();
                    institution.shortName = centre.shortName.toString();
                    institution.kind = u"regional_centre"_s;
                    addInstitution(std::move(institution), city);
                    ++made;
                }
            }
        }
        if (group == 9) {
            addUniversities(city, made, count);
        }
        if (made < count && addPolishGroup(city, group)) {
            ++made;
        }
    }
    // The rest: care homes, day centres, foundations, associations, schools...
    WeightedTable repeating;
    for (std::size_t i = 0; i < std::size(polishTemplates); ++i) {
        const PolishTemplate& t = polishTemplates[i];
        if (t.group == 0 && (t.sizes & (1 << place.size))) {
            repeating.add(int(i), t.weight);
        }
    }
    for (; made < count; ++made) {
        addPolishTemplate(city, repeating.pick(m_random));
    }
}

/// One of the alternatives of `group` that the city has, if it has one: true when added.
bool InstitutionPlanner::addPolishGroup(int city, int group)
{
    const int sizeBit = 1 << m_plan.cities[std::size_t(city)].size;
    WeightedTable alternatives;
    for (std::size_t i = 0; i < std::size(polishTemplates); ++i) {
        const PolishTemplate& t = polishTemplates[i];
        if (t.group == group && (t.sizes & sizeBit)) {
            alternatives.add(int(i), t.weight);
        }
    }
    if (alternatives.isEmpty()) {
        return false;
    }
    const int chosen = alternatives.pick(m_random);
    if (!m_random.percent(polishTemplates[chosen].percent)) {
        return false;
    }
    addPolishTemplate(city, chosen);
    return true;
}

void InstitutionPlanner::addPolishTemplate(int city, int index)
{
    const PolishTemplate& t = polishTemplates[index];
    const City& place = m_plan.cities[std::size_t(city)];
    QString name;
    QString shortName;
    QString uk;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int n = ++m_templateCounters[{index, city}];
        const QString brand = m_random.pick(brandsPl).toString();
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{city}", place.name},
            {u"{in}", place.in},
            {u"{gen}", place.genitive},
            {u"{uk}", place.uk},
            {u"{nr}", n == 1 ? QString() : u" nr "_s + QString::number(n)},
            {u"{n}", QString::number(n)},
            {u"{brand}", brand},
            {u"{patron}", m_random.pick(patronsDps).toString()},
            {u"{school}", m_random.pick(schoolPatrons).toString()},
            {u"{purpose}", m_random.pick(foundationPurposes).toString()},
            {u"{aim}", m_random.pick(associationAims).toString()},
        };
        name = fill(t.name, values);
        shortName = fill(t.shortName, values);
        uk = fill(t.uk, values);
        if (!m_institutionNames.contains(name)) {
            break;
        }
    }
    Institution institution;
    institution.name = uniqueName(name, place);
    institution.shortName = shortName;
    institution.kind = t.kind.toString();
    if (!uk.isEmpty() && m_random.percent(place.region == u"województwo mazowieckie" ? 20 : 10)) {
        institution.uk = uk;
    }
    addInstitution(std::move(institution), city);
}

void InstitutionPlanner::addWarsawDistricts(int city, int& made, int count)
{
    for (const QStringView district : warsawDistricts) {
        if (made >= count) {
            return;
        }
        Institution institution;
        const bool centre = district == u"Śródmieście";
        institution.name = u"%1 Dzielnicy %2 m.st. Warszawy"_s.arg(
            centre ? u"Centrum Pomocy Społecznej"_s : u"Ośrodek Pomocy Społecznej"_s, district);
        institution.shortName = (centre ? u"CPS "_s : u"OPS "_s) + district.toString();
        institution.kind = u"social_welfare_centre"_s;
        if (m_random.percent(25)) {
            institution.uk = u"Центр соціальної допомоги району %1 м. Варшави"_s.arg(district);
        }
        addInstitution(std::move(institution), city);
        ++made;
    }
}

void InstitutionPlanner::addUniversities(int city, int& made, int count)
{
    const City& place = m_plan.cities[std::size_t(city)];
    const auto addFrom = [&](const auto& list) {
        for (const UniversityData& university : list) {
            if (made >= count || university.city != place.name) {
                continue;
            }
            Institution institution;
            institution.name = university.name.toString();
            institution.shortName = university.shortName.toString();
            institution.kind = u"school_university"_s;
            if (!university.pl.isEmpty() && m_random.percent(60)) {
                institution.pl = university.pl.toString();
            }
            addInstitution(std::move(institution), city);
            ++made;
        }
    };
    if (place.country == u"UA") {
        addFrom(ukrainianUniversities);
    } else {
        addFrom(polishUniversities);
    }
}

void InstitutionPlanner::indexInstitutions()
{
    for (std::size_t i = 0; i < m_plan.institutions.size(); ++i) {
        const Institution& institution = m_plan.institutions[i];
        const QString& kind = institution.kind;
        const bool masovian =
            m_plan.cities[std::size_t(institution.city)].region == u"województwo mazowieckie";
        if (institution.country == u"PL") {
            static const std::map<QString, int> hostWeights = {
                {u"social_welfare_centre"_s, 30},
                {u"regional_centre"_s, 20},
                {u"city_hall"_s, 20},
                {u"day_support_home"_s, 8},
                {u"ngo_foundation"_s, 6},
                {u"ngo_association"_s, 6},
                {u"care_home"_s, 5},
                {u"other"_s, 5},
                {u"library"_s, 3},
                {u"labour_office"_s, 3},
                {u"school_university"_s, 2},
                {u"police"_s, 2},
                {u"health"_s, 2},
                {u"court"_s, 1},
            };
            const auto weight = hostWeights.find(kind);
            if (int(i) != m_plan.home && weight != hostWeights.end()) {
                m_plan.polishHosts.add(int(i), qint64(weight->second) * (masovian ? 3 : 1));
            }
        }
        static const std::map<QString, int> partnerWeights = {
            {u"social_welfare_centre"_s, 5}, {u"regional_centre"_s, 4}, {u"city_hall"_s, 4},
            {u"ngo_foundation"_s, 2},        {u"ngo_association"_s, 2}, {u"day_support_home"_s, 1},
        };
        if (const auto weight = partnerWeights.find(kind);
            weight != partnerWeights.end() && int(i) != m_plan.home) {
            m_plan.partners[institution.country].add(int(i), weight->second);
        }
    }
}

void InstitutionPlanner::addUkrainianCity(int city, int count)
{
    int made = 0;
    const City& place = m_plan.cities[std::size_t(city)];
    const int sizeBit = 1 << place.size;
    int uniques = 0;
    for (std::size_t i = 0; i < std::size(ukrainianTemplates) && made < count; ++i) {
        const UkrainianTemplate& t = ukrainianTemplates[i];
        const bool regional = t.sizes == 0;
        if (t.repeat || !((t.sizes & sizeBit) || (regional && place.regionalCapital))) {
            continue;
        }
        addUkrainianTemplate(city, int(i));
        ++made;
        if (++uniques == 4) {
            addUniversities(city, made, count);
        }
    }
    WeightedTable repeating;
    for (std::size_t i = 0; i < std::size(ukrainianTemplates); ++i) {
        const UkrainianTemplate& t = ukrainianTemplates[i];
        if (t.repeat && (t.sizes & sizeBit)) {
            repeating.add(int(i), t.weight);
        }
    }
    for (; made < count; ++made) {
        addUkrainianTemplate(city, repeating.pick(m_random));
    }
}

void InstitutionPlanner::addUkrainianTemplate(int city, int index)
{
    const UkrainianTemplate& t = ukrainianTemplates[index];
    const City& place = m_plan.cities[std::size_t(city)];
    QString name;
    QString shortName;
    QString pl;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int n = ++m_templateCounters[{1000 + index, city}];
        const BrandPair& brand = m_random.pick(brandsUk);
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{stem}", place.stem},
            {u"{uk}", place.uk},
            {u"{in}", place.in},
            {u"{city}", place.name},
            {u"{n}", QString::number(n)},
            {u"{brand}", brand.uk.toString()},
            {u"{plbrand}", brand.pl.toString()},
        };
        name = fill(t.name, values);
        shortName = fill(t.shortName, values);
        pl = fill(t.pl, values);
        if (!m_institutionNames.contains(name)) {
            break;
        }
    }
    Institution institution;
    institution.name = uniqueName(name, place);
    institution.shortName = shortName;
    institution.kind = t.kind.toString();
    if (m_random.percent(33)) {
        institution.pl = pl;
    }
    addInstitution(std::move(institution), city);
}

void InstitutionPlanner::addForeignCity(int city, int count)
{
    const City& place = m_plan.cities[std::size_t(city)];
    const auto make = [&](const ForeignTemplate& t, int n) {
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{city}", place.name},
            {u"{gen}", place.localGenitive},
            {u"{hall}", place.hall},
            {u"{n}", QString::number(n)},
        };
        Institution institution;
        institution.name = uniqueName(fill(t.name, values), place);
        institution.shortName = fill(t.shortName, values);
        institution.kind = t.kind.toString();
        addInstitution(std::move(institution), city);
    };
    int made = 0;
    for (const ForeignTemplate& t : foreignTemplates) {
        if (made < count && t.country == place.country) {
            make(t, 1);
            ++made;
        }
    }
    for (const ForeignTemplate& t : foreignOverflow) {
        if (t.country == place.country) {
            for (int n = 2; made < count; ++n, ++made) {
                make(t, n);
            }
        }
    }
}

} // namespace BenchmarkData
