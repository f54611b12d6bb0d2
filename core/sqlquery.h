// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

class Database;

/// A prepared statement whose every failure becomes an Error. Repositories use it for all SQL.
class SqlQuery final
{
    Q_DISABLE_COPY_MOVE(SqlQuery)

public:
    SqlQuery(const Database& database, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);

    /// Runs the statement; `what` names the action for the message ("Saving the visit").
    Status exec(const QString& what);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

/// Conversions between domain values and the columns' text forms, in one place.
///
/// A session's times are wall-clock times in its visit's time zone. They are held in QDateTime
/// with the UTC spec, used as "no zone": so that no time of day is skipped or doubled by the
/// machine's daylight saving rules; the visit's zone is applied only where a zone matters (iCalendar).
namespace SqlValue {

QVariant null(); // SQL NULL

QVariant fromDay(const QDate& day);            // '2026-05-19' or NULL
QDate toDay(const QVariant& value);            // invalid QDate for NULL
QVariant fromLocalTime(const QDateTime& time); // '2026-05-19T09:30' or NULL
QDateTime toLocalTime(const QVariant& value);  // wall-clock time, UTC spec as "no zone"
QVariant fromId(qint64 id);                    // NULL for 0
qint64 toId(const QVariant& value);            // 0 for NULL
QString localTimeFormat();

} // namespace SqlValue
