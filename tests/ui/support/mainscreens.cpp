// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/support/mainscreens.h"

#include "core/storage/costrepository.h"
#include "core/storage/visitrepository.h"
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

/// The seven-day sample visit's costs tab, with a few costs entered first: the samples have none.
std::function<void(MainWindow&, const QList<Id>&)> visitCosts()
{
    return [](MainWindow& window, const QList<Id>& visits) {
        Database& database = *window.database();
        const Id visitId = visits.at(1);
        CostRepository costs(database);
        const auto existing = costs.listForVisit(visitId);
        REQUIRE(existing.ok());
        if (existing->isEmpty()) {
            const auto visit = VisitRepository(database).get(visitId);
            REQUIRE(visit.ok());
            const auto add = [&](CostCategory category, const QString& description, qint64 planned,
                                 std::optional<qint64> actual, Id funder, bool paid, const QString& invoice) {
                CostLine line;
                line.visitId = visitId;
                line.category = category;
                line.description = description;
                line.planned = planned;
                line.actual = actual;
                line.fundingProjectId = funder;
                line.paid = paid;
                line.invoiceReference = invoice;
                REQUIRE(costs.create(line).ok());
            };
            const Id project = visit->fundingProjectId;
            add(CostCategory::Accommodation, QStringLiteral("Hotel Ibis, 6 nocy × 8 osób"), 1248000, 1231050,
                project, true, QStringLiteral("FV 118/05/2026"));
            add(CostCategory::Meals, QStringLiteral("Obiady i przerwy kawowe"), 640000, std::nullopt, project,
                false, QString());
            add(CostCategory::Interpreting, QStringLiteral("Tłumaczka ukraińskiego, 5 dni"), 750000, 750000,
                project, false, QStringLiteral("R 7/2026"));
            add(CostCategory::Transport, QStringLiteral("Bus do Płocka"), 120000, std::nullopt, 0, false,
                QString());
        }
        window.openVisit(visitId);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("visitTabs"));
        REQUIRE(tabs);
        tabs->setCurrentIndex(4);
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
        {"visit-costs", visitCosts()},
    };
    return screens;
}
