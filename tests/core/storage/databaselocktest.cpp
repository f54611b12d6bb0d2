// SPDX-License-Identifier: GPL-3.0-or-later
// One writer at a time: the lock file beside a database.
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QString databasePath(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    return dir.filePath(QStringLiteral("visits.wizyta"));
}

} // namespace

TEST_CASE("A second writer on the same database is refused, told who holds it, and may read it")
{
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    auto first = Database::open(path);
    REQUIRE(first.ok());
    CHECK(QFileInfo::exists(Database::lockPath(path)));

    const auto second = Database::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind() == Error::Kind::Busy);
    const QString message = second.error().message();
    CHECK(message.contains(QStringLiteral("visits.wizyta")));
    CHECK(message.contains(QSysInfo::machineHostName()));
    CHECK(message.contains(QString::number(QCoreApplication::applicationPid())));

    // Reading needs no lock.
    const auto reader = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(reader.ok());
    CHECK((*reader)->isReadOnly());

    // Closed, the database is free for the next writer, and no lock file is left behind.
    first.value().reset();
    CHECK_FALSE(QFileInfo::exists(Database::lockPath(path)));
    CHECK(Database::open(path).ok());
}

TEST_CASE("A lock left by a Wizyta that crashed is taken over")
{
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    REQUIRE(Database::open(path).ok());

    // A process that has ended: its number names no running process.
    QProcess ended;
    ended.start(QStringLiteral("sleep"), {QStringLiteral("0.05")});
    REQUIRE(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    REQUIRE(ended.waitForFinished());
    REQUIRE(deadPid > 0);
    QFile lock(Database::lockPath(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    // QLockFile's format: process, program, host, machine and boot ids.
    lock.write(QByteArray::number(deadPid) + "\nwizyta\n" + QSysInfo::machineHostName().toUtf8() + '\n' +
               QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
    lock.close();

    const auto opened = Database::open(path);
    INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
    CHECK(opened.ok());
}

TEST_CASE("An empty lock file, left by a Wizyta killed while taking the lock, does not block the database")
{
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    REQUIRE(Database::open(path).ok());
    QFile lock(Database::lockPath(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.close();
    const auto opened = Database::open(path);
    INFO((opened.ok() ? QString() : opened.error().message()).toStdString());
    CHECK(opened.ok());
}
