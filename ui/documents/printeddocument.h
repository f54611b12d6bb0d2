// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/languages/documentlanguage.h"
#include "core/model/id.h"
#include "core/model/result.h"
#include "core/model/visit.h"
#include "ui/documents/pageddocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QStringList>

#include <memory>
#include <vector>

class Database;
class PageContent;
class QPagedPaintDevice;

/// What every printed document of a visit is made from: the visit, the languages it is set in, the
/// database's content language (the fallback for missing translations) and the document font.
struct DocumentBasis
{
    /// The most languages a document is set in at once: one, or two paired ("pl+uk").
    static constexpr int maximumLanguages = 2;

    Visit visit;
    QString contentLanguage;
    QString fontFamily;
    std::vector<DocumentLanguage> languages;

    /// Reads visit `visitId` for a document in `languages` (ISO 639-1 codes).
    ///
    /// Refused: a visit that does not exist (NotFound); no language, more than two, the same one
    /// twice or a code that is not ISO 639-1 (Validation); the document font missing (Io).
    static Result<DocumentBasis> read(Database& database, Id visitId, const QStringList& languages);
    QStringList languageCodes() const;
};

/// A visit's document as printed: an A4 portrait document with "page X of Y" and the day it was
/// printed in each page's footer, in the document's languages. ProgrammeDocument,
/// ParticipantListDocument and the others make their pages; this is what a preview, a printer or a
/// PDF file needs of them.
class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)
    Q_DISABLE_COPY_MOVE(PrintedDocument)

public:
    virtual ~PrintedDocument();

    const QStringList& languages() const { return m_languages; }
    /// What the document is, in its first language: "Programme", "Participant list".
    const QString& name() const { return m_name; }
    /// The visit's title in the document's first language.
    const QString& title() const { return m_title; }
    /// The languages some text was missing in, given in the content language instead.
    const QStringList& fallbackLanguages() const { return m_fallbackLanguages; }

    /// A4 portrait, the paper documents are laid out for; a printer may be set up otherwise.
    static QPageLayout pageLayout() { return PagedDocument::a4PageLayout(); }
    int pageCount() { return m_pages->pageCount(); }
    /// Paints every page onto `device` (a QPrinter for printing or a preview, a QPdfWriter) on the
    /// paper it is set up for; false when the device cannot be painted on.
    bool print(QPagedPaintDevice* device) { return m_pages->print(device); }
    /// Writes the document as an A4 PDF to `path`, replacing the file only once it is complete.
    Status writePdf(const QString& path);
    /// Page `page` (counted from 0) as a picture of the A4 sheet.
    QImage pageImage(int page, int dotsPerInch) { return m_pages->pageImage(page, dotsPerInch); }

protected:
    PrintedDocument() = default;

    /// Whether each page has a footer with the day the document was printed and "page X of Y".
    enum class Footer { PrintedAndPageNumber, None };

    /// Sets what is printed: `content`, a document named `name` of the visit of `basis`, printed on
    /// `printedOn`; the footer's labels in each of the document's languages.
    void setPages(std::unique_ptr<PageContent> content, const DocumentBasis& basis, const QString& name,
                  const QDate& printedOn, Footer footer = Footer::PrintedAndPageNumber);
    void setFallbackLanguages(const QStringList& languages) { m_fallbackLanguages = languages; }

private:
    QStringList m_languages;
    QString m_name;
    QString m_title;
    QStringList m_fallbackLanguages;
    std::unique_ptr<PagedDocument> m_pages;
};
