// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QSizeF>
#include <QString>
#include <QTextFormat>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;

/// A rich-text document printed page by page, each page with a footer: a line of text (the day it
/// was printed) at the left and "page X of Y" at the right.
///
/// The document is laid out at one fixed resolution whatever it is painted on, so a PDF, a printer
/// and a preview picture break pages after the same lines. No line straddles a page break, and each
/// line is in the PDF once: a paragraph running over a break is split there.
class PagedDocument final
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)
    Q_DISABLE_COPY_MOVE(PagedDocument)

public:
    /// The document's layout units per inch, whatever it is painted on: the HTML's pixels (at this
    /// resolution Qt scales none of the HTML's lengths); text is measured with design metrics, so
    /// nothing is rounded to these units.
    static constexpr int layoutDpi = 96;

    /// A block format property: true for a paragraph kept on the same page as the next one (a
    /// heading with what it heads, a text with its translation), unless together they fill more
    /// than a page.
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

    /// The right side of a page's footer for page `page` (counted from 1) of `pageCount`.
    using PageLabel = std::function<QString(int page, int pageCount)>;

    /// Prints `document`, which must outlive this object; it is copied, never changed, for printing.
    explicit PagedDocument(const QTextDocument& document);
    ~PagedDocument();

    /// The footer of every page: `text` at the left, `pageLabel` at the right.
    void setFooter(const QString& text, const PageLabel& pageLabel);

    /// A4 portrait with the margins of Wizyta's printed documents.
    static QPageLayout a4PageLayout();

    /// The number of pages on paper laid out as `layout`.
    int pageCount(const QPageLayout& layout = a4PageLayout());
    /// Paints every page onto `device` (a QPrinter, a QPdfWriter...) on the paper it is set up
    /// for; false when the device cannot be painted on.
    bool print(QPagedPaintDevice* device);
    /// Writes an A4 PDF to `path`; the file is replaced only once the whole PDF is written.
    Status writePdf(const QString& path, const QString& title);
    /// Page `page` (counted from 0) as a picture of the whole sheet, at `dotsPerInch`.
    QImage pageImage(int page, int dotsPerInch, const QPageLayout& layout = a4PageLayout());

private:
    /// Breaks a copy of the document into pages of a printable area `body`, in layout units.
    void layOut(const QSizeF& body);
    /// Splits each paragraph running over a page break into two, one each side of it, and moves
    /// paragraphs kept with the next to the next page when that one starts there.
    void breakPages();
    /// Splits `block` where it runs over a page break; false when it does not.
    bool splitAtPageBreak(const QTextBlock& block);
    /// Moves `block` (kept with the next) and those kept with it to the next page when the next
    /// paragraph starts there; false when nothing moved.
    bool keepWithNext(const QTextBlock& block);
    int pageOf(qreal y) const;
    /// Paints one page; the painter's origin is the printable area's corner, in layout units.
    void paintPage(QPainter& painter, int page, int pageCount) const;

    const QTextDocument& m_source;
    std::unique_ptr<QTextDocument> m_pages; ///< the copy laid out on pages
    QString m_footerText;
    PageLabel m_pageLabel;
    QImage m_layoutDevice; ///< only its resolution is used: the document's layout units
    QSizeF m_body;
};
