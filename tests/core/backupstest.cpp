// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of a database: made once a day and before upgrades, verified, pruned, restored.
#include "backups.h"

#include "database.h"
#include "testsupport.h"
#include "visitrepository.h"

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

TEST_CASE("Opening a database for writing makes the day's backup, a new one does not need one")
{
    TestDatabase test;
    CHECK(Backups::list(test.path()).isEmpty()); // created, not opened again: nothing to keep yet
    addVisit(test.db(), QStringLiteral("Wizyta z Lwowa"));
    test.reopen();
    const QList<BackupFile> backups = Backups::list(test.path());
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().made.date() == QDate::currentDate());
    CHECK(test.db().backupProblem().isEmpty());
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
