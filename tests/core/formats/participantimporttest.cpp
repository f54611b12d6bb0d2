// SPDX-License-Identifier: GPL-3.0-or-later
// Participants of a visit from a spreadsheet: headings in three languages, rows checked before
// anything is written, people matched rather than duplicated, all rows or none.
#include "core/formats/participantimport.h"

#include "core/formats/csvreader.h"
#include "core/formats/csvwriter.h"
#include "core/formats/importcells.h"
#include "core/formats/participantexport.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

Id addVisit(Database& db)
{
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta studyjna");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

const QString polishFile = QStringLiteral(
    "Imię;Nazwisko;Instytucja;E-mail;Telefon;Rola;Przyjazd;Wyjazd;Dieta\n"
    "Oksana;Melnyk;Lwowska Rada Miejska;o.melnyk@example.org;+380 67 123 45 67;Kierownik delegacji;"
    "19.05.2026 07:30;25.05.2026 18:00;wegetariańska\n"
    "Taras;Boichuk;Lwowska Rada Miejska;;;;2026-05-19 07:30;;\n");

ParticipantImportPlan planFor(Database& db, Id visitId, const QString& text)
{
    const auto table = CsvReader::parse(text);
    REQUIRE(table.ok());
    const auto plan = ParticipantImport::plan(db, visitId, *table, ParticipantColumns::guess(table->header));
    REQUIRE(plan.ok());
    return *plan;
}

int count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

} // namespace

TEST_CASE("Headings are recognised in Polish, Ukrainian and English")
{
    CHECK(ParticipantColumns::guess(
              {QStringLiteral("Imię"), QStringLiteral("Nazwisko"), QStringLiteral("Kraj")}) ==
          QList<ParticipantField>{ParticipantField::GivenName, ParticipantField::FamilyName,
                                  ParticipantField::Country});
    CHECK(ParticipantColumns::guess(
              {QStringLiteral("Ім’я"), QStringLiteral("Прізвище"), QStringLiteral("Установа")}) ==
          QList<ParticipantField>{ParticipantField::GivenName, ParticipantField::FamilyName,
                                  ParticipantField::Institution});
    CHECK(ParticipantColumns::guess({QStringLiteral("First name"), QStringLiteral("Last name"),
                                     QStringLiteral("E-mail:"), QStringLiteral("Shoe size")}) ==
          QList<ParticipantField>{ParticipantField::GivenName, ParticipantField::FamilyName,
                                  ParticipantField::Email, ParticipantField::Ignored});
    // A second column of the same kind is not taken.
    CHECK(ParticipantColumns::guess({QStringLiteral("Nazwisko"), QStringLiteral("Surname")}) ==
          QList<ParticipantField>{ParticipantField::FamilyName, ParticipantField::Ignored});
}

TEST_CASE("Importing adds people, their institution and their participation, in the roles and days given")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    const ParticipantImportPlan plan = planFor(database.db(), visitId, polishFile);
    REQUIRE(plan.rows.size() == 2);
    if (const ParticipantImportRow* problem = plan.firstProblem()) {
        FAIL(ParticipantImport::describe(QString(), *problem).toStdString());
    }
    CHECK(plan.count(ParticipantImportRow::Action::AddPerson) == 2);
    CHECK(plan.rows.at(0).newInstitution);
    CHECK_FALSE(plan.rows.at(1).newInstitution);                // the same institution, added once
    CHECK(count(database.db(), QStringLiteral("person")) == 0); // a plan writes nothing

    const auto outcome = ParticipantImport::apply(database.db(), plan);
    REQUIRE(outcome.ok());
    CHECK(outcome->peopleAdded == 2);
    CHECK(outcome->institutionsAdded == 1);
    CHECK(outcome->participantsAdded == 2);
    const auto rows = ParticipantRepository(database.db()).listForVisit(visitId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const auto melnyk = std::find_if(rows->cbegin(), rows->cend(), [](const ParticipantRow& row) {
        return row.familyName == QStringLiteral("Melnyk");
    });
    REQUIRE(melnyk != rows->cend());
    CHECK(melnyk->participant.role == ParticipantRole::DelegationLeader);
    CHECK(melnyk->participant.arrival == QDateTime(QDate(2026, 5, 19), QTime(7, 30), Qt::UTC));
    CHECK(melnyk->diet == DietCategory::Vegetarian);
    const auto person = PersonRepository(database.db()).get(melnyk->participant.personId);
    REQUIRE(person.ok());
    CHECK(person->phone == QStringLiteral("+380 67 123 45 67"));
}

TEST_CASE("Importing the same file twice changes nothing the second time")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    REQUIRE(ParticipantImport::apply(database.db(), planFor(database.db(), visitId, polishFile)).ok());
    const ParticipantImportPlan again = planFor(database.db(), visitId, polishFile);
    CHECK(again.count(ParticipantImportRow::Action::AlreadyThere) == 2);
    const auto outcome = ParticipantImport::apply(database.db(), again);
    REQUIRE(outcome.ok());
    CHECK(outcome->participantsAdded == 0);
    CHECK(outcome->unchanged == 2);
    CHECK(count(database.db(), QStringLiteral("person")) == 2);
    CHECK(count(database.db(), QStringLiteral("institution")) == 1);
    CHECK(count(database.db(), QStringLiteral("visit_participant")) == 2);

    // In another visit the same people are matched, not added again.
    const Id other = addVisit(database.db());
    const ParticipantImportPlan elsewhere = planFor(database.db(), other, polishFile);
    CHECK(elsewhere.count(ParticipantImportRow::Action::UsePerson) == 2);
    REQUIRE(ParticipantImport::apply(database.db(), elsewhere).ok());
    CHECK(count(database.db(), QStringLiteral("person")) == 2);
}

TEST_CASE("A row with a broken date names its line and column, and nothing at all is written")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    const QString text = QStringLiteral("First name,Last name,Arrival\n"
                                        "Anna,Nowak,2026-05-19 08:00\n"
                                        "Jan,Kowalski,31.02.2026 08:00\n");
    const ParticipantImportPlan plan = planFor(database.db(), visitId, text);
    const ParticipantImportRow* problem = plan.firstProblem();
    REQUIRE(problem);
    CHECK(problem->line == 3);
    CHECK(problem->action == ParticipantImportRow::Action::Refused);
    const QString message = ParticipantImport::describe(QStringLiteral("lista.csv"), *problem);
    CHECK(message.contains(QStringLiteral("lista.csv")));
    CHECK(message.contains(QStringLiteral("line 3")));
    CHECK(message.contains(QStringLiteral("\"Arrival\"")));
    CHECK(message.contains(QStringLiteral("31.02.2026")));
    const auto refused = ParticipantImport::apply(database.db(), plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(count(database.db(), QStringLiteral("person")) == 0);
    CHECK(count(database.db(), QStringLiteral("visit_participant")) == 0);
}

TEST_CASE("Cancelling an import part-way leaves the database as it was")
{
    TestDatabase database;
    const Id visitId = addVisit(database.db());
    QString text = QStringLiteral("Imię;Nazwisko\n");
    for (int i = 0; i < 300; ++i) {
        text += QStringLiteral("Osoba;Numer%1\n").arg(i);
    }
    const ParticipantImportPlan plan = planFor(database.db(), visitId, text);
    int calls = 0;
    const auto outcome = ParticipantImport::apply(database.db(), plan, [&](int done, int total) {
        CHECK(total == 300);
        ++calls;
        return done < 150;
    });
    REQUIRE(outcome.ok());
    CHECK(outcome->cancelled);
    CHECK(calls > 1);
    CHECK(count(database.db(), QStringLiteral("person")) == 0);
}

TEST_CASE("Participants written to CSV and imported into another database give the same people")
{
    TestDatabase source;
    const Id visitId = addVisit(source.db());
    REQUIRE(ParticipantImport::apply(source.db(), planFor(source.db(), visitId, polishFile)).ok());
    ParticipantExportOptions everything;
    everything.contacts = true;
    everything.dietAndAccessibility = true;
    const auto exported = ParticipantExport::rows(source.db(), visitId, everything, QStringLiteral("pl"));
    REQUIRE(exported.ok());
    const QByteArray csv = CsvWriter::write(*exported);

    TestDatabase target;
    const Id targetVisit = addVisit(target.db());
    const auto table = CsvReader::read(csv);
    REQUIRE(table.ok());
    const auto plan =
        ParticipantImport::plan(target.db(), targetVisit, *table, ParticipantColumns::guess(table->header));
    REQUIRE(plan.ok());
    CHECK(plan->firstProblem() == nullptr);
    REQUIRE(ParticipantImport::apply(target.db(), *plan).ok());

    const auto before = ParticipantRepository(source.db()).listForVisit(visitId);
    const auto after = ParticipantRepository(target.db()).listForVisit(targetVisit);
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    REQUIRE(before->size() == after->size());
    for (qsizetype i = 0; i < before->size(); ++i) {
        const ParticipantRow& a = before->at(i);
        const ParticipantRow& b = after->at(i);
        CHECK(a.displayName == b.displayName);
        CHECK(a.institutionName == b.institutionName);
        CHECK(a.participant.role == b.participant.role);
        CHECK(a.participant.arrival == b.participant.arrival);
        CHECK(a.participant.departure == b.participant.departure);
        const auto personA = PersonRepository(source.db()).get(a.participant.personId);
        const auto personB = PersonRepository(target.db()).get(b.participant.personId);
        REQUIRE(personA.ok());
        REQUIRE(personB.ok());
        CHECK(personA->email == personB->email);
        CHECK(personA->phone == personB->phone);
        CHECK(personA->diet == personB->diet);
    }
}

TEST_CASE("Names and headings are compared ignoring case, spacing, the kind of apostrophe and a trailing "
          "colon")
{
    using ImportCells::normalized;
    CHECK(normalized(QStringLiteral("  Ołena\t KOWAL ")) == QStringLiteral("ołena kowal"));
    CHECK(normalized(QStringLiteral("Мар’яна ДʼЯЧЕНКО")) == QStringLiteral("мар'яна д'яченко"));
    CHECK(normalized(QStringLiteral("O`Neill")) == normalized(QStringLiteral("O‘NEILL")));
    CHECK(normalized(QStringLiteral("Nazwisko: *")) == QStringLiteral("nazwisko:"));
    CHECK(normalized(QStringLiteral("E-mail *:")) == QStringLiteral("e-mail"));
    CHECK(normalized(QStringLiteral("Imię:")) == QStringLiteral("imię"));
    CHECK(normalized(QStringLiteral(" \n ")).isEmpty());
    // Outside the Basic Multilingual Plane (Deseret): folded as one character.
    CHECK(normalized(QString::fromUcs4(U"\U00010400x")) == QString::fromUcs4(U"\U00010428x"));
}
