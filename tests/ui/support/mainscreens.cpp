// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/support/mainscreens.h"

#include "tests/ui/support/windowfixture.h"
#include "ui/calendar/calendarpage.h"
#include "ui/calendar/yearview.h"

#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

namespace {

/// Shows a page with its first record selected, so its details are in view too.
std::function<void(MainWindow&, const QList<Id>&)> page(MainWindow::Page page)
{
    return [page](MainWindow& window, const QList<Id>&) {
        window.showPage(page);
        REQUIRE(waitForListsRead(window));
        const auto tables = window.findChildren<QTableView*>();
        for (QTableView* table : tables) {
            if (table->isVisible() && table->model() && table->model()->rowCount() > 0 &&
                !table->selectionModel()->currentIndex().isValid()) {
                table->selectRow(0);
            }
        }
    };
}

/// Shows the seven-day sample visit in the editor, on one of its tabs.
std::function<void(MainWindow&, const QList<Id>&)> visitTab(int tab)
{
    return [tab](MainWindow& window, const QList<Id>& visits) {
        window.openVisit(visits.at(1));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("visitTabs"));
        REQUIRE(tabs);
        tabs->setCurrentIndex(tab);
    };
}

} // namespace

const QList<MainScreen>& mainScreens()
{
    static const QList<MainScreen> screens = {
        {"visits", page(MainWindow::Page::Visits)},
        {"calendar",
         [](MainWindow& window, const QList<Id>&) {
             window.showPage(MainWindow::Page::Calendar);
             window.findChild<CalendarPage*>()->showMonth(2026, 5); // the month of the seven-day sample visit
         }},
        {"calendar-year",
         [](MainWindow& window, const QList<Id>& visits) {
             window.showPage(MainWindow::Page::Calendar);
             auto* calendar = window.findChild<CalendarPage*>();
             calendar->showYear(2026);
             // The seven-day sample visit selected, so that its essentials show beside the year.
             calendar->yearView()->selectMonth(5);
             calendar->yearView()->selectVisit(visits.at(1));
         }},
        {"institutions", page(MainWindow::Page::Institutions)},
        {"people", page(MainWindow::Page::People)},
        {"projects", page(MainWindow::Page::Projects)},
        {"groups", page(MainWindow::Page::ExchangeGroups)},
        {"visit-details", visitTab(0)},
        {"visit-participants", visitTab(1)},
        {"visit-programme", visitTab(2)},
        {"visit-timeline", visitTab(3)},
    };
    return screens;
}
