// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/visit.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRect>
#include <QStringList>

/// Where a year view puts everything: the twelve months as rows, the days of the month as columns
/// (1 to 31), every visit a bar across its days in each month it reaches, stacked in lanes where
/// visits overlap, and behind the bars each week shaded by how many visits run in it. It holds no
/// widget: the view hands it the year, the visits, its rectangle, its font and the month names.
class YearLayout final
{
public:
    /// One piece of a visit's bar: a visit spanning two months has one in each month's row.
    struct Bar
    {
        Id visitId = 0;
        int month = 0;    ///< 1–12
        int firstDay = 0; ///< day of the month, from 1
        int lastDay = 0;
        int lane = 0;            ///< 0 is the top one
        bool startsHere = false; ///< the visit's first day is in this month: the bar's left end is rounded
        bool endsHere = false;   ///< the visit's last day is in this month: the right end is rounded
        QRect rect; ///< where it is drawn; empty when its lane does not fit and it is counted in "+N"
    };

    /// The part of a week that lies in one month's row, shaded by how many visits run in the week.
    struct WeekBand
    {
        QDate monday;
        int month = 0;
        int firstDay = 0;
        int lastDay = 0;
        int visitCount = 0;
        QRect rect;
    };

    /// Between a bar's edge and its text.
    static constexpr int barPadding = 3;

    /// Shows the months of `year` and lays out the bars of the visits held again.
    void setYear(int year);
    int year() const { return m_year; }
    /// The weeks counted: from the Monday of the week of 1 January to the Sunday of the week of
    /// 31 December. A visit on the last days of December before still makes its week busier.
    QDate firstShownDay() const;
    QDate lastShownDay() const;

    /// Keeps the visits that reach into the weeks counted and lays out the bars of those with a day
    /// in the year.
    void setVisits(const QList<VisitSummary>& visits);
    /// The visit held with that id, or null.
    const VisitSummary* visit(Id id) const;
    const QList<VisitSummary>& visits() const { return m_visits; }

    /// How many of the visits held run on at least one day of the ISO week (Monday to Sunday) of `day`.
    int visitsInWeek(const QDate& day) const;
    /// The most visits in any week of the year; 0 for an empty year.
    int busiestWeekCount() const { return m_busiest; }

    /// Places the months in `area` with `font`, the months' names (January first) in a column of their
    /// own; decides which bars fit, elides their titles and counts the rest.
    void relayout(const QRect& area, const QFont& font, const QStringList& monthNames);
    QRect dayNumbersRect() const { return m_dayNumbersRect; }
    /// The whole row of a month (1–12), its name included.
    QRect monthRect(int month) const;
    QRect monthNameRect(int month) const;
    /// The column of a day of the month (1–31) across all rows.
    QRect dayColumn(int day) const;
    /// Where a day's cell is; empty for a day outside the year.
    QRect dayRect(const QDate& day) const;
    /// The "+N" of a month whose visits do not all fit; empty when they do.
    QRect moreRect(int month) const;

    const QList<Bar>& bars() const { return m_bars; }
    /// The title of the visit of bars().at(index), elided to its bar; empty when it does not fit.
    QString barText(qsizetype index) const { return m_barTexts.value(index); }
    const QList<WeekBand>& weekBands() const { return m_weekBands; }
    /// How many visits of a month do not fit its row; 0 when all are shown.
    int hiddenCount(int month) const { return m_hiddenPerMonth.value(month - 1); }
    /// The visits reaching into a month, by first day.
    QList<Id> visitsIn(int month) const;

    /// The month (1–12) whose row is under `pos`, or 0.
    int monthAt(const QPoint& pos) const;
    /// The day under `pos`; invalid outside the rows or past a month's end.
    QDate dayAt(const QPoint& pos) const;
    const Bar* barAt(const QPoint& pos) const;
    const WeekBand* weekBandAt(const QPoint& pos) const;

private:
    void layoutBars();
    void countWeeks();
    int columnLeft(int day) const;

    int m_year = 0;
    QList<VisitSummary> m_visits;
    QHash<Id, qsizetype> m_visitIndex;
    QList<Bar> m_bars;
    QList<QString> m_barTexts; // the titles elided to their bars, parallel to m_bars
    QList<int> m_lanesPerMonth;
    QList<int> m_hiddenPerMonth;
    QList<int> m_weekCounts; // from the Monday of the week of 1 January
    int m_busiest = 0;
    QList<WeekBand> m_weekBands;

    QRect m_area;
    QRect m_dayNumbersRect;
    int m_nameWidth = 0;
    int m_rowTop = 0;
    int m_rowHeight = 0;
};
