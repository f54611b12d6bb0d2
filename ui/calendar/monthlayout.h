// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/visit.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRect>

#include <array>

/// Where a month view puts everything: the month's weeks as rows of seven days, Monday first, every
/// visit a bar across its days in each week it reaches, stacked in lanes where visits overlap, and
/// "+N more" in a day too small for all of its visits. It holds no widget: the view hands it the
/// month, the visits, its rectangle and its font.
class MonthLayout final
{
public:
    /// One piece of a visit's bar: a visit spanning two weeks has one in each week row.
    struct Bar
    {
        Id visitId = 0;
        int row = 0;         ///< week row of the grid, from 0
        int firstColumn = 0; ///< 0 is Monday
        int lastColumn = 0;
        int lane = 0;            ///< 0 is the top one
        bool startsHere = false; ///< the visit's first day is in this row: the bar's left end is rounded
        bool endsHere = false;   ///< the visit's last day is in this row: the right end is rounded
        QRect rect; ///< where it is drawn; empty when its lane does not fit and it is counted in "+N more"
    };

    /// Visible "+N more" in one cell.
    struct MoreLabel
    {
        int row = 0;
        int column = 0;
        int count = 0;
        QRect rect;
    };

    /// Between a bar's edge and its text.
    static constexpr int barPadding = 4;

    /// Shows the month's weeks, from the Monday of its first week to the Sunday of its last, and lays
    /// out the bars of the visits held again.
    void setMonth(int year, int month);
    QDate firstShownDay() const { return m_firstShownDay; }
    QDate lastShownDay() const { return m_firstShownDay.addDays(m_rowCount * 7 - 1); }
    int rowCount() const { return m_rowCount; }
    QDate dayAt(int row, int column) const { return m_firstShownDay.addDays(row * 7 + column); }

    /// Keeps the visits that reach into the weeks shown and lays out their bars in lanes.
    void setVisits(const QList<VisitSummary>& visits);
    /// The visit held with that id, or null.
    const VisitSummary* visit(Id id) const;

    /// Places the grid in `area` with `font`, below a heading when `headingShown`, the week numbers'
    /// column wide enough for `weekHeading`; decides which bars fit, elides their titles and counts
    /// the rest in "+N more".
    void relayout(const QRect& area, const QFont& font, bool headingShown, const QString& weekHeading);
    QRect headingRect() const { return m_headingRect; }
    QRect dayNamesRect() const { return m_dayNamesRect; }
    QRect gridRect() const { return m_gridRect; }
    int weekColumnWidth() const { return m_weekColumnWidth; }
    int dayNumberHeight() const { return m_dayNumberHeight; }

    const QList<Bar>& bars() const { return m_bars; }
    /// The title of the visit of bars().at(index), elided to its bar.
    QString barText(qsizetype index) const { return m_barTexts.value(index); }
    const QList<MoreLabel>& moreLabels() const { return m_moreLabels; }
    /// How many visits on a day do not fit its cell; 0 when all are shown.
    int hiddenCount(const QDate& day) const;
    /// The titles of the visits counted in the label.
    QStringList hiddenTitles(const MoreLabel& label) const;

    QRect cellRect(int row, int column) const;
    /// Where a day's cell is; empty for a day outside the grid.
    QRect dayRect(const QDate& day) const;
    /// The cell under `pos` as (column, row), or {-1, -1}.
    QPoint cellAt(const QPoint& pos) const;
    const Bar* barAt(const QPoint& pos) const;
    const MoreLabel* moreLabelAt(const QPoint& pos) const;
    /// The visits on a day in lane order.
    QList<Id> visitsOn(const QDate& day) const;

    /// The font of the month's heading.
    static QFont headingFont(QFont font);

private:
    void layoutBars();

    QDate m_firstShownDay;
    int m_rowCount = 0;

    QList<VisitSummary> m_visits;
    QHash<Id, qsizetype> m_visitIndex;
    QList<Bar> m_bars;
    QList<QString> m_barTexts; // the titles elided to their bars, parallel to m_bars
    QList<int> m_lanesPerRow;
    QList<std::array<int, 7>> m_hiddenPerDay;
    QList<MoreLabel> m_moreLabels;

    QRect m_headingRect;
    QRect m_dayNamesRect;
    QRect m_gridRect;
    int m_weekColumnWidth = 0;
    int m_laneHeight = 0;
    int m_dayNumberHeight = 0;
};
