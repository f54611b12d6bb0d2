// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/meetingplanner.h"
#include "tests/bench/generator/officeplan.h"
#include "tests/bench/generator/participantbooking.h"
#include "tests/bench/generator/studyvisitplanner.h"
#include "tests/bench/generator/visitparticulars.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace BenchmarkData {

class PlacePlanner;

/// The visits, in the order of their first day: when each starts, what kind it is and how long it
/// lasts, who coordinates it, its status on the day the data is taken; each kind planned by its own
/// planner. Then how many sessions each one's programme has.
class VisitPlanner final
{
    Q_DISABLE_COPY_MOVE(VisitPlanner)

public:
    VisitPlanner(OfficePlan& plan, Random& random, PlacePlanner& places);

    void plan(int count);
    void allocateSessions(int sessions);

private:
    std::vector<int> firstDays(int count);
    static int dayWeight(const QDate& day);
    QString chooseKind(const QDate& day);
    int chooseLength(QStringView kind);
    void assignCoordinator(Visit& visit);
    void setStatus(Visit& visit);

    OfficePlan& m_plan;
    Random& m_random;
    VisitParticulars m_particulars;
    ParticipantBooking m_booking;
    StudyVisitPlanner m_studyVisits;
    MeetingPlanner m_meetings;
};

} // namespace BenchmarkData
