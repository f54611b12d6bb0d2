// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta conflicts.
#include "tests/cli/cli.h"

using namespace CliTests;

namespace {

/// A visit whose programme books Anna Nowak twice on its first morning; returns the visit's id.
/// Written with the core, as no verb writes a programme yet; the file is closed before wizyta runs.
Id addDoubleBooking(const QString& path)
{
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    Visit visit;
    visit.title.text = QStringLiteral("Lwów na Mazowszu");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    const auto visitId = VisitRepository(db).create(visit);
    REQUIRE(visitId.ok());
    QSqlQuery person(db.connection());
    REQUIRE(
        person.exec(QStringLiteral("INSERT INTO person (given_name, family_name) VALUES ('Anna', 'Nowak')")));
    const Id anna = person.lastInsertId().toLongLong();
    ProgrammeRepository agenda(db);
    for (const auto& [title, start] : {std::pair{QStringLiteral("Panel"), QTime(10, 0)},
                                       std::pair{QStringLiteral("Warsztat"), QTime(10, 30)}}) {
        Session session;
        session.visitId = *visitId;
        session.title.text = title;
        session.startsAt = QDateTime(visit.firstDay, start, Qt::UTC);
        session.endsAt = session.startsAt.addSecs(60 * 60);
        session.people = {{anna, SessionRole::Presenter}};
        REQUIRE(agenda.create(session).ok());
    }
    return *visitId;
}

} // namespace

TEST_CASE("conflicts prints the visit's warnings one a line, in the language asked for")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("x.wizyta"));
    const QString visit = QString::number(addDoubleBooking(db));

    const Run english =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("--language"), QStringLiteral("en"),
                 QStringLiteral("conflicts"), QStringLiteral("--visit"), visit});
    INFO(english.err.toStdString());
    CHECK(english.exitCode == 0);
    CHECK(english.err.isEmpty());
    CHECK(english.out ==
          QStringLiteral("Anna Nowak is in ‘Panel’ and ‘Warsztat’ at the same time (19 May 2026, "
                         "10:30–11:00).\n"));

    const Run polish =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("--language"), QStringLiteral("pl"),
                 QStringLiteral("conflicts"), QStringLiteral("--visit"), visit});
    CHECK(polish.exitCode == 0);
    CHECK(polish.out.count(u'\n') == 1);
    CHECK(polish.out.contains(QStringLiteral("Anna Nowak")));
    CHECK(polish.out.contains(QStringLiteral("19 maja 2026")));
}

TEST_CASE("conflicts prints nothing for a programme without conflicts")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const Run added = cli.run({QStringLiteral("--database"), db, QStringLiteral("demo")});
    REQUIRE(added.exitCode == 0);
    for (const QString& visit : added.out.split(u'\n', Qt::SkipEmptyParts)) {
        const Run run = cli.run({QStringLiteral("--database"), db, QStringLiteral("conflicts"),
                                 QStringLiteral("--visit"), visit});
        INFO(run.out.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.isEmpty());
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("conflicts: an unknown visit or a bad file is exit status 3, no --visit is 2")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("x.wizyta"));
    addDoubleBooking(db);

    const Run unknown = cli.run({QStringLiteral("--database"), db, QStringLiteral("conflicts"),
                                 QStringLiteral("--visit"), QStringLiteral("4711")});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.count(u'\n') == 1);
    CHECK(unknown.err.contains(QStringLiteral("4711")));

    const QString text = cli.path(QStringLiteral("notes.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("to nie jest baza danych\n");
    file.close();
    const Run notADatabase = cli.run({QStringLiteral("--database"), text, QStringLiteral("conflicts"),
                                      QStringLiteral("--visit"), QStringLiteral("1")});
    CHECK(notADatabase.exitCode == 3);
    CHECK(notADatabase.err.count(u'\n') == 1);
    CHECK(notADatabase.err.contains(text));

    const Run missing = cli.run({QStringLiteral("--database"), db, QStringLiteral("conflicts")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--visit")));
    CHECK(missing.out.isEmpty());
    const Run notAnId = cli.run({QStringLiteral("--database"), db, QStringLiteral("conflicts"),
                                 QStringLiteral("--visit"), QStringLiteral("pierwsza")});
    CHECK(notAnId.exitCode == 2);
    CHECK(notAnId.err.contains(QStringLiteral("pierwsza")));
}

TEST_CASE("wizyta --help lists conflicts")
{
    Cli cli;
    const Run run = cli.run({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("] conflicts --visit ID")));
}
