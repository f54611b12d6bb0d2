// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlquery.h"

#include "core/storage/database.h"

#include <QSqlError>

#include <sqlite3.h>

SqlQuery::SqlQuery(const Database& database, const QString& sql)
    : m_database(database), m_sql(sql), m_handle(database.handle())
{
    if (!m_handle) {
        return;
    }
    m_statement = database.takeStatement(sql);
    if (m_statement) {
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), static_cast<int>(utf8.size()), &m_statement,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        // Kept with its code: a statement that does not prepare on a damaged file is Corrupt, not Internal.
        m_problem = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_problemCode = sqlite3_extended_errcode(m_handle);
    }
}

SqlQuery::~SqlQuery()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_database.keepStatement(m_sql, m_statement);
    }
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    if (!m_statement) {
        return *this;
    }
    const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (index == 0) {
        m_problem = QStringLiteral("no parameter %1").arg(placeholder);
        return *this;
    }
    // As Qt's driver binds: numbers as numbers, bytes as a blob, an invalid QVariant as NULL and
    // everything else as text. A null QString is '' (text columns hold '' for "nothing entered");
    // a deliberate NULL is an invalid QVariant (SqlValue::null()).
    int result = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        result = sqlite3_bind_null(m_statement, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        result = sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        result = bytes.isNull()
                     ? sqlite3_bind_null(m_statement, index)
                     : sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                           static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        result = sqlite3_bind_text64(m_statement, index, text.constData(),
                                     static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
    if (result != SQLITE_OK) {
        m_problem = QString::fromUtf8(sqlite3_errstr(result));
        m_problemCode = result;
    }
    return *this;
}

Status SqlQuery::failure(const QString& what) const
{
    // As QSQLITE reports it, so that Error::fromSql() tells a full disk from a damaged file. A problem
    // found before running (preparing, binding) is kept with its own code; one without a code (a
    // placeholder the statement lacks) is a programming error.
    const bool early = !m_problem.isEmpty();
    const int code = early ? m_problemCode : (m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_MISUSE);
    const QString message =
        early ? m_problem : (m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString());
    return Error::fromSql(QSqlError(QString(), message, QSqlError::StatementError,
                                    code != 0 ? QString::number(code) : QString()),
                          what);
}

Status SqlQuery::execAll(const Database& database, const QStringList& statements, const QString& what)
{
    for (const QString& statement : statements) {
        SqlQuery query(database, statement);
        if (Status done = query.exec(what); !done) {
            return done;
        }
    }
    return success();
}

Status SqlQuery::exec(const QString& what)
{
    if (!m_statement || !m_problem.isEmpty()) {
        return failure(what);
    }
    sqlite3_reset(m_statement);
    m_pendingRow = false;
    m_onRow = false;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        m_pendingRow = true;
        return success();
    case SQLITE_DONE:
        sqlite3_reset(m_statement); // finished: it holds no read transaction open
        return success();
    default:
        return failure(what);
    }
}

Result<bool> SqlQuery::exists(const Database& database, const QString& sql, const QString& what)
{
    SqlQuery query(database, sql);
    if (Status done = query.exec(what); !done) {
        return done.error();
    }
    return query.next() && query.id(0) != 0;
}

bool SqlQuery::next()
{
    if (!m_statement) {
        return false;
    }
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
    } else if (m_onRow) {
        m_onRow = sqlite3_step(m_statement) == SQLITE_ROW;
        if (!m_onRow) {
            sqlite3_reset(m_statement);
        }
    }
    return m_onRow;
}

QVariant SqlQuery::value(int column) const
{
    if (!m_onRow) {
        return {};
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        return {};
    default:
        return QVariant(text(column));
    }
}

QString SqlQuery::text(int column) const
{
    if (!m_onRow) {
        return {};
    }
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!utf8) {
        return {};
    }
    const int bytes = sqlite3_column_bytes(m_statement, column);
    // Most optional columns hold '': no allocation for those.
    return bytes == 0 ? QStringLiteral("") : QString::fromUtf8(utf8, bytes);
}

qint64 SqlQuery::id(int column) const
{
    return m_onRow ? sqlite3_column_int64(m_statement, column) : 0;
}

QByteArrayView SqlQuery::utf8(int column) const
{
    if (!m_onRow) {
        return {};
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 SqlQuery::lastInsertId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

int SqlQuery::rowsAffected() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

namespace {

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return static_cast<uchar>(c);
}

/// The number written in `count` ASCII digits at `from`, or -1. `Text` is a QStringView, or a
/// QByteArrayView of a column's UTF-8 bytes.
template <typename Text>
int digits(Text text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = unit(text[i]);
        if (c < u'0' || c > u'9') {
            return -1;
        }
        number = number * 10 + (c - u'0');
    }
    return number;
}

/// '2026-05-19' (and what follows it) as a day: read by hand, as lists read thousands of them.
template <typename Text>
QDate dayOf(Text text)
{
    if (text.size() < 10 || unit(text[4]) != u'-' || unit(text[7]) != u'-' ||
        (text.size() > 10 && unit(text[10]) != u'T')) {
        return {};
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

/// '2026-05-19T09:30' as a wall-clock time (see SqlValue).
template <typename Text>
QDateTime localTimeOf(Text text)
{
    // Parsed in parts: as a machine-local time, 02:30 on the night clocks go forward would not exist.
    const QDate day = dayOf(text);
    const int hour =
        text.size() == 16 && unit(text[10]) == u'T' && unit(text[13]) == u':' ? digits(text, 11, 2) : -1;
    const int minute = hour >= 0 ? digits(text, 14, 2) : -1;
    const QTime time(hour, minute);
    return (day.isValid() && minute >= 0 && time.isValid()) ? QDateTime(day, time, Qt::UTC) : QDateTime();
}

} // namespace

QDate SqlQuery::day(int column) const
{
    return dayOf(utf8(column));
}

QDateTime SqlQuery::localTime(int column) const
{
    return localTimeOf(utf8(column));
}

namespace SqlValue {

QVariant null()
{
    return {};
}

QString localTimeFormat()
{
    return QStringLiteral("yyyy-MM-ddTHH:mm");
}

QVariant fromDay(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : null();
}

QDate toDay(const QVariant& value)
{
    return value.isNull() ? QDate() : dayOf(QStringView(value.toString()));
}

QVariant fromLocalTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toString(localTimeFormat())) : null();
}

QDateTime toLocalTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : localTimeOf(QStringView(value.toString()));
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : null();
}

qint64 toId(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QVariant fromIds(const QList<qint64>& ids)
{
    QStringList written;
    written.reserve(ids.size());
    for (const qint64 id : ids) {
        written.append(QString::number(id));
    }
    return QVariant(QLatin1Char('[') + written.join(QLatin1Char(',')) + QLatin1Char(']'));
}

} // namespace SqlValue
