// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/yearlayout.h"

#include <QFontMetrics>

#include <algorithm>
#include <numeric>

namespace {

constexpr int laneGap = 1;
constexpr int rowInset = 2;     // space between a row's grid line and its first or last lane
constexpr int thinnestLane = 4; // a lane thinner than this is not told from its neighbours

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

void YearLayout::setYear(int year)
{
    m_year = year;
    layoutBars();
}

QDate YearLayout::firstShownDay() const
{
    return mondayOf(QDate(m_year, 1, 1));
}

QDate YearLayout::lastShownDay() const
{
    return mondayOf(QDate(m_year, 12, 31)).addDays(6);
}

void YearLayout::setVisits(const QList<VisitSummary>& visits)
{
    m_visits.clear();
    m_visitIndex.clear();
    const QDate first = firstShownDay();
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

const VisitSummary* YearLayout::visit(Id id) const
{
    const auto found = m_visitIndex.constFind(id);
    return found == m_visitIndex.cend() ? nullptr : &m_visits.at(found.value());
}

int YearLayout::visitsInWeek(const QDate& day) const
{
    const qint64 week = firstShownDay().daysTo(mondayOf(day)) / 7;
    return day.isValid() && week >= 0 && week < m_weekCounts.size() ? m_weekCounts.at(week) : 0;
}

// Every visit adds one to each week it runs in, however many of its days fall there: a week is as
// busy as the visits a coordinator has to look after in it.
void YearLayout::countWeeks()
{
    const QDate first = firstShownDay();
    m_weekCounts = QList<int>(static_cast<int>((first.daysTo(lastShownDay()) + 1) / 7), 0);
    for (const VisitSummary& visit : std::as_const(m_visits)) {
        const QDate from = std::max(visit.firstDay, first);
        const QDate to = std::min(std::max(visit.firstDay, visit.lastDay), lastShownDay());
        for (qint64 week = first.daysTo(from) / 7; week <= first.daysTo(to) / 7; ++week) {
            ++m_weekCounts[week];
        }
    }
    m_busiest = m_weekCounts.isEmpty() ? 0 : *std::max_element(m_weekCounts.cbegin(), m_weekCounts.cend());
}

// The bars depend on the year and the visits only: laid out once per change, not per paint. Greedy
// lanes per month, visits taken by first day (longer ones first on a tie), as in the month view.
void YearLayout::layoutBars()
{
    m_bars.clear();
    m_lanesPerMonth = QList<int>(12, 0);
    if (m_year == 0) {
        return;
    }
    countWeeks();
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
    for (int month = 1; month <= 12; ++month) {
        const QDate monthFirst(m_year, month, 1);
        const QDate monthLast = monthFirst.addDays(monthFirst.daysInMonth() - 1);
        laneEnds.clear();
        for (const qsizetype index : std::as_const(order)) {
            const VisitSummary& visit = m_visits.at(index);
            if (visit.firstDay > monthLast) {
                break; // sorted by first day: no later visit reaches this month
            }
            const QDate last = std::max(visit.firstDay, visit.lastDay);
            if (last < monthFirst) {
                continue;
            }
            Bar bar;
            bar.visitId = visit.id;
            bar.month = month;
            bar.firstDay = std::max(visit.firstDay, monthFirst).day();
            bar.lastDay = std::min(last, monthLast).day();
            bar.startsHere = visit.firstDay >= monthFirst;
            bar.endsHere = last <= monthLast;
            const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                           [&bar](int end) { return end < bar.firstDay; });
            bar.lane = static_cast<int>(free - laneEnds.begin());
            if (free == laneEnds.end()) {
                laneEnds.append(bar.lastDay);
            } else {
                *free = bar.lastDay;
            }
            m_bars.append(bar);
        }
        m_lanesPerMonth[month - 1] = static_cast<int>(laneEnds.size());
    }
}

QList<Id> YearLayout::visitsIn(int month) const
{
    QList<Id> ids;
    for (const Bar& bar : m_bars) {
        if (bar.month == month) {
            ids << bar.visitId;
        }
    }
    return ids;
}

int YearLayout::columnLeft(int day) const
{
    const int gridLeft = m_area.left() + m_nameWidth;
    return gridLeft + (day - 1) * (m_area.right() + 1 - gridLeft) / 31;
}

// Where everything goes at the current size and font. A month with more overlapping visits gets
// thinner lanes, down to a few pixels, so a crowded month looks crowded; past that the rest are
// counted in "+N" beside the month's name.
void YearLayout::relayout(const QRect& area, const QFont& font, const QStringList& monthNames)
{
    const QFontMetrics metrics(font);
    m_area = area;
    m_dayNumbersRect = QRect(area.left(), area.top(), area.width(), metrics.height() + 6);
    int widestName = 0;
    for (const QString& name : monthNames) {
        widestName = std::max(widestName, metrics.horizontalAdvance(name));
    }
    m_nameWidth = widestName + metrics.horizontalAdvance(QStringLiteral(" +00")) + 4 * barPadding;
    m_rowTop = m_dayNumbersRect.bottom() + 1;
    const int fullLane = metrics.height() + 2;
    m_rowHeight = std::max(fullLane + 2 * rowInset + 1, (area.bottom() + 1 - m_rowTop) / 12);

    m_hiddenPerMonth = QList<int>(12, 0);
    m_barTexts = QList<QString>(m_bars.size());
    const int inner = m_rowHeight - 2 * rowInset - 1;
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        Bar& bar = m_bars[i];
        const int lanes = m_lanesPerMonth.at(bar.month - 1);
        const int laneHeight =
            std::min(fullLane, std::max(thinnestLane, (inner + laneGap) / lanes - laneGap));
        const int lanesFit = (inner + laneGap) / (laneHeight + laneGap);
        if (bar.lane >= lanesFit) {
            bar.rect = QRect();
            ++m_hiddenPerMonth[bar.month - 1];
            continue;
        }
        const int top = monthRect(bar.month).top() + 1 + rowInset + bar.lane * (laneHeight + laneGap);
        bar.rect = QRect(QPoint(columnLeft(bar.firstDay) + 1, top),
                         QPoint(columnLeft(bar.lastDay + 1) - 2, top + laneHeight - 1));
        if (laneHeight >= metrics.height()) {
            const QString text = metrics.elidedText(m_visits.at(m_visitIndex.value(bar.visitId)).title,
                                                    Qt::ElideRight, bar.rect.width() - 2 * barPadding);
            // A lone "…" says nothing; the tooltip tells the title.
            m_barTexts[i] = text.size() > 2 ? text : QString();
        }
    }

    m_weekBands.clear();
    for (int month = 1; month <= 12; ++month) {
        const QDate monthFirst(m_year, month, 1);
        const int days = monthFirst.daysInMonth();
        const QRect row = monthRect(month);
        for (int day = 1; day <= days;) {
            const QDate monday = mondayOf(QDate(m_year, month, day));
            WeekBand band;
            band.monday = monday;
            band.month = month;
            band.firstDay = day;
            band.lastDay = std::min(days, day + 7 - QDate(m_year, month, day).dayOfWeek());
            band.visitCount = visitsInWeek(monday);
            band.rect = QRect(QPoint(columnLeft(band.firstDay), row.top() + 1),
                              QPoint(columnLeft(band.lastDay + 1) - 1, row.bottom()));
            m_weekBands.append(band);
            day = band.lastDay + 1;
        }
    }
}

QRect YearLayout::monthRect(int month) const
{
    return QRect(m_area.left(), m_rowTop + (month - 1) * m_rowHeight, m_area.width(), m_rowHeight);
}

QRect YearLayout::monthNameRect(int month) const
{
    const QRect row = monthRect(month);
    return QRect(row.left(), row.top(), m_nameWidth, row.height());
}

QRect YearLayout::dayColumn(int day) const
{
    return QRect(QPoint(columnLeft(day), m_dayNumbersRect.top()),
                 QPoint(columnLeft(day + 1) - 1, monthRect(12).bottom()));
}

QRect YearLayout::dayRect(const QDate& day) const
{
    if (!day.isValid() || day.year() != m_year) {
        return {};
    }
    const QRect row = monthRect(day.month());
    return QRect(QPoint(columnLeft(day.day()), row.top()),
                 QPoint(columnLeft(day.day() + 1) - 1, row.bottom()));
}

QRect YearLayout::moreRect(int month) const
{
    if (hiddenCount(month) == 0) {
        return {};
    }
    return monthNameRect(month).adjusted(barPadding, 0, -barPadding, 0);
}

int YearLayout::monthAt(const QPoint& pos) const
{
    if (pos.x() < m_area.left() || pos.x() > m_area.right() || pos.y() < m_rowTop || m_rowHeight <= 0) {
        return 0;
    }
    const int month = (pos.y() - m_rowTop) / m_rowHeight + 1;
    return month <= 12 ? month : 0;
}

QDate YearLayout::dayAt(const QPoint& pos) const
{
    const int month = monthAt(pos);
    if (month == 0 || pos.x() < columnLeft(1)) {
        return {};
    }
    int day = 1;
    while (day < 31 && pos.x() >= columnLeft(day + 1)) {
        ++day;
    }
    return day <= QDate(m_year, month, 1).daysInMonth() ? QDate(m_year, month, day) : QDate();
}

const YearLayout::Bar* YearLayout::barAt(const QPoint& pos) const
{
    for (const Bar& bar : m_bars) {
        if (!bar.rect.isEmpty() && bar.rect.contains(pos)) {
            return &bar;
        }
    }
    return nullptr;
}

const YearLayout::WeekBand* YearLayout::weekBandAt(const QPoint& pos) const
{
    for (const WeekBand& band : m_weekBands) {
        if (band.rect.contains(pos)) {
            return &band;
        }
    }
    return nullptr;
}
