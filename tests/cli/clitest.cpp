// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts use it: version, help, adding and listing visits, the sample visits, bad input.
#include "tests/cli/cli.h"

using namespace CliTests;

TEST_CASE("wizyta --version prints the version")
{
    Cli cli;
    const Run run = cli.run({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("wizyta " WIZYTA_VERSION));
}

TEST_CASE("wizyta --help lists the commands")
{
    Cli cli;
    const Run run = cli.run({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("list visits")));
    CHECK(run.out.contains(QStringLiteral("add visit")));
}

TEST_CASE("add visit prints an id and list visits shows the visit")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("x.sqlite"));
    const Run added =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("add"), QStringLiteral("visit"),
                 QStringLiteral("--title"), QStringLiteral("Delegacja ze Lwowa – Мазовія"),
                 QStringLiteral("--first-day"), QStringLiteral("2026-05-19"), QStringLiteral("--last-day"),
                 QStringLiteral("25.05.2026"), QStringLiteral("--country"), QStringLiteral("ua")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    bool isNumber = false;
    const int id = added.out.trimmed().toInt(&isNumber);
    REQUIRE(isNumber);

    const Run listed =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("visits")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out ==
          QStringLiteral("%1\t2026-05-19/2026-05-25\tdraft\tDelegacja ze Lwowa – Мазовія\n").arg(id));

    const Run checked = cli.run({QStringLiteral("--database"), db, QStringLiteral("check")});
    CHECK(checked.exitCode == 0);
}

TEST_CASE("A text file given as the database: exit status 3, one line naming it, the file unchanged")
{
    Cli cli;
    const QString text = cli.path(QStringLiteral("notes.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("to nie jest baza danych\n");
    file.close();
    const QByteArray before = hashOf(text);
    for (const QStringList& verb :
         {QStringList{QStringLiteral("list"), QStringLiteral("visits")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("add"), QStringLiteral("visit"), QStringLiteral("--title"),
                      QStringLiteral("X"), QStringLiteral("--first-day"), QStringLiteral("2026-01-01"),
                      QStringLiteral("--last-day"), QStringLiteral("2026-01-01")}}) {
        const Run run = cli.run(QStringList{QStringLiteral("--database"), text} + verb);
        INFO(verb.join(u' ').toStdString());
        CHECK(run.exitCode == 3);
        CHECK(run.err.count(u'\n') == 1);
        CHECK(run.err.contains(text));
        CHECK(run.out.isEmpty());
        CHECK(hashOf(text) == before);
    }
}

TEST_CASE("Bad input is exit status 3 and a wrong command line is 2, each with a message")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("x.sqlite"));
    const QStringList addVisit = {QStringLiteral("--database"), db,
                                  QStringLiteral("add"),        QStringLiteral("visit"),
                                  QStringLiteral("--title"),    QStringLiteral("Oslo")};

    const Run badDay =
        cli.run(addVisit + QStringList{QStringLiteral("--first-day"), QStringLiteral("2026-02-30"),
                                       QStringLiteral("--last-day"), QStringLiteral("2026-03-01")});
    CHECK(badDay.exitCode == 3);
    CHECK(badDay.err.contains(QStringLiteral("--first-day")));
    CHECK(badDay.err.contains(QStringLiteral("2026-02-30")));

    const Run backwards =
        cli.run(addVisit + QStringList{QStringLiteral("--first-day"), QStringLiteral("2026-03-04"),
                                       QStringLiteral("--last-day"), QStringLiteral("2026-03-02")});
    CHECK(backwards.exitCode == 3);
    CHECK_FALSE(backwards.err.isEmpty());

    const Run missing = cli.run(addVisit);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--first-day")));

    const Run unknownVerb = cli.run({QStringLiteral("--database"), db, QStringLiteral("fly")});
    CHECK(unknownVerb.exitCode == 2);
    const Run unknownOption = cli.run({QStringLiteral("--colour")});
    CHECK(unknownOption.exitCode == 2);
    const Run unknownLanguage =
        cli.run({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--version")});
    CHECK(unknownLanguage.exitCode == 2);

    const Run listed =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("visits")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.isEmpty()); // nothing half-written by the refused commands
}

TEST_CASE("A reading command on a missing file does not create it")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("missing.wizyta"));
    const Run run =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("visits")});
    CHECK(run.exitCode == 3);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("Messages follow --language")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("x.sqlite"));
    const QStringList addVisit = {QStringLiteral("--database"),  db,
                                  QStringLiteral("add"),         QStringLiteral("visit"),
                                  QStringLiteral("--title"),     QStringLiteral("Oslo"),
                                  QStringLiteral("--first-day"), QStringLiteral("2026-03-04"),
                                  QStringLiteral("--last-day"),  QStringLiteral("2026-03-02")};
    const Run polish = cli.run(QStringList{QStringLiteral("--language"), QStringLiteral("pl")} + addVisit);
    CHECK(polish.exitCode == 3);
    CHECK(polish.err.contains(QStringLiteral("Ostatni dzień")));
    const Run ukrainian = cli.run(QStringList{QStringLiteral("--language"), QStringLiteral("uk")} + addVisit);
    CHECK(ukrainian.err.contains(QStringLiteral("Останній день")));
}

TEST_CASE("The default database lives in the user's data folder")
{
    Cli cli;
    const Run added =
        cli.run({QStringLiteral("add"), QStringLiteral("visit"), QStringLiteral("--title"),
                 QStringLiteral("Oslo"), QStringLiteral("--first-day"), QStringLiteral("2026-03-02"),
                 QStringLiteral("--last-day"), QStringLiteral("2026-03-04")});
    REQUIRE(added.exitCode == 0);
    CHECK(QFile::exists(cli.path(QStringLiteral("data/wizyta/visits.wizyta"))));
    const Run listed = cli.run({QStringLiteral("list"), QStringLiteral("visits")});
    CHECK(listed.out.contains(QStringLiteral("Oslo")));
}

TEST_CASE("demo adds the sample visits and the group's meetings, prints their ids, refuses to add them twice")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const Run added = cli.run({QStringLiteral("--database"), db, QStringLiteral("demo")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.isEmpty());
    const QStringList lines = added.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    QStringList ids;
    for (const QString& line : lines) {
        bool isNumber = false;
        line.toLongLong(&isNumber);
        CHECK(isNumber);
        ids << line;
    }

    const Run listed =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("visits")});
    REQUIRE(listed.exitCode == 0);
    // Ordered by first day: the group's meetings in December, February and April, then May (seven
    // days, from Lviv), August (one day), December (three days).
    CHECK(
        listed.out ==
        QStringLiteral("%4\t2025-12-17/2025-12-18\tcompleted\tSpotkanie Grupy Wymiany Doświadczeń w "
                       "Częstochowie\n"
                       "%5\t2026-02-25/2026-02-26\tcompleted\tSpotkanie Grupy Wymiany Doświadczeń w Koninie\n"
                       "%6\t2026-04-29/2026-04-30\tcompleted\tSpotkanie Grupy Wymiany Doświadczeń w "
                       "Sochaczewie\n"
                       "%2\t2026-05-19/2026-05-25\tplanned\tModel pomocy społecznej na Mazowszu – "
                       "doświadczenia dla Lwowa\n"
                       "%1\t2026-08-26/2026-08-26\tconfirmed\tSamorządowcy z obwodu żytomierskiego w "
                       "Przasnyszu\n"
                       "%3\t2026-12-10/2026-12-12\tdraft\tGoście z Vsetína: współpraca międzynarodowa "
                       "służb społecznych\n")
            .arg(ids.at(0), ids.at(1), ids.at(2), ids.at(3), ids.at(4), ids.at(5)));

    const Run again = cli.run({QStringLiteral("--database"), db, QStringLiteral("demo")});
    CHECK(again.exitCode == 3);
    CHECK(again.out.isEmpty());
    CHECK(again.err.count(u'\n') == 1);
    CHECK(again.err.contains(QStringLiteral("already")));
    CHECK(again.err.contains(db));
    const Run listedAgain =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("visits")});
    CHECK(listedAgain.out == listed.out);

    const Run checked = cli.run({QStringLiteral("--database"), db, QStringLiteral("check")});
    CHECK(checked.exitCode == 0);
}

TEST_CASE("demo on a file that is not a database: exit status 3, one line, the file unchanged")
{
    Cli cli;
    const QString text = cli.path(QStringLiteral("notes.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("to nie jest baza danych\n");
    file.close();
    const QByteArray before = hashOf(text);
    const Run run = cli.run({QStringLiteral("--database"), text, QStringLiteral("demo")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.contains(text));
    CHECK(run.out.isEmpty());
    CHECK(hashOf(text) == before);
}

TEST_CASE("wizyta --help lists demo")
{
    Cli cli;
    const Run run = cli.run({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("] demo")));
}
