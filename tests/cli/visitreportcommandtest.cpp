// SPDX-License-Identifier: GPL-3.0-or-later
// export visit-report: the draft of a visit's report as an OpenDocument text.
#include "tests/cli/cli.h"
#include "tests/support/opendocument.h"

using namespace CliTests;

namespace {

Run exportReport(Cli& cli, const QString& database, const QStringList& options)
{
    return cli.run(QStringList{QStringLiteral("--database"), database, QStringLiteral("export"),
                               QStringLiteral("visit-report")} +
                   options);
}

} // namespace

TEST_CASE("export visit-report writes the draft as an OpenDocument text in the language asked for")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QString output = cli.path(QStringLiteral("raport.odt"));
    const Run run = exportReport(cli, db,
                                 {QStringLiteral("--visit"), visit, QStringLiteral("--language"),
                                  QStringLiteral("uk"), QStringLiteral("--output"), output});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.isEmpty());
    QFile file(output);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // A zip, as every OpenDocument file is, saying what it holds first.
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("PK"));
    CHECK(bytes.contains("application/vnd.oasis.opendocument.text"));
    // The seven-day visit's title in Ukrainian, as the sample has it.
    const QStringList paragraphs = openDocumentParagraphs(output);
    REQUIRE_FALSE(paragraphs.isEmpty());
    CHECK(paragraphs.constFirst() ==
          QStringLiteral("Модель соціальної допомоги в Мазовецькому воєводстві — досвід для Львова"));
}

TEST_CASE("export visit-report: an unknown visit is 3 and a wrong command line 2 and nothing is written")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QString output = cli.path(QStringLiteral("raport.odt"));

    const Run unknown = exportReport(
        cli, db, {QStringLiteral("--visit"), QStringLiteral("4711"), QStringLiteral("--output"), output});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.count(u'\n') == 1);
    CHECK(unknown.err.contains(QStringLiteral("4711")));
    CHECK_FALSE(QFile::exists(output));

    const QString pdf = cli.path(QStringLiteral("raport.pdf"));
    const Run notOdt =
        exportReport(cli, db, {QStringLiteral("--visit"), visit, QStringLiteral("--output"), pdf});
    CHECK(notOdt.exitCode == 2);
    CHECK(notOdt.err.contains(QStringLiteral(".odt")));
    CHECK_FALSE(QFile::exists(pdf));

    const Run noOutput = exportReport(cli, db, {QStringLiteral("--visit"), visit});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("--output")));

    const Run twoLanguages = exportReport(cli, db,
                                          {QStringLiteral("--visit"), visit, QStringLiteral("--language"),
                                           QStringLiteral("pl,uk"), QStringLiteral("--output"), output});
    CHECK(twoLanguages.exitCode == 2);
    CHECK_FALSE(QFile::exists(output));

    const QString unwritable = cli.path(QStringLiteral("no-such-folder/raport.odt"));
    const Run cannotWrite =
        exportReport(cli, db, {QStringLiteral("--visit"), visit, QStringLiteral("--output"), unwritable});
    CHECK(cannotWrite.exitCode == 3);
    CHECK(cannotWrite.err.count(u'\n') == 1);
    CHECK(cannotWrite.err.contains(unwritable));

    // Without --language: the visit's first print language, and the file is there.
    const Run printLanguage =
        exportReport(cli, db, {QStringLiteral("--visit"), visit, QStringLiteral("--output"), output});
    CHECK(printLanguage.exitCode == 0);
    CHECK(QFile::exists(output));
}
