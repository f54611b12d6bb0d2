// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/visitcopier.h"

#include "core/storage/database.h"
#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"

#include <QHash>

#include <algorithm>

namespace {

/// Who a visit's participants are: participant id to person id, and back.
struct ParticipantPeople
{
    QHash<Id, Id> personOf;
    QHash<Id, Id> participantOf;
};

Result<ParticipantPeople> participantPeople(ParticipantRepository& participants, Id visitId)
{
    auto rows = participants.listForVisit(visitId);
    if (!rows) {
        return rows.error();
    }
    ParticipantPeople people;
    for (const ParticipantRow& row : std::as_const(*rows)) {
        people.personOf.insert(row.participant.id, row.participant.personId);
        people.participantOf.insert(row.participant.personId, row.participant.id);
    }
    return people;
}

/// The session as it is in another visit, `days` later, its audience named by that visit's
/// participants (`participantOf` maps a person to a participant there).
Session moved(const Session& source, Id visitId, qint64 days, const QHash<Id, Id>& personOf,
              const QHash<Id, Id>& participantOf)
{
    Session copy = source;
    copy.id = 0;
    copy.visitId = visitId;
    copy.startsAt = source.startsAt.addDays(days);
    copy.endsAt = source.endsAt.addDays(days);
    copy.audienceParticipantIds.clear();
    for (const Id participant : source.audienceParticipantIds) {
        const Id there = participantOf.value(personOf.value(participant));
        if (there != 0) {
            copy.audienceParticipantIds.append(there);
        }
    }
    return copy;
}

} // namespace

Result<Id> VisitCopier::duplicate(Id visitId, const QDate& firstDay, bool withParticipants)
{
    const QString what = tr("Copying the visit");
    if (!firstDay.isValid()) {
        return Error(Error::Kind::Validation, tr("Choose the first day of the new visit."),
                     QStringLiteral("visit.firstDay"));
    }
    VisitRepository visits(m_database);
    auto source = visits.get(visitId);
    if (!source) {
        return source.error();
    }
    const qint64 days = source->firstDay.daysTo(firstDay);
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    Visit copy = *source;
    copy.id = 0;
    copy.status = VisitStatus::Draft;
    copy.firstDay = firstDay;
    copy.lastDay = source->lastDay.addDays(days);
    copy.notes.clear(); // notes speak of the earlier visit: its bookings, its people
    auto id = visits.create(copy);
    if (!id) {
        return id.error();
    }

    ParticipantRepository participants(m_database);
    auto people = participantPeople(participants, visitId);
    if (!people) {
        return people.error();
    }
    QHash<Id, Id> participantOf; // person → participant of the new visit
    if (withParticipants) {
        auto rows = participants.listForVisit(visitId);
        if (!rows) {
            return rows.error();
        }
        for (const ParticipantRow& row : std::as_const(*rows)) {
            VisitParticipant participant = row.participant;
            participant.id = 0;
            participant.visitId = *id;
            participant.arrival =
                participant.arrival.isValid() ? participant.arrival.addDays(days) : QDateTime();
            participant.departure =
                participant.departure.isValid() ? participant.departure.addDays(days) : QDateTime();
            auto created = participants.create(participant);
            if (!created) {
                return created.error();
            }
            participantOf.insert(participant.personId, *created);
        }
    }

    ProgrammeRepository programme(m_database);
    auto sessions = programme.listForVisit(visitId);
    if (!sessions) {
        return sessions.error();
    }
    for (const ProgrammeRow& row : std::as_const(*sessions)) {
        auto created = programme.create(moved(row.session, *id, days, people->personOf, participantOf));
        if (!created) {
            return created.error();
        }
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *id;
}

Result<QList<Id>> VisitCopier::copySessions(const QList<Id>& sessionIds, Id targetVisitId, const QDate& day)
{
    const QString what = tr("Copying the sessions");
    if (!day.isValid()) {
        return Error(Error::Kind::Validation, tr("Choose the day the sessions are copied to."),
                     QStringLiteral("session.day"));
    }
    if (auto target = VisitRepository(m_database).get(targetVisitId); !target) {
        return target.error();
    }
    ProgrammeRepository programme(m_database);
    QList<Session> sources;
    for (const Id sessionId : sessionIds) {
        auto session = programme.get(sessionId);
        if (!session) {
            return session.error();
        }
        sources.append(*session);
    }
    QList<Id> created;
    if (sources.isEmpty()) {
        return created;
    }
    std::sort(sources.begin(), sources.end(), [](const Session& a, const Session& b) {
        return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.id < b.id;
    });
    const qint64 days = sources.first().startsAt.date().daysTo(day);
    ParticipantRepository participants(m_database);
    auto there = participantPeople(participants, targetVisitId);
    if (!there) {
        return there.error();
    }
    QHash<Id, ParticipantPeople> sourcePeople;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    for (const Session& source : std::as_const(sources)) {
        if (!sourcePeople.contains(source.visitId)) {
            auto people = participantPeople(participants, source.visitId);
            if (!people) {
                return people.error();
            }
            sourcePeople.insert(source.visitId, *people);
        }
        auto id = programme.create(moved(source, targetVisitId, days,
                                         sourcePeople.value(source.visitId).personOf, there->participantOf));
        if (!id) {
            return id.error();
        }
        created.append(*id);
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return created;
}
