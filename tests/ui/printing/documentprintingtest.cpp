// SPDX-License-Identifier: GPL-3.0-or-later
// Printing a visit's documents from its editor. The preview and print dialogs are modal and talk to
// printers, so only the PDF export is driven here; its text is read back with pdftotext (poppler-utils).
#include "ui/printing/documentprinting.h"

#include "core/sample/sampledata.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "tests/support/poppler.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/printing/certificaterecipientsdialog.h"
#include "ui/visit/visiteditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

/// The PDF's text with every run of white space made one space, to find titles that wrap.
QString flowingText(const QString& pdf)
{
    return pdfText(pdf).simplified();
}

/// The visit editor on the seven-day sample visit (printed in Ukrainian and Polish).
struct PrintingFixture
{
    QTemporaryDir dir;
    DatabaseDocument document{openDatabase(dir),
                              [](const Error& error) { FAIL(error.message().toStdString()); }};
    ScriptedPrompts prompts;
    VisitEditor editor{document, prompts};
    Id visitId = 0;

    PrintingFixture()
    {
        const auto visits = SampleData::add(document.database());
        REQUIRE(visits.ok());
        visitId = visits->at(1);
        editor.showVisit(visitId);
    }

    QComboBox* languages() { return editor.findChild<QComboBox*>(QStringLiteral("documentLanguages")); }
    void choose(const QStringList& chosen)
    {
        QComboBox* box = languages();
        REQUIRE(box);
        const int index = box->findData(chosen);
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
    }
    void chooseDocument(VisitDocumentKind kind)
    {
        auto* box = editor.findChild<QComboBox*>(QStringLiteral("printedDocument"));
        REQUIRE(box);
        const int index = box->findData(static_cast<int>(kind));
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
    }
    QCheckBox* contacts() { return editor.findChild<QCheckBox*>(QStringLiteral("documentContacts")); }
    void exportPdf()
    {
        auto* button = editor.findChild<QPushButton*>(QStringLiteral("exportDocument"));
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        button->click();
    }
    /// The shortest session title in `language`, so that pdftotext finds it unhyphenated.
    QString sessionTitle(const QString& language)
    {
        const auto rows = ProgrammeRepository(document.database()).listForVisit(visitId);
        REQUIRE(rows.ok());
        QString shortest;
        for (const ProgrammeRow& row : rows.value()) {
            const QString title = language == QStringLiteral("pl")
                                      ? row.session.title.text
                                      : row.session.title.translations.value(language);
            if (!title.isEmpty() && (shortest.isEmpty() || title.size() < shortest.size())) {
                shortest = title;
            }
        }
        REQUIRE_FALSE(shortest.isEmpty());
        return shortest;
    }
};

} // namespace

TEST_CASE("The programme is offered in each of the visit's print languages and in two together")
{
    PrintingFixture fixture;
    QComboBox* box = fixture.languages();
    REQUIRE(box);
    CHECK(box->isEnabled());
    QList<QStringList> offered;
    for (int i = 0; i < box->count(); ++i) {
        offered << box->itemData(i).toStringList();
    }
    const QString uk = QStringLiteral("uk");
    const QString pl = QStringLiteral("pl");
    CHECK(offered == QList<QStringList>{{uk}, {pl}, {uk, pl}});
    CHECK(box->itemText(2) == QStringLiteral("Українська + Polski"));
    // Both at once is where a visit starts, as the command line prints it.
    CHECK(box->currentData().toStringList() == QStringList{uk, pl});
    // A choice made stays while the visit is shown.
    box->setCurrentIndex(0);
    fixture.editor.showVisit(fixture.visitId);
    CHECK(box->currentData().toStringList() == QStringList{uk});

    // With no visit shown there is nothing to print.
    fixture.editor.showVisit(0);
    CHECK(box->count() == 0);
    CHECK_FALSE(fixture.editor.findChild<QPushButton*>(QStringLiteral("exportDocument"))->isEnabled());
}

TEST_CASE("A visit with no print languages is printed in the content language — three give two pairs")
{
    const QString pl = QStringLiteral("pl");
    const QString uk = QStringLiteral("uk");
    const QString en = QStringLiteral("en");
    CHECK(DocumentPrinting::languageChoices({}, pl) == QList<QStringList>{{pl}});
    CHECK(DocumentPrinting::languageChoices({pl, uk, en}, pl) ==
          QList<QStringList>{{pl}, {uk}, {en}, {pl, uk}, {pl, en}});
}

TEST_CASE("Exporting the programme as a PDF writes it in the language chosen")
{
    PrintingFixture fixture;
    fixture.choose({QStringLiteral("uk")});
    const QString path = fixture.dir.filePath(QStringLiteral("programme.pdf"));
    fixture.prompts.fileNames.enqueue(path);
    fixture.exportPdf();
    CHECK(fixture.prompts.shown.isEmpty());
    // The coordinator is told where it went, to open it or its folder.
    CHECK(fixture.prompts.written == QStringList{path});
    REQUIRE(QFileInfo::exists(path));
    const QString text = flowingText(path);
    CHECK(text.contains(fixture.sessionTitle(QStringLiteral("uk"))));
    // In Ukrainian only: the Polish titles stay out.
    CHECK_FALSE(text.contains(fixture.sessionTitle(QStringLiteral("pl"))));
}

TEST_CASE("Cancelling the file dialog exports nothing and says nothing")
{
    PrintingFixture fixture;
    const QStringList before = QDir(fixture.dir.path()).entryList(QDir::Files);
    fixture.exportPdf();
    CHECK(fixture.prompts.shown.isEmpty());
    CHECK(fixture.prompts.written.isEmpty());
    CHECK(QDir(fixture.dir.path()).entryList(QDir::Files) == before);
}

TEST_CASE("A PDF that cannot be written is reported with its file name, and nothing is written")
{
    PrintingFixture fixture;
    const QString folder = fixture.dir.filePath(QStringLiteral("no such folder"));
    const QString path = QDir(folder).filePath(QStringLiteral("programme.pdf"));
    fixture.prompts.fileNames.enqueue(path);
    fixture.exportPdf();
    REQUIRE(fixture.prompts.shown.size() == 1);
    CHECK(fixture.prompts.shown.first().startsWith(QStringLiteral("Export PDF\n")));
    CHECK(fixture.prompts.shown.first().contains(QDir::toNativeSeparators(path)));
    CHECK(fixture.prompts.written.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("The participant list leaves out contact details unless they are asked for")
{
    PrintingFixture fixture;
    fixture.editor.show();
    REQUIRE(fixture.contacts());
    // Only the participant list has contact details to give.
    CHECK_FALSE(fixture.contacts()->isVisible());
    fixture.chooseDocument(VisitDocumentKind::ParticipantList);
    CHECK(fixture.contacts()->isVisible());
    CHECK_FALSE(fixture.contacts()->isChecked());
    fixture.choose({QStringLiteral("pl")});

    // An e-mail address of a participant of the visit.
    QString email;
    const auto participants =
        ParticipantRepository(fixture.document.database()).listForVisit(fixture.visitId);
    REQUIRE(participants.ok());
    for (const ParticipantRow& row : *participants) {
        const auto person = PersonRepository(fixture.document.database()).get(row.participant.personId);
        REQUIRE(person.ok());
        if (!person->email.isEmpty()) {
            email = person->email;
            break;
        }
    }
    REQUIRE_FALSE(email.isEmpty());

    const QString without = fixture.dir.filePath(QStringLiteral("without.pdf"));
    fixture.prompts.fileNames.enqueue(without);
    fixture.exportPdf();
    REQUIRE(fixture.prompts.shown.isEmpty());
    const QString plain = flowingText(without);
    CHECK_FALSE(plain.contains(QStringLiteral("Delegation members"))); // in Polish, not English
    // An address may wrap in its narrow column: its part before the @ is looked for.
    const QString mailbox = email.section(u'@', 0, 0);
    CHECK_FALSE(plain.contains(mailbox));

    fixture.contacts()->setChecked(true);
    const QString with = fixture.dir.filePath(QStringLiteral("with.pdf"));
    fixture.prompts.fileNames.enqueue(with);
    fixture.exportPdf();
    REQUIRE(fixture.prompts.shown.isEmpty());
    CHECK(flowingText(with).contains(mailbox));
}

namespace {

/// Pages of a PDF as pdftotext parts them.
int pagesOf(const QString& pdf)
{
    return int(pdfText(pdf).count(u'\f'));
}

} // namespace

TEST_CASE("Certificates go to the delegation unless participants are chosen for them")
{
    PrintingFixture fixture;
    fixture.editor.show();
    auto* recipients = fixture.editor.findChild<QPushButton*>(QStringLiteral("certificateRecipients"));
    REQUIRE(recipients);
    CHECK_FALSE(recipients->isVisible());
    fixture.chooseDocument(VisitDocumentKind::Certificates);
    CHECK(recipients->isVisible());
    CHECK(recipients->isEnabled());
    fixture.choose({QStringLiteral("pl")});

    const auto participants =
        ParticipantRepository(fixture.document.database()).listForVisit(fixture.visitId);
    REQUIRE(participants.ok());
    int delegation = 0;
    QString interpreter;
    for (const ParticipantRow& row : *participants) {
        if (row.participant.role == ParticipantRole::DelegationLeader ||
            row.participant.role == ParticipantRole::DelegationMember) {
            ++delegation;
        } else if (row.participant.role == ParticipantRole::Interpreter && interpreter.isEmpty()) {
            interpreter = row.displayName;
        }
    }
    REQUIRE(delegation > 0);
    REQUIRE_FALSE(interpreter.isEmpty());

    const QString all = fixture.dir.filePath(QStringLiteral("delegation.pdf"));
    fixture.prompts.fileNames.enqueue(all);
    fixture.exportPdf();
    REQUIRE(fixture.prompts.shown.isEmpty());
    CHECK(pagesOf(all) == delegation);
    CHECK_FALSE(flowingText(all).contains(interpreter));

    // The dialog opens with the delegation ticked; the interpreter is ticked as well.
    bool reached = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<CertificateRecipientsDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        reached = true;
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("certificateRecipients"));
        if (list) {
            int ticked = 0;
            for (int i = 0; i < list->count(); ++i) {
                ticked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
                if (list->item(i)->text().startsWith(interpreter)) {
                    list->item(i)->setCheckState(Qt::Checked);
                }
            }
            CHECK(ticked == delegation);
        }
        dialog->accept();
    });
    recipients->click();
    CHECK(reached);

    const QString chosen = fixture.dir.filePath(QStringLiteral("chosen.pdf"));
    fixture.prompts.fileNames.enqueue(chosen);
    fixture.exportPdf();
    REQUIRE(fixture.prompts.shown.isEmpty());
    CHECK(pagesOf(chosen) == delegation + 1);
    CHECK(flowingText(chosen).contains(interpreter));
}
