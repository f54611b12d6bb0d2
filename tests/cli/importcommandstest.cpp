// SPDX-License-Identifier: GPL-3.0-or-later
// The import verbs, and the programme exported for calendars.
#include "tests/cli/cli.h"

using namespace CliTests;

TEST_CASE("import participants reads a list from Excel — --dry-run writes nothing — a bad row is 3 naming it")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const Run added = cli.run(
        {QStringLiteral("--database"), db, QStringLiteral("add"), QStringLiteral("visit"),
         QStringLiteral("--title"), QStringLiteral("Wizyta z Charkowa"), QStringLiteral("--first-day"),
         QStringLiteral("2026-09-07"), QStringLiteral("--last-day"), QStringLiteral("2026-09-09")});
    REQUIRE(added.exitCode == 0);
    const QString visit = added.out.trimmed();
    // Excel's "CSV" on a Polish Windows: Windows-1250, semicolons.
    QStringEncoder windows1250("windows-1250");
    const QString text = QStringLiteral("Imię;Nazwisko;Instytucja;Przyjazd\r\n"
                                        "Łucja;Żółkiewska;MOPS Łódź;07.09.2026 10:00\r\n"
                                        "Jerzy;Gąsior;MOPS Łódź;07.09.2026 10:00\r\n");
    const QString list = writeText(cli, QStringLiteral("lista.csv"), windows1250.encode(text));
    const QStringList importList = {
        QStringLiteral("--database"), db,   QStringLiteral("import"), QStringLiteral("participants"), list,
        QStringLiteral("--visit"),    visit};

    const Run dry = cli.run(importList + QStringList{QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2")));
    const auto people = [&] {
        return cli.run({QStringLiteral("--database"), db, QStringLiteral("export"),
                        QStringLiteral("participants"), QStringLiteral("--visit"), visit,
                        QStringLiteral("--output"), cli.path(QStringLiteral("out.csv"))});
    };
    REQUIRE(people().exitCode == 0);
    QFile exported(cli.path(QStringLiteral("out.csv")));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll().count('\n') == 1); // the heading row only: the dry run wrote nothing
    exported.close();

    const Run imported = cli.run(importList);
    CHECK(imported.exitCode == 0);
    REQUIRE(people().exitCode == 0);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QByteArray csv = exported.readAll();
    exported.close();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("Żółkiewska")));

    const QString broken =
        writeText(cli, QStringLiteral("zle.csv"),
                  QStringLiteral("Imię;Nazwisko;Przyjazd\nAnna;Nowak;31.09.2026 10:00\n").toUtf8());
    const Run bad = cli.run({QStringLiteral("--database"), db, QStringLiteral("import"),
                             QStringLiteral("participants"), broken, QStringLiteral("--visit"), visit});
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(broken));
    CHECK(bad.err.contains(QStringLiteral("line 2")));
    CHECK(bad.err.contains(QStringLiteral("\"Przyjazd\"")));

    const Run noFile = cli.run({QStringLiteral("--database"), db, QStringLiteral("import"),
                                QStringLiteral("participants"), QStringLiteral("--visit"), visit});
    CHECK(noFile.exitCode == 2);
}

TEST_CASE("import agenda and export ics: a programme from a spreadsheet into a calendar file")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const Run added = cli.run(
        {QStringLiteral("--database"), db, QStringLiteral("add"), QStringLiteral("visit"),
         QStringLiteral("--title"), QStringLiteral("Wizyta z Charkowa"), QStringLiteral("--first-day"),
         QStringLiteral("2026-09-07"), QStringLiteral("--last-day"), QStringLiteral("2026-09-09")});
    REQUIRE(added.exitCode == 0);
    const QString visit = added.out.trimmed();
    const QString programme =
        writeText(cli, QStringLiteral("program.csv"),
                  QStringLiteral("date,start,end,title,title_uk,venue\n"
                                 "2026-09-07,10:00,11:30,Otwarcie,Відкриття,MOPS Łódź\n")
                      .toUtf8());
    const Run imported = cli.run({QStringLiteral("--database"), db, QStringLiteral("import"),
                                  QStringLiteral("agenda"), programme, QStringLiteral("--visit"), visit});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    const QString calendar = cli.path(QStringLiteral("program.ics"));
    const Run ics =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("ics"),
                 QStringLiteral("--visit"), visit, QStringLiteral("--language"), QStringLiteral("uk"),
                 QStringLiteral("--output"), calendar});
    INFO(ics.err.toStdString());
    CHECK(ics.exitCode == 0);
    QFile file(calendar);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("BEGIN:VEVENT")));
    CHECK(text.contains(QStringLiteral("Відкриття")));
    CHECK(text.contains(QStringLiteral("TZID=Europe/Warsaw")));

    const Run notIcs = cli.run({QStringLiteral("--database"), db, QStringLiteral("export"),
                                QStringLiteral("ics"), QStringLiteral("--visit"), visit,
                                QStringLiteral("--output"), cli.path(QStringLiteral("program.txt"))});
    CHECK(notIcs.exitCode == 2);
}

TEST_CASE("add visit refuses a title longer than two printed lines, naming it")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("long.wizyta"));
    const QString title =
        QStringLiteral("Wizyta studyjna delegacji Obwodowego Centrum Usług Socjalnych z Charkowa "
                       "w Miejskim Ośrodku Pomocy Rodzinie w Krakowie");
    const Run added =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("add"), QStringLiteral("visit"),
                 QStringLiteral("--title"), title, QStringLiteral("--first-day"),
                 QStringLiteral("2026-09-07"), QStringLiteral("--last-day"), QStringLiteral("2026-09-09")});
    INFO(added.err.toStdString());
    CHECK(added.exitCode != 0);
    CHECK(added.err.contains(QStringLiteral("“Wizyta studyjna delegacji Obwodowego…”")));
    CHECK(added.err.contains(QStringLiteral("at most 90")));
}
