// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conflicts/conflictchecker.h"
#include "core/model/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRect>
#include <QStringList>

#include <optional>
#include <utility>

/// A session as drawn on the timeline: where, in which lane of its overlapping group, and the texts
/// that fit.
struct TimelineBlock
{
    Session session;
    QString venue;
    int day = 0;         ///< column
    int startMinute = 0; ///< from the start day's midnight
    int endMinute = 0;   ///< from the start day's midnight; past 24 * 60 when it ends a later day
    int lane = 0;
    int lanes = 1;
    QRect rect;
    QString firstLine; ///< the texts as they fit (TimelineLayout::elideTexts)
    QString secondLine;
    QString thirdLine;
};

/// What the mouse is doing on the timeline: what was pressed, and where the block would go if
/// released now.
struct TimelineDrag
{
    enum class Gesture { None, Move, Resize, Create };

    Gesture gesture = Gesture::None;
    bool started = false; ///< moved far enough from the press to be a drag, not a click
    qsizetype block = -1;
    QPoint pressPos;
    QPoint lastPos; ///< for Shift pressed or released without a move
    int pressDay = 0;
    int day = 0;
    int startMinute = 0;
    int endMinute = 0;
};

/// Where the timeline of a visit's programme puts everything: a column per day, the hours downwards
/// at a minute a pixel, sessions at the same time side by side in lanes, and the texts that fit in
/// each block. It holds no widget: the timeline hands it the programme, its font and its width.
class TimelineLayout final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineLayout)

public:
    /// Between a block's edge and its text.
    static constexpr int textPadding = 3;

    /// Takes the programme: the visit's days (none when unknown), its sessions ordered by start,
    /// then id, and the conflict warnings about them. A session outside the visit's days still gets
    /// a column, to be seen and moved back. Lays out the lanes and the hours shown.
    void setProgramme(const QList<QDate>& visitDays, const QList<ProgrammeRow>& sessions,
                      const QList<ConflictWarning>& warnings);
    /// Places the blocks for the font and the width; the day labels follow the default locale.
    void relayout(const QFont& font, int width);
    /// Elides the blocks' texts to their places, once after each relayout(): for the paint, as a
    /// new programme is laid out again when the timeline takes its new height.
    void elideTexts(const QFont& font);

    const QList<QDate>& days() const { return m_days; }
    QString dayLabel(int day) const { return m_dayLabels.value(day); }
    /// Ordered by start, then id.
    const QList<TimelineBlock>& blocks() const { return m_blocks; }
    /// The index of the session's block in blocks(), or -1.
    qsizetype indexOf(Id sessionId) const { return m_blockOf.value(sessionId, -1); }
    bool contains(Id sessionId) const { return m_blockOf.contains(sessionId); }
    /// The messages of the conflict warnings about the session.
    QStringList warningsOf(Id sessionId) const { return m_warningsBySession.value(sessionId); }
    bool hasWarning(Id sessionId) const { return m_warningsBySession.contains(sessionId); }

    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }
    int headerHeight() const { return m_headerHeight; }
    int gutterWidth() const { return m_gutterWidth; }
    QSize sizeHint() const;
    QSize minimumSizeHint() const;

    int columnWidth() const;
    int columnX(int day) const;
    int yOf(int minute) const;
    int minuteAt(int y) const;
    /// The column under `x`, the first or the last one when outside them.
    int dayAt(int x) const;
    /// The days' columns below their header, from the first hour shown to the last.
    QRect gridRect() const;
    /// The place of a block from `startMinute` to `endMinute` on the day, taking the column's width.
    QRect rectFor(int day, int startMinute, int endMinute) const;
    /// The point in the middle of `day`'s column at `time`; null when the day has no column.
    QPoint pointAt(const QDate& day, const QTime& time) const;
    /// The block under `pos` (the one drawn last when they overlap), or -1.
    qsizetype blockAt(const QPoint& pos) const;
    /// Whether `pos` takes the block's lower edge, to change its end, rather than the block.
    bool onLowerEdge(const TimelineBlock& block, const QPoint& pos) const;
    QDateTime dateTime(int day, int minute) const;
    /// An hour from the five minutes nearest `pos`, on its day: a quick start for a new session.
    std::pair<QDateTime, QDateTime> hourAt(const QPoint& pos) const;

    /// The block `step` places later (earlier when negative) than the one at `current`, kept within
    /// the programme; from none (-1), the first block or the last. The programme must not be empty.
    qsizetype neighbour(qsizetype current, int step) const;
    /// On the next day with sessions after (step 1) or before (step -1) the block at `current`, the
    /// block starting nearest in time to it; -1 when there is no such day.
    qsizetype nearestOnOtherDay(qsizetype current, int step) const;

    /// The gesture a press at `pos` begins: moving or resizing the block under it, or creating a
    /// session in empty space; none outside the grid.
    TimelineDrag pressAt(const QPoint& pos) const;
    /// Where the dragged block would go with the pointer at `pos`, snapped to whole minutes when
    /// `singleMinutes`, else to 5 minutes, and kept within the hours shown.
    void dragTo(TimelineDrag& drag, const QPoint& pos, bool singleMinutes) const;
    /// The pointer's shape at `pos` during `drag` (none pressed: over a block, its edge or empty
    /// space), or none for the widget's own.
    std::optional<Qt::CursorShape> cursorAt(const TimelineDrag& drag, const QPoint& pos) const;

    /// A minute from midnight as 24-hour time; minutes of a later day count from its midnight.
    static QString clock(int minute);
    /// "09:00–10:30"; a session ending on a later day also names that day.
    static QString timeText(const QDate& startDay, int startMinute, int endMinute);
    /// The block's session's time, as timeText() words it.
    static QString timeText(const TimelineBlock& block);
    /// The font of a block's first line.
    static QFont titleFont(QFont font);

private:
    /// Lanes and the hours shown: what depends on the data only.
    void arrange();

    QList<QDate> m_days;
    QStringList m_dayLabels;
    QList<TimelineBlock> m_blocks;
    bool m_textsElided = false;
    QHash<Id, qsizetype> m_blockOf;
    QHash<Id, QStringList> m_warningsBySession;
    int m_firstHour = 8;
    int m_lastHour = 20;
    int m_headerHeight = 0;
    int m_gutterWidth = 0;
    int m_width = 0;
};
