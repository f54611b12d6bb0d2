// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/edithistory.h"

#include "core/storage/schema.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

namespace {

/// Every row of every table, as text: two equal dumps mean the same data.
QString dump(Database& db)
{
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND %1 "
                                       "ORDER BY name")
                            .arg(Schema::isDataTable())));
    QString text;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT rowid, * FROM main.%1 ORDER BY rowid").arg(table)));
        while (rows.next()) {
            text += table + QLatin1Char(':');
            for (int i = 0; i < rows.record().count(); ++i) {
                text +=
                    QLatin1Char('|') + (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
            }
            text += QLatin1Char('\n');
        }
    }
    return text;
}

/// A visit with a participant, a session at an institution with a presenter and its audience.
void addVisitWithProgramme(Database& db)
{
    run(db, QStringLiteral("INSERT INTO institution (id, name, city) VALUES (1, 'MOPS Płock', 'Płock')"));
    run(db, QStringLiteral(
                "INSERT INTO institution_text VALUES (1, 'name', 'uk', 'Центр соціальних служб Плоцька')"));
    run(db, QStringLiteral("INSERT INTO person (id, given_name, family_name, institution_id) "
                           "VALUES (1, 'Ołena', 'Kowalenko', 1), (2, 'Anna', 'O''Brien', 1)"));
    run(db, QStringLiteral("INSERT INTO visit (id, title, first_day, last_day) "
                           "VALUES (1, 'Lwów w Płocku', '2026-05-19', '2026-05-25')"));
    run(db, QStringLiteral("INSERT INTO visit_participant (id, visit_id, person_id, role) VALUES (1, 1, 1, "
                           "'delegation_member')"));
    run(db, QStringLiteral("INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title, "
                           "venue_institution_id, whole_delegation) VALUES (1, 1, '2026-05-19T09:00', "
                           "'2026-05-19T10:30', 'Panel', 1, 0)"));
    run(db, QStringLiteral("INSERT INTO session_person VALUES (1, 2, 'presenter')"));
    run(db, QStringLiteral("INSERT INTO session_audience VALUES (1, 1)"));
}

} // namespace

TEST_CASE("Undo takes an edit back and redo brings it again, with the same ids")
{
    TestDatabase test;
    Database& db = test.db();
    EditHistory history(db);
    const Status installed = history.install();
    INFO((installed ? QString() : installed.error().message()).toStdString());
    REQUIRE(installed.ok());
    const QString before = dump(db);

    VisitRepository visits(db);
    Id id = 0;
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta studyjna z Żytomierza");
    visit.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Навчальний візит із Житомира"));
    visit.firstDay = QDate(2026, 8, 26);
    visit.lastDay = QDate(2026, 8, 26);
    auto step = history.record([&]() -> Status {
        auto created = visits.create(visit);
        if (!created) {
            return created.error();
        }
        id = created.value();
        return success();
    });
    REQUIRE(step.ok());
    CHECK(step->topics.testFlag(ChangeNotifier::Topic::Visits));
    const QString after = dump(db);
    CHECK(after != before);

    REQUIRE(history.undo(step.value()).ok());
    CHECK(dump(db) == before);
    CHECK_FALSE(visits.get(id).ok());

    REQUIRE(history.redo(step.value()).ok());
    CHECK(dump(db) == after);
    REQUIRE(visits.get(id).ok());
    CHECK(visits.get(id)->title.in(QStringLiteral("uk")) == QStringLiteral("Навчальний візит із Житомира"));

    // Back and forth again: each direction learns the other anew.
    REQUIRE(history.undo(step.value()).ok());
    CHECK(dump(db) == before);
    REQUIRE(history.redo(step.value()).ok());
    CHECK(dump(db) == after);
    CHECK(db.check()->isEmpty());
}

TEST_CASE("The first edit prepares undo itself, so opening a file does not wait for it")
{
    TestDatabase test;
    Database& db = test.db();
    addVisitWithProgramme(db);
    const QString before = dump(db);
    EditHistory history(db); // install() not called
    auto step = history.record([&] { return VisitRepository(db).remove(1); });
    REQUIRE(step.ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM visit")).toInt() == 0);
    REQUIRE(history.undo(step.value()).ok());
    CHECK(dump(db) == before);
    // Later edits are recorded by the same triggers.
    auto second = history.record([&] { return VisitRepository(db).remove(1); });
    REQUIRE(second.ok());
    REQUIRE(history.undo(second.value()).ok());
    CHECK(dump(db) == before);
}

TEST_CASE("Undoing a deletion brings back everything that went with it")
{
    TestDatabase test;
    Database& db = test.db();
    EditHistory history(db);
    REQUIRE(history.install().ok());
    addVisitWithProgramme(db);
    const QString before = dump(db);

    SECTION("a visit, with its participants, programme, presenters and audience")
    {
        auto step = history.record([&] { return VisitRepository(db).remove(1); });
        REQUIRE(step.ok());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM agenda_session")).toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM session_person")).toInt() == 0);
        REQUIRE(history.undo(step.value()).ok());
        CHECK(dump(db) == before);
        CHECK(db.check()->isEmpty());
    }
    SECTION("an institution, whose people and sessions lost it on the way")
    {
        auto step = history.record([&]() -> Status {
            run(db, QStringLiteral("DELETE FROM institution WHERE id = 1"));
            return success();
        });
        REQUIRE(step.ok());
        CHECK(
            scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE institution_id IS NULL")).toInt() ==
            2);
        CHECK(step->topics.testFlag(ChangeNotifier::Topic::Institutions));
        CHECK(step->topics.testFlag(ChangeNotifier::Topic::People));
        CHECK(step->topics.testFlag(ChangeNotifier::Topic::Sessions));
        REQUIRE(history.undo(step.value()).ok());
        CHECK(dump(db) == before);
        REQUIRE(history.redo(step.value()).ok());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM institution")).toInt() == 0);
        REQUIRE(history.undo(step.value()).ok());
        CHECK(dump(db) == before);
        CHECK(db.check()->isEmpty());
    }
}

TEST_CASE("An edit that fails changes nothing and leaves nothing to undo")
{
    TestDatabase test;
    Database& db = test.db();
    EditHistory history(db);
    REQUIRE(history.install().ok());
    addVisitWithProgramme(db);
    const QString before = dump(db);

    Visit bad;
    bad.title.text = QStringLiteral("Bez dni");
    auto step = history.record([&]() -> Status {
        run(db, QStringLiteral("UPDATE visit SET title = 'Zmieniony' WHERE id = 1"));
        auto created = VisitRepository(db).create(bad); // refused: no days
        return created ? success() : Status(created.error());
    });
    REQUIRE_FALSE(step.ok());
    CHECK(step.error().kind() == Error::Kind::Validation);
    CHECK(dump(db) == before);

    // The failure left the recording switched off: later writes are not logged by mistake.
    auto next = history.record([&]() -> Status {
        run(db, QStringLiteral("UPDATE visit SET title = 'Nowy tytuł' WHERE id = 1"));
        return success();
    });
    REQUIRE(next.ok());
    CHECK(next->undoStatements.size() == 1);
}

TEST_CASE("Undo and redo tell the views what changed, after the commit")
{
    TestDatabase test;
    Database& db = test.db();
    EditHistory history(db);
    REQUIRE(history.install().ok());
    addVisitWithProgramme(db);
    auto step = history.record([&]() -> Status {
        run(db, QStringLiteral("DELETE FROM agenda_session WHERE id = 1"));
        return success();
    });
    REQUIRE(step.ok());

    QSignalSpy spy(&db.notifier(), &ChangeNotifier::changed);
    REQUIRE(history.undo(step.value()).ok());
    REQUIRE(spy.count() == 1);
    const auto topics = spy.at(0).at(0).value<ChangeNotifier::Topics>();
    CHECK(topics.testFlag(ChangeNotifier::Topic::Sessions));
    CHECK_FALSE(topics.testFlag(ChangeNotifier::Topic::Visits));
}

TEST_CASE("The undo triggers stay in the connection: nothing of them is written to the file")
{
    TestDatabase test;
    const QString inFile = QStringLiteral("SELECT group_concat(sql) FROM main.sqlite_master");
    const QString before = scalar(test.db(), inFile).toString();
    EditHistory history(test.db());
    REQUIRE(history.install().ok());
    CHECK(scalar(test.db(), inFile).toString() == before);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'"))
              .toInt() > 0);
}
