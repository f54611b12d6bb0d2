// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/textpages.h"

#include "ui/documents/pageddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

TextPages::TextPages(const QTextDocument& document)
    : m_source(document), m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = qRound(PagedDocument::layoutDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
}

TextPages::~TextPages() = default;

int TextPages::layOut(const QSizeF& body)
{
    m_body = body;
    // A fresh copy for each paper: paragraphs split at one paper's page breaks would not suit another.
    m_pages.reset(m_source.clone());
    // Fonts, images and margins are measured for the layout units, never for the screen; unrounded,
    // as a printer shows them.
    m_pages->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_pages->setUseDesignMetrics(true);
    m_pages->setDocumentMargin(0);
    m_pages->setPageSize(body);
    breakPages();
    return m_pages->pageCount();
}

int TextPages::pageOf(qreal y) const
{
    // The layout's page breaks are rounded down to 1/64 of a unit: a line moved to the next page may
    // start a hair above it.
    return int((y + 1) / m_pages->pageSize().height());
}

void TextPages::breakPages()
{
    // Qt lays a document out lazily, the rest on a timer; a change in the middle of that leaves the
    // layout short of the end (seen: pages missing). Each layout is finished before a change, and the
    // paragraphs are looked at in order, so a change never moves one already looked at.
    QAbstractTextDocumentLayout* layout = m_pages->documentLayout();
    (void)layout->documentSize();
    for (QTextBlock block = m_pages->begin(); block.isValid(); block = block.next()) {
        if (QTextTable* table = QTextCursor(block).currentTable()) {
            // A table is looked at from its first cell; its paragraphs are never split.
            if (block.position() == table->cellAt(0, 0).firstPosition() && splitTableAtPageBreak(table)) {
                (void)layout->documentSize();
            }
            continue;
        }
        if (splitAtPageBreak(block) || keepWithNext(block)) {
            (void)layout->documentSize();
        }
    }
}

bool TextPages::splitAtPageBreak(const QTextBlock& block)
{
    // Qt moves a line that would cross a page break to the next page, but draws the line before a
    // page's clip too (QTextLayout::draw starts one line early): hidden by the clip, it would still be
    // in the PDF's text, found twice by a search and read twice by a screen reader. A paragraph split
    // at the break has no line above the next page.
    const qreal top = m_pages->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout* lines = block.layout();
    for (int i = 1; i < lines->lineCount(); ++i) {
        if (pageOf(top + lines->lineAt(i).y()) == pageOf(top + lines->lineAt(i - 1).y())) {
            continue;
        }
        const int breakAt = block.position() + lines->lineAt(i).textStart();
        QTextBlockFormat continuation = block.blockFormat();
        // The part before the break is no longer kept with what follows: the rest of it follows.
        QTextBlockFormat before = continuation;
        before.clearProperty(KeepWithNext);
        QTextCursor(block).setBlockFormat(before);
        continuation.setTopMargin(0);
        continuation.setTextIndent(0);
        QTextCursor cursor(block);
        cursor.setPosition(breakAt);
        cursor.insertBlock(continuation);
        return true; // the rest, now the next paragraph, is looked at next
    }
    return false;
}

qreal TextPages::lineTop(const QTextBlock& block, bool last) const
{
    const QTextLayout* lines = block.layout();
    const qreal top = m_pages->documentLayout()->blockBoundingRect(block).top();
    return lines->lineCount() == 0 ? top : top + lines->lineAt(last ? lines->lineCount() - 1 : 0).y();
}

QTextBlock TextPages::firstKeptWith(const QTextBlock& block)
{
    QTextBlock first = block;
    while (first.previous().isValid() && first.previous().blockFormat().boolProperty(KeepWithNext) &&
           !QTextCursor(first.previous()).currentTable()) {
        first = first.previous();
    }
    return first;
}

std::pair<qreal, qreal> TextPages::rowExtent(QTextTable* table, int row) const
{
    QAbstractTextDocumentLayout* layout = m_pages->documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        const QTextBlock first = m_pages->findBlock(cell.firstPosition());
        const QTextBlock last = m_pages->findBlock(cell.lastPosition());
        if (first.layout()->lineCount() > 0) {
            top = std::min(top, layout->blockBoundingRect(first).top() + first.layout()->lineAt(0).y());
        }
        const QTextLayout* lines = last.layout();
        if (lines->lineCount() > 0) {
            const QTextLine line = lines->lineAt(lines->lineCount() - 1);
            bottom = std::max(bottom, layout->blockBoundingRect(last).top() + line.y() + line.height());
        }
    }
    return {top, bottom};
}

bool TextPages::splitTableAtPageBreak(QTextTable* table)
{
    // Qt breaks a row whose cells run over a page break between their lines, a name on one page and the
    // rest of its institution's on the next. Such a row starts a new table on the next page instead,
    // under a copy of the heading rows.
    const int headers = std::min(table->format().headerRowCount(), table->rows());
    for (int row = headers; row < table->rows(); ++row) {
        const auto [top, bottom] = rowExtent(table, row);
        if (top > bottom || pageOf(top) == pageOf(bottom - 1)) {
            continue;
        }
        if (row == headers) {
            // Not even the first row fits under the heading rows: the table starts on the next page,
            // with the paragraphs kept with it, unless it is at a page's top already.
            const QTextBlock before = m_pages->findBlock(table->firstPosition() - 1);
            const QTextBlock first = before.isValid() && before.blockFormat().boolProperty(KeepWithNext)
                                         ? firstKeptWith(before)
                                         : QTextBlock();
            const QTextBlock previous = first.isValid() ? first.previous() : before;
            const qreal start = first.isValid() ? lineTop(first, false) : rowExtent(table, 0).first;
            if (!previous.isValid() || pageOf(lineTop(previous, true)) < pageOf(start)) {
                return false; // at the top of a page already: the row is longer than a page
            }
            if (first.isValid()) {
                QTextBlockFormat format = first.blockFormat();
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(first).setBlockFormat(format);
            } else {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
            return true;
        }
        moveRowsToNewTable(table, row);
        return true;
    }
    return false;
}

void TextPages::moveRowsToNewTable(QTextTable* table, int from)
{
    const int headers = std::min(table->format().headerRowCount(), from);
    const int moved = table->rows() - from;
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor cursor(m_pages.get());
    cursor.setPosition(table->lastPosition() + 1);
    QTextTable* next = cursor.insertTable(headers + moved, table->columns(), format);
    const auto copyRow = [&](int source, int target) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell from = table->cellAt(source, column);
            QTextTableCell to = next->cellAt(target, column);
            to.setFormat(from.format());
            QTextCursor selection(m_pages.get());
            selection.setPosition(from.firstPosition());
            selection.setPosition(from.lastPosition(), QTextCursor::KeepAnchor);
            QTextCursor into = to.firstCursorPosition();
            into.setBlockFormat(m_pages->findBlock(from.firstPosition()).blockFormat());
            into.insertFragment(QTextDocumentFragment(selection));
        }
    };
    for (int row = 0; row < headers; ++row) {
        copyRow(row, row);
    }
    for (int row = 0; row < moved; ++row) {
        copyRow(from + row, headers + row);
    }
    table->removeRows(from, moved);
}

bool TextPages::keepWithNext(const QTextBlock& block)
{
    const QTextBlock next = block.next();
    // The next paragraph may be the first cell of a table: a heading is kept with the table's first row.
    if (!block.blockFormat().boolProperty(KeepWithNext) || !next.isValid()) {
        return false;
    }
    const auto firstLineTop = [&](const QTextBlock& paragraph) { return lineTop(paragraph, false); };
    const auto lastLineTop = [&](const QTextBlock& paragraph) { return lineTop(paragraph, true); };
    if (pageOf(firstLineTop(next)) == pageOf(lastLineTop(block))) {
        return false;
    }
    const QTextBlock first = firstKeptWith(block);
    const QTextBlock previous = first.previous();
    if (!previous.isValid() || pageOf(lastLineTop(previous)) < pageOf(firstLineTop(first))) {
        return false; // already at the top of a page: together they fill more than one
    }
    QTextBlockFormat format = first.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(first).setBlockFormat(format);
    return true;
}

void TextPages::paint(QPainter& painter, int page) const
{
    const qreal pageHeight = m_pages->pageSize().height();
    const QRectF pageRect(0, page * pageHeight, m_body.width(), pageHeight);
    painter.save();
    painter.translate(0, -pageRect.top());
    painter.setClipRect(pageRect);
    QAbstractTextDocumentLayout::PaintContext context;
    // A line moved to the next page may start a hair above it (see pageOf()): it is not
    // this page's.
    context.clip = pageRect.adjusted(0, 0, 0, -1);
    context.palette.setColor(QPalette::Text, Qt::black);
    // Horizontal rules (<hr>) are light lines between items; Qt draws them in the palette's dark
    // colour (Qt 6.4) or its window-text colour (later Qt).
    const QColor rule(0xc8, 0xd0, 0xda);
    context.palette.setColor(QPalette::Dark, rule);
    context.palette.setColor(QPalette::WindowText, rule);
    m_pages->documentLayout()->draw(&painter, context);
    painter.restore();
}
