// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"
#include "pageddocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QStringList>
#include <QTextDocument>

#include <memory>

class Database;
class DocumentLanguage;
class QPagedPaintDevice;

/// A visit's programme as a printed document, for the delegation: the visit's title, days, host and
/// funding project (with its logo), then day by day each session's time, title, description, venue,
/// presenters, moderator and interpretation.
///
/// Set in one language, or in two at once: each item in the first language with the second directly
/// below it, lighter, and every fixed label in both ("Programme / Програма"). Fixed labels, weekday
/// and month names follow the document's languages, never the interface's. A text with no
/// translation into a document language is given in the database's content language instead (the
/// order: the document language, then the content language), and the document says so in a note.
///
/// Built from the repositories without any window; the UI only chooses preview, printer or PDF.
class ProgrammeDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeDocument)
    Q_DISABLE_COPY_MOVE(ProgrammeDocument)

public:
    static constexpr int maximumLanguages = 2;

    /// Reads visit `visitId` and its programme and sets them in `languages`: one ISO 639-1 code, or
    /// two for a bilingual programme. `printedOn` is the day the footer gives.
    ///
    /// Refused: a visit that does not exist (NotFound); no language, more than two, the same one
    /// twice or a code that is not ISO 639-1 (Validation); the document font missing (Io).
    static Result<std::unique_ptr<ProgrammeDocument>> build(Database& database, Id visitId,
                                                            const QStringList& languages,
                                                            const QDate& printedOn = QDate::currentDate());
    ~ProgrammeDocument();

    const QStringList& languages() const { return m_languages; }
    /// The visit's title in the first language, for the PDF's properties or a preview's window.
    const QString& title() const { return m_title; }
    /// The languages some text was missing in, given in the content language instead.
    const QStringList& fallbackLanguages() const { return m_fallbackLanguages; }
    /// The document itself, e.g. for a QPrintPreviewWidget's or a test's eyes.
    QTextDocument& textDocument() { return m_document; }

    /// A4 portrait, the paper a programme is laid out for; a printer may be set up otherwise.
    static QPageLayout pageLayout() { return PagedDocument::a4PageLayout(); }
    int pageCount() { return m_pages.pageCount(); }
    /// Paints every page onto `device` (a QPrinter for printing or a preview, a QPdfWriter) on the
    /// paper it is set up for; false when the device cannot be painted on.
    bool print(QPagedPaintDevice* device) { return m_pages.print(device); }
    /// Writes the programme as an A4 PDF to `path`, replacing the file only once it is complete.
    Status writePdf(const QString& path) { return m_pages.writePdf(path, m_title); }
    /// Page `page` (counted from 0) as a picture of the A4 sheet.
    QImage pageImage(int page, int dotsPerInch) { return m_pages.pageImage(page, dotsPerInch); }

    /// The note saying that text missing in `missingLanguage` is given in `contentLanguage`,
    /// written in `language`: "Some items are given in Polish: no Ukrainian text was entered."
    static QString fallbackNote(const DocumentLanguage& language, const QString& missingLanguage,
                                const QString& contentLanguage);

private:
    ProgrammeDocument(const QStringList& languages, const QString& fontFamily);

    QStringList m_languages;
    QString m_title;
    QStringList m_fallbackLanguages;
    QTextDocument m_document;
    PagedDocument m_pages;
};
