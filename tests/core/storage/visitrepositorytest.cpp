// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/visitrepository.h"

#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

Visit lvivVisit()
{
    Visit visit;
    visit.title.text = QStringLiteral("Model pomocy społecznej na Mazowszu – doświadczenia dla Lwowa");
    visit.title.translations.insert(
        QStringLiteral("uk"), QStringLiteral("Модель соціальної допомоги на Мазовії – досвід для Львова"));
    visit.kind = VisitKind::IncomingStudyVisit;
    visit.status = VisitStatus::Confirmed;
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    visit.sendingCountry = QStringLiteral("UA");
    visit.sendingRegion = QStringLiteral("Lwów");
    visit.workingLanguages = {QStringLiteral("pl"), QStringLiteral("uk")};
    visit.printLanguages = {QStringLiteral("uk"), QStringLiteral("pl")};
    visit.notes = QStringLiteral("Ґанок, Її, Żółć");
    return visit;
}

int visitCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM visit")).toInt();
}

} // namespace

TEST_CASE("A visit survives a round trip with its translated title")
{
    TestDatabase test;
    VisitRepository visits(test.db());
    Visit visit = lvivVisit();
    const auto id = visits.create(visit);
    REQUIRE(id.ok());
    visit.id = *id;

    const auto stored = visits.get(*id);
    REQUIRE(stored.ok());
    CHECK(*stored == visit);
    CHECK(stored->title.in(QStringLiteral("uk")).startsWith(QStringLiteral("Модель")));
    CHECK(stored->title.in(QStringLiteral("cs")) == visit.title.text);

    visit.status = VisitStatus::Completed;
    visit.lastDay = QDate(2026, 5, 26);
    visit.title.translations.remove(QStringLiteral("uk"));
    REQUIRE(visits.update(visit).ok());
    CHECK(*visits.get(*id) == visit);

    REQUIRE(visits.remove(*id).ok());
    const auto gone = visits.get(*id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind() == Error::Kind::NotFound);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit_text")).toInt() == 0);
}

TEST_CASE("A visit whose last day is before its first is refused on that field and not stored")
{
    TestDatabase test;
    VisitRepository visits(test.db());
    Visit visit = lvivVisit();
    visit.lastDay = QDate(2026, 5, 18);
    const auto id = visits.create(visit);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind() == Error::Kind::Validation);
    CHECK(id.error().field() == QLatin1String("visit.lastDay"));
    CHECK(visitCount(test.db()) == 0);
}

TEST_CASE("A visit without a title, days or a known time zone is refused, naming the field")
{
    TestDatabase test;
    VisitRepository visits(test.db());
    Visit visit = lvivVisit();
    SECTION("title")
    {
        visit.title.text = QStringLiteral("   ");
        CHECK(visits.create(visit).error().field() == QLatin1String("visit.title"));
    }
    SECTION("first day")
    {
        visit.firstDay = QDate();
        CHECK(visits.create(visit).error().field() == QLatin1String("visit.firstDay"));
    }
    SECTION("time zone")
    {
        visit.timeZone = QStringLiteral("Europe/Lwów");
        CHECK(visits.create(visit).error().field() == QLatin1String("visit.timeZone"));
    }
    CHECK(visitCount(test.db()) == 0);
}

TEST_CASE("Updating a stored visit with bad days leaves it as it was")
{
    TestDatabase test;
    VisitRepository visits(test.db());
    Visit visit = lvivVisit();
    visit.id = *visits.create(visit);
    Visit broken = visit;
    broken.firstDay = QDate(2026, 6, 1);
    REQUIRE_FALSE(visits.update(broken).ok());
    CHECK(*visits.get(visit.id) == visit);
}

TEST_CASE("Updating or deleting a visit that does not exist says so")
{
    TestDatabase test;
    VisitRepository visits(test.db());
    Visit visit = lvivVisit();
    visit.id = 4711;
    CHECK(visits.update(visit).error().kind() == Error::Kind::NotFound);
    CHECK(visits.remove(4711).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A visit deleted and created again with its id comes back as it was")
{
    TestDatabase test;
    VisitRepository visits(test.db());
    Visit visit = lvivVisit();
    visit.id = *visits.create(visit);
    REQUIRE(visits.remove(visit.id).ok());
    const auto again = visits.create(visit);
    REQUIRE(again.ok());
    CHECK(*again == visit.id);
    CHECK(*visits.get(visit.id) == visit);
}

TEST_CASE("The visits list filters by year, status and kind and orders by first day")
{
    TestDatabase test;
    VisitRepository visits(test.db());
    auto add = [&](const char* title, QDate first, QDate last, VisitStatus status, VisitKind kind) {
        Visit visit;
        visit.title.text = QString::fromUtf8(title);
        visit.firstDay = first;
        visit.lastDay = last;
        visit.status = status;
        visit.kind = kind;
        REQUIRE(visits.create(visit).ok());
    };
    add("Sylwester w Krakowie", QDate(2025, 12, 30), QDate(2026, 1, 2), VisitStatus::Completed,
        VisitKind::WorkingMeeting);
    add("Lwów", QDate(2026, 5, 19), QDate(2026, 5, 25), VisitStatus::Confirmed,
        VisitKind::IncomingStudyVisit);
    add("Oslo", QDate(2026, 3, 2), QDate(2026, 3, 4), VisitStatus::Planned, VisitKind::OutgoingStudyVisit);
    add("Bruksela", QDate(2027, 2, 1), QDate(2027, 2, 1), VisitStatus::Draft, VisitKind::WorkingMeeting);

    const auto all = visits.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK(all->at(0).title == QStringLiteral("Sylwester w Krakowie"));
    CHECK(all->at(1).title == QStringLiteral("Oslo"));

    VisitFilter year2026;
    year2026.year = 2026;
    CHECK(visits.list(year2026)->size() == 3); // the New Year's visit touches 2026

    VisitFilter planned;
    planned.status = VisitStatus::Planned;
    REQUIRE(visits.list(planned)->size() == 1);
    CHECK(visits.list(planned)->constFirst().title == QStringLiteral("Oslo"));

    VisitFilter meetings;
    meetings.kind = VisitKind::WorkingMeeting;
    meetings.year = 2027;
    REQUIRE(visits.list(meetings)->size() == 1);
    CHECK(visits.list(meetings)->constFirst().title == QStringLiteral("Bruksela"));
}
