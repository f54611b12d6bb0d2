// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
    reopen();
}

void TestDatabase::reopen()
{
    m_database.reset();
    auto opened = Database::open(path());
    REQUIRE(opened.ok());
    m_database = std::move(opened).value();
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

void run(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

Id insertRow(Database& db, const QString& table, const QVariantMap& columns)
{
    QStringList names;
    QStringList placeholders;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        names << it.key();
        placeholders << QLatin1Char(':') + it.key();
    }
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))));
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    }
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}
