// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/richtextdocument.h"

#include "ui/documents/documentwriter.h"
#include "ui/documents/textpages.h"

RichTextDocument::RichTextDocument(const DocumentBasis& basis)
{
    DocumentWriter::setUpDocument(m_document, basis.fontFamily);
}

void RichTextDocument::setHtml(const QString& html, const DocumentBasis& basis, const DocumentWriter& writer,
                               const QString& name, const QDate& printedOn)
{
    m_document.setHtml(html);
    DocumentWriter::finishParagraphs(m_document);
    setFallbackLanguages(writer.fallbackLanguages());
    setPages(std::make_unique<TextPages>(m_document), basis, name, printedOn);
}
