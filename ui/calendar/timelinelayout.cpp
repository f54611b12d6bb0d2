// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/timelinelayout.h"

#include "core/languages/dayrange.h"
#include "ui/documents/htmlbuilder.h"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr int minutesPerDay = 24 * 60;
/// A minute a pixel: a drag lands on the very minute under the pointer, with or without snapping.
constexpr int pixelsPerHour = 60;
constexpr int snapMinutes = 5;
constexpr int defaultFirstHour = 8;
constexpr int defaultLastHour = 20;
constexpr int minimumColumnWidth = 140;
constexpr int preferredColumnWidth = 190;
constexpr int blockMargin = 2;
/// How far above a block's lower edge the pointer takes the edge rather than the block.
constexpr int edgeGrip = 5;

int minuteOfDay(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

int snapped(int minute, int step)
{
    return static_cast<int>(std::lround(static_cast<double>(minute) / step)) * step;
}

} // namespace

void TimelineLayout::setProgramme(const QList<QDate>& visitDays, const QList<ProgrammeRow>& sessions,
                                  const QList<ConflictWarning>& warnings)
{
    m_days = visitDays;
    m_textsElided = false;
    m_blocks.clear();
    m_blockOf.clear();
    m_warningsBySession.clear();
    for (const ProgrammeRow& row : sessions) {
        TimelineBlock block;
        block.session = row.session;
        const QString place = row.venueName.isEmpty() ? row.session.address : row.venueName;
        block.venue = HtmlBuilder::joinNonEmpty({place, row.session.room});
        m_blockOf.insert(block.session.id, m_blocks.size());
        m_blocks.append(block);
        if (const QDate day = row.session.startsAt.date(); !m_days.contains(day)) {
            m_days.insert(std::lower_bound(m_days.begin(), m_days.end(), day), day);
        }
    }
    for (const ConflictWarning& warning : warnings) {
        m_warningsBySession[warning.sessionId].append(warning.message);
    }
    arrange();
}

void TimelineLayout::arrange()
{
    m_firstHour = defaultFirstHour;
    m_lastHour = defaultLastHour;
    QList<QList<qsizetype>> byDay(m_days.size());
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        TimelineBlock& block = m_blocks[i];
        const QDateTime& start = block.session.startsAt;
        const QDateTime& end = block.session.endsAt;
        block.day = static_cast<int>(m_days.indexOf(start.date()));
        block.startMinute = minuteOfDay(start.time());
        block.endMinute =
            static_cast<int>(start.date().daysTo(end.date())) * minutesPerDay + minuteOfDay(end.time());
        block.endMinute = std::max(block.endMinute, block.startMinute + 1);
        m_firstHour = std::min(m_firstHour, block.startMinute / 60);
        m_lastHour = std::max(m_lastHour, std::min(24, (block.endMinute + 59) / 60));
        byDay[block.day].append(i);
    }
    // Sessions that overlap, directly or through others, share the column's width: each takes the
    // first lane free when it starts. The list is ordered by start already.
    for (const QList<qsizetype>& day : std::as_const(byDay)) {
        QList<int> laneEnds;
        QList<qsizetype> group;
        int groupEnd = -1;
        const auto closeGroup = [&] {
            for (const qsizetype index : std::as_const(group)) {
                m_blocks[index].lanes = static_cast<int>(laneEnds.size());
            }
            group.clear();
            laneEnds.clear();
        };
        for (const qsizetype index : day) {
            TimelineBlock& block = m_blocks[index];
            if (block.startMinute >= groupEnd) {
                closeGroup();
            }
            const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                           [&block](int end) { return end <= block.startMinute; });
            if (free == laneEnds.end()) {
                block.lane = static_cast<int>(laneEnds.size());
                laneEnds.append(block.endMinute);
            } else {
                block.lane = static_cast<int>(free - laneEnds.begin());
                *free = block.endMinute;
            }
            group.append(index);
            groupEnd = std::max(groupEnd, block.endMinute);
        }
        closeGroup();
    }
}

void TimelineLayout::relayout(const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    m_width = width;
    m_headerHeight = metrics.height() * 2;
    m_gutterWidth = metrics.horizontalAdvance(QStringLiteral("00:00")) + 16;
    m_dayLabels.clear();
    const QLocale locale;
    for (const QDate& day : std::as_const(m_days)) {
        // Genitive month names in Polish and Ukrainian: "wt. 19 maja", "вт 19 травня".
        m_dayLabels.append(locale.toString(day, QStringLiteral("ddd d MMMM")));
    }
    for (TimelineBlock& block : m_blocks) {
        const QRect column = rectFor(block.day, block.startMinute, block.endMinute);
        const int laneWidth = column.width() / block.lanes;
        const int gap = block.lane < block.lanes - 1 ? blockMargin : 0;
        block.rect = QRect(column.x() + block.lane * laneWidth, column.y(), laneWidth - gap, column.height());
    }
    m_textsElided = false;
}

void TimelineLayout::elideTexts(const QFont& font)
{
    if (m_textsElided) {
        return;
    }
    m_textsElided = true;
    const QFontMetrics metrics(font);
    const QFontMetrics bold(titleFont(font));
    const int lineHeight = metrics.height();
    for (TimelineBlock& block : m_blocks) {
        const int textWidth = block.rect.width() - 2 * textPadding;
        // The badge takes the top right corner: the first line stops short of it.
        const int firstWidth = textWidth - (hasWarning(block.session.id) ? lineHeight + textPadding : 0);
        const int lines = (block.rect.height() - 2 * textPadding) / lineHeight;
        const QString title = block.session.title.forReader();
        const QString time = timeText(block);
        block.firstLine.clear();
        block.secondLine.clear();
        block.thirdLine.clear();
        if (lines >= 2) {
            block.firstLine = bold.elidedText(title, Qt::ElideRight, firstWidth);
            block.secondLine = metrics.elidedText(time, Qt::ElideRight, textWidth);
            if (lines >= 3) {
                block.thirdLine = metrics.elidedText(block.venue, Qt::ElideRight, textWidth);
            }
        } else if (block.rect.height() >= lineHeight * 2 / 3) {
            block.firstLine =
                bold.elidedText(clock(block.startMinute) + u' ' + title, Qt::ElideRight, firstWidth);
        }
    }
}

QSize TimelineLayout::sizeHint() const
{
    const int days = std::max<int>(1, static_cast<int>(m_days.size()));
    return QSize(m_gutterWidth + days * preferredColumnWidth, yOf(m_lastHour * 60) + blockMargin * 4);
}

QSize TimelineLayout::minimumSizeHint() const
{
    const int days = std::max<int>(1, static_cast<int>(m_days.size()));
    return QSize(m_gutterWidth + days * minimumColumnWidth, yOf(m_lastHour * 60) + blockMargin * 4);
}

int TimelineLayout::columnWidth() const
{
    const int days = std::max<int>(1, static_cast<int>(m_days.size()));
    return std::max(minimumColumnWidth, (m_width - m_gutterWidth) / days);
}

int TimelineLayout::columnX(int day) const
{
    return m_gutterWidth + day * columnWidth();
}

int TimelineLayout::yOf(int minute) const
{
    return m_headerHeight + (minute - m_firstHour * 60) * pixelsPerHour / 60;
}

int TimelineLayout::minuteAt(int y) const
{
    return m_firstHour * 60 + static_cast<int>(std::lround((y - m_headerHeight) * 60.0 / pixelsPerHour));
}

int TimelineLayout::dayAt(int x) const
{
    const int last = std::max<int>(0, static_cast<int>(m_days.size()) - 1);
    return std::clamp((x - m_gutterWidth) / columnWidth(), 0, last);
}

QRect TimelineLayout::gridRect() const
{
    return QRect(m_gutterWidth, m_headerHeight, static_cast<int>(m_days.size()) * columnWidth(),
                 yOf(m_lastHour * 60) - m_headerHeight);
}

QRect TimelineLayout::rectFor(int day, int startMinute, int endMinute) const
{
    // A session running past the last hour shown (past midnight) is cut at the bottom.
    const int top = yOf(std::max(startMinute, m_firstHour * 60));
    const int bottom = yOf(std::min(endMinute, m_lastHour * 60));
    return QRect(columnX(day) + blockMargin, top, columnWidth() - 2 * blockMargin, std::max(1, bottom - top));
}

QPoint TimelineLayout::pointAt(const QDate& day, const QTime& time) const
{
    const qsizetype column = m_days.indexOf(day);
    if (column < 0) {
        return {};
    }
    const int index = static_cast<int>(column);
    return QPoint(columnX(index) + columnWidth() / 2, yOf(minuteOfDay(time)));
}

qsizetype TimelineLayout::blockAt(const QPoint& pos) const
{
    for (qsizetype i = m_blocks.size() - 1; i >= 0; --i) {
        if (m_blocks.at(i).rect.contains(pos)) {
            return i;
        }
    }
    return -1;
}

bool TimelineLayout::onLowerEdge(const TimelineBlock& block, const QPoint& pos) const
{
    // Not on a session cut at the bottom: its real end is not there to be dragged.
    if (block.endMinute > m_lastHour * 60) {
        return false;
    }
    const int grip = std::min(edgeGrip, block.rect.height() / 3);
    return pos.y() > block.rect.bottom() - grip;
}

QDateTime TimelineLayout::dateTime(int day, int minute) const
{
    return QDateTime(m_days.at(day), QTime(0, 0), Qt::UTC).addSecs(qint64(minute) * 60);
}

std::pair<QDateTime, QDateTime> TimelineLayout::hourAt(const QPoint& pos) const
{
    const int start = std::clamp(snapped(minuteAt(pos.y()), snapMinutes), 0, minutesPerDay - 60);
    const int day = dayAt(pos.x());
    return {dateTime(day, start), dateTime(day, start + 60)};
}

qsizetype TimelineLayout::neighbour(qsizetype current, int step) const
{
    return current < 0 ? (step > 0 ? 0 : m_blocks.size() - 1)
                       : std::clamp<qsizetype>(current + step, 0, m_blocks.size() - 1);
}

qsizetype TimelineLayout::nearestOnOtherDay(qsizetype current, int step) const
{
    const TimelineBlock& from = m_blocks.at(current);
    for (int day = from.day + step; day >= 0 && day < m_days.size(); day += step) {
        qsizetype nearest = -1;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            const TimelineBlock& block = m_blocks.at(i);
            if (block.day == day &&
                (nearest < 0 || std::abs(block.startMinute - from.startMinute) <
                                    std::abs(m_blocks.at(nearest).startMinute - from.startMinute))) {
                nearest = i;
            }
        }
        if (nearest >= 0) {
            return nearest;
        }
    }
    return -1;
}

TimelineDrag TimelineLayout::pressAt(const QPoint& pos) const
{
    TimelineDrag drag;
    if (m_days.isEmpty() || !gridRect().contains(pos)) {
        return drag;
    }
    drag.pressPos = pos;
    drag.lastPos = pos;
    if (const qsizetype index = blockAt(pos); index >= 0) {
        const TimelineBlock& block = m_blocks.at(index);
        drag.block = index;
        drag.pressDay = drag.day = block.day;
        drag.startMinute = block.startMinute;
        drag.endMinute = block.endMinute;
        drag.gesture = onLowerEdge(block, pos) ? TimelineDrag::Gesture::Resize : TimelineDrag::Gesture::Move;
    } else {
        drag.pressDay = drag.day = dayAt(pos.x());
        drag.startMinute = drag.endMinute = minuteAt(pos.y());
        drag.gesture = TimelineDrag::Gesture::Create;
    }
    return drag;
}

void TimelineLayout::dragTo(TimelineDrag& drag, const QPoint& pos, bool singleMinutes) const
{
    const int step = singleMinutes ? 1 : snapMinutes;
    const int first = m_firstHour * 60;
    const int last = m_lastHour * 60;
    const int delta = minuteAt(pos.y()) - minuteAt(drag.pressPos.y());
    switch (drag.gesture) {
    case TimelineDrag::Gesture::Move: {
        const TimelineBlock& block = m_blocks.at(drag.block);
        const int length = block.endMinute - block.startMinute;
        // Kept within the hours shown, so that what is dropped is what was seen; a session running
        // past midnight keeps the part of it that was shown.
        const int latest = std::max(first, last - std::min(length, last - block.startMinute));
        drag.startMinute = std::clamp(snapped(block.startMinute + delta, step), first, latest);
        drag.endMinute = drag.startMinute + length;
        drag.day = dayAt(pos.x());
        break;
    }
    case TimelineDrag::Gesture::Resize: {
        const TimelineBlock& block = m_blocks.at(drag.block);
        const int shortest = block.startMinute + step;
        const int longest = std::max({last, block.endMinute, shortest});
        drag.endMinute = std::clamp(snapped(block.endMinute + delta, step), shortest, longest);
        break;
    }
    case TimelineDrag::Gesture::Create: {
        const int pressed = std::clamp(minuteAt(drag.pressPos.y()), first, last);
        const int now = std::clamp(minuteAt(pos.y()), first, last);
        drag.startMinute = snapped(std::min(pressed, now), step);
        drag.endMinute = snapped(std::max(pressed, now), step);
        break;
    }
    case TimelineDrag::Gesture::None:
        break;
    }
}

std::optional<Qt::CursorShape> TimelineLayout::cursorAt(const TimelineDrag& drag, const QPoint& pos) const
{
    switch (drag.gesture) {
    case TimelineDrag::Gesture::Move:
        return drag.started ? Qt::ClosedHandCursor : Qt::OpenHandCursor;
    case TimelineDrag::Gesture::Resize:
        return Qt::SizeVerCursor;
    case TimelineDrag::Gesture::Create:
        return Qt::CrossCursor;
    case TimelineDrag::Gesture::None:
        break;
    }
    if (const qsizetype index = blockAt(pos); index >= 0) {
        return onLowerEdge(m_blocks.at(index), pos) ? Qt::SizeVerCursor : Qt::OpenHandCursor;
    }
    return std::nullopt;
}

// The programme is read with a 24-hour clock in every language, as the time inputs show it.
QString TimelineLayout::clock(int minute)
{
    const int inDay = ((minute % minutesPerDay) + minutesPerDay) % minutesPerDay;
    return QTime(inDay / 60, inDay % 60).toString(QStringLiteral("HH:mm"));
}

QString TimelineLayout::timeText(const QDate& startDay, int startMinute, int endMinute)
{
    // Minutes count from the start day's midnight and may run past it.
    const QDateTime midnight(startDay, QTime(0, 0), Qt::UTC);
    return formatTimeRange(midnight.addSecs(qint64(startMinute) * 60),
                           midnight.addSecs(qint64(endMinute) * 60));
}

QString TimelineLayout::timeText(const TimelineBlock& block)
{
    return timeText(block.session.startsAt.date(), block.startMinute, block.endMinute);
}

QFont TimelineLayout::titleFont(QFont font)
{
    font.setBold(true);
    return font;
}
