// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"
#include "ui/documents/printeddocument.h"

#include <QDate>
#include <QStringList>
#include <QTextDocument>

#include <memory>
#include <utility>

class Database;
class DocumentWriter;

/// A printed document set as rich text (HTML written by a DocumentWriter): the programme, the
/// participant list, the attendance sheet, the catering summary.
class RichTextDocument : public PrintedDocument
{
public:
    /// The document itself, e.g. for a test's eyes.
    QTextDocument& textDocument() { return m_document; }

protected:
    /// What each document's build() does: reads the visit in `languages` (refused as
    /// DocumentBasis::read() refuses), has a `Writer` made with `database`, the basis and `writerArguments`
    /// write the HTML, and sets it as a `Document` named by `nameLabel` (a source text of `context`) in the
    /// first language. `Document` makes RichTextDocument a friend, for its private constructor.
    template <typename Document, typename Writer, typename... WriterArguments>
    static Result<std::unique_ptr<Document>>
    build(Database& database, Id visitId, const QStringList& languages, const QDate& printedOn,
          const char* context, const char* nameLabel, WriterArguments&&... writerArguments)
    {
        const auto basis = DocumentBasis::read(database, visitId, languages);
        if (!basis) {
            return basis.error();
        }
        std::unique_ptr<Document> document(new Document(*basis));
        Writer writer(database, *basis, std::forward<WriterArguments>(writerArguments)...);
        const auto html = writer.write(document->textDocument());
        if (!html) {
            return html.error();
        }
        document->setHtml(*html, *basis, writer, basis->languages.front().label(context, nameLabel),
                          printedOn);
        return document;
    }

    /// A document in the font of `basis`.
    explicit RichTextDocument(const DocumentBasis& basis);

    /// Sets `html` as the document, named `name`, printed on `printedOn`; the languages text was missing
    /// in are taken from `writer`.
    void setHtml(const QString& html, const DocumentBasis& basis, const DocumentWriter& writer,
                 const QString& name, const QDate& printedOn);

private:
    QTextDocument m_document;
};
