// SPDX-License-Identifier: GPL-3.0-or-later
// The checker as a whole: unknown visits, the sample visits, a busy year.
#include "core/conflicts/keptwarnings.h"
#include "core/sample/sampledata.h"
#include "core/storage/settingsrepository.h"
#include "tests/core/conflicts/conflictplanner.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ConflictTests;

TEST_CASE("An unknown visit is not found")
{
    Planner plan;
    const auto warnings = ConflictChecker(plan.db).checkVisit(4711);
    REQUIRE_FALSE(warnings.ok());
    CHECK(warnings.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("The sample visits have no conflicts at all")
{
    Planner plan;
    const auto added = SampleData::add(plan.db);
    REQUIRE(added.ok());
    for (const Id visit : *added) {
        const auto warnings = plan.check(visit);
        INFO(described(warnings));
        CHECK(warnings.isEmpty());
    }
    const auto year = plan.checkPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    INFO(described(year));
    CHECK(year.isEmpty());
}

TEST_CASE("A year of 500 visits and 10,000 sessions is checked without false alarms, and a lent interpreter "
          "is found")
{
    Planner plan;
    run(plan.db, QStringLiteral("BEGIN"));
    QList<Id> venues;
    for (int i = 0; i < 50; ++i) {
        venues << plan.institution(QStringLiteral("Instytucja %1").arg(i),
                                   QStringLiteral("Miasto %1").arg(i % 7));
    }
    QList<Id> people;
    for (int i = 0; i < 300; ++i) {
        people << plan.person(QStringLiteral("Osoba"), QString::number(i));
    }
    QSqlQuery insert(plan.db.connection());
    REQUIRE(insert.prepare(QStringLiteral(
        "INSERT INTO agenda_session (visit_id, starts_at, ends_at, title, kind, venue_institution_id, city, "
        "whole_delegation) VALUES (?, ?, ?, ?, 'presentation', ?, ?, 1)")));
    QSqlQuery role(plan.db.connection());
    REQUIRE(role.prepare(QStringLiteral(
        "INSERT INTO session_person (session_id, person_id, role) VALUES (?, ?, 'interpreter')")));
    // Five-day visits starting a week apart (about seven at a time), each at its own venue with its
    // own interpreter and ten participants: four sessions of 90 minutes a day with half-hour breaks.
    for (int v = 0; v < 500; ++v) {
        const QDate first = QDate(2026, 1, 1).addDays((v * 7) % 360);
        const Id visit = insertRow(plan.db, QStringLiteral("visit"),
                                   {{QStringLiteral("title"), QStringLiteral("Wizyta %1").arg(v)},
                                    {QStringLiteral("first_day"), first.toString(Qt::ISODate)},
                                    {QStringLiteral("last_day"), first.addDays(4).toString(Qt::ISODate)}});
        for (int p = 0; p < 10; ++p) {
            insertRow(plan.db, QStringLiteral("visit_participant"),
                      {{QStringLiteral("visit_id"), visit},
                       {QStringLiteral("person_id"), people.at((v * 10 + p) % 300)}});
        }
        for (int s = 0; s < 20; ++s) {
            const QDateTime start(first.addDays(s / 4), QTime(9 + (s % 4) * 2, 0), Qt::UTC);
            insert.addBindValue(visit);
            insert.addBindValue(start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
            insert.addBindValue(start.addSecs(90 * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
            insert.addBindValue(QStringLiteral("Sesja %1").arg(s));
            insert.addBindValue(venues.at(v % venues.size()));
            insert.addBindValue(QStringLiteral("Miasto %1").arg((v % venues.size()) % 7));
            REQUIRE(insert.exec());
            role.addBindValue(insert.lastInsertId());
            role.addBindValue(people.at(v % 300));
            REQUIRE(role.exec());
        }
    }
    run(plan.db, QStringLiteral("COMMIT"));

    // How fast this is belongs to the benchmark; here, that a busy year raises no false alarm.
    const auto year = plan.checkPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto oneVisit = plan.check(
        scalar(plan.db, QStringLiteral("SELECT id FROM visit WHERE title = 'Wizyta 250'")).toLongLong());
    INFO(described(year));
    CHECK(year.isEmpty());
    CHECK(oneVisit.isEmpty());

    // Visit 250's interpreter lent to visit 353 (from the day after) at the same hour.
    run(plan.db, QStringLiteral("INSERT INTO session_person (session_id, person_id, role) SELECT id, %1, "
                                "'interpreter' FROM agenda_session WHERE title = 'Sesja 0' AND visit_id = "
                                "(SELECT id FROM visit WHERE title = 'Wizyta 353')")
                     .arg(people.at(250)));
    const auto lent = plan.checkPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    INFO(described(lent));
    CHECK(only(Rule::PersonDoubleBooked, lent).size() == 1);
}
