// SPDX-License-Identifier: GPL-3.0-or-later
// A programme drafted in a spreadsheet, imported into a visit.
#include "core/formats/programmeimport.h"

#include "core/formats/csvreader.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

Id addVisit(Database& db)
{
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta studyjna");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 21);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

const QString draft = QStringLiteral(
    "date,start,end,title,title_uk,venue,city,presenters,description\n"
    "2026-05-19,9:00,10:30,Otwarcie wizyty,Відкриття візиту,MOPS Płock,Płock,\"Anna Nowak, Jan Kowalski\","
    "Powitanie gości\n"
    "20.05.2026,09.30,11:00,Wizyta w domu dziennego pobytu,,Dom Dziennego Pobytu „Senior”,Płock,,\n"
    "20.05.2026,22:00,01:00,Kolacja,Вечеря,MOPS Płock,Płock,,\n");

ProgrammeImportPlan planFor(Database& db, Id visitId, const QString& text)
{
    const auto table = CsvReader::parse(text);
    REQUIRE(table.ok());
    const auto plan = ProgrammeImport::plan(db, visitId, *table);
    REQUIRE(plan.ok());
    return *plan;
}

int count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

} // namespace

TEST_CASE("A programme drafted in a spreadsheet becomes sessions with venues, presenters and translations")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    const ProgrammeImportPlan plan = planFor(database.db(), visitId, draft);
    if (const ProgrammeImportRow* problem = plan.firstProblem()) {
        FAIL(ProgrammeImport::describe(QString(), *problem).toStdString());
    }
    CHECK(plan.count(ProgrammeImportRow::Action::Add) == 3);
    CHECK(count(database.db(), QStringLiteral("agenda_session")) == 0); // a plan writes nothing

    const auto outcome = ProgrammeImport::apply(database.db(), plan);
    REQUIRE(outcome.ok());
    CHECK(outcome->sessionsAdded == 3);
    CHECK(outcome->venuesAdded == 2); // MOPS Płock once, the day centre once
    CHECK(outcome->peopleAdded == 2);
    const auto rows = ProgrammeRepository(database.db()).listForVisit(visitId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    const Session& opening = rows->at(0).session;
    CHECK(opening.startsAt == QDateTime(QDate(2026, 5, 19), QTime(9, 0), Qt::UTC));
    CHECK(opening.endsAt == QDateTime(QDate(2026, 5, 19), QTime(10, 30), Qt::UTC));
    CHECK(opening.title.text == QStringLiteral("Otwarcie wizyty"));
    CHECK(opening.title.translations.value(QStringLiteral("uk")) == QStringLiteral("Відкриття візиту"));
    CHECK(opening.description.text == QStringLiteral("Powitanie gości"));
    CHECK(opening.people.size() == 2);
    CHECK(rows->at(0).venueName == QStringLiteral("MOPS Płock"));
    // The dinner from 22:00 ends after midnight.
    CHECK(rows->at(2).session.endsAt == QDateTime(QDate(2026, 5, 21), QTime(1, 0), Qt::UTC));
}

TEST_CASE("Known venues and presenters are used, and a file imported twice changes nothing the second time")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    Institution mops;
    mops.name.text = QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Płocku");
    mops.shortName = QStringLiteral("MOPS Płock");
    REQUIRE(InstitutionRepository(database.db()).create(mops).ok());

    const auto first = ProgrammeImport::apply(database.db(), planFor(database.db(), visitId, draft));
    REQUIRE(first.ok());
    CHECK(first->venuesAdded == 1); // MOPS Płock matched by its short name
    const int institutions = count(database.db(), QStringLiteral("institution"));
    const int people = count(database.db(), QStringLiteral("person"));

    const ProgrammeImportPlan again = planFor(database.db(), visitId, draft);
    CHECK(again.count(ProgrammeImportRow::Action::AlreadyThere) == 3);
    const auto second = ProgrammeImport::apply(database.db(), again);
    REQUIRE(second.ok());
    CHECK(second->sessionsAdded == 0);
    CHECK(count(database.db(), QStringLiteral("agenda_session")) == 3);
    CHECK(count(database.db(), QStringLiteral("institution")) == institutions);
    CHECK(count(database.db(), QStringLiteral("person")) == people);
}

TEST_CASE("A programme row with an unreadable day names its line and column, and nothing is written")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    const QString text = QStringLiteral("Data;Początek;Koniec;Tytuł\n"
                                        "19.05.2026;9:00;10:00;Otwarcie\n"
                                        "32.05.2026;11:00;12:00;Warsztat\n"
                                        "25.05.2026;11:00;12:00;Po wizycie\n");
    const ProgrammeImportPlan plan = planFor(database.db(), visitId, text);
    REQUIRE(plan.count(ProgrammeImportRow::Action::Refused) == 1);
    const ProgrammeImportRow* problem = plan.firstProblem();
    REQUIRE(problem);
    const QString message = ProgrammeImport::describe(QStringLiteral("program.csv"), *problem);
    CHECK(message.contains(QStringLiteral("program.csv, line 3")));
    CHECK(message.contains(QStringLiteral("\"Data\"")));
    CHECK(message.contains(QStringLiteral("32.05.2026")));
    // The row after the visit would be imported with a warning; the unreadable one refuses the file.
    CHECK(plan.rows.at(2).action == ProgrammeImportRow::Action::Add);
    CHECK_FALSE(ProgrammeImport::apply(database.db(), plan).ok());
    CHECK(count(database.db(), QStringLiteral("agenda_session")) == 0);
}

TEST_CASE("A programme row on a day outside the visit's is imported with a warning naming its line")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    const QString text = QStringLiteral("Data;Początek;Koniec;Tytuł\n"
                                        "19.05.2026;9:00;10:00;Otwarcie\n"
                                        "25.05.2026;11:00;12:00;Po wizycie\n");
    const ProgrammeImportPlan plan = planFor(database.db(), visitId, text);
    CHECK(plan.firstProblem() == nullptr);
    CHECK(plan.count(ProgrammeImportRow::Action::Add) == 2);
    CHECK(plan.countWarned() == 1);
    CHECK(plan.rows.at(0).warnings.isEmpty());
    const ProgrammeImportRow& after = plan.rows.at(1);
    REQUIRE(after.warnings.size() == 1);
    CHECK(after.warnings.first().message ==
          QStringLiteral("2026-05-25 is not a day of the visit (2026-05-19 to 2026-05-21)."));
    const QString message = ProgrammeImport::describeWarning(QStringLiteral("program.csv"), after);
    CHECK(message.startsWith(QStringLiteral("program.csv, line 3, column \"Data\"")));

    const auto outcome = ProgrammeImport::apply(database.db(), plan);
    REQUIRE(outcome.ok());
    CHECK(outcome->sessionsAdded == 2);
    CHECK(count(database.db(), QStringLiteral("agenda_session")) == 2);
    // Imported a second time, the row is left as it is, without a warning of its own.
    const ProgrammeImportPlan again = planFor(database.db(), visitId, text);
    CHECK(again.count(ProgrammeImportRow::Action::AlreadyThere) == 2);
    CHECK(again.countWarned() == 0);
}

TEST_CASE("A programme row with an unreadable end is still refused beside one outside the visit's days")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    // An end before the start runs past midnight ("22:00–01:00"); one that is not a time is refused.
    const QString text = QStringLiteral("date,start,end,title\n"
                                        "2026-05-25,11:00,12:00,Po wizycie\n"
                                        "2026-05-19,10:00,południe,Otwarcie\n");
    const ProgrammeImportPlan plan = planFor(database.db(), visitId, text);
    CHECK(plan.count(ProgrammeImportRow::Action::Refused) == 1);
    const ProgrammeImportRow* problem = plan.firstProblem();
    REQUIRE(problem);
    CHECK(problem->line == 3);
    CHECK(ProgrammeImport::describe(QString(), *problem).contains(QStringLiteral("column \"end\"")));
    CHECK_FALSE(ProgrammeImport::apply(database.db(), plan).ok());
    CHECK(count(database.db(), QStringLiteral("agenda_session")) == 0);
}

TEST_CASE("A programme file without the needed columns is refused, saying which are needed")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    const auto table = CsvReader::parse(QStringLiteral("when;what\n19.05.2026;Otwarcie\n"));
    REQUIRE(table.ok());
    const auto plan = ProgrammeImport::plan(database.db(), visitId, *table);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().message().contains(QStringLiteral("title")));
}
