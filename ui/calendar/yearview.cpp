// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/yearview.h"

#include "ui/calendar/monthview.h"

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

namespace {

constexpr int barPadding = YearLayout::barPadding;

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

} // namespace

YearView::YearView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_layout.setYear(today().year());
    m_month = today().month();
    layoutGeometry();
    updateAccessibleTexts();
}

void YearView::setYear(int year)
{
    if (year == m_layout.year() || !QDate(year, 1, 1).isValid()) {
        return;
    }
    m_layout.setYear(year);
    layoutGeometry();
    updateAccessibleTexts();
    update();
    Q_EMIT yearChanged(year);
}

void YearView::setVisits(const QList<VisitSummary>& visits)
{
    m_layout.setVisits(visits);
    layoutGeometry();
    updateAccessibleTexts();
    update();
    if (m_selected && !m_layout.visit(m_selected)) {
        selectVisit(0);
    }
}

std::optional<VisitSummary> YearView::visit(Id id) const
{
    if (const VisitSummary* found = m_layout.visit(id)) {
        return *found;
    }
    return std::nullopt;
}

void YearView::selectMonth(int month)
{
    if (month < 1 || month > 12 || month == m_month) {
        return;
    }
    m_month = month;
    updateAccessibleTexts();
    update();
}

void YearView::selectVisit(Id id)
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

void YearView::setToday(const QDate& today)
{
    m_today = today;
    update();
}

QStringList YearView::monthNames() const
{
    QStringList names;
    for (int month = 1; month <= 12; ++month) {
        names << MonthView::monthName(month, locale());
    }
    return names;
}

QSize YearView::sizeHint() const
{
    return {760, 560};
}

QSize YearView::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    // The names' column and a day a few pixels wide; a row as high as one lane of text.
    return {metrics.horizontalAdvance(QStringLiteral("September +00")) + 31 * 6,
            metrics.height() + 6 + 12 * (metrics.height() + 7)};
}

void YearView::layoutGeometry()
{
    m_layout.relayout(rect(), font(), monthNames());
}

void YearView::updateAccessibleTexts()
{
    //: Accessible name of the year calendar: %1 the year, e.g. "2026"
    setAccessibleName(
        tr("Calendar of %1").arg(locale().toString(QDate(year(), 1, 1), QStringLiteral("yyyy"))));
    QStringList titles;
    for (const Id id : m_layout.visitsIn(m_month)) {
        titles << m_layout.visit(id)->title;
    }
    const QString month = MonthView::heading(year(), m_month, locale());
    QString description = titles.isEmpty()
                              //: %1 a month and year, e.g. "May 2026"
                              ? tr("%1: no visits").arg(month)
                              //: %1 a month and year, %2 the titles of its visits
                              : tr("%1: %n visit(s): %2", nullptr, static_cast<int>(titles.size()))
                                    .arg(month, titles.join(QStringLiteral("; ")));
    if (const auto selected = visit(m_selected)) {
        //: %1 the selected visit's title
        description += QLatin1Char(' ') + tr("Selected: %1.").arg(selected->title);
    }
    setAccessibleDescription(description);
}

void YearView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintRows(painter);
    paintBars(painter);
}

// The day numbers along the top, then each month: its weeks shaded by how busy they are, weekends and
// the days a month does not have, today, and the month's name on the left.
void YearView::paintRows(QPainter& painter)
{
    const QPalette& pal = palette();
    const QLocale here = locale();
    const QFontMetrics metrics(font());
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    const QColor gridLine = withAlpha(text, 0.15);
    const QColor weekLine = withAlpha(text, 0.08);
    const QColor weekend = withAlpha(text, 0.05);
    const QColor busy = pal.color(QPalette::Highlight);

    // Every day's number where there is room for it, else 1, 5, 10, ... 30.
    const QRect numbers = m_layout.dayNumbersRect();
    const bool everyDay =
        m_layout.dayColumn(1).width() >= metrics.horizontalAdvance(QStringLiteral("00")) + 2;
    painter.setPen(quiet);
    for (int day = 1; day <= 31; ++day) {
        if (everyDay || day == 1 || day % 5 == 0) {
            const QRect column = m_layout.dayColumn(day);
            painter.drawText(QRect(column.left(), numbers.top(), column.width(), numbers.height()),
                             Qt::AlignCenter, here.toString(day));
        }
    }

    const int busiest = std::max(1, m_layout.busiestWeekCount());
    for (const YearLayout::WeekBand& band : m_layout.weekBands()) {
        if (band.visitCount > 0) {
            // From a light tint for one visit to a strong one for the busiest week of the year.
            painter.fillRect(band.rect, withAlpha(busy, 0.06 + 0.44 * band.visitCount / busiest));
        }
        if (band.firstDay > 1) {
            painter.setPen(weekLine);
            painter.drawLine(band.rect.topLeft(), band.rect.bottomLeft());
        }
    }

    const QDate shownToday = today();
    const QStringList names = monthNames();
    QFont bold = font();
    bold.setBold(true);
    for (int month = 1; month <= 12; ++month) {
        const QRect row = m_layout.monthRect(month);
        const QDate first(year(), month, 1);
        for (int day = 1; day <= 31; ++day) {
            const QRect column = m_layout.dayColumn(day);
            const QRect cell(column.left(), row.top() + 1, column.width(), row.height() - 1);
            if (day > first.daysInMonth()) {
                painter.fillRect(cell, pal.color(QPalette::Window));
            } else if (first.addDays(day - 1).dayOfWeek() >= 6) {
                painter.fillRect(cell, weekend);
            }
        }
        painter.setPen(gridLine);
        painter.drawLine(row.topLeft(), row.topRight());

        const QRect name = m_layout.monthNameRect(month);
        const bool selected = month == m_month;
        if (selected) {
            painter.fillRect(name.adjusted(0, 1, 0, 0), hasFocus() ? busy : withAlpha(busy, 0.25));
        }
        const bool inverted = selected && hasFocus();
        painter.setFont(selected ? bold : font());
        painter.setPen(inverted ? pal.color(QPalette::HighlightedText) : text);
        const QRect nameText = name.adjusted(2 * barPadding, 0, -barPadding, 0);
        painter.drawText(nameText, Qt::AlignLeft | Qt::AlignVCenter, names.at(month - 1));
        if (const int hidden = m_layout.hiddenCount(month)) {
            painter.setPen(inverted ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Link));
            //: In a year calendar, beside a month whose visits do not all fit: how many are not shown
            painter.drawText(nameText, Qt::AlignRight | Qt::AlignVCenter, tr("+%n", nullptr, hidden));
        }
        painter.setFont(font());
    }
    const QRect last = m_layout.monthRect(12);
    painter.setPen(gridLine);
    painter.drawLine(last.bottomLeft(), last.bottomRight());
    const int gridLeft = m_layout.dayColumn(1).left();
    painter.drawLine(gridLeft, m_layout.monthRect(1).top(), gridLeft, last.bottom());

    if (shownToday.year() == year()) {
        painter.setPen(QPen(busy, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_layout.dayRect(shownToday).adjusted(1, 2, -1, -1));
    }
}

void YearView::paintBars(QPainter& painter)
{
    const QPalette& pal = palette();
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
        MonthView::fillStatus(painter, QRectF(bar.rect), bar.startsHere, bar.endsHere, visit.status);
        const QString text = m_layout.barText(i);
        if (!text.isEmpty()) {
            painter.setFont(visit.status == VisitStatus::Cancelled ? strikeOut : font());
            painter.setPen(MonthView::statusTextColour(visit.status));
            painter.drawText(bar.rect.adjusted(barPadding, 0, -barPadding, 0),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    painter.setFont(font());
    if (m_selected) {
        // Drawn last, so that no neighbour covers it.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.color(QPalette::Text), 2));
        for (const Bar& bar : bars) {
            if (bar.visitId == m_selected && !bar.rect.isEmpty()) {
                painter.drawRoundedRect(QRectF(bar.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            }
        }
    }
}

void YearView::resizeEvent(QResizeEvent* event)
{
    layoutGeometry();
    QWidget::resizeEvent(event);
}

void YearView::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        // The months' names, and so the width of their column, change with the language.
        layoutGeometry();
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

bool YearView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QString text;
        if (const Bar* bar = m_layout.barAt(help->pos())) {
            text = MonthView::toolTip(*m_layout.visit(bar->visitId), locale());
        } else if (const YearLayout::WeekBand* band = m_layout.weekBandAt(help->pos())) {
            //: In a year calendar's tooltip: %1 the ISO week number, e.g. "Week 21: 3 visits"
            text = tr("Week %1: %n visit(s)", nullptr, band->visitCount)
                       .arg(locale().toString(band->monday.weekNumber()));
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

void YearView::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int month = m_layout.monthAt(pos);
    if (event->button() != Qt::LeftButton || month == 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    selectMonth(month);
    if (const Bar* bar = m_layout.barAt(pos)) {
        selectVisit(bar->visitId);
        return;
    }
    selectVisit(0);
    Q_EMIT monthActivated(year(), month);
}

void YearView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const Bar* bar = m_layout.barAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !bar) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    const Id id = bar->visitId;
    selectVisit(id);
    Q_EMIT visitActivated(id);
}

void YearView::contextMenuEvent(QContextMenuEvent* event)
{
    const bool byKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QPoint pos = byKeyboard ? selectionRect().center() : event->pos();
    const int month = m_layout.monthAt(pos);
    if (month == 0) {
        QWidget::contextMenuEvent(event);
        return;
    }
    selectMonth(month);
    QMenu menu(this);
    if (const Bar* bar = m_layout.barAt(pos)) {
        const Id id = bar->visitId;
        selectVisit(id);
        menu.addAction(tr("&Open Visit"), this, [this, id] { Q_EMIT visitActivated(id); });
    }
    //: In a year calendar's menu: %1 a month and year, e.g. "May 2026"
    menu.addAction(tr("&Show %1").arg(MonthView::heading(year(), month, locale())), this,
                   [this, month] { Q_EMIT monthActivated(year(), month); });
    menu.exec(byKeyboard ? mapToGlobal(pos) : event->globalPos());
}

QRect YearView::selectionRect() const
{
    for (const Bar& bar : m_layout.bars()) {
        if (bar.visitId == m_selected && bar.month == m_month && !bar.rect.isEmpty()) {
            return bar.rect;
        }
    }
    return m_layout.monthNameRect(m_month);
}

void YearView::stepVisit(int step)
{
    // By first day, as they are read along the row.
    const QList<Id> ids = m_layout.visitsIn(m_month);
    const qsizetype next = ids.indexOf(m_selected) + step; // -1 + 1 is the first when none is selected
    selectVisit(next >= 0 && next < ids.size() ? ids.at(next) : (next < 0 ? 0 : m_selected));
}

void YearView::keyPressEvent(QKeyEvent* event)
{
    auto moveMonth = [this](int months) {
        const QDate first = QDate(year(), m_month, 1).addMonths(months);
        setYear(first.year());
        selectMonth(first.month());
        selectVisit(0);
    };
    switch (event->key()) {
    case Qt::Key_Up:
        moveMonth(-1);
        break;
    case Qt::Key_Down:
        moveMonth(1);
        break;
    case Qt::Key_Left:
        stepVisit(-1);
        break;
    case Qt::Key_Right:
        stepVisit(1);
        break;
    case Qt::Key_PageUp:
        moveMonth(-12);
        break;
    case Qt::Key_PageDown:
        moveMonth(12);
        break;
    case Qt::Key_Home:
        moveMonth(static_cast<int>((today().year() - year()) * 12 + today().month() - m_month));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected) {
            Q_EMIT visitActivated(m_selected);
        } else {
            Q_EMIT monthActivated(year(), m_month);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void YearView::focusInEvent(QFocusEvent* event)
{
    update();
    QWidget::focusInEvent(event);
}

void YearView::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}
