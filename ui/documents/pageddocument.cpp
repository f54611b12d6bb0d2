// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/pageddocument.h"

#include "ui/documents/pagecontent.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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

PagedDocument::PagedDocument(std::unique_ptr<PageContent> content) : m_content(std::move(content)) {}

PagedDocument::~PagedDocument() = default;

void PagedDocument::setFooter(const QString& text, const PageLabel& pageLabel, const QFont& font)
{
    m_footerText = text;
    m_pageLabel = pageLabel;
    m_footerFont = font;
}

QPageLayout PagedDocument::a4PageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                       QPageLayout::Millimeter);
}

QSizeF PagedDocument::contentSize(const QPageLayout& layout)
{
    const QSizeF body = inDots(layout.paintRect(QPageLayout::Millimeter), layoutDpi).size();
    return {body.width(), body.height() - footerInches * layoutDpi};
}

int PagedDocument::layOut(const QSizeF& body)
{
    m_body = body;
    // The footer's band is kept free of content on every page that has one.
    return m_content->layOut(
        QSizeF(body.width(), body.height() - (hasFooter() ? footerInches * layoutDpi : 0)));
}

int PagedDocument::pageCount(const QPageLayout& layout)
{
    return layOut(inDots(layout.paintRect(QPageLayout::Millimeter), layoutDpi).size());
}

bool PagedDocument::print(QPagedPaintDevice* device)
{
    const qreal scaleX = qreal(device->logicalDpiX()) / layoutDpi;
    const qreal scaleY = qreal(device->logicalDpiY()) / layoutDpi;
    const int pages = layOut(QSizeF(device->width() / scaleX, device->height() / scaleY));
    QPainter painter;
    if (!painter.begin(device)) {
        return false;
    }
    painter.scale(scaleX, scaleY);
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
    painter.save();
    m_content->paint(painter, page);
    painter.restore();

    if (!hasFooter()) {
        return;
    }
    painter.save();
    QFont font = m_footerFont;
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
