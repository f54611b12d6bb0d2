// SPDX-License-Identifier: GPL-3.0-or-later
// The export verbs: a visit's printed documents as PDF.
#include "tests/cli/cli.h"

using namespace CliTests;

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
    const auto exportProgramme = [&](const QString& database, const QStringList& options) {
        return cli.run(QStringList{QStringLiteral("--database"), database, QStringLiteral("export"),
                                   QStringLiteral("agenda")} +
                       options);
    };

    const Run unknown = exportProgramme(
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
        exportProgramme(text, {QStringLiteral("--visit"), visit, QStringLiteral("--output"), output});
    CHECK(notADatabase.exitCode == 3);
    CHECK(notADatabase.err.count(u'\n') == 1);
    CHECK(notADatabase.err.contains(text));

    const QString unwritable = cli.path(QStringLiteral("no-such-folder/programme.pdf"));
    const Run cannotWrite =
        exportProgramme(db, {QStringLiteral("--visit"), visit, QStringLiteral("--output"), unwritable});
    CHECK(cannotWrite.exitCode == 3);
    CHECK(cannotWrite.err.count(u'\n') == 1);
    CHECK(cannotWrite.err.contains(unwritable));

    const Run noOutput = exportProgramme(db, {QStringLiteral("--visit"), visit});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("--output")));
    const Run noVisit = exportProgramme(db, {QStringLiteral("--output"), output});
    CHECK(noVisit.exitCode == 2);
    CHECK(noVisit.err.contains(QStringLiteral("--visit")));
    const Run notALanguage =
        exportProgramme(db, {QStringLiteral("--visit"), visit, QStringLiteral("--language"),
                             QStringLiteral("pl,xx"), QStringLiteral("--output"), output});
    CHECK(notALanguage.exitCode == 2);
    CHECK(notALanguage.err.contains(QStringLiteral("\"xx\"")));
    const Run threeLanguages =
        exportProgramme(db, {QStringLiteral("--visit"), visit, QStringLiteral("--language"),
                             QStringLiteral("pl,uk,en"), QStringLiteral("--output"), output});
    CHECK(threeLanguages.exitCode == 2);
    const Run notAPdf = exportProgramme(db, {QStringLiteral("--visit"), visit, QStringLiteral("--output"),
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
    CHECK(sheetsText.contains(QStringLiteral("Реєстраційний лист / Lista obecności")));
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

/// What a poppler-utils program (pdfinfo, pdffonts) prints about a PDF.
QString popplerInfo(const QString& program, const QString& pdf)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is missing: install poppler-utils (scripts/packages.sh)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, {pdf});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    const QStringList lines = popplerInfo(QStringLiteral("pdfinfo"), pdf).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return 0;
}

} // namespace

TEST_CASE("export certificates writes a page for each member of the delegation with fonts embedded")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QString english = cli.path(QStringLiteral("certificates-en.pdf"));
    const Run run =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("certificates"),
                 QStringLiteral("--visit"), visit, QStringLiteral("--language"), QStringLiteral("en"),
                 QStringLiteral("--output"), english});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.isEmpty());
    // The seven-day sample visit from Lviv has a delegation of ten: its leader and nine members.
    CHECK(pageCount(english) == 10);
    const QString text = pdfText(english);
    CHECK(text.count(QStringLiteral("CERTIFICATE OF PARTICIPATION")) == 10);
    CHECK(text.contains(QStringLiteral("Oksana Melnyk")));
    CHECK(text.contains(QStringLiteral("Оксана Мельник")));
    CHECK(text.count(QStringLiteral("Hours of programme attended:")) == 10);
    // Interpreters and hosts get one only when chosen.
    CHECK_FALSE(text.contains(QStringLiteral("Kravets")));

    // Without --language, in the visit's print languages: Ukrainian, then Polish.
    const QString both = cli.path(QStringLiteral("certificates.pdf"));
    const Run printLanguages =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("certificates"),
                 QStringLiteral("--visit"), visit, QStringLiteral("--output"), both});
    CHECK(printLanguages.exitCode == 0);
    CHECK(pageCount(both) == 10);
    CHECK(pdfText(both).contains(QStringLiteral("Оксана Мельник")));
    // Every font embedded (pdffonts: name, type..., emb, sub, uni, object, generation).
    const QStringList fonts =
        popplerInfo(QStringLiteral("pdffonts"), both).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        INFO(line.toStdString());
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 6);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
        CHECK(line.startsWith(QStringLiteral("DejaVuSans")));
    }

    const Run unknown =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("certificates"),
                 QStringLiteral("--visit"), QStringLiteral("999"), QStringLiteral("--output"),
                 cli.path(QStringLiteral("none.pdf"))});
    CHECK(unknown.exitCode == 3);
    const Run help = cli.run({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("] export certificates --visit ID")));
}
