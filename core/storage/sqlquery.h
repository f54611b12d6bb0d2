// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QVariant>

class Database;
struct sqlite3;
struct sqlite3_stmt;

/// A prepared statement whose every failure becomes an Error. Repositories use it for all SQL.
///
/// It runs on SQLite's C API, on the handle of the connection Qt's driver opened: QSqlQuery converts
/// every column of every row to a UTF-16 QVariant inside SQLite, which made reading a long list three
/// times slower than the sqlite3 shell. Here a column is converted when it is read, from UTF-8; and
/// a statement, once prepared, is kept by the Database for the next SqlQuery with the same SQL.
class SqlQuery final
{
    Q_DISABLE_COPY_MOVE(SqlQuery)

public:
    SqlQuery(const Database& database, const QString& sql);
    ~SqlQuery();

    SqlQuery& bind(const QString& placeholder, const QVariant& value);

    /// Runs the statement; `what` names the action for the message ("Saving the visit").
    Status exec(const QString& what);
    /// Runs statements that return no rows, one after another, up to the first that fails.
    static Status execAll(const Database& database, const QStringList& statements, const QString& what);
    /// Whether `sql`, a "SELECT EXISTS (...)", finds a row: asked before a list is read.
    static Result<bool> exists(const Database& database, const QString& sql, const QString& what);

    /// Moves to the next row of a statement's result; false after the last.
    bool next();
    /// A column of the current row: qint64, double, QString, QByteArray, or a null QVariant for NULL.
    QVariant value(int column) const;
    QString text(int column) const; ///< '' for NULL
    /// The column's UTF-8 bytes, valid until the next step; empty for NULL. For long lists that
    /// keep their texts as they are stored.
    QByteArrayView utf8(int column) const;
    qint64 id(int column) const; ///< 0 for NULL
    QDate day(int column) const; ///< as SqlValue::toDay(), read from the column's bytes
    /// As SqlValue::toLocalTime(), read from the column's bytes.
    QDateTime localTime(int column) const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

private:
    Status failure(const QString& what) const;

    const Database& m_database;
    QString m_sql;
    sqlite3* m_handle;
    sqlite3_stmt* m_statement = nullptr;
    QString m_problem;         ///< why it cannot run, found while preparing or binding
    int m_problemCode = 0;     ///< SQLite's code for it; 0 for a placeholder the statement lacks
    bool m_pendingRow = false; ///< exec() stepped onto the first row, which next() has not shown yet
    bool m_onRow = false;
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
/// '[3,17,42]', bound for "WHERE id IN (SELECT value FROM json_each(:ids))": one statement, kept
/// prepared like any other, reads any number of records.
QVariant fromIds(const QList<qint64>& ids);
QString localTimeFormat();

} // namespace SqlValue
