// SPDX-License-Identifier: GPL-3.0-or-later
// Participants and programmes exchanged with spreadsheets and calendars from a visit's tabs.
#include "ui/visit/visitimportexport.h"

#include "core/languages/languagemanager.h"
#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/opendocument.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/visit/importpreviewdialog.h"
#include "ui/visit/visiteditor.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

/// A visit's editor on an empty three-day visit.
struct ExchangeFixture
{
    // The English plural forms ("2 participants") come from the English translation.
    LanguageManager languages;
    bool english = languages.setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    DatabaseDocument document{openDatabase(dir),
                              [](const Error& error) { FAIL(error.message().toStdString()); }};
    ScriptedPrompts prompts;
    VisitEditor editor{document, prompts};
    Id visitId = 0;

    ExchangeFixture()
    {
        Visit visit;
        visit.title.text = QStringLiteral("Wizyta z Charkowa");
        visit.firstDay = QDate(2026, 9, 7);
        visit.lastDay = QDate(2026, 9, 9);
        const auto created = VisitRepository(document.database()).create(visit);
        REQUIRE(created.ok());
        visitId = *created;
        editor.showVisit(visitId);
    }

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }

    void click(const char* button)
    {
        auto* found = editor.findChild<QPushButton*>(QString::fromLatin1(button));
        REQUIRE(found);
        REQUIRE(found->isEnabled());
        found->click();
    }

    int participants()
    {
        const auto rows = ParticipantRepository(document.database()).listForVisit(visitId);
        REQUIRE(rows.ok());
        return int(rows->size());
    }
};

QPushButton* importButton(ImportPreviewDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QString summary(ImportPreviewDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
}

} // namespace

TEST_CASE("Importing participants previews the file, lets columns be chosen, and is one undoable edit")
{
    ExchangeFixture fixture;
    QStringEncoder windows1250("windows-1250");
    fixture.prompts.fileNames.enqueue(
        fixture.file(QStringLiteral("lista.csv"),
                     windows1250.encode(QStringLiteral("Imię;Nazwisko;Instytucja;Numer buta\r\n"
                                                       "Łucja;Żółkiewska;MOPS Łódź;38\r\n"
                                                       "Jerzy;Gąsior;MOPS Łódź;44\r\n"))));
    bool reached = false;
    onNextDialog<ImportPreviewDialog>(
        [](ImportPreviewDialog& dialog) {
            CHECK(summary(dialog).contains(QStringLiteral("2 participants to add")));
            CHECK(importButton(dialog)->isEnabled());
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("importRows"));
            REQUIRE(table);
            // The Polish letters read from Windows-1250, the unknown column not imported.
            // What happens to each row first, then the file's columns.
            CHECK(table->item(1, 0)->text() == QStringLiteral("New person, new institution"));
            CHECK(table->item(1, 2)->text() == QStringLiteral("Żółkiewska"));
            auto* shoes = qobject_cast<QComboBox*>(table->cellWidget(0, 4));
            REQUIRE(shoes);
            CHECK(shoes->currentIndex() == 0);
            // Without a column of names nothing can be imported.
            auto* family = qobject_cast<QComboBox*>(table->cellWidget(0, 2));
            const int chosen = family->currentIndex();
            family->setCurrentIndex(0);
            CHECK_FALSE(importButton(dialog)->isEnabled());
            family->setCurrentIndex(chosen);
            CHECK(importButton(dialog)->isEnabled());
            pressOk(dialog);
        },
        &reached);
    fixture.click("importParticipants");
    CHECK(reached);
    CHECK(fixture.prompts.shown.isEmpty());
    CHECK(fixture.participants() == 2);
    fixture.document.undoStack().undo();
    CHECK(fixture.participants() == 0);
}

TEST_CASE("A row with a problem is shown in the preview and nothing can be imported until it is mended")
{
    ExchangeFixture fixture;
    fixture.prompts.fileNames.enqueue(
        fixture.file(QStringLiteral("zle.csv"), QByteArrayLiteral("First name,Last name,Arrival\n"
                                                                  "Anna,Nowak,2026-09-07 10:00\n"
                                                                  "Jan,Kowalski,yesterday\n")));
    bool reached = false;
    onNextDialog<ImportPreviewDialog>(
        [](ImportPreviewDialog& dialog) {
            CHECK_FALSE(importButton(dialog)->isEnabled());
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("importRows"));
            CHECK(table->item(2, 0)->text().contains(QStringLiteral("yesterday")));
            CHECK(summary(dialog).contains(QStringLiteral("1 row to correct")));
            dialog.reject();
        },
        &reached);
    fixture.click("importParticipants");
    CHECK(reached);
    CHECK(fixture.participants() == 0);
}

TEST_CASE("A programme drafted in a spreadsheet is imported from the programme tab")
{
    ExchangeFixture fixture;
    fixture.prompts.fileNames.enqueue(fixture.file(
        QStringLiteral("program.csv"), QStringLiteral("Data;Początek;Koniec;Tytuł;Miejsce\n"
                                                      "07.09.2026;10:00;11:30;Otwarcie;MOPS Łódź\n")
                                           .toUtf8()));
    onNextDialog<ImportPreviewDialog>([](ImportPreviewDialog& dialog) {
        CHECK(summary(dialog).contains(QStringLiteral("1 session to add")));
        pressOk(dialog);
    });
    fixture.click("importProgramme");
    CHECK(fixture.prompts.shown.isEmpty());
    const auto rows = ProgrammeRepository(fixture.document.database()).listForVisit(fixture.visitId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().venueName == QStringLiteral("MOPS Łódź"));

    // Then to a calendar file.
    const QString calendar = fixture.dir.filePath(QStringLiteral("program.ics"));
    fixture.prompts.fileNames.enqueue(calendar);
    fixture.click("exportCalendar");
    CHECK(fixture.prompts.shown.isEmpty());
    CHECK(fixture.prompts.written == QStringList{calendar});
    QFile file(calendar);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("SUMMARY:Otwarcie"));
}

TEST_CASE("A programme row on a day outside the visit is imported with a warning in the preview")
{
    ExchangeFixture fixture;
    fixture.prompts.fileNames.enqueue(
        fixture.file(QStringLiteral("program.csv"), QStringLiteral("Data;Początek;Koniec;Tytuł\n"
                                                                   "07.09.2026;10:00;11:30;Otwarcie\n"
                                                                   "10.09.2026;10:00;11:00;Pożegnanie\n")
                                                        .toUtf8()));
    bool reached = false;
    onNextDialog<ImportPreviewDialog>(
        [](ImportPreviewDialog& dialog) {
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("importRows"));
            REQUIRE(table);
            CHECK(table->item(0, 0)->text() == QStringLiteral("New session"));
            const QString warned = table->item(1, 0)->text();
            CHECK(warned.startsWith(QStringLiteral("New session, with a warning:")));
            CHECK(warned.contains(QStringLiteral("2026-09-10 is not a day of the visit")));
            // Told apart from the plain row and from a problem's red.
            CHECK(table->item(1, 0)->background() != table->item(0, 0)->background());
            CHECK(table->item(1, 1)->background() == table->item(1, 0)->background());
            CHECK(summary(dialog).contains(QStringLiteral("2 sessions to add.")));
            CHECK(summary(dialog).contains(QStringLiteral("1 of them on a day outside the visit")));
            CHECK(importButton(dialog)->isEnabled());
            pressOk(dialog);
        },
        &reached);
    fixture.click("importProgramme");
    CHECK(reached);
    CHECK(fixture.prompts.shown.isEmpty());
    const auto rows = ProgrammeRepository(fixture.document.database()).listForVisit(fixture.visitId);
    REQUIRE(rows.ok());
    CHECK(rows->size() == 2);
}

TEST_CASE("A programme with an unreadable day cannot be imported, even beside a row that only warns")
{
    ExchangeFixture fixture;
    fixture.prompts.fileNames.enqueue(
        fixture.file(QStringLiteral("zly.csv"), QStringLiteral("Data;Początek;Koniec;Tytuł\n"
                                                               "10.09.2026;10:00;11:00;Pożegnanie\n"
                                                               "31.09.2026;12:00;13:00;Obiad\n")
                                                    .toUtf8()));
    bool reached = false;
    onNextDialog<ImportPreviewDialog>(
        [](ImportPreviewDialog& dialog) {
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("importRows"));
            REQUIRE(table);
            CHECK(table->item(1, 0)->text().contains(QStringLiteral("31.09.2026")));
            CHECK(table->item(1, 0)->background() != table->item(0, 0)->background());
            CHECK(summary(dialog).contains(QStringLiteral("1 row to correct")));
            CHECK_FALSE(importButton(dialog)->isEnabled());
            dialog.reject();
        },
        &reached);
    fixture.click("importProgramme");
    CHECK(reached);
    const auto rows = ProgrammeRepository(fixture.document.database()).listForVisit(fixture.visitId);
    REQUIRE(rows.ok());
    CHECK(rows->isEmpty());
}

TEST_CASE("Exporting participants asks about contact details, which are left out unless wanted")
{
    ExchangeFixture fixture;
    fixture.prompts.fileNames.enqueue(
        fixture.file(QStringLiteral("lista.csv"),
                     QByteArrayLiteral("Imie;Nazwisko;E-mail\nAnna;Nowak;anna@example.org\n")));
    onNextDialog<ImportPreviewDialog>([](ImportPreviewDialog& dialog) { pressOk(dialog); });
    fixture.click("importParticipants");
    REQUIRE(fixture.participants() == 1);

    const QString without = fixture.dir.filePath(QStringLiteral("without.csv"));
    fixture.prompts.answers.enqueue(QMessageBox::No);
    fixture.prompts.fileNames.enqueue(without);
    fixture.click("exportParticipants");
    const QString with = fixture.dir.filePath(QStringLiteral("with.csv"));
    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    fixture.prompts.fileNames.enqueue(with);
    fixture.click("exportParticipants");
    CHECK(fixture.prompts.written == QStringList{without, with});

    QFile first(without);
    REQUIRE(first.open(QIODevice::ReadOnly));
    const QByteArray plain = first.readAll();
    CHECK(plain.contains("Nowak"));
    CHECK_FALSE(plain.contains("anna@example.org"));
    QFile second(with);
    REQUIRE(second.open(QIODevice::ReadOnly));
    CHECK(second.readAll().contains("anna@example.org"));
}

TEST_CASE("The draft of the visit's report is saved from its details as an OpenDocument text")
{
    ExchangeFixture fixture;
    const QString report = fixture.dir.filePath(QStringLiteral("raport"));
    fixture.prompts.fileNames.enqueue(report);
    fixture.click("exportVisitReport");
    CHECK(fixture.prompts.shown.isEmpty());
    // The ending added to the name typed.
    const QString written = report + QStringLiteral(".odt");
    CHECK(fixture.prompts.written == QStringList{written});
    const QStringList paragraphs = openDocumentParagraphs(written);
    REQUIRE_FALSE(paragraphs.isEmpty());
    CHECK(paragraphs.constFirst() == QStringLiteral("Wizyta z Charkowa"));
    // In the interface's language.
    CHECK(paragraphs.contains(QStringLiteral("Outcomes and follow-ups")));

    // No file chosen: nothing written, nothing said.
    fixture.click("exportVisitReport");
    CHECK(fixture.prompts.written.size() == 1);
    CHECK(fixture.prompts.shown.isEmpty());
}
