// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/meetingrotation.h"

#include "core/planning/workingdays.h"

#include <QHash>

#include <algorithm>

MeetingRotation::MeetingRotation(const QList<Id>& memberInstitutionIds,
                                 const QList<ExchangeGroupMeeting>& meetings)
{
    QHash<Id, HostingTurn> byMember;
    for (const Id member : memberInstitutionIds) {
        byMember.insert(member, HostingTurn{member, 0, {}});
    }
    for (const ExchangeGroupMeeting& meeting : meetings) {
        if (meeting.status == VisitStatus::Cancelled) {
            continue;
        }
        if (!m_lastMeeting.isValid() || meeting.firstDay >= m_lastMeeting) {
            m_lastMeeting = meeting.firstDay;
            m_meetingDays = std::max(1, static_cast<int>(meeting.firstDay.daysTo(meeting.lastDay)) + 1);
        }
        // A meeting hosted by an institution that has left the group does not move anyone's turn.
        auto member = byMember.find(meeting.hostInstitutionId);
        if (member == byMember.end()) {
            continue;
        }
        ++member->timesHosted;
        if (!member->lastHosted.isValid() || meeting.firstDay > member->lastHosted) {
            member->lastHosted = meeting.firstDay;
        }
    }
    m_turns = byMember.values();
    std::sort(m_turns.begin(), m_turns.end(), [](const HostingTurn& a, const HostingTurn& b) {
        if (a.timesHosted != b.timesHosted) {
            return a.timesHosted < b.timesHosted;
        }
        if (a.lastHosted != b.lastHosted) {
            // Never hosted (invalid, which compares lowest) waits longer than any day.
            return a.lastHosted < b.lastHosted;
        }
        return a.institutionId < b.institutionId;
    });
}

QDate MeetingRotation::dueFrom(std::optional<int> intervalDays, const QDate& today) const
{
    if (!m_lastMeeting.isValid()) {
        return today;
    }
    const QDate due = m_lastMeeting.addDays(intervalDays.value_or(defaultIntervalDays));
    return std::max(due, today);
}

QDate MeetingRotation::proposedFirstDay(std::optional<int> intervalDays, const QDate& today,
                                        const QString& hostCountry) const
{
    return WorkingDays::firstRunFrom(hostCountry, dueFrom(intervalDays, today), m_meetingDays);
}
