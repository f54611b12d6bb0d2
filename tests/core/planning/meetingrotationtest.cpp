// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/meetingrotation.h"

#include <catch2/catch.hpp>

namespace {

ExchangeGroupMeeting held(Id host, QDate firstDay, VisitStatus status = VisitStatus::Completed)
{
    ExchangeGroupMeeting meeting;
    meeting.hostInstitutionId = host;
    meeting.firstDay = firstDay;
    meeting.lastDay = firstDay.addDays(1);
    meeting.status = status;
    return meeting;
}

QList<Id> order(const MeetingRotation& rotation)
{
    QList<Id> ids;
    for (const HostingTurn& turn : rotation.turns()) {
        ids.append(turn.institutionId);
    }
    return ids;
}

} // namespace

TEST_CASE("Every member hosts once before any member hosts twice")
{
    const QList<Id> members{11, 12, 13, 14, 15, 16};
    QList<ExchangeGroupMeeting> meetings;
    QList<Id> hosts;
    QDate day(2025, 1, 14);
    // Plan twelve meetings in a row, each time with the host the rotation proposes.
    for (int i = 0; i < 12; ++i) {
        const Id next = MeetingRotation(members, meetings).nextHost();
        hosts.append(next);
        meetings.append(held(next, day));
        day = day.addDays(61);
    }
    const QList<Id> firstRound = hosts.mid(0, 6);
    CHECK(QSet<Id>(firstRound.cbegin(), firstRound.cend()).size() == 6);
    // The second round repeats the first: whoever hosted longest ago goes first.
    CHECK(hosts.mid(6, 6) == firstRound);
}

TEST_CASE("The member that has waited longest hosts next")
{
    const QList<Id> members{1, 2, 3};
    // 2 and 3 hosted once each, 1 once long ago: 1 waited longest.
    const QList<ExchangeGroupMeeting> meetings{held(1, QDate(2025, 1, 10)), held(3, QDate(2025, 3, 10)),
                                               held(2, QDate(2025, 5, 10))};
    const MeetingRotation rotation(members, meetings);
    CHECK(rotation.nextHost() == 1);
    CHECK(order(rotation) == QList<Id>{1, 3, 2});
    CHECK(rotation.turns().at(1).lastHosted == QDate(2025, 3, 10));
    CHECK(rotation.turns().at(1).timesHosted == 1);
}

TEST_CASE("A member that never hosted goes before one that hosted, ties by joining order")
{
    const QList<Id> members{5, 7, 9};
    const MeetingRotation rotation(members, {held(5, QDate(2025, 1, 10))});
    CHECK(order(rotation) == QList<Id>{7, 9, 5});
}

TEST_CASE("A cancelled meeting is not a turn, a planned one is")
{
    const QList<Id> members{1, 2};
    SECTION("cancelled")
    {
        const MeetingRotation rotation(members, {held(1, QDate(2025, 1, 10), VisitStatus::Cancelled)});
        CHECK(rotation.nextHost() == 1);
        CHECK_FALSE(rotation.lastMeeting().isValid());
    }
    SECTION("planned")
    {
        const MeetingRotation rotation(members, {held(1, QDate(2027, 1, 10), VisitStatus::Planned)});
        CHECK(rotation.nextHost() == 2);
        CHECK(rotation.lastMeeting() == QDate(2027, 1, 10));
    }
}

TEST_CASE("A meeting hosted by a former member moves no one's turn but counts for the due day")
{
    const MeetingRotation rotation({1, 2}, {held(1, QDate(2025, 1, 10)), held(99, QDate(2025, 3, 10))});
    CHECK(rotation.nextHost() == 2);
    CHECK(rotation.lastMeeting() == QDate(2025, 3, 10));
}

TEST_CASE("The next meeting is due the interval after the last one, never before today")
{
    const MeetingRotation rotation({1, 2}, {held(1, QDate(2026, 4, 29))});
    CHECK(rotation.meetingDays() == 2);
    CHECK(rotation.dueFrom(60, QDate(2026, 5, 1)) == QDate(2026, 6, 28));
    CHECK(rotation.dueFrom(std::nullopt, QDate(2026, 5, 1)) ==
          QDate(2026, 4, 29).addDays(MeetingRotation::defaultIntervalDays));
    // Overdue: from today.
    CHECK(rotation.dueFrom(60, QDate(2026, 12, 7)) == QDate(2026, 12, 7));
    // Sunday 28 June 2026 → Monday 29 June for a two-day meeting in Poland.
    CHECK(rotation.proposedFirstDay(60, QDate(2026, 5, 1), QStringLiteral("PL")) == QDate(2026, 6, 29));
    // A group that has never met is due today.
    CHECK(MeetingRotation({1}, {}).dueFrom(60, QDate(2026, 3, 2)) == QDate(2026, 3, 2));
}
