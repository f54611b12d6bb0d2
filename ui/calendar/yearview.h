// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/visit.h"
#include "ui/calendar/yearlayout.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

/// A year as twelve rows of days, one per month: every visit a bar across its days, stacked in lanes
/// where visits overlap, coloured by status as in the month view; each week shaded by how many
/// visits run in it, so the busy weeks of the year stand out.
///
/// A click on a month (its name or a free part of its row) asks to show it in the month view; a click on
/// a bar selects the visit, a double-click opens it. Up / Down move the selected month, Left / Right
/// step through its visits, Enter opens the selected visit (or the month when none is selected),
/// PageUp / PageDown change the year, Home goes to today's month.
class YearView final : public QWidget
{
    Q_OBJECT

public:
    /// One piece of a visit's bar: a visit spanning two months has one in each month's row.
    using Bar = YearLayout::Bar;

    explicit YearView(QWidget* parent = nullptr);

    int year() const { return m_layout.year(); }
    /// Shows the year; emits yearChanged() when it is another one.
    void setYear(int year);
    /// The days whose visits the view wants: the weeks that touch the year.
    QDate firstShownDay() const { return m_layout.firstShownDay(); }
    QDate lastShownDay() const { return m_layout.lastShownDay(); }

    /// The visits to draw; those outside the year are ignored. Keeps the selected visit if it is still there.
    void setVisits(const QList<VisitSummary>& visits);
    std::optional<VisitSummary> visit(Id id) const;

    /// The month marked as selected, 1–12.
    int selectedMonth() const { return m_month; }
    void selectMonth(int month);
    Id selectedVisit() const { return m_selected; }
    /// Selects a visit (0: none) and emits visitSelected() when that changes the selection.
    void selectVisit(Id id);

    /// The day marked as today: the system date unless set.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate& today);

    /// The bars as laid out for the current year, data and size.
    const QList<Bar>& bars() const { return m_layout.bars(); }
    /// How many visits run in the ISO week of `day` (Monday to Sunday).
    int visitsInWeek(const QDate& day) const { return m_layout.visitsInWeek(day); }
    /// How many visits of a month do not fit its row; 0 when all are shown.
    int hiddenCount(int month) const { return m_layout.hiddenCount(month); }
    QRect monthRect(int month) const { return m_layout.monthRect(month); }
    QRect monthNameRect(int month) const { return m_layout.monthNameRect(month); }
    QRect dayRect(const QDate& day) const { return m_layout.dayRect(day); }
    /// The month names down the side, in the interface language.
    QStringList monthNames() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void yearChanged(int year);
    /// A visit was selected (by a click or the keyboard); 0 when the selection was cleared.
    void visitSelected(Id visitId);
    /// A visit was double-clicked or chosen with Enter.
    void visitActivated(Id visitId);
    /// A month (1–12) of the year shown is to be seen in the month view.
    void monthActivated(int year, int month);

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
    void layoutGeometry();
    void updateAccessibleTexts();
    void paintRows(QPainter& painter);
    void paintBars(QPainter& painter);
    /// The rectangle of the selected visit's bar in the selected month, or of the month's name.
    QRect selectionRect() const;
    /// Selects the next (+1) or previous (-1) visit of the selected month; before the first is none.
    void stepVisit(int step);

    YearLayout m_layout;
    QDate m_today;
    int m_month = 1;
    Id m_selected = 0;
};
