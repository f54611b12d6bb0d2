// SPDX-License-Identifier: GPL-3.0-or-later
// Looking after the data: backups, personal data, a file another Wizyta is changing.
#include "tests/cli/cli.h"

using namespace CliTests;

TEST_CASE("backup writes a checked copy — erase-personal-data and export person look after personal data")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QString copy = cli.path(QStringLiteral("copy.wizyta"));
    const Run backup = cli.run(
        {QStringLiteral("--database"), db, QStringLiteral("backup"), QStringLiteral("--output"), copy});
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    const Run listed =
        cli.run({QStringLiteral("--database"), copy, QStringLiteral("list"), QStringLiteral("visits")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.count(u'\n') == 6);
    // Never over an existing file.
    const Run again = cli.run(
        {QStringLiteral("--database"), db, QStringLiteral("backup"), QStringLiteral("--output"), copy});
    CHECK(again.exitCode == 3);
    CHECK(cli.run({QStringLiteral("--database"), db, QStringLiteral("backup")}).exitCode == 2);

    const QString json = cli.path(QStringLiteral("person.json"));
    const Run person =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("person"),
                 QStringLiteral("--person"), QStringLiteral("1"), QStringLiteral("--output"), json});
    CHECK(person.exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("\"familyName\""));

    const Run erased = cli.run({QStringLiteral("--database"), db, QStringLiteral("erase-personal-data"),
                                QStringLiteral("--visit"), visit});
    INFO(erased.err.toStdString());
    CHECK(erased.exitCode == 0);
    const Run unknown = cli.run({QStringLiteral("--database"), db, QStringLiteral("erase-personal-data"),
                                 QStringLiteral("--visit"), QStringLiteral("4711")});
    CHECK(unknown.exitCode == 3);
}

TEST_CASE("While another Wizyta changes a database, a writing command says who and fails — reading works")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    addSampleVisits(cli, db);
    auto holder = Database::open(db);
    REQUIRE(holder.ok());
    const Run add =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("add"), QStringLiteral("visit"),
                 QStringLiteral("--title"), QStringLiteral("Wizyta"), QStringLiteral("--first-day"),
                 QStringLiteral("2026-09-07"), QStringLiteral("--last-day"), QStringLiteral("2026-09-08")});
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(QString::number(QCoreApplication::applicationPid())));
    const Run list =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("visits")});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(u'\n') == 6);
}
