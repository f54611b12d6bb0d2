// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeprinting.h"

#include "programmedocument.h"
#include "translatedtextedit.h"
#include "userprompts.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

namespace {

/// The programme, or nullptr after a warning saying why it could not be made.
std::unique_ptr<ProgrammeDocument> buildOrWarn(Database& database, UserPrompts& prompts, QWidget* parent,
                                               const QString& title, Id visitId, const QStringList& languages)
{
    auto document = ProgrammeDocument::build(database, visitId, languages);
    if (!document) {
        prompts.warning(parent, title, document.error().message());
        return nullptr;
    }
    return std::move(document).value();
}

/// A printer set up for the programme's paper; the person may change it in the dialogs.
void setUpPrinter(QPrinter& printer, const ProgrammeDocument& document)
{
    printer.setPageLayout(ProgrammeDocument::pageLayout());
    printer.setDocName(document.title());
}

/// A file name made of the visit's title, without the characters no file system takes.
QString fileNameFor(const QString& title)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = title;
    name.replace(forbidden, QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty()) {
        //: the file name offered for a printed programme whose visit has no title
        name = ProgrammePrinting::tr("Programme");
    }
    return name + QStringLiteral(".pdf");
}

} // namespace

QList<QStringList> ProgrammePrinting::languageChoices(const QStringList& printLanguages,
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

QString ProgrammePrinting::choiceName(const QStringList& languages)
{
    QStringList names;
    for (const QString& language : languages) {
        names << languageDisplayName(language);
    }
    return names.join(QStringLiteral(" + "));
}

void ProgrammePrinting::preview(Database& database, UserPrompts& prompts, QWidget* parent, Id visitId,
                                const QStringList& languages)
{
    const QString title = tr("Print Preview");
    auto document = buildOrWarn(database, prompts, parent, title, visitId, languages);
    if (!document) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *document);
    QPrintPreviewDialog dialog(&printer, parent);
    //: %1 is the visit's title
    dialog.setWindowTitle(tr("Programme: %1").arg(document->title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { document->print(target); });
    dialog.exec();
}

void ProgrammePrinting::print(Database& database, UserPrompts& prompts, QWidget* parent, Id visitId,
                              const QStringList& languages)
{
    const QString title = tr("Print Programme");
    auto document = buildOrWarn(database, prompts, parent, title, visitId, languages);
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
        prompts.warning(parent, title, tr("The programme could not be printed: the printer refused it."));
    }
}

bool ProgrammePrinting::exportPdf(Database& database, UserPrompts& prompts, QWidget* parent, Id visitId,
                                  const QStringList& languages)
{
    const QString title = tr("Export Programme");
    auto document = buildOrWarn(database, prompts, parent, title, visitId, languages);
    if (!document) {
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompts.saveFileName(parent, title, QDir(folder).filePath(fileNameFor(document->title())),
                                        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    const Status written = document->writePdf(path);
    if (!written) {
        //: %1 is a file's path, %2 why it could not be written
        prompts.warning(parent, title,
                        tr("The programme could not be written to %1.\n\n%2")
                            .arg(QDir::toNativeSeparators(path), written.error().message()));
        return false;
    }
    return true;
}
