// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"

#include <QtGlobal>

namespace BenchmarkData {

class ParticipantBooking;
class VisitParticulars;

/// Visits that are meetings: an exchange group's meeting at its members in turn, a conference, and a
/// working meeting of a project's partners; their participants and titles.
class MeetingPlanner final
{
    Q_DISABLE_COPY_MOVE(MeetingPlanner)

public:
    MeetingPlanner(OfficePlan& plan, Random& random, VisitParticulars& particulars,
                   ParticipantBooking& booking);

    /// False when no group is due to meet.
    bool planGroupMeeting(Visit& visit, int index);
    void planConference(Visit& visit, int index);
    void planWorkingMeeting(Visit& visit, int index);

private:
    OfficePlan& m_plan;
    Random& m_random;
    VisitParticulars& m_particulars;
    ParticipantBooking& m_booking;
};

} // namespace BenchmarkData
