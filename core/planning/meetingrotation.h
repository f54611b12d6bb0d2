// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/storage/exchangegrouprepository.h"

#include <QDate>
#include <QList>

#include <optional>

/// A member of an exchange group as the rotation sees it: how often and when it last hosted.
struct HostingTurn
{
    Id institutionId = 0;
    int timesHosted = 0;
    QDate lastHosted; ///< first day of its latest meeting as host; invalid when it never hosted
};

/// Who hosts an exchange group's next meeting, and when it is due.
///
/// Every member hosts once before any member hosts twice; among those equal so far, the one that
/// has waited longest (never hosted, or hosted longest ago) goes first, then the one that joined
/// first (lowest id). A cancelled meeting was not held and counts for nothing; a planned one counts,
/// so planning two meetings ahead picks two different hosts.
class MeetingRotation
{
public:
    /// The usual interval when a group has none: "every two months or so".
    static constexpr int defaultIntervalDays = 61;
    /// A meeting's length when the group has held none: two days of presentations.
    static constexpr int defaultMeetingDays = 2;

    MeetingRotation(const QList<Id>& memberInstitutionIds, const QList<ExchangeGroupMeeting>& meetings);

    /// Every member, the next host first, then in the order they would host after it.
    const QList<HostingTurn>& turns() const { return m_turns; }
    /// The member that hosts next; 0 for a group with no members.
    Id nextHost() const { return m_turns.isEmpty() ? 0 : m_turns.first().institutionId; }

    /// First day of the latest meeting that is not cancelled; invalid when none.
    QDate lastMeeting() const { return m_lastMeeting; }
    /// Days of the latest meeting not cancelled, else defaultMeetingDays.
    int meetingDays() const { return m_meetingDays; }

    /// When the next meeting is due: `intervalDays` (defaultIntervalDays when unset) after the last
    /// meeting, or `today` when there was none or the due day has passed.
    QDate dueFrom(std::optional<int> intervalDays, const QDate& today) const;

    /// The first day of the next meeting at a host in `hostCountry`: the due day, moved forward
    /// until all meetingDays() days are working days there (no weekend, no public holiday).
    QDate proposedFirstDay(std::optional<int> intervalDays, const QDate& today,
                           const QString& hostCountry) const;

private:
    QList<HostingTurn> m_turns;
    QDate m_lastMeeting;
    int m_meetingDays = defaultMeetingDays;
};
