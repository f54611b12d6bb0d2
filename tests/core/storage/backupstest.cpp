// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of a database: made once a day and before upgrades, verified, pruned, restored.
#include "core/storage/backups.h"

#include "core/storage/database.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

namespace {

Id addVisit(Database& db, const QString& title)
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 20);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

int visitCount(const QString& path)
{
    auto opened = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(opened.ok());
    return scalar(**opened, QStringLiteral("SELECT count(*) FROM visit")).toInt();
}

} // namespace

TEST_CASE("A backup is a sound copy readable by its owner only, listed by the day it was made")
{
    TestDatabase test;
    addVisit(test.db(), QStringLiteral("Wizyta z Lwowa"));
    const QDateTime now(QDate(2026, 11, 26), QTime(15, 30, 12));
    const auto made = Backups::make(test.db(), now);
    REQUIRE(made.ok());
    CHECK(QFileInfo(*made).fileName() == QStringLiteral("test 2026-11-26 15.30.12.wizyta"));
    CHECK(QFileInfo(*made).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(visitCount(*made) == 1);
    const QList<BackupFile> backups = Backups::list(test.path());
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().made == now);
}

TEST_CASE("A daily backup is made once a day, and only the newest are kept")
{
    TestDatabase test;
    addVisit(test.db(), QStringLiteral("Wizyta z Lwowa"));
    const QDateTime morning(QDate(2026, 11, 1), QTime(8, 0));
    const auto first = Backups::daily(test.db(), morning);
    REQUIRE(first.ok());
    CHECK_FALSE(first->isEmpty());
    const auto again = Backups::daily(test.db(), morning.addSecs(3600));
    REQUIRE(again.ok());
    CHECK(again->isEmpty()); // one a day
    for (int day = 1; day <= Backups::kept + 3; ++day) {
        REQUIRE(Backups::daily(test.db(), morning.addDays(day)).ok());
    }
    const QList<BackupFile> backups = Backups::list(test.path());
    REQUIRE(backups.size() == Backups::kept);
    CHECK(backups.first().made == morning.addDays(Backups::kept + 3));
    CHECK(backups.last().made == morning.addDays(4));
}

TEST_CASE("The day's backup is made from the file's path while it is open for writing, once a day")
{
    TestDatabase test;
    CHECK(Backups::list(test.path()).isEmpty()); // opening makes none: the window and commands do
    addVisit(test.db(), QStringLiteral("Wizyta z Lwowa"));
    const QDateTime morning(QDate(2026, 11, 26), QTime(8, 0));
    // On a connection of its own, read-only: the writer keeps its lock and goes on writing.
    const auto made = Backups::dailyOf(test.path(), morning);
    REQUIRE(made.ok());
    CHECK_FALSE(made->isEmpty());
    addVisit(test.db(), QStringLiteral("Wizyta z Winnicy"));
    const auto again = Backups::dailyOf(test.path(), morning.addSecs(3600));
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    const QList<BackupFile> backups = Backups::list(test.path());
    REQUIRE(backups.size() == 1);
    auto copy = Database::open(backups.first().path, Database::Access::ReadOnly);
    REQUIRE(copy.ok());
    CHECK(scalar(**copy, QStringLiteral("SELECT count(*) FROM visit")).toInt() == 1);
}

TEST_CASE("Restoring a backup brings the database back as it was, and keeps the replaced file as a backup")
{
    TestDatabase test;
    addVisit(test.db(), QStringLiteral("Wizyta z Lwowa"));
    const auto backup = Backups::make(test.db(), QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    REQUIRE(backup.ok());
    addVisit(test.db(), QStringLiteral("Wizyta z Charkowa"));
    test.close();
    REQUIRE(visitCount(test.path()) == 2);

    REQUIRE(Backups::restore(*backup, test.path(), QDateTime(QDate(2026, 11, 26), QTime(10, 0))).ok());
    CHECK(visitCount(test.path()) == 1);
    // The file replaced is a backup of its own: the restore can be undone.
    const QList<BackupFile> backups = Backups::list(test.path());
    REQUIRE(backups.size() >= 2);
    CHECK(visitCount(backups.first().path) == 2);
}

TEST_CASE("A backup that is not sound is neither restored nor counted")
{
    TestDatabase test;
    addVisit(test.db(), QStringLiteral("Wizyta z Lwowa"));
    const QString broken = test.filePath(QStringLiteral("broken.wizyta"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    test.close();
    const auto restored = Backups::restore(broken, test.path());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message().contains(QStringLiteral("broken.wizyta")));
    CHECK(visitCount(test.path()) == 1);
}
