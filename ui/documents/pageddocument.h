// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>

class PageContent;
class QPagedPaintDevice;
class QPainter;

/// A document printed page by page (PageContent: text, or badges drawn on a grid), each page with a
/// footer, as a rule: a line of text (the day it was printed) at the left and "page X of Y" at the right.
///
/// The content is laid out at one fixed resolution whatever it is painted on, so a PDF, a printer and
/// a preview picture break pages at the same places.
class PagedDocument final
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)
    Q_DISABLE_COPY_MOVE(PagedDocument)

public:
    /// The document's layout units per inch, whatever it is painted on: the HTML's pixels (at this
    /// resolution Qt scales none of the HTML's lengths); text is measured with design metrics, so
    /// nothing is rounded to these units.
    static constexpr int layoutDpi = 96;

    /// The right side of a page's footer for page `page` (counted from 1) of `pageCount`.
    using PageLabel = std::function<QString(int page, int pageCount)>;

    explicit PagedDocument(std::unique_ptr<PageContent> content);
    ~PagedDocument();

    /// The footer of every page: `text` at the left, `pageLabel` at the right, in `font`. Without one
    /// (a certificate, handed out page by page) the content has the whole printable area.
    void setFooter(const QString& text, const PageLabel& pageLabel, const QFont& font);
    bool hasFooter() const { return !m_footerText.isEmpty() || m_pageLabel; }

    /// A4 portrait with the margins of Wizyta's printed documents.
    static QPageLayout a4PageLayout();
    /// The part of a page of `layout` the content is laid out on (above the footer), in layout units.
    static QSizeF contentSize(const QPageLayout& layout = a4PageLayout());

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
    /// Lays the content out on a printable area `body` in layout units; returns the page count.
    int layOut(const QSizeF& body);
    /// Paints one page; the painter's origin is the printable area's corner, in layout units.
    void paintPage(QPainter& painter, int page, int pageCount) const;

    std::unique_ptr<PageContent> m_content;
    QString m_footerText;
    PageLabel m_pageLabel;
    QFont m_footerFont;
    QSizeF m_body;
};
