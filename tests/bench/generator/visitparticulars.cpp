// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/visitparticulars.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/generator/placeplanner.h"
#include "tests/bench/vocabulary/places.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

VisitParticulars::VisitParticulars(OfficePlan& plan, Random& random, PlacePlanner& places)
    : m_plan(plan), m_random(random), m_places(places)
{}

void VisitParticulars::setCityAndZone(Visit& visit, int host)
{
    visit.host = host;
    visit.city = host >= 0 ? m_plan.institutions[std::size_t(host)].city : -1;
    const QString code = visit.city >= 0 ? m_plan.cities[std::size_t(visit.city)].country : u"PL"_s;
    visit.timeZone = country(code).timeZone.toString();
    visit.venueLanguage = country(code).interpreting.toString();
    if (code == u"PL") {
        visit.venueLanguage = u"pl"_s;
    }
    visit.hotel = hotelFor(visit);
}

QString VisitParticulars::hotelFor(const Visit& visit)
{
    if (visit.lastDay == visit.firstDay || visit.city < 0) {
        return {};
    }
    const City& city = m_plan.cities[std::size_t(visit.city)];
    return u"%1, %2, %3"_s.arg(m_random.pick(hotels), m_places.streetAndNumber(city), city.name);
}

void VisitParticulars::setLanguages(Visit& visit, QStringView partnerCountry)
{
    if (partnerCountry == u"UA") {
        visit.workingLanguages = u"pl,uk"_s;
        visit.printLanguages = m_random.pick({u"pl,uk"_s, u"pl,uk"_s, u"pl,uk"_s, u"uk,pl"_s, u"pl"_s});
        visit.guestLanguage = u"uk"_s;
    } else if (partnerCountry == u"NO" || partnerCountry == u"SE") {
        visit.workingLanguages = u"pl,en"_s;
        visit.printLanguages = m_random.pick({u"pl,en"_s, u"pl"_s});
        visit.guestLanguage = partnerCountry == u"NO" && m_random.percent(30) ? u"no"_s : u"en"_s;
    } else if (partnerCountry == u"CZ") {
        visit.workingLanguages = u"pl,cs"_s;
        visit.printLanguages = m_random.pick({u"pl,cs"_s, u"cs,pl"_s, u"pl"_s});
        visit.guestLanguage = u"cs"_s;
    } else if (partnerCountry == u"LT") {
        const bool lithuanian = m_random.percent(50);
        visit.workingLanguages = lithuanian ? u"pl,lt"_s : u"pl,en"_s;
        visit.printLanguages = m_random.percent(60) ? u"pl"_s : visit.workingLanguages;
        visit.guestLanguage = lithuanian ? u"lt"_s : u"en"_s;
    } else if (partnerCountry == u"DE") {
        visit.workingLanguages = u"pl,de"_s;
        visit.printLanguages = m_random.pick({u"pl,de"_s, u"pl"_s});
        visit.guestLanguage = u"de"_s;
    } else {
        visit.workingLanguages = u"pl"_s;
        visit.printLanguages = u"pl"_s;
        visit.guestLanguage.clear();
    }
}

void VisitParticulars::assignProject(Visit& visit, QStringView partnerCountry, int percent)
{
    std::vector<int> candidates;
    for (std::size_t i = 0; i < m_plan.projects.size(); ++i) {
        const Project& project = m_plan.projects[i];
        if (project.firstDay <= visit.firstDay && visit.firstDay <= project.lastDay &&
            (partnerCountry.isEmpty() || project.focus.contains(partnerCountry))) {
            candidates.push_back(int(i));
        }
    }
    if (!candidates.empty() && m_random.percent(percent)) {
        visit.project = m_random.pick(candidates);
    }
}

/// Whether a visit without Ukrainian guests gets Ukrainian titles all the same: the office has
/// Ukrainian-speaking colleagues who use the application in Ukrainian, more of them since 2022.
bool VisitParticulars::colleagueTranslates(const QDate& day)
{
    return m_random.percent(day < fullScaleWar ? 20 : 45);
}

Topic VisitParticulars::topic(const QDate& day, bool ukrainian, const Visit& visit)
{
    if (ukrainian && day >= fullScaleWar && m_random.percent(40)) {
        return m_random.pick(warTopics);
    }
    // The last one, the Masovian model, only for visits to Masovia.
    const bool masovia =
        visit.city >= 0 && m_plan.cities[std::size_t(visit.city)].region == u"województwo mazowieckie";
    return visitTopics[m_random.below(int(std::size(visitTopics)) - (masovia ? 0 : 1))];
}

} // namespace BenchmarkData
