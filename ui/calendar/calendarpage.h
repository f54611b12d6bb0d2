// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"

#include <QList>
#include <QWidget>

class DatabaseDocument;
class MonthView;
class QGroupBox;
class QLabel;
class QPushButton;
class QToolButton;
class UserPrompts;

/// The year at a glance, a month at a time: every visit as a bar across its days, coloured by status,
/// with a legend and the selected visit's essentials beside the month.
class CalendarPage final : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

    /// Turns to a month (1–12) and shows its visits.
    void showMonth(int year, int month);
    MonthView* monthView() const { return m_view; }

Q_SIGNALS:
    /// The coordinator asked to open a visit: a double-click, Enter on a day, or the Open button.
    void openVisitRequested(Id visitId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void retranslateUi();
    void updateHeading();
    void updateSelection();

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    MonthView* m_view;
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
    bool m_stale = false;
};
