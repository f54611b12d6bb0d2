// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/costrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

namespace {

const QString costColumns =
    QStringLiteral("visit_id, category, description, planned_amount, actual_amount, currency, "
                   "funding_project_id, paid, invoice_reference");

void bindLine(SqlQuery& query, const CostLine& line)
{
    query.bind(QStringLiteral(":visit_id"), line.visitId)
        .bind(QStringLiteral(":category"), enumKey(line.category))
        .bind(QStringLiteral(":description"), line.description.trimmed())
        .bind(QStringLiteral(":planned_amount"), line.planned)
        .bind(QStringLiteral(":actual_amount"), line.actual ? QVariant(*line.actual) : SqlValue::null())
        .bind(QStringLiteral(":currency"), line.currency.trimmed().toUpper())
        .bind(QStringLiteral(":funding_project_id"), SqlValue::fromId(line.fundingProjectId))
        .bind(QStringLiteral(":paid"), line.paid ? 1 : 0)
        .bind(QStringLiteral(":invoice_reference"), line.invoiceReference.trimmed());
}

} // namespace

Result<Id> CostRepository::create(const CostLine& line)
{
    if (const FieldErrors errors = CostLineValidator::validate(line); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the cost");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    SqlQuery insert(m_database,
                    QStringLiteral("INSERT INTO cost_line (id, %1) VALUES (:id, :visit_id, :category, "
                                   ":description, :planned_amount, :actual_amount, :currency, "
                                   ":funding_project_id, :paid, :invoice_reference)")
                        .arg(costColumns));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(line.id));
    bindLine(insert, line);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    const Id id = insert.lastInsertId();
    m_database.markChanged(ChangeNotifier::Topic::Costs);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<CostLine> CostRepository::get(Id id) const
{
    auto lines = load(QStringLiteral("id = :id"), id);
    if (!lines) {
        return lines.error();
    }
    if (lines->isEmpty()) {
        //: %1 is a number
        return Error::notFound(tr("Cost %1").arg(id));
    }
    return lines->constFirst();
}

Status CostRepository::update(const CostLine& line)
{
    if (const FieldErrors errors = CostLineValidator::validate(line); !errors.isEmpty()) {
        return validationError(errors);
    }
    RecordUpdate update;
    update.what = tr("Saving the cost");
    update.statement = QStringLiteral(
        "UPDATE cost_line SET visit_id = :visit_id, category = :category, description = :description, "
        "planned_amount = :planned_amount, actual_amount = :actual_amount, currency = :currency, "
        "funding_project_id = :funding_project_id, paid = :paid, invoice_reference = :invoice_reference "
        "WHERE id = :id");
    update.id = line.id;
    update.missing = tr("Cost %1").arg(line.id);
    update.changed = ChangeNotifier::Topic::Costs;
    update.bind = [&line](SqlQuery& query) { bindLine(query, line); };
    return RecordWrites::update(m_database, update);
}

Status CostRepository::remove(Id id)
{
    return RecordWrites::remove(m_database, tr("Deleting the cost"), QStringLiteral("cost_line"), id,
                                tr("Cost %1").arg(id), ChangeNotifier::Topic::Costs);
}

Result<QList<CostLine>> CostRepository::listForVisit(Id visitId) const
{
    return load(QStringLiteral("visit_id = :id"), visitId);
}

Result<QList<CostLine>> CostRepository::listForProject(Id projectId) const
{
    return load(QStringLiteral("funding_project_id = :id"), projectId);
}

Result<QList<CostLine>> CostRepository::load(const QString& condition, Id id) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, %1 FROM cost_line WHERE %2 ORDER BY visit_id, id")
                                   .arg(costColumns, condition));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading the costs")); !done) {
        return done.error();
    }
    QList<CostLine> lines;
    while (query.next()) {
        CostLine line;
        line.id = query.id(0);
        line.visitId = query.id(1);
        line.category = enumFromKey<CostCategory>(query.text(2)).value_or(CostCategory::Other);
        line.description = query.text(3);
        line.planned = query.value(4).toLongLong();
        if (!query.value(5).isNull()) {
            line.actual = query.value(5).toLongLong();
        }
        line.currency = query.text(6);
        line.fundingProjectId = SqlValue::toId(query.value(7));
        line.paid = query.value(8).toInt() != 0;
        line.invoiceReference = query.text(9);
        lines.append(std::move(line));
    }
    return lines;
}
