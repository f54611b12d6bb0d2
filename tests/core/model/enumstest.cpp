// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/enums.h"

#include "tests/support/testsupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

template <typename E>
void checkKeysRoundTrip()
{
    const QList<E> values = EnumInfo<E>::all();
    REQUIRE_FALSE(values.isEmpty());
    QStringList seen;
    for (const E value : values) {
        const QString key = enumKey(value);
        CHECK_FALSE(key.isEmpty());
        CHECK_FALSE(seen.contains(key));
        seen << key;
        CHECK(enumFromKey<E>(key) == value);
        CHECK_FALSE(enumDisplayName(value).isEmpty());
    }
    CHECK_FALSE(enumFromKey<E>(QStringLiteral("no_such_key")).has_value());
}

/// Every key the code knows is one the database's CHECK constraint accepts, and nothing else is.
void checkColumnAccepts(Database& db, const QString& insertTemplate, const QStringList& keys)
{
    for (const QString& key : keys) {
        QSqlQuery query(db.connection());
        INFO(insertTemplate.arg(key).toStdString());
        CHECK(query.exec(insertTemplate.arg(key)));
    }
    QSqlQuery query(db.connection());
    CHECK_FALSE(query.exec(insertTemplate.arg(QStringLiteral("no_such_key"))));
}

} // namespace

TEST_CASE("Every enum value has a unique key that reads back and a name")
{
    checkKeysRoundTrip<InstitutionKind>();
    checkKeysRoundTrip<VisitKind>();
    checkKeysRoundTrip<VisitStatus>();
    checkKeysRoundTrip<ParticipantRole>();
    checkKeysRoundTrip<SessionKind>();
    checkKeysRoundTrip<SessionRole>();
    checkKeysRoundTrip<DietCategory>();
}

TEST_CASE("The database accepts exactly the keys the code knows")
{
    TestDatabase test;
    Database& db = test.db();
    checkColumnAccepts(db, QStringLiteral("INSERT INTO institution (name, kind) VALUES ('X', '%1')"),
                       EnumInfo<InstitutionKind>::keys());
    checkColumnAccepts(db,
                       QStringLiteral("INSERT INTO visit (title, kind, first_day, last_day) "
                                      "VALUES ('X', '%1', '2026-01-01', '2026-01-01')"),
                       EnumInfo<VisitKind>::keys());
    checkColumnAccepts(db,
                       QStringLiteral("INSERT INTO visit (title, status, first_day, last_day) "
                                      "VALUES ('X', '%1', '2026-01-01', '2026-01-01')"),
                       EnumInfo<VisitStatus>::keys());
    checkColumnAccepts(db, QStringLiteral("INSERT INTO person (family_name, diet) VALUES ('X', '%1')"),
                       EnumInfo<DietCategory>::keys());
    checkColumnAccepts(
        db,
        QStringLiteral("INSERT INTO agenda_session (visit_id, starts_at, ends_at, title, kind) "
                       "VALUES (1, '2026-01-01T09:00', '2026-01-01T10:00', 'X', '%1')"),
        EnumInfo<SessionKind>::keys());
    QSqlQuery(db.connection()).exec(QStringLiteral("INSERT INTO person (id, family_name) VALUES (100, 'Y')"));
    int personId = 100;
    for (const QString& key : EnumInfo<ParticipantRole>::keys()) {
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO person (id, family_name) VALUES (%1, 'Z')").arg(++personId));
        QSqlQuery insert(db.connection());
        CHECK(insert.exec(QStringLiteral("INSERT INTO visit_participant (visit_id, person_id, role) "
                                         "VALUES (1, %1, '%2')")
                              .arg(personId)
                              .arg(key)));
    }
    for (const QString& key : EnumInfo<SessionRole>::keys()) {
        QSqlQuery insert(db.connection());
        CHECK(insert.exec(
            QStringLiteral("INSERT INTO session_person (session_id, person_id, role) VALUES (1, 100, '%1')")
                .arg(key)));
    }
}
