// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery.h"

#include "database.h"

#include <QSqlError>

SqlQuery::SqlQuery(const Database& database, const QString& sql) : m_query(database.connection())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    // The driver writes a null QString as NULL; text columns hold '' for "nothing entered".
    // A deliberate NULL is an invalid QVariant (SqlValue::null()).
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    } else {
        m_query.bindValue(placeholder, value);
    }
    return *this;
}

Status SqlQuery::exec(const QString& what)
{
    if (!m_prepared || !m_query.exec()) {
        return Error::fromSql(m_query.lastError(), what);
    }
    return success();
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
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromLocalTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toString(localTimeFormat())) : null();
}

QDateTime toLocalTime(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    // Parsed in parts: as a machine-local time, 02:30 on the night clocks go forward would not exist.
    const QString text = value.toString();
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm"));
    return (day.isValid() && time.isValid()) ? QDateTime(day, time, Qt::UTC) : QDateTime();
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : null();
}

qint64 toId(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace SqlValue
