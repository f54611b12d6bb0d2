// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/followuprepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

namespace {

void bindFollowUp(SqlQuery& query, const FollowUp& followUp)
{
    query.bind(QStringLiteral(":visit_id"), followUp.visitId)
        .bind(QStringLiteral(":task"), followUp.task.trimmed())
        .bind(QStringLiteral(":owner_person_id"), SqlValue::fromId(followUp.ownerPersonId))
        .bind(QStringLiteral(":due_on"), SqlValue::fromDay(followUp.due))
        .bind(QStringLiteral(":status"), enumKey(followUp.status));
}

} // namespace

Result<Id> FollowUpRepository::create(const FollowUp& followUp)
{
    if (const FieldErrors errors = OutcomeValidator::validate(followUp); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the follow-up task");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    SqlQuery insert(m_database,
                    QStringLiteral("INSERT INTO follow_up (id, visit_id, task, owner_person_id, due_on, "
                                   "status) VALUES (:id, :visit_id, :task, :owner_person_id, :due_on, "
                                   ":status)"));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(followUp.id));
    bindFollowUp(insert, followUp);
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

Status FollowUpRepository::update(const FollowUp& followUp)
{
    if (const FieldErrors errors = OutcomeValidator::validate(followUp); !errors.isEmpty()) {
        return validationError(errors);
    }
    RecordUpdate update;
    update.what = tr("Saving the follow-up task");
    update.statement =
        QStringLiteral("UPDATE follow_up SET visit_id = :visit_id, task = :task, "
                       "owner_person_id = :owner_person_id, due_on = :due_on, status = :status "
                       "WHERE id = :id");
    update.id = followUp.id;
    //: %1 is a number
    update.missing = tr("Follow-up task %1").arg(followUp.id);
    update.changed = ChangeNotifier::Topic::Outcomes;
    update.bind = [&followUp](SqlQuery& query) { bindFollowUp(query, followUp); };
    return RecordWrites::update(m_database, update);
}

Status FollowUpRepository::remove(Id id)
{
    return RecordWrites::remove(m_database, tr("Deleting the follow-up task"), QStringLiteral("follow_up"),
                                id, tr("Follow-up task %1").arg(id), ChangeNotifier::Topic::Outcomes);
}

Result<QList<FollowUp>> FollowUpRepository::listForVisit(Id visitId) const
{
    return load(QStringLiteral("visit_id = :id"), visitId);
}

Result<QList<FollowUp>> FollowUpRepository::open() const
{
    return load(QStringLiteral("status = 'open'"), 0);
}

Result<QList<Id>> FollowUpRepository::visitsWithOpenTasks() const
{
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT DISTINCT visit_id FROM follow_up WHERE status = 'open' ORDER BY visit_id"));
    if (Status done = query.exec(tr("Reading the follow-up tasks")); !done) {
        return done.error();
    }
    QList<Id> visits;
    while (query.next()) {
        visits.append(query.id(0));
    }
    return visits;
}

Result<QList<FollowUp>> FollowUpRepository::load(const QString& condition, Id visitId) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, visit_id, task, owner_person_id, due_on, status "
                                              "FROM follow_up WHERE %1 ORDER BY due_on IS NULL, due_on, id")
                                   .arg(condition));
    if (visitId != 0) {
        query.bind(QStringLiteral(":id"), visitId);
    }
    if (Status done = query.exec(tr("Reading the follow-up tasks")); !done) {
        return done.error();
    }
    QList<FollowUp> tasks;
    while (query.next()) {
        FollowUp task;
        task.id = query.id(0);
        task.visitId = query.id(1);
        task.task = query.text(2);
        task.ownerPersonId = SqlValue::toId(query.value(3));
        task.due = query.day(4);
        task.status = enumFromKey<FollowUpStatus>(query.text(5)).value_or(FollowUpStatus::Open);
        tasks.append(std::move(task));
    }
    return tasks;
}
