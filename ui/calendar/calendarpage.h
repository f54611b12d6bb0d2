// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/visit.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

#include <optional>

class DatabaseDocument;
class MonthView;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class UserPrompts;
class YearView;

/// The year at a glance, a month or the whole year at a time: every visit as a bar across its days,
/// coloured by status, with a legend and the selected visit's essentials beside the calendar.
class CalendarPage final : public QWidget
{
    Q_OBJECT

public:
    /// What the calendar shows: one month, or the twelve months of a year.
    enum class Mode { Month, Year };

    CalendarPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

    /// Turns to a month (1–12) in the month view and shows its visits.
    void showMonth(int year, int month);
    /// Shows a whole year in the year view.
    void showYear(int year);
    Mode mode() const { return m_mode; }
    /// Shows the month or the year that holds the month shown so far (or the month selected in the year).
    void setMode(Mode mode);
    MonthView* monthView() const { return m_view; }
    YearView* yearView() const { return m_yearView; }

Q_SIGNALS:
    /// The coordinator asked to open a visit: a double-click, Enter on a day, or the Open button.
    void openVisitRequested(Id visitId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Shows the month view or the year view as they are.
    void showView(Mode mode);
    void reload();
    void retranslateUi();
    void updateHeading();
    void updateSelection();
    /// The visit selected in the view shown.
    std::optional<VisitSummary> selectedVisit() const;

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    Mode m_mode = Mode::Month;
    MonthView* m_view;
    YearView* m_yearView;
    QStackedWidget* m_views;
    QToolButton* m_monthMode;
    QToolButton* m_yearMode;
    QToolButton* m_previousYear;
    QToolButton* m_previousMonth;
    QToolButton* m_nextMonth;
    QToolButton* m_nextYear;
    QPushButton* m_todayButton;
    QLabel* m_heading;
    QGroupBox* m_legend;
    QList<QPair<VisitStatus, QLabel*>> m_legendLabels;
    QLabel* m_loadError;
    QGroupBox* m_selection;
    QLabel* m_selectedTitle;
    QLabel* m_daysLabel;
    QLabel* m_selectedDays;
    QLabel* m_statusLabel;
    QLabel* m_selectedStatus;
    QLabel* m_hostLabel;
    QLabel* m_selectedHost;
    QLabel* m_noSelection;
    QPushButton* m_openButton;
    QElapsedTimer m_monthOpened; // since the year view opened a month
    bool m_stale = false;
};
