// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/documentprinting.h"

#include "ui/documents/printeddocument.h"
#include "ui/widgets/exportfilenames.h"
#include "ui/widgets/translatedtextedit.h"
#include "ui/widgets/userprompts.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace {

/// The document, or nullptr after a warning saying why it could not be made.
std::unique_ptr<PrintedDocument> buildOrWarn(Database& database, UserPrompts& prompts, QWidget* parent,
                                             const QString& title, const DocumentRequest& request)
{
    auto document =
        VisitDocuments::build(request.kind, database, request.visitId, request.languages, request.options);
    if (!document) {
        prompts.warning(parent, title, document.error().message());
        return nullptr;
    }
    return std::move(document).value();
}

/// A printer set up for the document's paper; the person may change it in the dialogs.
void setUpPrinter(QPrinter& printer, const PrintedDocument& document)
{
    printer.setPageLayout(PrintedDocument::pageLayout());
    printer.setDocName(QStringLiteral("%1 - %2").arg(document.name(), document.title()));
}

} // namespace

QList<QStringList> DocumentPrinting::languageChoices(const QStringList& printLanguages,
                                                     const QString& contentLanguage)
{
    if (printLanguages.isEmpty()) {
        return {{contentLanguage}};
    }
    QList<QStringList> choices;
    for (const QString& language : printLanguages) {
        choices << QStringList{language};
    }
    // A bilingual programme pairs the first print language, the delegation's or the host's, with each other.
    for (qsizetype i = 1; i < printLanguages.size(); ++i) {
        choices << QStringList{printLanguages.first(), printLanguages.at(i)};
    }
    return choices;
}

QString DocumentPrinting::choiceName(const QStringList& languages)
{
    QStringList names;
    for (const QString& language : languages) {
        names << languageDisplayName(language);
    }
    return names.join(QStringLiteral(" + "));
}

void DocumentPrinting::preview(Database& database, UserPrompts& prompts, QWidget* parent,
                               const DocumentRequest& request)
{
    const QString title = tr("Print Preview");
    auto document = buildOrWarn(database, prompts, parent, title, request);
    if (!document) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *document);
    QPrintPreviewDialog dialog(&printer, parent);
    //: %1 is a document such as "Programme", %2 the visit's title
    dialog.setWindowTitle(tr("%1: %2").arg(document->name(), document->title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { document->print(target); });
    dialog.exec();
}

void DocumentPrinting::print(Database& database, UserPrompts& prompts, QWidget* parent,
                             const DocumentRequest& request)
{
    const QString title = tr("Print");
    auto document = buildOrWarn(database, prompts, parent, title, request);
    if (!document) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *document);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!document->print(&printer)) {
        //: %1 is a document such as "Programme"
        prompts.warning(parent, title,
                        tr("%1 could not be printed: the printer refused it.").arg(document->name()));
    }
}

bool DocumentPrinting::exportPdf(Database& database, UserPrompts& prompts, QWidget* parent,
                                 const DocumentRequest& request)
{
    const QString title = tr("Export PDF");
    auto document = buildOrWarn(database, prompts, parent, title, request);
    if (!document) {
        return false;
    }
    const QString suggested =
        ExportFileNames::suggested(document->name(), document->title(), QStringLiteral(".pdf"));
    QString path = prompts.saveFileName(parent, title, suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    path = ExportFileNames::withSuffix(path, QStringLiteral(".pdf"));
    const Status written = document->writePdf(path);
    if (!written) {
        //: %1 is a document such as "Programme", %2 a file's path, %3 why it could not be written
        prompts.warning(
            parent, title,
            tr("%1 could not be written to %2.\n\n%3")
                .arg(document->name(), QDir::toNativeSeparators(path), written.error().message()));
        return false;
    }
    prompts.fileWritten(parent, title, path);
    return true;
}
