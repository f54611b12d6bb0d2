// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/peopleplanner.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/generator/text.h"
#include "tests/bench/vocabulary/people.h"
#include "tests/bench/vocabulary/places.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

PeoplePlanner::PeoplePlanner(OfficePlan& plan, Random& random) : m_plan(plan), m_random(random) {}

void PeoplePlanner::plan(int count)
{
    for (std::size_t i = 0; i < std::size(positions); ++i) {
        const PositionData& data = positions[i];
        m_positionIndex[data.country.toString() + u'/' + data.kind.toString()].push_back(int(i));
    }
    const int total = std::max(count, 0);
    addCoordinators(std::min(10, m_plan.home >= 0 ? total : 0));

    // Where people work: the larger offices have more staff.
    static const std::map<QString, int> staffWeights = {
        {u"social_welfare_centre"_s, 30},
        {u"regional_centre"_s, 25},
        {u"city_hall"_s, 25},
        {u"labour_office"_s, 12},
        {u"care_home"_s, 12},
        {u"day_support_home"_s, 10},
        {u"ngo_foundation"_s, 8},
        {u"ngo_association"_s, 8},
        {u"other"_s, 10},
        {u"police"_s, 8},
        {u"school_university"_s, 8},
        {u"health"_s, 8},
        {u"library"_s, 5},
        {u"court"_s, 5},
    };
    for (std::size_t i = 0; i < m_plan.institutions.size(); ++i) {
        m_staffedInstitutions.add(int(i), staffWeights.at(m_plan.institutions[i].kind));
    }
    const int remaining = total - int(m_plan.people.size());
    const int freelancers = m_plan.institutions.empty() ? remaining : remaining / 10;
    for (int i = 0; i < remaining - freelancers; ++i) {
        const int at = m_staffedInstitutions.pick(m_random);
        const Institution& institution = m_plan.institutions[std::size_t(at)];
        const int femalePercent = institution.country == u"PL" || institution.country == u"UA" ? 75 : 65;
        Person person = makePerson(institution.country, m_random.percent(femalePercent));
        person.institution = at;
        person.position = position(institution.country, institution.kind, person.female);
        addContacts(person, institution.domain);
        addDietAndNotes(person);
        m_plan.people.push_back(std::move(person));
    }
    for (int i = 0; i < freelancers; ++i) {
        m_plan.people.push_back(makeFreelancer());
    }
    indexPeople();
}

void PeoplePlanner::addCoordinators(int count)
{
    static constexpr std::pair<int, int> years[] = {
        {2016, 2020}, {2016, 2023}, {2017, 2027}, {2018, 2022}, {2019, 2027},
        {2020, 2027}, {2021, 2027}, {2016, 2018}, {2022, 2027}, {2023, 2027},
    };
    static const NamePair titles[] = {
        {u"koordynator współpracy międzynarodowej", u"koordynatorka współpracy międzynarodowej"},
        {u"specjalista ds. współpracy zagranicznej", u"specjalistka ds. współpracy zagranicznej"},
        {u"główny specjalista ds. projektów", u"główna specjalistka ds. projektów"},
    };
    for (int i = 0; i < count; ++i) {
        Person person = makePerson(u"PL", m_random.percent(80));
        person.institution = m_plan.home;
        const NamePair& title = m_random.pick(titles);
        person.position = (person.female ? title.woman : title.man).toString();
        person.languages = m_random.percent(50) ? u"pl,en,uk"_s : u"pl,en"_s;
        addContacts(person, m_plan.institutions[std::size_t(m_plan.home)].domain);
        person.email = u"%1.%2@mcps.example"_s.arg(asciiSlug(person.given), asciiSlug(person.family));
        m_plan.coordinators.push_back({int(m_plan.people.size()), years[i % 10].first, years[i % 10].second});
        m_plan.people.push_back(std::move(person));
    }
}

Person PeoplePlanner::makePerson(QStringView countryCode, bool female)
{
    Person person;
    person.female = female;
    person.country = countryCode.toString();
    if (countryCode == u"UA") {
        person.given = (female ? m_random.pick(ukrainianWomen) : m_random.pick(ukrainianMen)).toString();
        const QStringView family = m_random.pick(ukrainianFamilyNames);
        person.family = female ? feminineFamilyName(family, true) : family.toString();
        person.latinGiven = transliterated(person.given);
        person.latinFamily = transliterated(person.family);
        person.languages =
            m_random.pick({u"uk,pl"_s, u"uk,pl"_s, u"uk,en"_s, u"uk,en"_s, u"uk"_s, u"uk,pl,en"_s});
        return person;
    }
    if (countryCode == u"PL") {
        person.given = (female ? m_random.pick(polishWomen) : m_random.pick(polishMen)).toString();
        const QStringView family = m_random.pick(polishFamilyNames);
        person.family = female ? feminineFamilyName(family, false) : family.toString();
        const int languages = m_random.weighted({45, 35, 10, 5, 5});
        static const QStringView polishLanguages[] = {u"pl", u"pl,en", u"pl,uk", u"pl,en,de", u"pl,en,ru"};
        person.languages = polishLanguages[languages].toString();
        return person;
    }
    for (const ForeignNames& names : foreignNames) {
        if (names.country == countryCode) {
            person.given = (female ? m_random.pick(names.women) : m_random.pick(names.men)).toString();
            const NamePair& family = m_random.pick(names.family);
            person.family = (female ? family.woman : family.man).toString();
        }
    }
    const CountryData& data = country(countryCode);
    person.languages = (m_random.percent(60) ? data.languagesA : data.languagesB).toString();
    return person;
}

QString PeoplePlanner::position(QStringView countryCode, QStringView kind, bool female)
{
    const auto specific = m_positionIndex.find(countryCode.toString() + u'/' + kind.toString());
    const auto general = m_positionIndex.find(countryCode.toString() + u'/');
    const std::vector<int>* candidates = nullptr;
    if (specific != m_positionIndex.end() && (general == m_positionIndex.end() || m_random.percent(50))) {
        candidates = &specific->second;
    } else if (general != m_positionIndex.end()) {
        candidates = &general->second;
    }
    if (!candidates) {
        return {};
    }
    const PositionData& data = positions[m_random.pick(*candidates)];
    return (female ? data.woman : data.man).toString();
}

void PeoplePlanner::addContacts(Person& person, const QString& domain)
{
    const QString given = asciiSlug(person.latinGiven.isEmpty() ? person.given : person.latinGiven);
    const QString family = asciiSlug(person.latinFamily.isEmpty() ? person.family : person.latinFamily);
    if (m_random.percent(85)) {
        person.email = m_random.percent(70) ? u"%1.%2@%3"_s.arg(given, family, domain)
                                            : u"%1%2@%3"_s.arg(given.left(1), family, domain);
    }
    if (m_random.percent(70)) {
        // "000" in the middle: made-up numbers, as in the sample data
        for (const MobilePrefixes& mobile : mobilePrefixes) {
            if (mobile.country == person.country) {
                person.phone = u"%1 %2 000 %3"_s.arg(country(person.country).phonePrefix,
                                                     m_random.pick(mobile.prefixes), digits(m_random, 3));
            }
        }
    }
}

void PeoplePlanner::addDietAndNotes(Person& person)
{
    int r = m_random.below(1000);
    for (const DietData& diet : diets) {
        if (r < diet.permille) {
            person.diet = diet.diet.toString();
            if (diet.diet == u"allergy") {
                person.dietNote = m_random.pick(allergyNotes).toString();
            } else if (diet.diet == u"other") {
                person.dietNote = m_random.pick(otherDietNotes).toString();
            }
            break;
        }
        r -= diet.permille;
    }
    if (m_random.permille(10)) {
        person.accessibility = m_random.pick(accessibilityNeeds).toString();
    }
    if (m_random.permille(20)) {
        person.notes = m_random.pick(personNotes).toString();
    }
}

/// Interpreters, guides and drivers, experts and others who belong to no institution.
Person PeoplePlanner::makeFreelancer()
{
    const auto kind = Freelance(m_random.weighted({35, 10, 35, 20}));
    Person person;
    switch (kind) {
    case Freelance::Interpreter: {
        static const std::pair<QStringView, QStringView> languages[] = {
            {u"uk", u"ukraińskiego"}, {u"en", u"angielskiego"}, {u"de", u"niemieckiego"},
            {u"cs", u"czeskiego"},    {u"no", u"norweskiego"},  {u"lt", u"litewskiego"},
            {u"sv", u"szwedzkiego"},
        };
        const auto& [language, inPolish] = languages[m_random.weighted({55, 20, 7, 6, 5, 4, 3})];
        const bool ukrainian = language == u"uk" && m_random.percent(40);
        person = makePerson(ukrainian ? u"UA" : u"PL", m_random.percent(75));
        const bool sworn = m_random.percent(30);
        const QString title = person.female ? (sworn ? u"tłumaczka przysięgła"_s : u"tłumaczka"_s)
                                            : (sworn ? u"tłumacz przysięgły"_s : u"tłumacz"_s);
        person.position = u"%1 języka %2"_s.arg(title, inPolish);
        if (ukrainian) {
            person.languages = u"uk,pl,en"_s;
        } else if (language == u"en") {
            person.languages = u"pl,en"_s;
        } else {
            person.languages = u"pl,"_s + language.toString() + (m_random.percent(40) ? u",en"_s : QString());
        }
        addContacts(person, m_random.percent(50) ? u"tlumacze.example"_s : u"poczta.example"_s);
        break;
    }
    case Freelance::Guide: {
        person = makePerson(u"PL", m_random.percent(50));
        const NamePair& title = m_random.pick(freelanceGuides);
        if (title.man == u"kierowca autokaru") {
            person = makePerson(u"PL", m_random.percent(10));
        }
        person.position = (person.female ? title.woman : title.man).toString();
        addContacts(person, u"poczta.example"_s);
        break;
    }
    case Freelance::Expert: {
        const bool ukrainian = m_random.percent(15);
        person = makePerson(ukrainian ? u"UA" : u"PL", m_random.percent(65));
        if (ukrainian) {
            person.position = person.female ? u"незалежна експертка"_s : u"незалежний експерт"_s;
        } else {
            const NamePair& title = m_random.pick(freelanceExperts);
            person.position = (person.female ? title.woman : title.man).toString();
        }
        addContacts(person, u"poczta.example"_s);
        break;
    }
    case Freelance::Other: {
        person = makePerson(u"PL", m_random.percent(70));
        const NamePair& title = m_random.pick(freelanceOthers);
        person.position = (person.female ? title.woman : title.man).toString();
        addContacts(person, u"poczta.example"_s);
        break;
    }
    }
    addDietAndNotes(person);
    return person;
}

void PeoplePlanner::indexPeople()
{
    m_plan.staff.assign(m_plan.institutions.size(), {});
    for (std::size_t i = 0; i < m_plan.people.size(); ++i) {
        const Person& person = m_plan.people[i];
        const int index = int(i);
        if (person.institution >= 0) {
            const Institution& institution = m_plan.institutions[std::size_t(person.institution)];
            m_plan.staff[std::size_t(person.institution)].push_back(index);
            m_plan.cities[std::size_t(institution.city)].people.push_back(index);
            m_plan.peopleByCountry[institution.country].push_back(index);
            continue;
        }
        if (person.position.contains(u"tłumacz")) {
            const QStringList spoken = person.languages.split(u',');
            const QString language = person.country == u"UA" ? u"uk"_s : spoken.value(1);
            m_plan.interpreters[language].push_back(index);
        } else if (person.position.startsWith(u"przewodni") || person.position.startsWith(u"pilot") ||
                   person.position.startsWith(u"kierow")) {
            m_plan.guides.push_back(index);
        } else if (person.position.contains(u"eksper") || person.position.contains(u"trener") ||
                   person.position.contains(u"superwizor") || person.position.contains(u"konsultant") ||
                   person.position.contains(u"mediator") || person.position.contains(u"експерт")) {
            m_plan.experts.push_back(index);
        }
    }
}

/// Consent is given before someone's first visit; most others gave it when they were entered.
void PeoplePlanner::setConsentDates()
{
    const int earliest = julian(QDate(2016, 6, 1));
    const int latest = julian(dataTakenOn) - 5;
    for (Person& person : m_plan.people) {
        if (person.firstVisit != 0) {
            if (m_random.percent(95)) {
                person.consentDay = person.firstVisit - m_random.between(3, 45);
            }
        } else if (m_random.percent(80)) {
            person.consentDay = m_random.between(earliest, latest);
        }
    }
}

} // namespace BenchmarkData
