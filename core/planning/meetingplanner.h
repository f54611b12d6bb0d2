// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/exchangegroup.h"
#include "core/model/result.h"
#include "core/planning/meetingrotation.h"

#include <QCoreApplication>
#include <QDate>

class Database;

/// What planning an exchange group's next meeting proposes before anything is written.
struct MeetingProposal
{
    ExchangeGroup group;
    QList<HostingTurn> turns; ///< the members in rotation order, the proposed host first
    Id hostInstitutionId = 0;
    QDate due;      ///< the interval after the last meeting (or today)
    QDate firstDay; ///< the due day moved off the host's weekends and public holidays
    QDate lastDay;
    int meetingDays = MeetingRotation::defaultMeetingDays;
};

/// Plans an exchange group's next meeting: proposes the host and the days, and writes the meeting
/// as a draft visit with the other members invited.
class MeetingPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPlanner)

public:
    explicit MeetingPlanner(Database& database) : m_database(database) {}

    /// The rotation's next host and days as of `today`; a group without members is refused.
    Result<MeetingProposal> propose(Id groupId, const QDate& today) const;

    /// The proposal's days when `hostId` hosts instead, moved off that host's holidays.
    Result<MeetingProposal> withHost(const MeetingProposal& proposal, Id hostId) const;

    /// Writes the meeting as a draft visit of kind exchange-group meeting hosted by `hostId` (a
    /// member) over `firstDay`…`lastDay`, the other members invited, the languages, funding and
    /// coordinator of the group's last meeting kept. Returns the new visit's id; on failure nothing
    /// is written.
    Result<Id> plan(Id groupId, Id hostId, const QDate& firstDay, const QDate& lastDay);

private:
    Database& m_database;
};
