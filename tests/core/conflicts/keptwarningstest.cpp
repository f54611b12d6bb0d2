// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings kept in the file: a period checked again finds what a first check finds.
#include "core/conflicts/keptwarnings.h"

#include "core/sample/sampledata.h"
#include "core/storage/settingsrepository.h"
#include "tests/core/conflicts/conflictplanner.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ConflictTests;

namespace {

/// A period's warnings as a check of every programme finds them, with nothing kept: on a copy of
/// the file whose kept warnings are forgotten.
QList<ConflictWarning> checkedAfresh(Database& db, const QDate& first, const QDate& last)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.wizyta"));
    run(db, QStringLiteral("VACUUM INTO '%1'").arg(copy));
    const auto fresh = Database::open(copy);
    REQUIRE(fresh.ok());
    REQUIRE(KeptWarnings(**fresh).forget().ok());
    const auto warnings = ConflictChecker(**fresh).checkPeriod(first, last);
    REQUIRE(warnings.ok());
    return *warnings;
}

} // namespace

TEST_CASE("A period checked again after any change finds what a first check finds")
{
    const English english;
    Planner plan;
    Database& db = plan.db;
    const Id hall = plan.institution(QStringLiteral("MOPS Płock"), QStringLiteral("Płock"));
    const Id office = plan.institution(QStringLiteral("MCPS"), QStringLiteral("Warszawa"));
    const Id interpreter = plan.person(QStringLiteral("Iryna"), QStringLiteral("Koval"));
    const Id presenter = plan.person(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id guest = plan.person(QStringLiteral("Olena"), QStringLiteral("Shevchenko"));
    const Id lviv = plan.lviv();
    const Id kyiv = plan.visit(QStringLiteral("Kijów"), QDate(2026, 5, 20), QDate(2026, 5, 22));
    const Id praha = plan.visit(QStringLiteral("Praga"), QDate(2026, 5, 21), QDate(2026, 5, 23));
    const Id guestStay = plan.participant(lviv, guest, at(19, 12), at(25, 18));
    const Id hostStay = plan.participant(lviv, presenter);
    const Id first = plan.add(Planner::at(lviv, at(19, 10), 90, QStringLiteral("Powitanie"), hall, {}));
    const Id second =
        plan.add(Planner::at(lviv, at(19, 11, 40), 80, QStringLiteral("Wizyta w MCPS"), office, {}));
    const Id morning = plan.add(Planner::session(lviv, at(20, 9), 180, QStringLiteral("Warsztaty")));
    const Id talk = plan.add(Planner::at(kyiv, at(20, 10), 60, QStringLiteral("Wykład"), hall, {}));
    const Id long_ = plan.add(Planner::session(kyiv, at(20, 11), 180, QStringLiteral("Seminarium")));
    const Id vilnius = plan.visit(QStringLiteral("Wilno"), QDate(2026, 6, 10), QDate(2026, 6, 12));
    const Id inJune = plan.add(Planner::at(vilnius, QDateTime(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC), 60,
                                           QStringLiteral("Wizyta studyjna"), office, {}));
    const Id visitPraha = plan.add(Planner::at(praha, at(21, 9), 60, QStringLiteral("Spotkanie"), hall, {}));
    // The interpreter's day of 20 May runs through three visits with breaks under a quarter of an hour.
    const Id summary = plan.add(Planner::session(praha, at(20, 14, 10), 80, QStringLiteral("Podsumowanie")));
    REQUIRE(SettingsRepository(db).setInterpreterMaxMinutes(300).ok());
    for (const Id session : {first, morning, long_, summary}) {
        insertRow(db, QStringLiteral("session_person"),
                  {{QStringLiteral("session_id"), session},
                   {QStringLiteral("person_id"), interpreter},
                   {QStringLiteral("role"), QStringLiteral("interpreter")}});
    }
    insertRow(db, QStringLiteral("session_person"),
              {{QStringLiteral("session_id"), talk},
               {QStringLiteral("person_id"), presenter},
               {QStringLiteral("role"), QStringLiteral("presenter")}});

    const QDate from(2026, 5, 1);
    const QDate to(2026, 6, 30);
    const auto time = [](int day, int hour, int minute = 0) {
        return at(day, hour, minute).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    };
    const QList<std::pair<const char*, QString>> changes{
        {"a session early in the interpreter's day moved an hour earlier (the limit passed sooner)",
         QStringLiteral("UPDATE agenda_session SET starts_at = '%1', ends_at = '%2' WHERE id = %3")
             .arg(time(20, 8), time(20, 11))
             .arg(morning)},
        {"a session moved into another visit's, at the same venue",
         QStringLiteral("UPDATE agenda_session SET starts_at = '%1', ends_at = '%2' WHERE id = %3")
             .arg(time(20, 10, 30), time(20, 11, 30))
             .arg(visitPraha)},
        {"the English title of a session named in a warning",
         QStringLiteral("INSERT INTO agenda_session_text (session_id, field, language, text) "
                        "VALUES (%1, 'title', 'en', 'Lecture')")
             .arg(talk)},
        {"the English name of a venue named in a warning",
         QStringLiteral("INSERT INTO institution_text (institution_id, field, language, text) "
                        "VALUES (%1, 'name', 'en', 'Social Welfare Centre in Płock')")
             .arg(hall)},
        {"a session moved from June into May, at a venue in use",
         QStringLiteral(
             "UPDATE agenda_session SET starts_at = '%1', ends_at = '%2', venue_institution_id = %3 "
             "WHERE id = %4")
             .arg(time(20, 9, 45), time(20, 10, 15))
             .arg(hall)
             .arg(inJune)},
        {"the same session moved away, to July",
         QStringLiteral(
             "UPDATE agenda_session SET starts_at = '2026-07-01T09:00', ends_at = '2026-07-01T10:00' "
             "WHERE id = %1")
             .arg(inJune)},
        {"an interpreter given a session of another visit at the same hour",
         QStringLiteral(
             "INSERT INTO session_person (session_id, person_id, role) VALUES (%1, %2, 'interpreter')")
             .arg(talk)
             .arg(interpreter)},
        {"the interpreter's name",
         QStringLiteral("UPDATE person SET family_name = 'Kowalenko' WHERE id = %1").arg(interpreter)},
        {"a visit's title",
         QStringLiteral("UPDATE visit SET title = 'Kijów i Lwów' WHERE id = %1").arg(kyiv)},
        {"a visit's English title", QStringLiteral("INSERT INTO visit_text (visit_id, field, language, text) "
                                                   "VALUES (%1, 'title', 'en', 'Kyiv and Lviv')")
                                        .arg(kyiv)},
        {"a participant arriving earlier",
         QStringLiteral("UPDATE visit_participant SET arrival = '%1' WHERE id = %2")
             .arg(time(19, 8))
             .arg(guestStay)},
        {"a participant arriving later",
         QStringLiteral("UPDATE visit_participant SET arrival = '%1' WHERE id = %2")
             .arg(time(20, 12))
             .arg(guestStay)},
        {"the interpreter's limit",
         QStringLiteral(
             "INSERT OR REPLACE INTO setting (key, value) VALUES ('interpreter_max_minutes', '60')")},
        {"a travel time", QStringLiteral("INSERT INTO travel_time (city_a, city_b, minutes) "
                                         "VALUES ('Płock', 'Warszawa', 5)")},
        {"a venue's city",
         QStringLiteral("UPDATE institution SET city = 'Kraków' WHERE id = %1").arg(office)},
        {"an audience instead of the whole delegation",
         QStringLiteral("UPDATE agenda_session SET whole_delegation = 0 WHERE id = %1; "
                        "INSERT INTO session_audience (session_id, participant_id) VALUES (%1, %2)")
             .arg(second)
             .arg(hostStay)},
        {"a visit's days",
         QStringLiteral("UPDATE visit SET last_day = '2026-05-19' WHERE id = %1").arg(lviv)},
        {"a session deleted", QStringLiteral("DELETE FROM agenda_session WHERE id = %1").arg(morning)},
        {"a person deleted", QStringLiteral("DELETE FROM person WHERE id = %1").arg(interpreter)},
        {"a visit deleted", QStringLiteral("DELETE FROM visit WHERE id = %1").arg(praha)},
    };
    QList<ConflictWarning> before = plan.checkPeriod(from, to);
    int changed = 0;
    for (const auto& [what, sql] : changes) {
        INFO("after " << what);
        for (const QString& statement : sql.split(QStringLiteral("; "))) {
            run(db, statement);
        }
        const QList<ConflictWarning> again = plan.checkPeriod(from, to);
        const QList<ConflictWarning> afresh = checkedAfresh(db, from, to);
        INFO("again: " << described(again) << "\nafresh: " << described(afresh));
        CHECK(again == afresh);
        // A part of it, whose warnings may name sessions of visits outside it.
        const QDate week(2026, 5, 20);
        CHECK(plan.checkPeriod(week, week) == checkedAfresh(db, week, week));
        changed += again != before ? 1 : 0;
        before = again;
    }
    // Each change above changes what is found.
    CHECK(changed == changes.size());

    // The messages follow the interface language.
    LanguageManager polish;
    REQUIRE(polish.setLanguage(QStringLiteral("pl")));
    const QList<ConflictWarning> inPolish = plan.checkPeriod(from, to);
    CHECK(inPolish == checkedAfresh(db, from, to));
    REQUIRE(!inPolish.isEmpty());
    CHECK(inPolish.constFirst().message != before.constFirst().message);
}

TEST_CASE("Warnings kept in the file serve the next opening, a read-only one too, until rules or language "
          "change — a change by another program forgets them")
{
    const English english;
    Planner plan;
    const Id osloSession = plan.olenaInTwoVisits(at(20, 10, 30)).osloSession;
    const QDate from(2026, 5, 1);
    const QDate to(2026, 5, 31);
    const QList<ConflictWarning> found = plan.checkPeriod(from, to);
    REQUIRE(only(Rule::PersonDoubleBooked, found).size() == 1);
    const QString keptIn = scalar(plan.db, QStringLiteral("SELECT language FROM kept_check")).toString();

    plan.test.reopen();
    {
        Database& db = plan.test.db();
        KeptWarnings kept(db);
        REQUIRE(kept.prepare(ConflictChecker::rulesVersion, QLocale().name()).ok());
        CHECK(kept.isUsable());
        const auto unkept = kept.unkeptIn(from, to);
        REQUIRE(unkept.ok());
        CHECK(unkept->isEmpty()); // no programme is read again
        // What is kept is what the check answers: a kept message comes back as it is.
        run(db, QStringLiteral("UPDATE kept_warning SET message = 'as kept'"));
        const auto again = ConflictChecker(db).checkPeriod(from, to);
        REQUIRE(again.ok());
        REQUIRE(again->size() == found.size());
        CHECK(again->constFirst().message == QLatin1String("as kept"));
    }
    plan.test.close();
    {
        const auto readOnly = Database::open(plan.test.path(), Database::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        const auto fromKept = ConflictChecker(**readOnly).checkPeriod(from, to);
        REQUIRE(fromKept.ok());
        REQUIRE(fromKept->size() == found.size());
        CHECK(fromKept->constFirst().message == QLatin1String("as kept"));
    }
    plan.test.reopen();
    // Found by other rules: found again.
    run(plan.test.db(), QStringLiteral("UPDATE kept_check SET rules = rules - 1"));
    const auto byNewRules = ConflictChecker(plan.test.db()).checkPeriod(from, to);
    REQUIRE(byNewRules.ok());
    CHECK(*byNewRules == found);
    plan.test.close();
    {
        const auto readOnly = Database::open(plan.test.path(), Database::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        // In another language nothing kept fits: all is checked, and nothing written.
        LanguageManager polish;
        REQUIRE(polish.setLanguage(QStringLiteral("pl")));
        const auto inPolish = ConflictChecker(**readOnly).checkPeriod(from, to);
        REQUIRE(inPolish.ok());
        REQUIRE(inPolish->size() == found.size());
        CHECK(inPolish->constFirst().message != found.constFirst().message);
        CHECK(*inPolish == checkedAfresh(**readOnly, from, to));
        CHECK(scalar(**readOnly, QStringLiteral("SELECT language FROM kept_check")).toString() == keptIn);
    }
    const English again;
    plan.test.reopen();
    Database& db = plan.test.db();
    // Another program moves the Oslo session away: the file's own triggers forget what it touched.
    const QString name = QStringLiteral("another-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(plan.test.path());
        REQUIRE(other.open());
        QSqlQuery move(other);
        REQUIRE(move.exec(QStringLiteral("UPDATE agenda_session SET starts_at = '2026-05-20T12:00', "
                                         "ends_at = '2026-05-20T13:00' WHERE id = %1")
                              .arg(osloSession)));
        move.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    const auto afterMove = ConflictChecker(db).checkPeriod(from, to);
    REQUIRE(afterMove.ok());
    CHECK(only(Rule::PersonDoubleBooked, *afterMove).isEmpty());
    CHECK(*afterMove == checkedAfresh(db, from, to));
}
