// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/partnershipplanner.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/generator/text.h"
#include "tests/bench/vocabulary/projects.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <map>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

PartnershipPlanner::PartnershipPlanner(OfficePlan& plan, Random& random) : m_plan(plan), m_random(random) {}

std::vector<int> PartnershipPlanner::pickPartners(const QStringList& countries, int count, bool withHome)
{
    std::vector<int> partners;
    if (withHome && m_plan.home >= 0) {
        partners.push_back(m_plan.home);
    }
    for (int attempt = 0; attempt < count * 4 && int(partners.size()) < count; ++attempt) {
        const QString& code =
            countries.at(attempt < 2 ? attempt % countries.size() : m_random.below(int(countries.size())));
        const int partner = m_plan.pickPartner(m_random, code);
        if (partner >= 0 && std::find(partners.begin(), partners.end(), partner) == partners.end()) {
            partners.push_back(partner);
        }
    }
    return partners;
}

/// The social-welfare centres of one voivodeship (its family-support centres first), and the office.
std::vector<int> PartnershipPlanner::regionalMembers(QStringView region, int count)
{
    std::vector<int> familyCentres;
    std::vector<int> others;
    for (std::size_t i = 0; i < m_plan.institutions.size(); ++i) {
        const Institution& institution = m_plan.institutions[i];
        if (institution.kind == u"social_welfare_centre" && int(i) != m_plan.home &&
            m_plan.cities[std::size_t(institution.city)].region == region) {
            (institution.shortName.startsWith(u"PCPR") ? familyCentres : others).push_back(int(i));
        }
    }
    m_random.shuffle(familyCentres);
    m_random.shuffle(others);
    std::vector<int> members;
    if (m_plan.home >= 0) {
        members.push_back(m_plan.home);
    }
    for (const std::vector<int>* pool : {&familyCentres, &others}) {
        for (const int institution : *pool) {
            if (int(members.size()) < count) {
                members.push_back(institution);
            }
        }
    }
    return members;
}

void PartnershipPlanner::planProjects(int visits)
{
    const int count = std::clamp(visits / 125, 8, 40);
    std::map<int, int> editions; // template → how many so far
    QSet<QString> names;
    for (int k = 0; k < count; ++k) {
        const int index = k % int(std::size(projects));
        const ProjectData& data = projects[index];
        const int year = m_random.between(data.fromYear, data.toYear);
        const QString yearText = QString::number(year);
        const QString yy = twoDigits(year % 100);
        Project project;
        project.name = fill(data.name, {{u"{year}", yearText}});
        project.acronym = fill(data.acronym, {{u"{year}", yearText}});
        const int edition = ++editions[index];
        if (names.contains(project.name) || (edition > 1 && !data.name.contains(u"{year}"))) {
            project.name += u" – edycja "_s + QString::number(edition);
            project.acronym += u'-' + QString::number(edition);
        }
        names.insert(project.name);
        project.funder = data.funder.toString();
        project.agreement =
            fill(data.agreement, {{u"{year}", yearText}, {u"{yy}", yy}, {u"{nnnn}", digits(m_random, 4)}});
        project.currency = data.currency.toString();
        project.notes = data.notes.toString();
        project.focus = data.focus.toString().split(u',');
        static constexpr int startMonths[] = {1, 3, 7, 9};
        const QDate first(year, m_random.pick(startMonths), 1);
        project.firstDay = julian(first);
        project.lastDay = julian(first.addYears(m_random.between(1, data.years)).addDays(-1));
        const int thousands =
            project.currency == u"EUR" ? m_random.between(60, 900) : m_random.between(150, 4000);
        project.totalValue = qint64(thousands) * 1000 * 100;
        project.coFinancing = project.totalValue * m_random.between(0, 20) / 100 / 100 * 100;
        project.partners = pickPartners(project.focus, m_random.between(2, 6), true);
        m_plan.projects.push_back(std::move(project));
    }
}

void PartnershipPlanner::planGroups(int visits)
{
    const int count = std::min<int>(std::clamp(visits / 330, 4, 15), int(std::size(groups)));
    for (int i = 0; i < count; ++i) {
        const GroupData& data = groups[i];
        Group group;
        group.name = data.name.toString();
        group.meetingPl = data.meetingPl.toString();
        group.meetingUk = data.meetingUk.toString();
        group.notes = data.notes.toString();
        group.intervalDays = data.intervalDays;
        group.countries = data.countries.toString().split(u',');
        group.fromDay =
            std::max(julian(periodStart), julian(QDate(data.fromYear, 1, 15)) + m_random.below(200));
        group.lastMeeting = group.fromDay - group.intervalDays;
        // At least two Polish members; the office itself in half of the groups.
        QStringList memberCountries = group.countries;
        memberCountries.prepend(u"PL"_s);
        if (data.region.isEmpty()) {
            group.members = pickPartners(memberCountries, m_random.between(4, 9), m_random.percent(50));
        } else {
            group.members = regionalMembers(data.region, m_random.between(4, 9));
        }
        m_plan.groups.push_back(std::move(group));
    }
}

} // namespace BenchmarkData
