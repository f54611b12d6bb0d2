// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwrites.h"

#include "core/model/error.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

namespace {

/// Runs `query`, which names one row: NotFound (as `missing`) when it touched none.
Status execOnOneRow(SqlQuery& query, const QString& what, const QString& missing)
{
    if (Status done = query.exec(what); !done) {
        return done;
    }
    if (query.rowsAffected() == 0) {
        return Error::notFound(missing);
    }
    return success();
}

} // namespace

Status RecordWrites::update(Database& database, const RecordUpdate& update)
{
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(update.what); !begun) {
        return begun;
    }
    if (update.checkFirst) {
        if (Status checked = update.checkFirst(); !checked) {
            return checked;
        }
    }
    SqlQuery query(database, update.statement);
    update.bind(query);
    query.bind(QStringLiteral(":id"), update.id);
    if (Status done = execOnOneRow(query, update.what, update.missing); !done) {
        return done;
    }
    if (update.writeAlso) {
        if (Status done = update.writeAlso(); !done) {
            return done;
        }
    }
    database.markChanged(update.changed);
    return transaction.commit();
}

Status RecordWrites::remove(Database& database, const QString& what, const QString& table, Id id,
                            const QString& missing, ChangeNotifier::Topics changed)
{
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun;
    }
    SqlQuery query(database, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = execOnOneRow(query, what, missing); !done) {
        return done;
    }
    database.markChanged(changed);
    return transaction.commit();
}
