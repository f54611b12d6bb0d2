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

TEST_CASE("import agenda imports a session outside the visit's days with a warning, and conflicts lists it")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const Run added = cli.run(
        {QStringLiteral("--database"), db, QStringLiteral("add"), QStringLiteral("visit"),
         QStringLiteral("--title"), QStringLiteral("Wizyta z Charkowa"), QStringLiteral("--first-day"),
         QStringLiteral("2026-09-07"), QStringLiteral("--last-day"), QStringLiteral("2026-09-09")});
    REQUIRE(added.exitCode == 0);
    const QString visit = added.out.trimmed();
    const auto sessions = [&] {
        const QString calendar = cli.path(QStringLiteral("program.ics"));
        const Run ics =
            cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("ics"),
                     QStringLiteral("--visit"), visit, QStringLiteral("--output"), calendar});
        REQUIRE(ics.exitCode == 0);
        QFile file(calendar);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return int(file.readAll().count("BEGIN:VEVENT"));
    };
    const auto importFile = [&](const QString& file, const QStringList& more = {}) {
        return cli.run(QStringList{QStringLiteral("--database"), db, QStringLiteral("--language"),
                                   QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("agenda"),
                                   file, QStringLiteral("--visit"), visit} +
                       more);
    };

    // A truly bad row refuses the whole file, the row outside the visit's days with it.
    const QString broken = writeText(cli, QStringLiteral("zly.csv"),
                                     QStringLiteral("Data;Początek;Koniec;Tytuł\n"
                                                    "10.09.2026;10:00;11:00;Pożegnanie\n"
                                                    "31.09.2026;12:00;13:00;Obiad\n")
                                         .toUtf8());
    const Run bad = importFile(broken);
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(broken));
    CHECK(bad.err.contains(QStringLiteral("line 3")));
    CHECK(bad.err.contains(QStringLiteral("31.09.2026")));
    CHECK(sessions() == 0);

    const QString programme = writeText(cli, QStringLiteral("program.csv"),
                                        QStringLiteral("Data;Początek;Koniec;Tytuł\n"
                                                       "07.09.2026;10:00;11:30;Otwarcie\n"
                                                       "10.09.2026;10:00;11:00;Pożegnanie\n")
                                            .toUtf8());
    const Run dry = importFile(programme, {QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.err.contains(QStringLiteral("line 3")));
    CHECK(sessions() == 0);

    const Run imported = importFile(programme);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("2 sessions added")));
    // One line on the row outside the visit's days, naming the file, the row and the visit's days.
    CHECK(imported.err.count(u'\n') == 1);
    CHECK(imported.err.startsWith(QStringLiteral("wizyta: warning: ")));
    CHECK(imported.err.contains(programme));
    CHECK(imported.err.contains(QStringLiteral("line 3, column \"Data\"")));
    CHECK(imported.err.contains(
        QStringLiteral("2026-09-10 is not a day of the visit (2026-09-07 to 2026-09-09)")));
    CHECK(sessions() == 2);

    const Run conflicts =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("--language"), QStringLiteral("en"),
                 QStringLiteral("conflicts"), QStringLiteral("--visit"), visit});
    INFO(conflicts.err.toStdString());
    CHECK(conflicts.exitCode == 0);
    CHECK(conflicts.out.count(u'\n') == 1);
    CHECK(conflicts.out.contains(QStringLiteral("Pożegnanie")));
    CHECK(conflicts.out.contains(QStringLiteral("not within the visit's days")));
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
