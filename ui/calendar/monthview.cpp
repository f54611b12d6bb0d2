// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/monthview.h"

#include "core/languages/dayrange.h"
#include "ui/calendar/edgedfill.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int barPadding = MonthLayout::barPadding;
constexpr qreal barRadius = 4;

// A bar with rounded corners only on the ends where the visit starts or ends: a bar cut by the
// week's edge looks like it continues.
QPainterPath barPath(const QRectF& r, bool roundLeft, bool roundRight, qreal cornerRadius = barRadius)
{
    const qreal radius = std::min(cornerRadius, r.height() / 2);
    const qreal d = 2 * radius;
    QPainterPath path;
    path.moveTo(roundLeft ? QPointF(r.left() + radius, r.top()) : r.topLeft());
    if (roundRight) {
        path.lineTo(r.right() - radius, r.top());
        path.arcTo(r.right() - d, r.top(), d, d, 90, -90);
        path.lineTo(r.right(), r.bottom() - radius);
        path.arcTo(r.right() - d, r.bottom() - d, d, d, 0, -90);
    } else {
        path.lineTo(r.topRight());
        path.lineTo(r.bottomRight());
    }
    if (roundLeft) {
        path.lineTo(r.left() + radius, r.bottom());
        path.arcTo(r.left(), r.bottom() - d, d, d, 270, -90);
        path.lineTo(r.left(), r.top() + radius);
        path.arcTo(r.left(), r.top(), d, d, 180, -90);
    } else {
        path.lineTo(r.bottomLeft());
    }
    path.closeSubpath();
    return path;
}

qreal luminance(const QColor& colour)
{
    auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// Black or white, whichever contrasts more with the fill (WCAG contrast ratio).
QColor textColourOn(const QColor& fill)
{
    const qreal l = luminance(fill);
    return (1.05 / (l + 0.05)) > ((l + 0.05) / 0.05) ? QColor(Qt::white) : QColor(Qt::black);
}

QString capitalised(const QString& text, const QLocale& locale)
{
    return text.isEmpty() ? text : locale.toUpper(text.left(1)) + text.mid(1);
}

} // namespace

MonthView::MonthView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_cursor = today();
    setMonth(m_cursor.year(), m_cursor.month());
    updateAccessibleTexts();
}

void MonthView::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || (year == m_year && month == m_month)) {
        return;
    }
    m_year = year;
    m_month = month;
    if (m_cursor.year() != year || m_cursor.month() != month) {
        m_cursor = QDate(year, month, std::min(m_cursor.isValid() ? m_cursor.day() : 1, first.daysInMonth()));
    }
    m_layout.setMonth(year, month);
    layoutGeometry();
    updateAccessibleTexts();
    update();
    Q_EMIT monthChanged(year, month);
}

void MonthView::setVisits(const QList<VisitSummary>& visits)
{
    m_layout.setVisits(visits);
    layoutGeometry();
    updateAccessibleTexts();
    update();
    if (m_selected && !m_layout.visit(m_selected)) {
        selectVisit(0);
    }
}

std::optional<VisitSummary> MonthView::visit(Id id) const
{
    if (const VisitSummary* found = m_layout.visit(id)) {
        return *found;
    }
    return std::nullopt;
}

void MonthView::setToday(const QDate& today)
{
    m_today = today;
    update();
}

void MonthView::setCursorDay(const QDate& day)
{
    if (!day.isValid()) {
        return;
    }
    m_cursor = day;
    setMonth(day.year(), day.month());
    updateAccessibleTexts();
    update();
}

void MonthView::selectVisit(Id id)
{
    const Id selected = m_layout.visit(id) ? id : 0;
    if (selected == m_selected) {
        return;
    }
    m_selected = selected;
    updateAccessibleTexts();
    update();
    Q_EMIT visitSelected(m_selected);
}

void MonthView::setHeadingShown(bool shown)
{
    m_headingShown = shown;
    layoutGeometry();
    update();
}

QString MonthView::heading() const
{
    return heading(m_year, m_month, locale());
}

QString MonthView::heading(int year, int month, const QLocale& locale)
{
    // The standalone name is the nominative ("maj", "травень"), not the genitive a date needs ("maja").
    //: Month and year above a calendar: %1 month name, %2 year, e.g. "May 2026"
    return tr("%1 %2").arg(monthName(month, locale),
                           locale.toString(QDate(year, month, 1), QStringLiteral("yyyy")));
}

QString MonthView::monthName(int month, const QLocale& locale)
{
    return capitalised(locale.standaloneMonthName(month), locale);
}

QString MonthView::weekHeading()
{
    //: Heading of the ISO week number column of a month calendar: keep it very short
    return tr("Wk");
}

QColor MonthView::statusColour(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Draft:
        return QColor(0xa6, 0xa6, 0xa6);
    case VisitStatus::Planned:
        return QColor(0x2d, 0x6c, 0xc0);
    case VisitStatus::Confirmed:
        return QColor(0x23, 0x80, 0x3f);
    case VisitStatus::InProgress:
        return QColor(0xf2, 0xa1, 0x1f);
    case VisitStatus::Completed:
        return QColor(0x4f, 0x6b, 0x58);
    case VisitStatus::Cancelled:
        return QColor(0xf0, 0xb4, 0xb4);
    }
    return QColor(Qt::gray);
}

QColor MonthView::statusTextColour(VisitStatus status)
{
    return textColourOn(statusColour(status));
}

void MonthView::fillStatus(QPainter& painter, const QRectF& rect, bool roundLeft, bool roundRight,
                           VisitStatus status)
{
    const QColor colour = statusColour(status);
    const QPainterPath inside = barPath(rect.adjusted(1, 1, -1, -1), roundLeft, roundRight, barRadius - 1);
    fillWithEdge(painter, barPath(rect, roundLeft, roundRight), inside, colour.darker(135), colour);
    if (status == VisitStatus::Cancelled) {
        // Hatching tells a cancelled visit apart without relying on the colour alone.
        painter.fillPath(inside, QBrush(QColor(0xc0, 0x39, 0x39), Qt::BDiagPattern));
    }
}

QSize MonthView::sizeHint() const
{
    return {760, 560};
}

QSize MonthView::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    const int cell = metrics.horizontalAdvance(QStringLiteral("0000")) + 2 * barPadding;
    const int weekColumn =
        std::max(metrics.horizontalAdvance(QStringLiteral("00")), metrics.horizontalAdvance(weekHeading())) +
        12;
    return {weekColumn + 7 * cell,
            (m_headingShown ? 2 : 1) * (metrics.height() + 8) + 6 * (2 * metrics.height() + 8)};
}

void MonthView::layoutGeometry()
{
    m_layout.relayout(rect(), font(), m_headingShown, weekHeading());
}

QString MonthView::toolTipFor(Id id) const
{
    const auto found = visit(id);
    return found ? toolTip(*found, locale()) : QString();
}

QString MonthView::toolTip(const VisitSummary& visit, const QLocale& locale)
{
    QStringList lines{visit.title, formatDayRange(visit.firstDay, visit.lastDay, locale),
                      enumDisplayName(visit.status)};
    if (!visit.hostName.isEmpty()) {
        //: In a calendar's tooltip: %1 the host institution
        lines << tr("Host: %1").arg(visit.hostName);
    }
    return lines.join(QLatin1Char('\n'));
}

void MonthView::updateAccessibleTexts()
{
    setAccessibleName(tr("Calendar of %1").arg(heading()));
    QStringList titles;
    for (const Id id : m_layout.visitsOn(m_cursor)) {
        const VisitSummary& visit = *m_layout.visit(id);
        //: %1 visit title, %2 its status
        titles << tr("%1 (%2)").arg(visit.title, enumDisplayName(visit.status));
    }
    QString description = titles.isEmpty()
                              //: %1 a day, e.g. "19 May 2026"
                              ? tr("%1: no visits").arg(formatDay(m_cursor, locale()))
                              //: %1 a day, %2 the titles of its visits
                              : tr("%1: %n visit(s): %2", nullptr, static_cast<int>(titles.size()))
                                    .arg(formatDay(m_cursor, locale()), titles.join(QStringLiteral("; ")));
    if (const auto selected = visit(m_selected)) {
        //: %1 the selected visit's title
        description += QLatin1Char(' ') + tr("Selected: %1.").arg(selected->title);
    }
    setAccessibleDescription(description);
}

void MonthView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    const QLocale here = locale();
    const QFontMetrics metrics(font());
    painter.fillRect(rect(), pal.color(QPalette::Base));

    if (m_headingShown) {
        painter.setFont(MonthLayout::headingFont(font()));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(m_layout.headingRect().adjusted(barPadding, 0, -barPadding, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, heading());
        painter.setFont(font());
    }

    const QColor quiet = pal.color(QPalette::PlaceholderText);
    painter.setPen(quiet);
    const QRect dayNames = m_layout.dayNamesRect();
    painter.drawText(QRect(dayNames.left(), dayNames.top(), m_layout.weekColumnWidth(), dayNames.height()),
                     Qt::AlignCenter, weekHeading());
    painter.setPen(pal.color(QPalette::Text));
    for (int column = 0; column < 7; ++column) {
        const QRect cell = m_layout.cellRect(0, column);
        const QRect name(cell.left(), dayNames.top(), cell.width(), dayNames.height());
        painter.drawText(name, Qt::AlignCenter, here.standaloneDayName(column + 1, QLocale::ShortFormat));
    }

    const QDate shownToday = today();
    QColor weekend = pal.color(QPalette::Text);
    weekend.setAlphaF(0.05);
    QColor gridLine = pal.color(QPalette::Text);
    gridLine.setAlphaF(0.15);
    for (int row = 0; row < m_layout.rowCount(); ++row) {
        const QRect weekCell(m_layout.gridRect().left(), m_layout.cellRect(row, 0).top(),
                             m_layout.weekColumnWidth(), m_layout.cellRect(row, 0).height());
        painter.setPen(quiet);
        painter.drawText(weekCell.adjusted(0, 2, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                         here.toString(weekNumber(row)));
        for (int column = 0; column < 7; ++column) {
            const QRect cell = m_layout.cellRect(row, column);
            const QDate day = dayAt(row, column);
            if (column >= 5) {
                painter.fillRect(cell, weekend);
            }
            painter.setPen(gridLine);
            painter.drawLine(cell.topLeft(), cell.topRight());
            painter.drawLine(cell.topLeft(), cell.bottomLeft());
            const QString number = here.toString(day.day());
            QRect numberRect(cell.left() + barPadding, cell.top() + 2, metrics.horizontalAdvance(number),
                             m_layout.dayNumberHeight() - 4);
            const bool inMonth = day.month() == m_month;
            if (day == shownToday) {
                const int diameter = std::max(numberRect.width(), numberRect.height()) + 4;
                const QRect circle(numberRect.center().x() - diameter / 2,
                                   numberRect.center().y() - diameter / 2, diameter, diameter);
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(pal.color(QPalette::Highlight));
                painter.drawEllipse(circle);
                painter.restore();
                painter.setPen(pal.color(QPalette::HighlightedText));
            } else {
                painter.setPen(inMonth ? pal.color(QPalette::Text) : quiet);
            }
            painter.drawText(numberRect, Qt::AlignCenter, number);
        }
    }

    painter.setRenderHint(QPainter::Antialiasing);
    QFont strikeOut = font();
    strikeOut.setStrikeOut(true);
    const QList<Bar>& bars = m_layout.bars();
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars.at(i);
        if (bar.rect.isEmpty()) {
            continue;
        }
        const VisitSummary& visit = *m_layout.visit(bar.visitId);
        fillStatus(painter, QRectF(bar.rect), bar.startsHere, bar.endsHere, visit.status);
        if (bar.visitId == m_selected) {
            painter.strokePath(
                barPath(QRectF(bar.rect).adjusted(0.5, 0.5, -0.5, -0.5), bar.startsHere, bar.endsHere),
                QPen(pal.color(QPalette::Text), 2));
        }
        painter.setFont(visit.status == VisitStatus::Cancelled ? strikeOut : font());
        painter.setPen(statusTextColour(visit.status));
        painter.drawText(bar.rect.adjusted(barPadding, 0, -barPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         m_layout.barText(i));
    }
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::Link));
    for (const MonthLayout::MoreLabel& label : m_layout.moreLabels()) {
        //: In a calendar day too small for all its visits: how many are not shown
        const QString text = tr("+%n more", nullptr, label.count);
        painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, label.rect.width()));
    }

    if (hasFocus() && m_cursor >= firstShownDay() && m_cursor <= lastShownDay()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawRect(dayRect(m_cursor).adjusted(1, 1, -1, -1));
    }
}

void MonthView::resizeEvent(QResizeEvent* event)
{
    layoutGeometry();
    QWidget::resizeEvent(event);
}

void MonthView::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        updateAccessibleTexts();
        update();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        layoutGeometry();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

bool MonthView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QString text;
        if (const Bar* bar = m_layout.barAt(help->pos())) {
            text = toolTipFor(bar->visitId);
        } else if (const MonthLayout::MoreLabel* label = m_layout.moreLabelAt(help->pos())) {
            text = m_layout.hiddenTitles(*label).join(QLatin1Char('\n'));
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QPoint cell = m_layout.cellAt(pos);
    if (cell.x() >= 0) {
        // A click on a greyed day of the next month moves the cursor there without turning the page.
        m_cursor = dayAt(cell.y(), cell.x());
        update();
    }
    const Bar* bar = m_layout.barAt(pos);
    selectVisit(bar ? bar->visitId : 0);
    updateAccessibleTexts();
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (const Bar* bar = m_layout.barAt(pos)) {
        const Id id = bar->visitId;
        selectVisit(id);
        Q_EMIT visitActivated(id);
    } else if (const QDate day = dayUnder(pos); day.isValid() && !m_layout.moreLabelAt(pos)) {
        setCursorDay(day);
        Q_EMIT newVisitRequested(day);
    }
}

QDate MonthView::dayUnder(const QPoint& pos) const
{
    const QPoint cell = m_layout.cellAt(pos);
    return cell.x() < 0 ? QDate() : m_layout.dayAt(cell.y(), cell.x());
}

void MonthView::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint pos = event->pos();
    const QDate day = dayUnder(pos);
    if (!day.isValid()) {
        QWidget::contextMenuEvent(event);
        return;
    }
    setCursorDay(day);
    QMenu menu(this);
    if (const Bar* bar = m_layout.barAt(pos)) {
        const Id id = bar->visitId;
        selectVisit(id);
        menu.addAction(tr("&Open Visit"), this, [this, id] { Q_EMIT visitActivated(id); });
        menu.addSeparator();
    }
    //: %1 is a day, e.g. "19 May 2026"
    QAction* add = menu.addAction(tr("&New Visit Starting %1…").arg(formatDay(day, locale())), this,
                                  [this, day] { Q_EMIT newVisitRequested(day); });
    add->setEnabled(m_newVisitsAllowed);
    menu.exec(event->globalPos());
}

void MonthView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    auto moveTo = [this](const QDate& day) {
        setCursorDay(day);
        selectVisit(m_layout.visitsOn(day).value(0));
        updateAccessibleTexts();
    };
    switch (event->key()) {
    case Qt::Key_Left:
        moveTo(m_cursor.addDays(-1));
        break;
    case Qt::Key_Right:
        moveTo(m_cursor.addDays(1));
        break;
    case Qt::Key_Up:
        moveTo(m_cursor.addDays(-7));
        break;
    case Qt::Key_Down:
        moveTo(m_cursor.addDays(7));
        break;
    case Qt::Key_PageUp:
        moveTo(ctrl ? m_cursor.addYears(-1) : m_cursor.addMonths(-1));
        break;
    case Qt::Key_PageDown:
        moveTo(ctrl ? m_cursor.addYears(1) : m_cursor.addMonths(1));
        break;
    case Qt::Key_Home:
        moveTo(today());
        break;
    case Qt::Key_Space: {
        const QList<Id> ids = m_layout.visitsOn(m_cursor);
        if (!ids.isEmpty()) {
            selectVisit(ids.at((ids.indexOf(m_selected) + 1) % ids.size()));
        }
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QList<Id> ids = m_layout.visitsOn(m_cursor);
        const Id id = ids.contains(m_selected) ? m_selected : ids.value(0);
        if (id) {
            selectVisit(id);
            Q_EMIT visitActivated(id);
        }
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MonthView::focusInEvent(QFocusEvent* event)
{
    update();
    QWidget::focusInEvent(event);
}

void MonthView::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}
