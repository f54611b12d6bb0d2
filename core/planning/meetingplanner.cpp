// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/meetingplanner.h"

#include "core/planning/workingdays.h"
#include "core/storage/database.h"
#include "core/storage/exchangegrouprepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/visitrepository.h"

Result<MeetingProposal> MeetingPlanner::propose(Id groupId, const QDate& today) const
{
    auto group = ExchangeGroupRepository(m_database).get(groupId);
    if (!group) {
        return group.error();
    }
    if (group->memberInstitutionIds.isEmpty()) {
        return Error(
            Error::Kind::Validation,
            //: %1 is the exchange group's name
            tr("The exchange group “%1” has no members, so no one can host its meeting.").arg(group->name));
    }
    auto meetings = ExchangeGroupRepository(m_database).meetings(groupId);
    if (!meetings) {
        return meetings.error();
    }
    const MeetingRotation rotation(group->memberInstitutionIds, *meetings);
    MeetingProposal proposal;
    proposal.group = *group;
    proposal.turns = rotation.turns();
    proposal.due = rotation.dueFrom(group->meetingIntervalDays, today);
    proposal.meetingDays = rotation.meetingDays();
    return withHost(proposal, rotation.nextHost());
}

Result<MeetingProposal> MeetingPlanner::withHost(const MeetingProposal& proposal, Id hostId) const
{
    if (!proposal.group.memberInstitutionIds.contains(hostId)) {
        return Error(Error::Kind::Validation,
                     //: %1 is a number, %2 the exchange group's name
                     tr("Institution %1 is not a member of the exchange group “%2”.")
                         .arg(hostId)
                         .arg(proposal.group.name),
                     QStringLiteral("meeting.host"));
    }
    auto host = InstitutionRepository(m_database).get(hostId);
    if (!host) {
        return host.error();
    }
    MeetingProposal moved = proposal;
    moved.hostInstitutionId = hostId;
    moved.firstDay = WorkingDays::firstRunFrom(host->country, proposal.due, proposal.meetingDays);
    moved.lastDay = moved.firstDay.addDays(proposal.meetingDays - 1);
    return moved;
}

Result<Id> MeetingPlanner::plan(Id groupId, Id hostId, const QDate& firstDay, const QDate& lastDay)
{
    ExchangeGroupRepository groups(m_database);
    auto group = groups.get(groupId);
    if (!group) {
        return group.error();
    }
    if (!group->memberInstitutionIds.contains(hostId)) {
        return Error(
            Error::Kind::Validation,
            tr("Institution %1 is not a member of the exchange group “%2”.").arg(hostId).arg(group->name),
            QStringLiteral("meeting.host"));
    }
    auto host = InstitutionRepository(m_database).get(hostId);
    if (!host) {
        return host.error();
    }
    auto meetings = groups.meetings(groupId);
    if (!meetings) {
        return meetings.error();
    }
    Visit meeting;
    // The latest meeting held or planned lends what does not change from one meeting to the next.
    for (auto it = meetings->crbegin(); it != meetings->crend(); ++it) {
        if (it->status == VisitStatus::Cancelled) {
            continue;
        }
        auto last = VisitRepository(m_database).get(it->id);
        if (!last) {
            return last.error();
        }
        meeting.timeZone = last->timeZone;
        meeting.fundingProjectId = last->fundingProjectId;
        meeting.workingLanguages = last->workingLanguages;
        meeting.printLanguages = last->printLanguages;
        meeting.coordinatorId = last->coordinatorId;
        break;
    }
    // The title is content, not interface: the group's name and where it meets, in no language.
    const QString where = !host->city.isEmpty()        ? host->city
                          : !host->shortName.isEmpty() ? host->shortName
                                                       : host->name.text;
    meeting.title.text = QStringLiteral("%1 — %2").arg(group->name, where);
    meeting.kind = VisitKind::ExchangeGroupMeeting;
    meeting.status = VisitStatus::Draft;
    meeting.firstDay = firstDay;
    meeting.lastDay = lastDay;
    meeting.hostInstitutionId = hostId;
    meeting.exchangeGroupId = groupId;
    for (const Id member : std::as_const(group->memberInstitutionIds)) {
        if (member != hostId) {
            meeting.invitedInstitutionIds.append(member);
        }
    }
    return VisitRepository(m_database).create(meeting);
}
