// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printeddocument.h"

#include <QTextDocument>

class DocumentWriter;

/// A printed document set as rich text (HTML written by a DocumentWriter): the programme, the
/// participant list, the attendance sheet, the catering summary.
class RichTextDocument : public PrintedDocument
{
public:
    /// The document itself, e.g. for a test's eyes.
    QTextDocument& textDocument() { return m_document; }

protected:
    /// A document in the font of `basis`.
    explicit RichTextDocument(const DocumentBasis& basis);

    /// Sets `html` as the document, named `name`, printed on `printedOn`; the languages text was missing
    /// in are taken from `writer`.
    void setHtml(const QString& html, const DocumentBasis& basis, const DocumentWriter& writer,
                 const QString& name, const QDate& printedOn);

private:
    QTextDocument m_document;
};
