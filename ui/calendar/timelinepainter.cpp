// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/timelinepainter.h"

#include "ui/calendar/edgedfill.h"
#include "ui/calendar/timelinelayout.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QWidget>

#include <algorithm>

namespace {

const QColor blockTextColour(0x21, 0x25, 0x29);

// Light tints with dark text read well on a laptop screen in daylight and print in greyscale as
// distinct shades; a dark theme keeps them, as a paper programme would.
QColor kindColour(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Presentation:
        return QColor(0xcf, 0xe2, 0xff);
    case SessionKind::PanelDiscussion:
        return QColor(0xe2, 0xd9, 0xf3);
    case SessionKind::Workshop:
        return QColor(0xd1, 0xe7, 0xdd);
    case SessionKind::SiteVisit:
        return QColor(0xff, 0xe0, 0xc2);
    case SessionKind::Meeting:
        return QColor(0xc9, 0xee, 0xf6);
    case SessionKind::Meal:
        return QColor(0xff, 0xf1, 0xb8);
    case SessionKind::Transfer:
        return QColor(0xde, 0xe2, 0xe6);
    case SessionKind::CulturalProgramme:
        return QColor(0xf8, 0xd7, 0xe8);
    case SessionKind::FreeTime:
        return QColor(0xee, 0xf7, 0xd0);
    case SessionKind::Other:
        break;
    }
    return QColor(0xec, 0xe7, 0xdf);
}

} // namespace

TimelinePainter::TimelinePainter(QPainter& painter, const QWidget& widget, const TimelineLayout& layout)
    : m_painter(painter), m_widget(widget), m_layout(layout)
{}

QColor TimelinePainter::warningColour()
{
    return QColor(0xc6, 0x28, 0x28);
}

void TimelinePainter::paint(const QRect& exposed, Id currentId, const TimelineDrag& drag)
{
    paintGrid(exposed);
    const bool dragging = drag.started && drag.gesture != TimelineDrag::Gesture::None;
    const QList<TimelineBlock>& blocks = m_layout.blocks();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const TimelineBlock& block = blocks.at(i);
        if (!block.rect.intersects(exposed)) {
            continue;
        }
        // The block being dragged stays faintly where it was, for comparison.
        const bool ghost = dragging && i == drag.block;
        m_painter.setOpacity(ghost ? 0.35 : 1.0);
        paintBlock(block, block.rect, block.firstLine, block.secondLine, block.thirdLine,
                   block.session.id == currentId, false);
    }
    m_painter.setOpacity(1.0);
    if (dragging) {
        paintDragPreview(drag, currentId);
    }
}

void TimelinePainter::paintGrid(const QRect& exposed)
{
    const QPalette& colours = m_widget.palette();
    m_painter.fillRect(exposed, colours.base());
    const QFontMetrics metrics = m_widget.fontMetrics();
    const int width = m_layout.columnWidth();
    const QRect grid = m_layout.gridRect();
    const int days = static_cast<int>(m_layout.days().size());
    const int headerHeight = m_layout.headerHeight();
    const int gutterWidth = m_layout.gutterWidth();
    for (int day = 0; day < days; ++day) {
        if (m_layout.days().at(day).dayOfWeek() >= 6) {
            m_painter.fillRect(QRect(m_layout.columnX(day), grid.top(), width, grid.height()),
                               colours.alternateBase());
        }
    }
    m_painter.fillRect(QRect(0, 0, grid.right() + 1, headerHeight), colours.window());

    QColor line = colours.color(QPalette::Mid);
    m_painter.setPen(colours.color(QPalette::WindowText));
    for (int day = 0; day < days; ++day) {
        const QRect header(m_layout.columnX(day) + 4, 0, width - 8, headerHeight);
        m_painter.drawText(header, Qt::AlignCenter,
                           metrics.elidedText(m_layout.dayLabel(day), Qt::ElideRight, header.width()));
    }
    for (int hour = m_layout.firstHour(); hour <= m_layout.lastHour(); ++hour) {
        const int y = m_layout.yOf(hour * 60);
        QRect label(0, y - metrics.height() / 2, gutterWidth - 6, metrics.height());
        if (label.top() < headerHeight) {
            label.moveTop(headerHeight + 1);
        }
        if (hour < m_layout.lastHour() || label.bottom() < m_widget.height()) {
            m_painter.setPen(colours.color(QPalette::WindowText));
            m_painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, TimelineLayout::clock(hour * 60));
        }
        m_painter.setPen(line);
        m_painter.drawLine(gutterWidth, y, grid.right(), y);
        if (hour < m_layout.lastHour()) {
            QColor half = line;
            half.setAlpha(90);
            m_painter.setPen(QPen(half, 1, Qt::DotLine));
            m_painter.drawLine(gutterWidth, m_layout.yOf(hour * 60 + 30), grid.right(),
                               m_layout.yOf(hour * 60 + 30));
        }
    }
    m_painter.setPen(line);
    for (int day = 0; day <= days; ++day) {
        m_painter.drawLine(m_layout.columnX(day), 0, m_layout.columnX(day), grid.bottom());
    }
}

void TimelinePainter::paintBlock(const TimelineBlock& block, const QRect& rect, const QString& first,
                                 const QString& second, const QString& third, bool current, bool dragged)
{
    const int textPadding = TimelineLayout::textPadding;
    const bool warned = m_layout.hasWarning(block.session.id);
    const QColor fill = kindColour(block.session.kind);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    const qreal edge = warned ? 2 : 1;
    const auto rounded = [](const QRectF& shape, qreal radius) {
        QPainterPath path;
        path.addRoundedRect(shape, radius, radius);
        return path;
    };
    fillWithEdge(m_painter, rounded(rect, 3),
                 rounded(QRectF(rect).adjusted(edge, edge, -edge, -edge), 3 - edge / 2),
                 warned ? warningColour() : fill.darker(150), fill);
    if (current || dragged) {
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(
            QPen(m_widget.palette().color(QPalette::Highlight), 2, dragged ? Qt::DashLine : Qt::SolidLine));
        m_painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 2, 2);
    }
    m_painter.setRenderHint(QPainter::Antialiasing, false);

    const QFont font = m_widget.font();
    const QFontMetrics metrics = m_widget.fontMetrics();
    const int lineHeight = metrics.height();
    m_painter.save();
    m_painter.setClipRect(rect);
    m_painter.setPen(blockTextColour);
    QRect line(rect.left() + textPadding, rect.top() + textPadding, rect.width() - 2 * textPadding,
               lineHeight);
    if (rect.height() - 2 * textPadding < 2 * lineHeight) {
        line.setRect(line.x(), rect.top(), line.width(), rect.height()); // one line, centred in a short block
    }
    m_painter.setFont(TimelineLayout::titleFont(font));
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, first);
    m_painter.setFont(font);
    for (const QString& text : {second, third}) {
        line.translate(0, lineHeight);
        if (!text.isEmpty()) {
            m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    if (warned && rect.height() >= 8) {
        const int size = std::min({lineHeight, rect.height() - 4, rect.width() / 2});
        const QRect badge(rect.right() - size - 2, rect.top() + 2, size, size);
        m_painter.setRenderHint(QPainter::Antialiasing, true);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(warningColour());
        m_painter.drawEllipse(badge);
        m_painter.setPen(Qt::white);
        m_painter.setFont(TimelineLayout::titleFont(font));
        m_painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    m_painter.restore();

    if (current && m_widget.hasFocus() && !dragged) {
        QStyleOptionFocusRect option;
        option.initFrom(&m_widget);
        option.rect = rect.adjusted(3, 3, -3, -3);
        option.backgroundColor = fill;
        m_widget.style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &m_painter, &m_widget);
    }
}

void TimelinePainter::paintDragPreview(const TimelineDrag& drag, Id currentId)
{
    const int textPadding = TimelineLayout::textPadding;
    const QFontMetrics metrics = m_widget.fontMetrics();
    if (drag.gesture == TimelineDrag::Gesture::Create) {
        const QRect rect = m_layout.rectFor(drag.pressDay, drag.startMinute, drag.endMinute);
        QColor fill = m_widget.palette().color(QPalette::Highlight);
        m_painter.setPen(QPen(fill, 1));
        fill.setAlpha(70);
        m_painter.setBrush(fill);
        m_painter.drawRect(rect.adjusted(0, 0, -1, -1));
        m_painter.setPen(m_widget.palette().color(QPalette::Text));
        m_painter.drawText(
            rect.adjusted(textPadding, 0, -textPadding, 0), Qt::AlignLeft | Qt::AlignTop,
            TimelineLayout::timeText(m_layout.days().at(drag.pressDay), drag.startMinute, drag.endMinute));
        return;
    }
    const TimelineBlock& block = m_layout.blocks().at(drag.block);
    const QRect rect = m_layout.rectFor(drag.day, drag.startMinute, drag.endMinute);
    const int width = rect.width() - 2 * textPadding;
    const QString time =
        TimelineLayout::timeText(block.session.startsAt.date(), drag.startMinute, drag.endMinute);
    // The new time comes first: it is what the drag is about.
    const bool roomy = rect.height() - 2 * textPadding >= metrics.height() * 2;
    const QFontMetrics bold(TimelineLayout::titleFont(m_widget.font()));
    const QString first =
        roomy ? bold.elidedText(time, Qt::ElideRight, width)
              : bold.elidedText(time + u' ' + block.session.title.forReader(), Qt::ElideRight, width);
    const QString second =
        roomy ? metrics.elidedText(block.session.title.forReader(), Qt::ElideRight, width) : QString();
    m_painter.setOpacity(0.9);
    paintBlock(block, rect, first, second, QString(), block.session.id == currentId, true);
    m_painter.setOpacity(1.0);
}
