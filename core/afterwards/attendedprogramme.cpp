// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/afterwards/attendedprogramme.h"

#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

// Wall-clock times are stored with a UTC spec (see Session), so seconds since the epoch compare and
// subtract as the clock on the wall reads.
qint64 seconds(const QDateTime& time)
{
    return time.toSecsSinceEpoch();
}

QDate dayOf(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
}

qint64 startOf(const QDate& day)
{
    return seconds(QDateTime(day, QTime(0, 0), Qt::UTC));
}

} // namespace

bool AttendedProgramme::counts(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Presentation:
    case SessionKind::PanelDiscussion:
    case SessionKind::Workshop:
    case SessionKind::SiteVisit:
    case SessionKind::Meeting:
    case SessionKind::Other:
        return true;
    case SessionKind::Meal:
    case SessionKind::Transfer:
    case SessionKind::CulturalProgramme:
    case SessionKind::FreeTime:
        return false;
    }
    return false;
}

ParticipantAttendance AttendedProgramme::of(const Visit& visit, const VisitParticipant& participant,
                                            const QList<Session>& sessions)
{
    ParticipantAttendance attendance;
    attendance.participantId = participant.id;
    const qint64 stayStart =
        participant.arrival.isValid() ? seconds(participant.arrival) : startOf(visit.firstDay);
    const qint64 stayEnd =
        participant.departure.isValid() ? seconds(participant.departure) : startOf(visit.lastDay.addDays(1));

    QList<std::pair<qint64, qint64>> attended;
    for (const Session& session : sessions) {
        if (!counts(session.kind) ||
            !(session.wholeDelegation || session.audienceParticipantIds.contains(participant.id))) {
            continue;
        }
        const qint64 start = std::max(seconds(session.startsAt), stayStart);
        const qint64 end = std::min(seconds(session.endsAt), stayEnd);
        if (start < end) {
            attended.append({start, end});
        }
    }
    // Two sessions at once (the delegation split in two, both for everyone) are one stretch of time:
    // nobody attends two hours in one.
    std::sort(attended.begin(), attended.end());
    qint64 counted = 0;
    qint64 coveredUntil = std::numeric_limits<qint64>::min();
    for (const auto& [start, end] : std::as_const(attended)) {
        const qint64 from = std::max(start, coveredUntil);
        if (end > from) {
            counted += end - from;
            coveredUntil = end;
        }
        // Each day the session runs on: one past midnight counts the next day as well.
        for (QDate day = dayOf(start); day.isValid() && day <= dayOf(end - 1); day = day.addDays(1)) {
            attendance.days.append(day);
        }
    }
    std::sort(attendance.days.begin(), attendance.days.end());
    attendance.days.erase(std::unique(attendance.days.begin(), attendance.days.end()), attendance.days.end());
    attendance.minutes = counted / 60;
    return attendance;
}

Result<QList<ParticipantAttendance>> AttendedProgramme::forVisit(Id visitId) const
{
    const auto visit = VisitRepository(m_database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    const auto participants = ParticipantRepository(m_database).listForVisit(visitId);
    if (!participants) {
        return participants.error();
    }
    const auto programme = ProgrammeRepository(m_database).listForVisit(visitId);
    if (!programme) {
        return programme.error();
    }
    QList<Session> sessions;
    sessions.reserve(programme->size());
    for (const ProgrammeRow& row : *programme) {
        sessions.append(row.session);
    }
    QList<ParticipantAttendance> attendances;
    attendances.reserve(participants->size());
    for (const ParticipantRow& row : *participants) {
        attendances.append(of(*visit, row.participant, sessions));
    }
    return attendances;
}
