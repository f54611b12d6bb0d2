// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace {

constexpr int layoutDpi = PagedDocument::layoutDpi;
constexpr qreal footerFontPoints = 8;
/// The footer's band at the bottom of the printable area, in inches.
constexpr qreal footerInches = 0.35;

/// A rectangle in millimetres in dots of `dotsPerInch` (QPageLayout's inches are rounded to 1/100).
QRectF inDots(const QRectF& millimetres, int dotsPerInch)
{
    const qreal scale = dotsPerInch / 25.4;
    return {millimetres.topLeft() * scale, millimetres.size() * scale};
}

qreal toLayoutUnits(qreal points)
{
    return points * layoutDpi / 72.0;
}

} // namespace

PagedDocument::PagedDocument(const QTextDocument& document)
    : m_source(document), m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = qRound(layoutDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
}

PagedDocument::~PagedDocument() = default;

void PagedDocument::setFooter(const QString& text, const PageLabel& pageLabel)
{
    m_footerText = text;
    m_pageLabel = pageLabel;
}

QPageLayout PagedDocument::a4PageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                       QPageLayout::Millimeter);
}

void PagedDocument::layOut(const QSizeF& body)
{
    m_body = body;
    // A fresh copy for each paper: paragraphs split at one paper's page breaks would not suit another.
    m_pages.reset(m_source.clone());
    // Fonts, images and margins are measured for the layout units, never for the screen; unrounded,
    // as a printer shows them.
    m_pages->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_pages->setUseDesignMetrics(true);
    m_pages->setDocumentMargin(0);
    // The footer's band is kept free of text on every page.
    m_pages->setPageSize(QSizeF(body.width(), body.height() - footerInches * layoutDpi));
    breakPages();
}

int PagedDocument::pageOf(qreal y) const
{
    // The layout's page breaks are rounded down to 1/64 of a unit: a line moved to the next page may
    // start a hair above it.
    return int((y + 1) / m_pages->pageSize().height());
}

void PagedDocument::breakPages()
{
    // Qt lays a document out lazily, the rest on a timer; a change in the middle of that leaves the
    // layout short of the end (seen: pages missing). Each layout is finished before a change, and the
    // paragraphs are looked at in order, so a change never moves one already looked at.
    QAbstractTextDocumentLayout* layout = m_pages->documentLayout();
    (void)layout->documentSize();
    for (QTextBlock block = m_pages->begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable()) {
            continue; // the tables of a header, at the top of the first page
        }
        if (splitAtPageBreak(block) || keepWithNext(block)) {
            (void)layout->documentSize();
        }
    }
}

bool PagedDocument::splitAtPageBreak(const QTextBlock& block)
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

bool PagedDocument::keepWithNext(const QTextBlock& block)
{
    const QTextBlock next = block.next();
    if (!block.blockFormat().boolProperty(KeepWithNext) || !next.isValid() ||
        QTextCursor(next).currentTable()) {
        return false;
    }
    QAbstractTextDocumentLayout* layout = m_pages->documentLayout();
    const auto lineTop = [layout](const QTextBlock& paragraph, bool last) {
        const QTextLayout* lines = paragraph.layout();
        const qreal top = layout->blockBoundingRect(paragraph).top();
        return lines->lineCount() == 0 ? top : top + lines->lineAt(last ? lines->lineCount() - 1 : 0).y();
    };
    const auto firstLineTop = [&](const QTextBlock& paragraph) { return lineTop(paragraph, false); };
    const auto lastLineTop = [&](const QTextBlock& paragraph) { return lineTop(paragraph, true); };
    if (pageOf(firstLineTop(next)) == pageOf(lastLineTop(block))) {
        return false;
    }
    QTextBlock first = block;
    while (first.previous().isValid() && first.previous().blockFormat().boolProperty(KeepWithNext) &&
           !QTextCursor(first.previous()).currentTable()) {
        first = first.previous();
    }
    const QTextBlock previous = first.previous();
    if (!previous.isValid() || pageOf(lastLineTop(previous)) < pageOf(firstLineTop(first))) {
        return false; // already at the top of a page: together they fill more than one
    }
    QTextBlockFormat format = first.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(first).setBlockFormat(format);
    return true;
}

int PagedDocument::pageCount(const QPageLayout& layout)
{
    layOut(inDots(layout.paintRect(QPageLayout::Millimeter), layoutDpi).size());
    return m_pages->pageCount();
}

bool PagedDocument::print(QPagedPaintDevice* device)
{
    const qreal scaleX = qreal(device->logicalDpiX()) / layoutDpi;
    const qreal scaleY = qreal(device->logicalDpiY()) / layoutDpi;
    layOut(QSizeF(device->width() / scaleX, device->height() / scaleY));
    QPainter painter;
    if (!painter.begin(device)) {
        return false;
    }
    painter.scale(scaleX, scaleY);
    const int pages = m_pages->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            return false;
        }
        paintPage(painter, page, pages);
    }
    return painter.end();
}

Status PagedDocument::writePdf(const QString& path, const QString& title)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file, %2 the system's reason
        return Error(Error::Kind::Io, tr("%1 cannot be written: %2").arg(shownPath, file.errorString()));
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(a4PageLayout());
        writer.setResolution(layoutDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Wizyta " WIZYTA_VERSION));
        painted = print(&writer);
    } // the writer finishes the PDF when it goes
    if (!painted) {
        file.cancelWriting();
        //: %1 is a file
        return Error(Error::Kind::Io, tr("%1 cannot be written: the PDF could not be made.").arg(shownPath));
    }
    if (!file.commit()) {
        const Error::Kind kind =
            file.error() == QFileDevice::ResourceError ? Error::Kind::DiskFull : Error::Kind::Io;
        return Error(kind, tr("%1 cannot be written: %2").arg(shownPath, file.errorString()));
    }
    return success();
}

QImage PagedDocument::pageImage(int page, int dotsPerInch, const QPageLayout& layout)
{
    const int pages = pageCount(layout);
    const QSizeF paper = inDots(layout.fullRect(QPageLayout::Millimeter), dotsPerInch).size();
    QImage image(paper.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (page < 0 || page >= pages) {
        return image;
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = qreal(dotsPerInch) / layoutDpi;
    painter.translate(inDots(layout.paintRect(QPageLayout::Millimeter), dotsPerInch).topLeft());
    painter.scale(scale, scale);
    paintPage(painter, page, pages);
    painter.end();
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void PagedDocument::paintPage(QPainter& painter, int page, int pageCount) const
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

    painter.save();
    QFont font = m_pages->defaultFont();
    // In layout units: a point size would be measured for whatever device is painted on.
    font.setPixelSize(qRound(toLayoutUnits(footerFontPoints)));
    painter.setFont(font);
    const QColor grey(0x5f, 0x6b, 0x7a);
    const qreal lineHeight = toLayoutUnits(footerFontPoints * 1.5);
    const QRectF footer(0, m_body.height() - lineHeight, m_body.width(), lineHeight);
    painter.setPen(QPen(grey, toLayoutUnits(0.5)));
    painter.drawLine(footer.topLeft(), footer.topRight());
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_footerText);
    if (m_pageLabel) {
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, m_pageLabel(page + 1, pageCount));
    }
    painter.restore();
}
