// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/programmerepository.h"

#include "core/storage/database.h"
#include "core/storage/readertext.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

#include <QHash>
#include <QSet>

namespace {

const QString sessionColumns = QStringLiteral(
    "visit_id, starts_at, ends_at, title, description, kind, venue_institution_id, room, address, city, "
    "language, interpretation_mode, interpreted_into, whole_delegation, notes");

void bindSession(SqlQuery& query, const Session& session)
{
    query.bind(QStringLiteral(":visit_id"), session.visitId)
        .bind(QStringLiteral(":starts_at"), SqlValue::fromLocalTime(session.startsAt))
        .bind(QStringLiteral(":ends_at"), SqlValue::fromLocalTime(session.endsAt))
        .bind(QStringLiteral(":title"), session.title.text.trimmed())
        .bind(QStringLiteral(":description"), session.description.text.trimmed())
        .bind(QStringLiteral(":kind"), enumKey(session.kind))
        .bind(QStringLiteral(":venue_institution_id"), SqlValue::fromId(session.venueInstitutionId))
        .bind(QStringLiteral(":room"), session.room.trimmed())
        .bind(QStringLiteral(":address"), session.address.trimmed())
        .bind(QStringLiteral(":city"), session.city.trimmed())
        .bind(QStringLiteral(":language"), session.language.trimmed().toLower())
        .bind(QStringLiteral(":interpretation_mode"), enumKey(session.interpretation))
        .bind(QStringLiteral(":interpreted_into"), session.interpretation == InterpretationMode::None
                                                       ? QString()
                                                       : session.interpretedInto.join(u','))
        .bind(QStringLiteral(":whole_delegation"), session.wholeDelegation ? 1 : 0)
        .bind(QStringLiteral(":notes"), session.notes.trimmed());
}

void bindAll(SqlQuery& query, const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.bind(it.key(), it.value());
    }
}

QVariant dayStart(const QDate& day)
{
    return day.isValid() ? SqlValue::fromLocalTime(QDateTime(day, QTime(0, 0), Qt::UTC)) : SqlValue::null();
}

} // namespace

Result<Id> ProgrammeRepository::create(const Session& session)
{
    if (const FieldErrors errors = SessionValidator::validate(session); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the session");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    if (Status checked = checkReferences(session, what); !checked) {
        return checked.error();
    }
    // An id given by the caller is kept: undoing a deletion brings the session back as it was.
    SqlQuery insert(
        m_database,
        QStringLiteral(
            "INSERT INTO agenda_session (id, %1) VALUES (:id, :visit_id, :starts_at, "
            ":ends_at, :title, :description, :kind, :venue_institution_id, :room, "
            ":address, :city, :language, :interpretation_mode, :interpreted_into, :whole_delegation, :notes)")
            .arg(sessionColumns));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(session.id));
    bindSession(insert, session);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    const Id id = insert.lastInsertId();
    if (Status done = writeDetails(id, session, what); !done) {
        return done.error();
    }
    m_database.markChanged(ChangeNotifier::Topic::Sessions);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<Session> ProgrammeRepository::get(Id id) const
{
    const auto rows = load(QStringLiteral("s.id = :id"), {{QStringLiteral(":id"), id}});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        //: %1 is a number
        return Error::notFound(tr("Session %1").arg(id));
    }
    return rows->constFirst().session;
}

Status ProgrammeRepository::update(const Session& session)
{
    if (const FieldErrors errors = SessionValidator::validate(session); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the session");
    // The visit is part of the condition: in another visit the audience would no longer be its own.
    RecordUpdate update;
    update.what = what;
    update.statement =
        QStringLiteral("UPDATE agenda_session SET starts_at = :starts_at, ends_at = :ends_at, "
                       "title = :title, description = :description, kind = :kind, "
                       "venue_institution_id = :venue_institution_id, room = :room, "
                       "address = :address, city = :city, language = :language, "
                       "interpretation_mode = :interpretation_mode, interpreted_into = :interpreted_into, "
                       "whole_delegation = :whole_delegation, "
                       "notes = :notes WHERE id = :id AND visit_id = :visit_id");
    update.id = session.id;
    update.missing = tr("Session %1").arg(session.id);
    update.changed = ChangeNotifier::Topic::Sessions;
    update.bind = [&session](SqlQuery& query) { bindSession(query, session); };
    update.checkFirst = [&] { return checkReferences(session, what); };
    update.writeAlso = [&] { return writeDetails(session.id, session, what); };
    return RecordWrites::update(m_database, update);
}

Status ProgrammeRepository::remove(Id id)
{
    return RecordWrites::remove(m_database, tr("Deleting the session"), QStringLiteral("agenda_session"), id,
                                tr("Session %1").arg(id), ChangeNotifier::Topic::Sessions);
}

Status ProgrammeRepository::move(Id id, const QDateTime& newStart)
{
    if (!newStart.isValid()) {
        return validationError({{QStringLiteral("session.start"),
                                 SessionValidator::tr("Start: enter when the session starts.")}});
    }
    const QString what = tr("Moving the session");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun;
    }
    SqlQuery read(m_database, QStringLiteral("SELECT starts_at, ends_at FROM agenda_session WHERE id = :id"));
    read.bind(QStringLiteral(":id"), id);
    if (Status done = read.exec(what); !done) {
        return done;
    }
    if (!read.next()) {
        return Error::notFound(tr("Session %1").arg(id));
    }
    const qint64 length = read.localTime(0).secsTo(read.localTime(1));
    // Both ends from the same minute: seconds in newStart must not shorten the session when stored.
    const QDateTime start = SqlValue::toLocalTime(SqlValue::fromLocalTime(newStart));
    SqlQuery query(m_database,
                   QStringLiteral("UPDATE agenda_session SET starts_at = :starts_at, ends_at = :ends_at "
                                  "WHERE id = :id"));
    query.bind(QStringLiteral(":starts_at"), SqlValue::fromLocalTime(start))
        .bind(QStringLiteral(":ends_at"), SqlValue::fromLocalTime(start.addSecs(length)))
        .bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(what); !done) {
        return done;
    }
    m_database.markChanged(ChangeNotifier::Topic::Sessions);
    return transaction.commit();
}

Result<QList<ProgrammeRow>> ProgrammeRepository::listForVisit(Id visitId) const
{
    return load(QStringLiteral("s.visit_id = :visit_id"), {{QStringLiteral(":visit_id"), visitId}});
}

Result<QList<ProgrammeRow>> ProgrammeRepository::listForVisits(const QList<Id>& visitIds, Detail detail) const
{
    if (visitIds.isEmpty()) {
        return QList<ProgrammeRow>();
    }
    return load(QStringLiteral("s.visit_id IN (SELECT value FROM json_each(:visit_ids))"),
                {{QStringLiteral(":visit_ids"), SqlValue::fromIds(visitIds)}}, detail);
}

Result<QList<ProgrammeRow>> ProgrammeRepository::listForDay(Id visitId, const QDate& day) const
{
    return load(QStringLiteral("s.visit_id = :visit_id AND s.starts_at >= :from AND s.starts_at < :to"),
                {{QStringLiteral(":visit_id"), visitId},
                 {QStringLiteral(":from"), dayStart(day)},
                 {QStringLiteral(":to"), dayStart(day.addDays(1))}});
}

Result<QList<SessionSlot>> ProgrammeRepository::sessionsInRange(const QDateTime& from,
                                                                const QDateTime& to) const
{
    QVariantMap values;
    const QString condition = rangeCondition(from, to, values);
    const auto rows = load(condition, values);
    if (!rows) {
        return rows.error();
    }
    QList<SessionSlot> found;
    found.reserve(rows->size());
    for (const ProgrammeRow& row : *rows) {
        const Session& session = row.session;
        SessionSlot slot;
        slot.id = session.id;
        slot.visitId = session.visitId;
        slot.title = session.title.text;
        slot.startsAt = session.startsAt;
        slot.endsAt = session.endsAt;
        slot.venueInstitutionId = session.venueInstitutionId;
        slot.room = session.room;
        slot.city = session.city;
        for (const SessionPerson& person : session.people) {
            if (!slot.personIds.contains(person.personId)) {
                slot.personIds.append(person.personId);
            }
        }
        slot.wholeDelegation = session.wholeDelegation;
        slot.audienceParticipantIds = session.audienceParticipantIds;
        found.append(slot);
    }
    return found;
}

Result<QList<Id>> ProgrammeRepository::visitsWithSessionsInRange(const QDateTime& from,
                                                                 const QDateTime& to) const
{
    QVariantMap values;
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT DISTINCT s.visit_id FROM agenda_session s WHERE %1 ORDER BY s.visit_id")
            .arg(rangeCondition(from, to, values)));
    bindAll(query, values);
    if (Status done = query.exec(tr("Reading the programme")); !done) {
        return done.error();
    }
    QList<Id> visits;
    while (query.next()) {
        visits.append(query.id(0));
    }
    return visits;
}

QString ProgrammeRepository::rangeCondition(const QDateTime& from, const QDateTime& to, QVariantMap& values)
{
    // The stored text sorts as the times do, so the overlap test works on the column as it is.
    QStringList conditions{QStringLiteral("1 = 1")};
    if (to.isValid()) {
        conditions << QStringLiteral("s.starts_at < :to");
        values.insert(QStringLiteral(":to"), SqlValue::fromLocalTime(to));
    }
    if (from.isValid()) {
        // No session lasts longer than SessionValidator allows: the index on starts_at then
        // reads only the sessions that may overlap, not every session before `to`.
        conditions << QStringLiteral("s.ends_at > :from") << QStringLiteral("s.starts_at > :earliest");
        values.insert(QStringLiteral(":from"), SqlValue::fromLocalTime(from));
        values.insert(QStringLiteral(":earliest"),
                      SqlValue::fromLocalTime(from.addSecs(-SessionValidator::maximumSeconds)));
    }
    return conditions.join(QStringLiteral(" AND "));
}

Result<QList<ProgrammeRow>> ProgrammeRepository::load(const QString& condition, const QVariantMap& values,
                                                      Detail detail) const
{
    const QString what = tr("Reading the programme");
    // Checking reads no descriptions, notes or translations: a year's sessions are half the text then.
    const bool full = detail == Detail::Full;
    const bool audiences = detail != Detail::ForCheckingAgainst;
    SqlQuery query(m_database,
                   QStringLiteral("SELECT s.id, s.visit_id, s.starts_at, s.ends_at, %6, %1, "
                                  "s.kind, s.venue_institution_id, s.room, s.address, s.city, %2, "
                                  "s.whole_delegation, %3, coalesce(%5, '') "
                                  "FROM agenda_session s "
                                  "LEFT JOIN institution i ON i.id = s.venue_institution_id "
                                  "WHERE %4 ORDER BY s.starts_at, s.id")
                       .arg(full ? QStringLiteral("s.description") : QStringLiteral("''"),
                            full ? QStringLiteral("s.language, s.interpretation_mode, s.interpreted_into")
                                 : QStringLiteral("'', '', ''"),
                            full ? QStringLiteral("s.notes") : QStringLiteral("''"), condition,
                            ReaderText::institutionName(QStringLiteral("i")),
                            full ? QStringLiteral("s.title")
                                 : ReaderText::translated(QStringLiteral("agenda_session_text"),
                                                          QStringLiteral("session_id"), QStringLiteral("s"),
                                                          QStringLiteral("title"))));
    ReaderText::bind(query);
    bindAll(query, values);
    if (Status done = query.exec(what); !done) {
        return done.error();
    }
    QList<ProgrammeRow> rows;
    QHash<Id, qsizetype> indexOf;
    while (query.next()) {
        ProgrammeRow row;
        Session& session = row.session;
        session.id = query.id(0);
        session.visitId = query.id(1);
        session.startsAt = query.localTime(2);
        session.endsAt = query.localTime(3);
        session.title.text = query.text(4);
        session.description.text = query.text(5);
        session.kind = enumFromKey<SessionKind>(query.text(6)).value_or(SessionKind::Other);
        session.venueInstitutionId = SqlValue::toId(query.value(7));
        session.room = query.text(8);
        session.address = query.text(9);
        session.city = query.text(10);
        session.language = query.text(11);
        session.interpretation =
            enumFromKey<InterpretationMode>(query.text(12)).value_or(InterpretationMode::None);
        session.interpretedInto = query.text(13).split(u',', Qt::SkipEmptyParts);
        session.wholeDelegation = query.value(14).toInt() != 0;
        session.notes = query.text(15);
        row.venueName = query.text(16);
        indexOf.insert(session.id, rows.size());
        rows.append(std::move(row));
    }
    if (rows.isEmpty()) {
        return rows;
    }

    // One query per kind of detail for all the sessions, not one per session: a seven-day
    // programme has some forty sessions.
    const QString ofSessions =
        QStringLiteral("session_id IN (SELECT s.id FROM agenda_session s WHERE %1)").arg(condition);

    if (full) {
        SqlQuery texts(m_database,
                       QStringLiteral("SELECT session_id, field, language, text FROM agenda_session_text "
                                      "WHERE %1")
                           .arg(ofSessions));
        bindAll(texts, values);
        if (Status done = texts.exec(what); !done) {
            return done.error();
        }
        while (texts.next()) {
            Session& session = rows[indexOf.value(texts.id(0))].session;
            LocalizedText& text =
                texts.text(1) == QLatin1String("title") ? session.title : session.description;
            text.translations.insert(texts.text(2), texts.text(3));
        }
    }

    // rowid keeps the order in which the people were entered (the first presenter first).
    SqlQuery people(m_database, QStringLiteral("SELECT session_id, person_id, role FROM session_person "
                                               "WHERE %1 ORDER BY rowid")
                                    .arg(ofSessions));
    bindAll(people, values);
    if (Status done = people.exec(what); !done) {
        return done.error();
    }
    while (people.next()) {
        const auto role = enumFromKey<SessionRole>(people.text(2));
        if (role) {
            rows[indexOf.value(people.id(0))].session.people.append({people.id(1), *role});
        }
    }

    if (!audiences) {
        return rows;
    }
    SqlQuery audience(m_database, QStringLiteral("SELECT session_id, participant_id FROM session_audience "
                                                 "WHERE %1 ORDER BY rowid")
                                      .arg(ofSessions));
    bindAll(audience, values);
    if (Status done = audience.exec(what); !done) {
        return done.error();
    }
    while (audience.next()) {
        rows[indexOf.value(audience.id(0))].session.audienceParticipantIds.append(audience.id(1));
    }
    return rows;
}

Status ProgrammeRepository::checkReferences(const Session& session, const QString& what) const
{
    // Checked here so that the coordinator reads why, not SQLite's constraint message.
    SqlQuery visit(m_database, QStringLiteral("SELECT 1 FROM visit WHERE id = :id"));
    visit.bind(QStringLiteral(":id"), session.visitId);
    if (Status done = visit.exec(what); !done) {
        return done;
    }
    if (!visit.next()) {
        //: %1 is a number
        return Error::notFound(tr("Visit %1").arg(session.visitId));
    }

    if (session.venueInstitutionId > 0) {
        SqlQuery venue(m_database, QStringLiteral("SELECT 1 FROM institution WHERE id = :id"));
        venue.bind(QStringLiteral(":id"), session.venueInstitutionId);
        if (Status done = venue.exec(what); !done) {
            return done;
        }
        if (!venue.next()) {
            return validationError({{QStringLiteral("session.venue"),
                                     tr("Venue: the institution chosen does not exist (any more).")}});
        }
    }

    if (!session.people.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < session.people.size(); ++i) {
            placeholders << QStringLiteral(":person%1").arg(i);
        }
        SqlQuery people(m_database, QStringLiteral("SELECT id FROM person WHERE id IN (%1)")
                                        .arg(placeholders.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < session.people.size(); ++i) {
            people.bind(placeholders.at(i), session.people.at(i).personId);
        }
        if (Status done = people.exec(what); !done) {
            return done;
        }
        QSet<Id> found;
        while (people.next()) {
            found.insert(people.id(0));
        }
        for (const SessionPerson& person : session.people) {
            if (!found.contains(person.personId)) {
                return validationError({{QStringLiteral("session.people"),
                                         tr("People: a person chosen does not exist (any more).")}});
            }
        }
    }

    if (!session.audienceParticipantIds.isEmpty()) {
        SqlQuery participants(m_database,
                              QStringLiteral("SELECT id FROM visit_participant WHERE visit_id = :visit_id"));
        participants.bind(QStringLiteral(":visit_id"), session.visitId);
        if (Status done = participants.exec(what); !done) {
            return done;
        }
        QSet<Id> inVisit;
        while (participants.next()) {
            inVisit.insert(participants.id(0));
        }
        for (const Id participantId : session.audienceParticipantIds) {
            if (!inVisit.contains(participantId)) {
                return validationError(
                    {{QStringLiteral("session.audience"),
                      tr("Audience: a participant chosen is not in this visit (any more).")}});
            }
        }
    }
    return success();
}

Status ProgrammeRepository::writeDetails(Id id, const Session& session, const QString& what)
{
    // Replaced as a whole: what the form shows is what is stored.
    for (const QString& table : {QStringLiteral("agenda_session_text"), QStringLiteral("session_person"),
                                 QStringLiteral("session_audience")}) {
        SqlQuery clear(m_database, QStringLiteral("DELETE FROM %1 WHERE session_id = :id").arg(table));
        clear.bind(QStringLiteral(":id"), id);
        if (Status done = clear.exec(what); !done) {
            return done;
        }
    }

    SqlQuery text(m_database, QStringLiteral("INSERT INTO agenda_session_text (session_id, field, language, "
                                             "text) VALUES (:id, :field, :language, :text)"));
    const QList<std::pair<QString, const LocalizedText*>> fields = {
        {QStringLiteral("title"), &session.title}, {QStringLiteral("description"), &session.description}};
    for (const auto& [field, localized] : fields) {
        for (auto it = localized->translations.cbegin(); it != localized->translations.cend(); ++it) {
            if (it.value().trimmed().isEmpty()) {
                continue;
            }
            text.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":field"), field)
                .bind(QStringLiteral(":language"), it.key())
                .bind(QStringLiteral(":text"), it.value().trimmed());
            if (Status done = text.exec(what); !done) {
                return done;
            }
        }
    }

    SqlQuery person(m_database, QStringLiteral("INSERT INTO session_person (session_id, person_id, role) "
                                               "VALUES (:id, :person_id, :role)"));
    for (const SessionPerson& entry : session.people) {
        person.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":person_id"), entry.personId)
            .bind(QStringLiteral(":role"), enumKey(entry.role));
        if (Status done = person.exec(what); !done) {
            return done;
        }
    }

    SqlQuery audience(m_database, QStringLiteral("INSERT INTO session_audience (session_id, participant_id) "
                                                 "VALUES (:id, :participant_id)"));
    for (const Id participantId : session.audienceParticipantIds) {
        audience.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":participant_id"), participantId);
        if (Status done = audience.exec(what); !done) {
            return done;
        }
    }
    return success();
}
