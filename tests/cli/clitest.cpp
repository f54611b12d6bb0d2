// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts use it: the real program, run without any display.
#include "agendarepository.h"
#include "database.h"
#include "visitrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli
{
public:
    Cli() { REQUIRE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QStringList& arguments)
    {
        QProcess process;
        // No display at all: a verb that needed one would abort.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WIZYTA_BINARY), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private:
    QTemporaryDir m_dir;
};

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

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

TEST_CASE("demo adds the three sample visits, prints their ids and refuses to add them twice")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const Run added = cli.run({QStringLiteral("--database"), db, QStringLiteral("demo")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.isEmpty());
    const QStringList lines = added.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
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
    // Ordered by first day: May (seven days, from Lviv), August (one day), December (three days).
    CHECK(listed.out ==
          QStringLiteral("%2\t2026-05-19/2026-05-25\tplanned\tModel pomocy społecznej na Mazowszu – "
                         "doświadczenia dla Lwowa\n"
                         "%1\t2026-08-26/2026-08-26\tconfirmed\tSamorządowcy z obwodu żytomierskiego w "
                         "Przasnyszu\n"
                         "%3\t2026-12-10/2026-12-12\tdraft\tGoście z Vsetína: współpraca międzynarodowa "
                         "służb społecznych\n")
              .arg(ids.at(0), ids.at(1), ids.at(2)));

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
    AgendaRepository agenda(db);
    for (const auto& [title, start] : {std::pair{QStringLiteral("Panel"), QTime(10, 0)},
                                       std::pair{QStringLiteral("Warsztat"), QTime(10, 30)}}) {
        AgendaSession session;
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

namespace {

/// The text of a PDF, by pdftotext from poppler-utils.
QString pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext is missing: install poppler-utils (scripts/packages.sh)");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

/// Adds the sample visits to `db` with wizyta demo; returns the seven-day visit's id.
QString addSampleVisits(Cli& cli, const QString& db)
{
    const Run added = cli.run({QStringLiteral("--database"), db, QStringLiteral("demo")});
    REQUIRE(added.exitCode == 0);
    const QStringList ids = added.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(ids.size() == 3);
    return ids.at(1);
}

} // namespace

TEST_CASE("export agenda writes the visit's programme as a PDF in the languages asked for")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QString ukrainian = cli.path(QStringLiteral("programme-uk.pdf"));
    const Run run =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("agenda"),
                 QStringLiteral("--visit"), visit, QStringLiteral("--language"), QStringLiteral("uk"),
                 QStringLiteral("--output"), ukrainian});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.isEmpty());
    const QString text = pdfText(ukrainian);
    CHECK(text.contains(QStringLiteral("Відкриття візиту та огляд програми")));
    CHECK_FALSE(text.contains(QStringLiteral("Otwarcie wizyty i omówienie programu")));

    // Without --language: the visit's print languages, Ukrainian and Polish.
    const QString both = cli.path(QStringLiteral("programme.pdf"));
    const Run printLanguages =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("agenda"),
                 QStringLiteral("--visit"), visit, QStringLiteral("--output"), both});
    CHECK(printLanguages.exitCode == 0);
    const QString bothText = pdfText(both);
    CHECK(bothText.contains(QStringLiteral("Відкриття візиту та огляд програми")));
    CHECK(bothText.contains(QStringLiteral("Otwarcie wizyty i omówienie programu")));
}

TEST_CASE("export agenda: an unknown visit, a bad file or an unwritable output is 3, a wrong command line 2")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QString output = cli.path(QStringLiteral("programme.pdf"));
    const auto exportAgenda = [&](const QString& database, const QStringList& options) {
        return cli.run(QStringList{QStringLiteral("--database"), database, QStringLiteral("export"),
                                   QStringLiteral("agenda")} +
                       options);
    };

    const Run unknown = exportAgenda(
        db, {QStringLiteral("--visit"), QStringLiteral("4711"), QStringLiteral("--output"), output});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.count(u'\n') == 1);
    CHECK(unknown.err.contains(QStringLiteral("4711")));
    CHECK_FALSE(QFile::exists(output));

    const QString text = cli.path(QStringLiteral("notes.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("to nie jest baza danych\n");
    file.close();
    const Run notADatabase =
        exportAgenda(text, {QStringLiteral("--visit"), visit, QStringLiteral("--output"), output});
    CHECK(notADatabase.exitCode == 3);
    CHECK(notADatabase.err.count(u'\n') == 1);
    CHECK(notADatabase.err.contains(text));

    const QString unwritable = cli.path(QStringLiteral("no-such-folder/programme.pdf"));
    const Run cannotWrite =
        exportAgenda(db, {QStringLiteral("--visit"), visit, QStringLiteral("--output"), unwritable});
    CHECK(cannotWrite.exitCode == 3);
    CHECK(cannotWrite.err.count(u'\n') == 1);
    CHECK(cannotWrite.err.contains(unwritable));

    const Run noOutput = exportAgenda(db, {QStringLiteral("--visit"), visit});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("--output")));
    const Run noVisit = exportAgenda(db, {QStringLiteral("--output"), output});
    CHECK(noVisit.exitCode == 2);
    CHECK(noVisit.err.contains(QStringLiteral("--visit")));
    const Run notALanguage = exportAgenda(db, {QStringLiteral("--visit"), visit, QStringLiteral("--language"),
                                               QStringLiteral("pl,xx"), QStringLiteral("--output"), output});
    CHECK(notALanguage.exitCode == 2);
    CHECK(notALanguage.err.contains(QStringLiteral("\"xx\"")));
    const Run threeLanguages =
        exportAgenda(db, {QStringLiteral("--visit"), visit, QStringLiteral("--language"),
                          QStringLiteral("pl,uk,en"), QStringLiteral("--output"), output});
    CHECK(threeLanguages.exitCode == 2);
    const Run notAPdf = exportAgenda(db, {QStringLiteral("--visit"), visit, QStringLiteral("--output"),
                                          cli.path(QStringLiteral("x.txt"))});
    CHECK(notAPdf.exitCode == 2);
    CHECK_FALSE(QFile::exists(output));
}

TEST_CASE("wizyta --help lists export agenda")
{
    Cli cli;
    const Run run = cli.run({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("] export agenda --visit ID")));
}

TEST_CASE("export participants and attendance write their PDFs — contact details only with --contacts")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const auto exportDocument = [&](const QString& document, const QStringList& options) {
        return cli.run(QStringList{QStringLiteral("--database"), db, QStringLiteral("export"), document,
                                   QStringLiteral("--visit"), visit} +
                       options);
    };

    const QString list = cli.path(QStringLiteral("participants.pdf"));
    const Run participants =
        exportDocument(QStringLiteral("participants"), {QStringLiteral("--language"), QStringLiteral("pl"),
                                                        QStringLiteral("--output"), list});
    INFO(participants.err.toStdString());
    CHECK(participants.exitCode == 0);
    CHECK(participants.err.isEmpty());
    const QString listText = pdfText(list);
    CHECK(listText.contains(QStringLiteral("Lista uczestników")));
    CHECK(listText.contains(QStringLiteral("Członkowie delegacji")));
    CHECK_FALSE(listText.contains(u'@'));

    const QString withContacts = cli.path(QStringLiteral("participants-contacts.pdf"));
    const Run contacts =
        exportDocument(QStringLiteral("participants"),
                       {QStringLiteral("--language"), QStringLiteral("pl"), QStringLiteral("--contacts"),
                        QStringLiteral("--output"), withContacts});
    CHECK(contacts.exitCode == 0);
    CHECK(pdfText(withContacts).contains(u'@'));

    // Without --language, in the visit's print languages: Ukrainian first, then Polish.
    const QString sheets = cli.path(QStringLiteral("attendance.pdf"));
    const Run attendance = exportDocument(QStringLiteral("attendance"), {QStringLiteral("--output"), sheets});
    CHECK(attendance.exitCode == 0);
    const QString sheetsText = pdfText(sheets);
    CHECK(sheetsText.contains(QStringLiteral("Список присутності / Lista obecności")));
    CHECK(sheetsText.contains(QStringLiteral("День 7")));

    const Run unknown = cli.run({QStringLiteral("--database"), db, QStringLiteral("export"),
                                 QStringLiteral("receipts"), QStringLiteral("--visit"), visit,
                                 QStringLiteral("--output"), cli.path(QStringLiteral("x.pdf"))});
    CHECK(unknown.exitCode == 2);
    const Run noOutput = exportDocument(QStringLiteral("attendance"), {});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("export attendance needs --output")));
}

namespace {

QString writeText(Cli& cli, const QString& name, const QByteArray& bytes)
{
    const QString path = cli.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

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
    CHECK(listed.out.count(u'\n') == 3);
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
    CHECK(list.out.count(u'\n') == 3);
}
