// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/participantrepository.h"

#include "core/storage/database.h"
#include "core/storage/personrepository.h"
#include "core/storage/readertext.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

#include <algorithm>
#include <tuple>

namespace {

void bindParticipant(SqlQuery& query, const VisitParticipant& participant)
{
    query.bind(QStringLiteral(":visit_id"), participant.visitId)
        .bind(QStringLiteral(":person_id"), participant.personId)
        .bind(QStringLiteral(":role"), enumKey(participant.role))
        .bind(QStringLiteral(":arrival"), SqlValue::fromLocalTime(participant.arrival))
        .bind(QStringLiteral(":departure"), SqlValue::fromLocalTime(participant.departure))
        .bind(QStringLiteral(":accommodation"), participant.accommodation.trimmed())
        .bind(QStringLiteral(":notes"), participant.notes.trimmed());
}

/// The columns of visit_participant `p` that readStay() reads, first in a statement.
const QString stayColumns = QStringLiteral("p.id, p.visit_id, p.person_id, p.role, p.arrival, p.departure");

/// Who stays in which visit, when, in which role: the columns of stayColumns.
void readStay(const SqlQuery& query, VisitParticipant& participant)
{
    participant.id = query.id(0);
    participant.visitId = query.id(1);
    participant.personId = query.id(2);
    participant.role =
        enumFromKey<ParticipantRole>(query.text(3)).value_or(ParticipantRole::DelegationMember);
    participant.arrival = query.localTime(4);
    participant.departure = query.localTime(5);
}

/// Rows read by visit and id, ordered by visit, then role as the enum orders roles (leader, members,
/// hosts, ...); stable, so ids stay in order.
void sortByVisitAndRole(QList<ParticipantRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ParticipantRow& a, const ParticipantRow& b) {
        return std::tie(a.participant.visitId, a.participant.role) <
               std::tie(b.participant.visitId, b.participant.role);
    });
}

} // namespace

Result<Id> ParticipantRepository::create(const VisitParticipant& participant)
{
    if (const FieldErrors errors = VisitParticipantValidator::validate(participant); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the participant");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    if (Status checked = checkReferences(participant, what); !checked) {
        return checked.error();
    }
    // An id given by the caller is kept: undoing a deletion brings the participant back as they were.
    SqlQuery insert(m_database,
                    QStringLiteral("INSERT INTO visit_participant (id, visit_id, person_id, role, arrival, "
                                   "departure, accommodation, notes) VALUES (:id, :visit_id, :person_id, "
                                   ":role, :arrival, :departure, :accommodation, :notes)"));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(participant.id));
    bindParticipant(insert, participant);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    const Id id = insert.lastInsertId();
    m_database.markChanged(ChangeNotifier::Topic::Participants);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<VisitParticipant> ParticipantRepository::get(Id id) const
{
    const QString what = tr("Reading the participant");
    SqlQuery query(m_database, QStringLiteral("SELECT %1, p.accommodation, p.notes FROM visit_participant p "
                                              "WHERE p.id = :id")
                                   .arg(stayColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(what); !done) {
        return done.error();
    }
    if (!query.next()) {
        //: %1 is a number
        return Error::notFound(tr("Participant %1").arg(id));
    }
    VisitParticipant participant;
    readStay(query, participant);
    participant.accommodation = query.text(6);
    participant.notes = query.text(7);
    return participant;
}

Status ParticipantRepository::update(const VisitParticipant& participant)
{
    if (const FieldErrors errors = VisitParticipantValidator::validate(participant); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the participant");
    // The visit is part of the condition: moving a participant to another visit would leave them
    // in the audiences of sessions of the first one.
    RecordUpdate update;
    update.what = what;
    update.statement = QStringLiteral("UPDATE visit_participant SET person_id = :person_id, role = :role, "
                                      "arrival = :arrival, departure = :departure, "
                                      "accommodation = :accommodation, notes = :notes "
                                      "WHERE id = :id AND visit_id = :visit_id");
    update.id = participant.id;
    update.missing = tr("Participant %1").arg(participant.id);
    update.changed = ChangeNotifier::Topic::Participants;
    update.bind = [&participant](SqlQuery& query) { bindParticipant(query, participant); };
    update.checkFirst = [&] { return checkReferences(participant, what); };
    return RecordWrites::update(m_database, update);
}

Status ParticipantRepository::remove(Id id)
{
    // Sessions too: the participant left the audiences they were chosen for.
    return RecordWrites::remove(m_database, tr("Deleting the participant"),
                                QStringLiteral("visit_participant"), id, tr("Participant %1").arg(id),
                                ChangeNotifier::Topic::Participants | ChangeNotifier::Topic::Sessions);
}

Result<ParticipantUsage> ParticipantRepository::usage(Id id) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT count(*) FROM session_audience WHERE participant_id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading the participant")); !done) {
        return done.error();
    }
    ParticipantUsage usage;
    if (query.next()) {
        usage.audienceSessions = query.value(0).toInt();
    }
    return usage;
}

Result<QList<ParticipantRow>> ParticipantRepository::listForVisit(Id visitId) const
{
    return load(QStringLiteral("p.visit_id = :visits"), visitId);
}

Result<QList<ParticipantRow>> ParticipantRepository::staysForVisits(const QList<Id>& visitIds) const
{
    QList<ParticipantRow> rows;
    if (visitIds.isEmpty()) {
        return rows;
    }
    SqlQuery query(m_database, QStringLiteral("SELECT %1, %2, pe.family_name FROM visit_participant p "
                                              "JOIN person pe ON pe.id = p.person_id "
                                              "WHERE p.visit_id IN (SELECT value FROM json_each(:visits)) "
                                              "ORDER BY p.visit_id, p.id")
                                   .arg(stayColumns, PersonRepository::displayNameSql(QStringLiteral("pe"))));
    query.bind(QStringLiteral(":visits"), SqlValue::fromIds(visitIds));
    if (Status done = query.exec(tr("Reading the participants")); !done) {
        return done.error();
    }
    while (query.next()) {
        ParticipantRow row;
        readStay(query, row.participant);
        row.displayName = query.text(6);
        row.familyName = query.text(7);
        rows.append(row);
    }
    sortByVisitAndRole(rows);
    return rows;
}

Result<QList<ParticipantRow>> ParticipantRepository::load(const QString& condition,
                                                          const QVariant& visits) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT %1, p.accommodation, p.notes, "
                                  "pe.given_name, pe.family_name, pe.latin_given_name, pe.latin_family_name, "
                                  "pe.position, coalesce(%3, ''), pe.country, pe.diet, pe.diet_note, "
                                  "pe.accessibility_needs "
                                  "FROM visit_participant p JOIN person pe ON pe.id = p.person_id "
                                  "LEFT JOIN institution i ON i.id = pe.institution_id "
                                  "WHERE %2 ORDER BY p.visit_id, p.id")
                       .arg(stayColumns, condition, ReaderText::institutionName(QStringLiteral("i"))));
    query.bind(QStringLiteral(":visits"), visits);
    ReaderText::bind(query);
    if (Status done = query.exec(tr("Reading the participants")); !done) {
        return done.error();
    }
    QList<ParticipantRow> rows;
    while (query.next()) {
        ParticipantRow row;
        readStay(query, row.participant);
        row.participant.accommodation = query.text(6);
        row.participant.notes = query.text(7);
        row.displayName = Person::joinName(query.text(8), query.text(9));
        row.familyName = query.text(9);
        row.latinName = Person::joinName(query.text(10), query.text(11));
        row.position = query.text(12);
        row.institutionName = query.text(13);
        row.country = query.text(14);
        row.diet = enumFromKey<DietCategory>(query.text(15)).value_or(DietCategory::None);
        row.dietNote = query.text(16);
        row.accessibilityNeeds = query.text(17);
        rows.append(row);
    }
    sortByVisitAndRole(rows);
    return rows;
}

Result<QMap<ParticipantRole, int>> ParticipantRepository::countsByRole(Id visitId) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT role, count(*) FROM visit_participant "
                                              "WHERE visit_id = :visit_id GROUP BY role"));
    query.bind(QStringLiteral(":visit_id"), visitId);
    if (Status done = query.exec(tr("Reading the participants")); !done) {
        return done.error();
    }
    QMap<ParticipantRole, int> counts;
    while (query.next()) {
        if (const auto role = enumFromKey<ParticipantRole>(query.text(0))) {
            counts.insert(*role, query.value(1).toInt());
        }
    }
    return counts;
}

Status ParticipantRepository::checkReferences(const VisitParticipant& participant, const QString& what) const
{
    // Checked here so that the coordinator reads why, not SQLite's constraint message.
    SqlQuery visit(m_database, QStringLiteral("SELECT 1 FROM visit WHERE id = :id"));
    visit.bind(QStringLiteral(":id"), participant.visitId);
    if (Status done = visit.exec(what); !done) {
        return done;
    }
    if (!visit.next()) {
        //: %1 is a number
        return Error::notFound(tr("Visit %1").arg(participant.visitId));
    }

    SqlQuery person(m_database,
                    QStringLiteral("SELECT given_name, family_name, "
                                   "(SELECT count(*) FROM visit_participant WHERE visit_id = :visit_id "
                                   "AND person_id = :person_id AND id IS NOT :participant_id) "
                                   "FROM person WHERE id = :id"));
    person.bind(QStringLiteral(":id"), participant.personId)
        .bind(QStringLiteral(":person_id"), participant.personId)
        .bind(QStringLiteral(":visit_id"), participant.visitId)
        .bind(QStringLiteral(":participant_id"), SqlValue::fromId(participant.id));
    if (Status done = person.exec(what); !done) {
        return done;
    }
    if (!person.next()) {
        //: %1 is a number
        return Error::notFound(tr("Person %1").arg(participant.personId));
    }
    if (person.value(2).toInt() > 0) {
        //: %1 is a person's name
        return validationError({{QStringLiteral("participant.personId"),
                                 tr("Person: %1 is already a participant of this visit.")
                                     .arg(Person::joinName(person.text(0), person.text(1)))}});
    }
    return success();
}
