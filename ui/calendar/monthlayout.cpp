// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/monthlayout.h"

#include <QFontMetrics>

#include <algorithm>
#include <numeric>

namespace {

constexpr int barInset = 3; // space between a bar's rounded end and its cell's edge
constexpr int laneGap = 2;

} // namespace

void MonthLayout::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    m_firstShownDay = first.addDays(1 - first.dayOfWeek());
    const qint64 shownDays = m_firstShownDay.daysTo(first) + first.daysInMonth();
    m_rowCount = static_cast<int>((shownDays + 6) / 7);
    layoutBars();
}

void MonthLayout::setVisits(const QList<VisitSummary>& visits)
{
    m_visits.clear();
    m_visitIndex.clear();
    const QDate first = m_firstShownDay;
    const QDate last = lastShownDay();
    for (const VisitSummary& visit : visits) {
        if (visit.firstDay.isValid() && visit.firstDay <= last &&
            std::max(visit.firstDay, visit.lastDay) >= first) {
            m_visitIndex.insert(visit.id, m_visits.size());
            m_visits.append(visit);
        }
    }
    layoutBars();
}

const VisitSummary* MonthLayout::visit(Id id) const
{
    const auto found = m_visitIndex.constFind(id);
    return found == m_visitIndex.cend() ? nullptr : &m_visits.at(found.value());
}

// The bars depend on the month and the visits only: laid out once per change, not per paint.
// Greedy lanes, visits taken by first day (longer ones first on a tie), so a visit that began in an
// earlier week tends to stay in the lane it had there.
void MonthLayout::layoutBars()
{
    m_bars.clear();
    m_lanesPerRow = QList<int>(m_rowCount, 0);
    QList<qsizetype> order(m_visits.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const VisitSummary& x = m_visits.at(a);
        const VisitSummary& y = m_visits.at(b);
        if (x.firstDay != y.firstDay) {
            return x.firstDay < y.firstDay;
        }
        if (x.lastDay != y.lastDay) {
            return x.lastDay > y.lastDay;
        }
        return x.id < y.id;
    });
    QList<int> laneEnds;
    for (int row = 0; row < m_rowCount; ++row) {
        const QDate rowFirst = dayAt(row, 0);
        const QDate rowLast = dayAt(row, 6);
        laneEnds.clear();
        for (const qsizetype index : std::as_const(order)) {
            const VisitSummary& visit = m_visits.at(index);
            if (visit.firstDay > rowLast) {
                break; // sorted by first day: no later visit reaches this row
            }
            const QDate last = std::max(visit.firstDay, visit.lastDay);
            if (last < rowFirst) {
                continue;
            }
            Bar bar;
            bar.visitId = visit.id;
            bar.row = row;
            bar.firstColumn = static_cast<int>(rowFirst.daysTo(std::max(visit.firstDay, rowFirst)));
            bar.lastColumn = static_cast<int>(rowFirst.daysTo(std::min(last, rowLast)));
            bar.startsHere = visit.firstDay >= rowFirst;
            bar.endsHere = last <= rowLast;
            const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                           [&bar](int end) { return end < bar.firstColumn; });
            bar.lane = static_cast<int>(free - laneEnds.begin());
            if (free == laneEnds.end()) {
                laneEnds.append(bar.lastColumn);
            } else {
                *free = bar.lastColumn;
            }
            m_bars.append(bar);
        }
        m_lanesPerRow[row] = static_cast<int>(laneEnds.size());
    }
}

// Where everything goes at the current size and font; also which bars fit and what "+N more" says.
void MonthLayout::relayout(const QRect& area, const QFont& font, bool headingShown,
                           const QString& weekHeading)
{
    const QFontMetrics metrics(font);
    QRect rest = area;
    if (headingShown) {
        m_headingRect =
            QRect(rest.left(), rest.top(), rest.width(), QFontMetrics(headingFont(font)).height() + 8);
        rest.setTop(m_headingRect.bottom() + 1);
    } else {
        m_headingRect = QRect();
    }
    m_dayNamesRect = QRect(rest.left(), rest.top(), rest.width(), metrics.height() + 6);
    rest.setTop(m_dayNamesRect.bottom() + 1);
    m_gridRect = rest;
    m_weekColumnWidth =
        std::max(metrics.horizontalAdvance(QStringLiteral("00")), metrics.horizontalAdvance(weekHeading)) +
        12;
    m_dayNumberHeight = metrics.height() + 4;
    m_laneHeight = metrics.height() + 2 + laneGap;

    m_hiddenPerDay = QList<std::array<int, 7>>(m_rowCount, std::array<int, 7>{});
    m_moreLabels.clear();
    m_barTexts = QList<QString>(m_bars.size());
    if (m_rowCount == 0) {
        return;
    }
    const int rowHeight = m_gridRect.height() / m_rowCount;
    const int capacity = std::max(0, (rowHeight - m_dayNumberHeight - 2) / m_laneHeight);
    QList<int> shownLanes(m_rowCount);
    for (int row = 0; row < m_rowCount; ++row) {
        const int lanes = m_lanesPerRow.value(row);
        // When a row overflows, its last lane says "+N more" instead of showing a bar.
        shownLanes[row] = lanes <= capacity ? lanes : std::max(0, capacity - 1);
    }
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        Bar& bar = m_bars[i];
        if (bar.lane >= shownLanes.at(bar.row)) {
            bar.rect = QRect();
            for (int column = bar.firstColumn; column <= bar.lastColumn; ++column) {
                ++m_hiddenPerDay[bar.row][column];
            }
            continue;
        }
        const QRect first = cellRect(bar.row, bar.firstColumn);
        const QRect last = cellRect(bar.row, bar.lastColumn);
        const int left = first.left() + (bar.startsHere ? barInset : 0);
        const int right = last.right() - (bar.endsHere ? barInset : 0);
        const int top = first.top() + m_dayNumberHeight + bar.lane * m_laneHeight;
        bar.rect = QRect(QPoint(left, top), QPoint(right, top + m_laneHeight - laneGap - 1));
        const VisitSummary& visit = m_visits.at(m_visitIndex.value(bar.visitId));
        m_barTexts[i] = metrics.elidedText(visit.title, Qt::ElideRight, bar.rect.width() - 2 * barPadding);
    }
    for (int row = 0; row < m_rowCount; ++row) {
        for (int column = 0; column < 7; ++column) {
            const int count = m_hiddenPerDay.at(row).at(column);
            if (count == 0) {
                continue;
            }
            const QRect cell = cellRect(row, column);
            QRect label(cell.left() + barInset,
                        cell.top() + m_dayNumberHeight + shownLanes.at(row) * m_laneHeight,
                        cell.width() - 2 * barInset, m_laneHeight - laneGap);
            if (label.bottom() > cell.bottom()) {
                // Not even one lane fits: the count goes beside the day's number.
                label = QRect(cell.left() + cell.width() / 2, cell.top() + 2, cell.width() / 2 - barPadding,
                              m_dayNumberHeight - 4);
            }
            m_moreLabels.append({row, column, count, label});
        }
    }
}

int MonthLayout::hiddenCount(const QDate& day) const
{
    const qint64 offset = m_firstShownDay.daysTo(day);
    if (offset < 0 || offset >= m_rowCount * 7 || m_hiddenPerDay.size() != m_rowCount) {
        return 0;
    }
    return m_hiddenPerDay.at(offset / 7).at(offset % 7);
}

QStringList MonthLayout::hiddenTitles(const MoreLabel& label) const
{
    QStringList titles;
    for (const Bar& bar : m_bars) {
        if (bar.rect.isEmpty() && bar.row == label.row && bar.firstColumn <= label.column &&
            label.column <= bar.lastColumn) {
            titles << m_visits.at(m_visitIndex.value(bar.visitId)).title;
        }
    }
    return titles;
}

QRect MonthLayout::cellRect(int row, int column) const
{
    const int width = m_gridRect.width() - m_weekColumnWidth;
    const int left = m_gridRect.left() + m_weekColumnWidth + width * column / 7;
    const int right = m_gridRect.left() + m_weekColumnWidth + width * (column + 1) / 7;
    const int top = m_gridRect.top() + m_gridRect.height() * row / std::max(1, m_rowCount);
    const int bottom = m_gridRect.top() + m_gridRect.height() * (row + 1) / std::max(1, m_rowCount);
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

QRect MonthLayout::dayRect(const QDate& day) const
{
    const qint64 offset = m_firstShownDay.daysTo(day);
    if (!day.isValid() || offset < 0 || offset >= m_rowCount * 7) {
        return {};
    }
    return cellRect(static_cast<int>(offset / 7), static_cast<int>(offset % 7));
}

QPoint MonthLayout::cellAt(const QPoint& pos) const
{
    if (!m_gridRect.contains(pos) || pos.x() < m_gridRect.left() + m_weekColumnWidth) {
        return {-1, -1};
    }
    for (int row = 0; row < m_rowCount; ++row) {
        for (int column = 0; column < 7; ++column) {
            if (cellRect(row, column).contains(pos)) {
                return {column, row};
            }
        }
    }
    return {-1, -1};
}

const MonthLayout::Bar* MonthLayout::barAt(const QPoint& pos) const
{
    for (const Bar& bar : m_bars) {
        if (!bar.rect.isEmpty() && bar.rect.contains(pos)) {
            return &bar;
        }
    }
    return nullptr;
}

const MonthLayout::MoreLabel* MonthLayout::moreLabelAt(const QPoint& pos) const
{
    for (const MoreLabel& label : m_moreLabels) {
        if (label.rect.contains(pos)) {
            return &label;
        }
    }
    return nullptr;
}

QList<Id> MonthLayout::visitsOn(const QDate& day) const
{
    const qint64 offset = m_firstShownDay.daysTo(day);
    if (offset < 0 || offset >= m_rowCount * 7) {
        return {};
    }
    const int row = static_cast<int>(offset / 7);
    const int column = static_cast<int>(offset % 7);
    QList<const Bar*> found;
    for (const Bar& bar : m_bars) {
        if (bar.row == row && bar.firstColumn <= column && column <= bar.lastColumn) {
            found.append(&bar);
        }
    }
    std::sort(found.begin(), found.end(), [](const Bar* a, const Bar* b) { return a->lane < b->lane; });
    QList<Id> ids;
    for (const Bar* bar : std::as_const(found)) {
        ids.append(bar->visitId);
    }
    return ids;
}

QFont MonthLayout::headingFont(QFont font)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    return font;
}
