// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

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
