// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/outcomerepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

namespace {

void bindOutcome(SqlQuery& query, const Outcome& outcome)
{
    query.bind(QStringLiteral(":visit_id"), outcome.visitId)
        .bind(QStringLiteral(":kind"), enumKey(outcome.kind))
        .bind(QStringLiteral(":title"), outcome.title.trimmed())
        .bind(QStringLiteral(":partner_institution_id"), SqlValue::fromId(outcome.partnerInstitutionId))
        .bind(QStringLiteral(":made_on"), SqlValue::fromDay(outcome.date))
        .bind(QStringLiteral(":notes"), outcome.notes.trimmed());
}

} // namespace

Result<Id> OutcomeRepository::create(const Outcome& outcome)
{
    if (const FieldErrors errors = OutcomeValidator::validate(outcome); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving what came of the visit");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    SqlQuery insert(m_database,
                    QStringLiteral("INSERT INTO outcome (id, visit_id, kind, title, partner_institution_id, "
                                   "made_on, notes) VALUES (:id, :visit_id, :kind, :title, "
                                   ":partner_institution_id, :made_on, :notes)"));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(outcome.id));
    bindOutcome(insert, outcome);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    const Id id = insert.lastInsertId();
    m_database.markChanged(ChangeNotifier::Topic::Outcomes);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Status OutcomeRepository::update(const Outcome& outcome)
{
    if (const FieldErrors errors = OutcomeValidator::validate(outcome); !errors.isEmpty()) {
        return validationError(errors);
    }
    RecordUpdate update;
    update.what = tr("Saving what came of the visit");
    update.statement =
        QStringLiteral("UPDATE outcome SET visit_id = :visit_id, kind = :kind, title = :title, "
                       "partner_institution_id = :partner_institution_id, made_on = :made_on, "
                       "notes = :notes WHERE id = :id");
    update.id = outcome.id;
    //: %1 is a number
    update.missing = tr("Outcome %1").arg(outcome.id);
    update.changed = ChangeNotifier::Topic::Outcomes;
    update.bind = [&outcome](SqlQuery& query) { bindOutcome(query, outcome); };
    return RecordWrites::update(m_database, update);
}

Status OutcomeRepository::remove(Id id)
{
    return RecordWrites::remove(m_database, tr("Deleting what came of the visit"), QStringLiteral("outcome"),
                                id, tr("Outcome %1").arg(id), ChangeNotifier::Topic::Outcomes);
}

Result<QList<Outcome>> OutcomeRepository::listForVisit(Id visitId) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT id, kind, title, partner_institution_id, made_on, notes "
                                  "FROM outcome WHERE visit_id = :id "
                                  "ORDER BY made_on IS NULL, made_on, id"));
    query.bind(QStringLiteral(":id"), visitId);
    if (Status done = query.exec(tr("Reading what came of the visit")); !done) {
        return done.error();
    }
    QList<Outcome> outcomes;
    while (query.next()) {
        Outcome outcome;
        outcome.id = query.id(0);
        outcome.visitId = visitId;
        outcome.kind = enumFromKey<OutcomeKind>(query.text(1)).value_or(OutcomeKind::Other);
        outcome.title = query.text(2);
        outcome.partnerInstitutionId = SqlValue::toId(query.value(3));
        outcome.date = query.day(4);
        outcome.notes = query.text(5);
        outcomes.append(std::move(outcome));
    }
    return outcomes;
}
