// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/documents/pagecontent.h"

#include <QImage>
#include <QTextFormat>

#include <memory>
#include <utility>

class QTextBlock;
class QTextDocument;
class QTextTable;

/// A rich-text document as pages of a PagedDocument.
///
/// No line straddles a page break, and each line is in the PDF once: a paragraph running over a break
/// is split there. Paragraphs marked KeepWithNext move to the next page with what follows them.
/// Table rows are never split: a row that does not fit goes to the next page, under the table's
/// heading rows.
class TextPages final : public PageContent
{
    Q_DISABLE_COPY_MOVE(TextPages)

public:
    /// A block format property: true for a paragraph kept on the same page as the next one (a
    /// heading with what it heads, a text with its translation), unless together they fill more
    /// than a page.
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

    /// Prints `document`, which must outlive this object; it is copied, never changed, for printing.
    explicit TextPages(const QTextDocument& document);
    ~TextPages() override;

    int layOut(const QSizeF& body) override;
    void paint(QPainter& painter, int page) const override;

private:
    /// Splits each paragraph running over a page break into two, one each side of it, and moves
    /// paragraphs kept with the next to the next page when that one starts there.
    void breakPages();
    /// Splits `block` where it runs over a page break; false when it does not.
    bool splitAtPageBreak(const QTextBlock& block);
    /// Moves `block` (kept with the next) and those kept with it to the next page when the next
    /// paragraph starts there; false when nothing moved.
    bool keepWithNext(const QTextBlock& block);
    /// Moves a table's rows from the first that runs over a page break to a new table on the next page
    /// (or the whole table there, with the headings kept with it); false when none does.
    bool splitTableAtPageBreak(QTextTable* table);
    /// Moves rows `from`... of `table` to a new table after it, starting a page, under copies of the
    /// heading rows.
    void moveRowsToNewTable(QTextTable* table, int from);
    /// The top of a row's first line and the bottom of its last, over its cells.
    std::pair<qreal, qreal> rowExtent(QTextTable* table, int row) const;
    /// The top of a paragraph's first line, or its `last`.
    qreal lineTop(const QTextBlock& block, bool last) const;
    /// The first of the paragraphs kept with the next that end in `block`.
    static QTextBlock firstKeptWith(const QTextBlock& block);
    int pageOf(qreal y) const;

    const QTextDocument& m_source;
    std::unique_ptr<QTextDocument> m_pages; ///< the copy laid out on pages
    QImage m_layoutDevice;                  ///< only its resolution is used: the document's layout units
    QSizeF m_body;
};
