// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/visitplanner.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/vocabulary/visits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

VisitPlanner::VisitPlanner(OfficePlan& plan, Random& random, PlacePlanner& places)
    : m_plan(plan), m_random(random), m_particulars(plan, random, places), m_booking(plan, random),
      m_studyVisits(plan, random, m_particulars, m_booking),
      m_meetings(plan, random, m_particulars, m_booking)
{}

void VisitPlanner::plan(int count)
{
    const std::vector<int> days = firstDays(std::max(count, 0));
    m_plan.visits.resize(days.size());
    for (std::size_t i = 0; i < days.size(); ++i) {
        Visit& visit = m_plan.visits[i];
        const int index = int(i);
        visit.id = index + 1;
        visit.firstDay = days[i];
        visit.kind = chooseKind(QDate::fromJulianDay(visit.firstDay));
        visit.lastDay = visit.firstDay + chooseLength(visit.kind) - 1;
        assignCoordinator(visit);
        if (visit.kind == u"exchange_group_meeting" && !m_meetings.planGroupMeeting(visit, index)) {
            visit.kind = u"working_meeting"_s;
        }
        if (visit.kind == u"incoming_study_visit") {
            m_studyVisits.planIncoming(visit, index);
        } else if (visit.kind == u"outgoing_study_visit") {
            m_studyVisits.planOutgoing(visit, index);
        } else if (visit.kind == u"conference") {
            m_meetings.planConference(visit, index);
        } else if (visit.kind == u"working_meeting") {
            m_meetings.planWorkingMeeting(visit, index);
        }
        setStatus(visit);
    }
}

std::vector<int> VisitPlanner::firstDays(int count)
{
    WeightedTable table;
    for (int day = julian(periodStart); day <= julian(planningEnd); ++day) {
        table.add(day, dayWeight(QDate::fromJulianDay(day)));
    }
    std::vector<int> days;
    days.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        days.push_back(table.pick(m_random));
    }
    std::sort(days.begin(), days.end());
    return days;
}

/// How likely a visit is to start on `day`: more each year, few in summer holidays, at Christmas,
/// at weekends and in the pandemic, fewer the further ahead of the day the data is taken.
int VisitPlanner::dayWeight(const QDate& day)
{
    qint64 weight = 1000;
    const int months = (day.year() - firstYear) * 12 + day.month() - 12;
    weight = weight * (100 + 9 * months / 12) / 100;
    switch (day.month()) {
    case 1:
        weight = weight * (day.day() <= 6 ? 10 : 75) / 100;
        break;
    case 7:
        weight = weight * 60 / 100;
        break;
    case 8:
        weight = weight * 40 / 100;
        break;
    case 12:
        weight = weight * (day.day() >= 20 ? 10 : 80) / 100;
        break;
    default:
        break;
    }
    static constexpr int weekdays[] = {0, 130, 130, 120, 100, 50, 8, 8}; // Monday is 1
    weight = weight * weekdays[day.dayOfWeek()] / 100;
    if (day >= pandemicStart && day < pandemicEased) {
        weight = weight * 5 / 100;
    } else if (day >= pandemicEased && day < pandemicOver) {
        weight = weight * 35 / 100;
    }
    if (day >= fullScaleWar && day < QDate(2022, 5, 1)) {
        weight = weight * 60 / 100;
    }
    if (day > dataTakenOn) {
        const qint64 span = dataTakenOn.daysTo(planningEnd);
        weight = weight * std::max<qint64>(day.daysTo(planningEnd), span / 20) / span;
    }
    return int(std::max<qint64>(weight, 1));
}

QString VisitPlanner::chooseKind(const QDate& day)
{
    static const QString kinds[] = {u"incoming_study_visit"_s, u"outgoing_study_visit"_s,
                                    u"exchange_group_meeting"_s, u"conference"_s, u"working_meeting"_s};
    const bool pandemic = day >= pandemicStart && day < pandemicOver;
    return kinds[pandemic ? m_random.weighted({30, 2, 12, 3, 13}) : m_random.weighted({55, 12, 12, 8, 13})];
}

int VisitPlanner::chooseLength(QStringView kind)
{
    if (kind == u"incoming_study_visit") {
        return 1 + m_random.weighted({15, 12, 15, 12, 18, 10, 18});
    }
    if (kind == u"outgoing_study_visit") {
        return 2 + m_random.weighted({10, 20, 25, 25, 10, 10});
    }
    if (kind == u"exchange_group_meeting") {
        return 1 + m_random.weighted({30, 60, 10});
    }
    if (kind == u"conference") {
        return 1 + m_random.weighted({60, 35, 5});
    }
    return 1 + m_random.weighted({70, 25, 5});
}

void VisitPlanner::assignCoordinator(Visit& visit)
{
    const int year = QDate::fromJulianDay(visit.firstDay).year();
    std::vector<int> active;
    for (const Coordinator& coordinator : m_plan.coordinators) {
        if (coordinator.fromYear <= year && year <= coordinator.toYear) {
            active.push_back(coordinator.person);
        }
    }
    if (active.empty()) {
        for (const Coordinator& coordinator : m_plan.coordinators) {
            active.push_back(coordinator.person);
        }
    }
    visit.coordinator = active.empty() ? -1 : m_random.pick(active);
}

void VisitPlanner::setStatus(Visit& visit)
{
    const int today = julian(dataTakenOn);
    const QDate first = QDate::fromJulianDay(visit.firstDay);
    const bool ukrainian = visit.sendingCountry == u"UA" || visit.guestLanguage == u"uk" ||
                           (visit.city >= 0 && m_plan.cities[std::size_t(visit.city)].country == u"UA");
    if (visit.lastDay < today) {
        int cancelPercent = 3;
        QString reason = m_random.pick(cancellationNotes).toString();
        if (first >= pandemicStart && first < pandemicOver) {
            cancelPercent = first < pandemicEased ? 85 : 25;
            reason = u"Odwołana z powodu pandemii COVID-19."_s;
        } else if (ukrainian && first >= fullScaleWar && first < QDate(2022, 4, 1)) {
            cancelPercent = 70;
            reason = u"Odwołana: pełnoskalowa inwazja Rosji na Ukrainę (24 lutego 2022 r.)."_s;
        }
        if (m_random.percent(cancelPercent)) {
            visit.status = u"cancelled"_s;
            visit.notes = reason;
        } else {
            // Now and then a visit nobody closed in the application.
            visit.status = m_random.permille(5) ? u"confirmed"_s : u"completed"_s;
        }
    } else if (visit.firstDay <= today) {
        visit.status = u"in_progress"_s;
    } else {
        static const QString statuses[] = {u"confirmed"_s, u"planned"_s, u"draft"_s, u"cancelled"_s};
        const int ahead = visit.firstDay - today;
        const int chosen = ahead <= 30   ? m_random.weighted({70, 25, 0, 5})
                           : ahead <= 90 ? m_random.weighted({40, 45, 10, 5})
                                         : m_random.weighted({10, 45, 40, 5});
        visit.status = statuses[chosen];
        if (visit.status == u"cancelled") {
            visit.notes = m_random.pick(cancellationNotes).toString();
        }
    }
    if (visit.notes.isEmpty() && m_random.percent(20)) {
        visit.notes = m_random.pick(visitNotes).toString();
    }
}

/// Sessions in proportion to the visits' days (conferences are denser), summing exactly to the scale.
void VisitPlanner::allocateSessions(int sessions)
{
    std::vector<int> weights;
    weights.reserve(m_plan.visits.size());
    for (const Visit& visit : m_plan.visits) {
        const int days = visit.lastDay - visit.firstDay + 1;
        weights.push_back(days * (visit.kind == u"conference" ? 16 : 10) * m_random.between(8, 12));
    }
    const std::vector<int> counts = apportion(std::max(sessions, 0), weights);
    for (std::size_t i = 0; i < m_plan.visits.size(); ++i) {
        m_plan.visits[i].sessions = counts[i];
    }
}

} // namespace BenchmarkData
