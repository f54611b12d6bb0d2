// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/visit.h"
#include "ui/calendar/monthlayout.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QPainter;

/// One month as a grid of weeks, Monday first, with ISO week numbers: every visit a bar across its
/// days, stacked in lanes where visits overlap, coloured by status.
///
/// Click a bar to select the visit, double-click (or Enter on the day cursor) to open it. The arrow
/// keys move the day cursor, PageUp / PageDown change the month (with Ctrl, the year), Home goes to
/// today, Space picks the next visit of the cursor's day.
class MonthView final : public QWidget
{
    Q_OBJECT

public:
    /// One piece of a visit's bar: a visit spanning two weeks has one in each week row.
    using Bar = MonthLayout::Bar;

    explicit MonthView(QWidget* parent = nullptr);

    int year() const { return m_year; }
    int month() const { return m_month; }
    /// Shows the month; emits monthChanged() when it is another one.
    void setMonth(int year, int month);
    /// The first and last day of the grid: from the Monday of the month's first week to the Sunday of its
    /// last.
    QDate firstShownDay() const { return m_layout.firstShownDay(); }
    QDate lastShownDay() const { return m_layout.lastShownDay(); }
    int rowCount() const { return m_layout.rowCount(); }
    QDate dayAt(int row, int column) const { return m_layout.dayAt(row, column); }
    /// Where a day's cell is drawn; empty for a day outside the grid.
    QRect dayRect(const QDate& day) const { return m_layout.dayRect(day); }
    /// The ISO 8601 week number of a row.
    int weekNumber(int row) const { return dayAt(row, 0).weekNumber(); }

    /// The visits to draw; those outside the grid are ignored. Keeps the selected visit if it is still there.
    void setVisits(const QList<VisitSummary>& visits);
    std::optional<VisitSummary> visit(Id id) const;

    /// The day marked as today: the system date (so the mark moves at midnight) unless set.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    /// Fixes the day marked as today, e.g. for a test; an invalid date follows the system date again.
    void setToday(const QDate& today);

    QDate cursorDay() const { return m_cursor; }
    /// Moves the day cursor, showing its month when it is another one.
    void setCursorDay(const QDate& day);

    Id selectedVisit() const { return m_selected; }
    /// Selects a visit (0: none) and emits visitSelected() when that changes the selection.
    void selectVisit(Id id);
    /// Whether a day's menu and a double-click may start a new visit (not in a file opened read-only).
    void setNewVisitsAllowed(bool allowed) { m_newVisitsAllowed = allowed; }

    /// Whether the month and year are painted above the grid (a page may show them itself).
    void setHeadingShown(bool shown);
    /// "May 2026", "Maj 2026", "Травень 2026": the month's standalone (nominative) name, as a heading.
    QString heading() const;
    static QString heading(int year, int month, const QLocale& locale);
    /// "May", "Maj", "Травень": the month's standalone (nominative) name, capitalised, as a heading.
    static QString monthName(int month, const QLocale& locale);

    /// The bars as laid out for the current month, data and size.
    QList<Bar> bars() const { return m_layout.bars(); }
    /// How many visits on a day do not fit its cell ("+N more"); 0 when all are shown.
    int hiddenCount(const QDate& day) const { return m_layout.hiddenCount(day); }

    /// The fill used for a status, here and in legends.
    static QColor statusColour(VisitStatus status);
    /// Black or white, whichever reads better on the fill of a status.
    static QColor statusTextColour(VisitStatus status);
    /// What a visit's tooltip says: its title, days, status and host.
    static QString toolTip(const VisitSummary& visit, const QLocale& locale);
    /// The heading of the week numbers' column ("Wk"), in the interface language.
    static QString weekHeading();
    /// Fills `rect` as a bar of that status is filled, its ends rounded where asked (with a darker
    /// edge; hatched when cancelled).
    static void fillStatus(QPainter& painter, const QRectF& rect, bool roundLeft, bool roundRight,
                           VisitStatus status);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void monthChanged(int year, int month);
    /// A visit was selected (by a click or the keyboard); 0 when the selection was cleared.
    void visitSelected(Id visitId);
    /// A visit was double-clicked or chosen with Enter.
    void visitActivated(Id visitId);
    /// A new visit is to start on `day`: an empty day double-clicked, or its right-click menu.
    void newVisitRequested(const QDate& day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    /// The day whose cell is under `pos`; invalid outside the grid.
    QDate dayUnder(const QPoint& pos) const;
    void layoutGeometry();
    void updateAccessibleTexts();
    QString toolTipFor(Id id) const;

    int m_year = 0;
    int m_month = 0;
    QDate m_today;
    QDate m_cursor;
    Id m_selected = 0;
    bool m_headingShown = true;
    MonthLayout m_layout;
    bool m_newVisitsAllowed = true;
};
