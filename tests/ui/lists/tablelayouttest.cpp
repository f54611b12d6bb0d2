// SPDX-License-Identifier: GPL-3.0-or-later
// The lists as a coordinator reads them at 1100 pixels: times, days, amounts and counts whole, a cut
// text whole in its tooltip, Tab leading out, and widths and order as they were left.
#include "core/sample/sampledata.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/lists/recordlistpage.h"
#include "ui/lists/tablecolumns.h"
#include "ui/lists/tablesetup.h"
#include "ui/records/projectspage.h"
#include "ui/records/visitspage.h"
#include "ui/visit/visiteditor.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

namespace {

/// Every cell of a whole column (WholeColumnRole) in view that its column cuts short, "column: text".
QStringList cutWholeCells(const QTableView* table)
{
    QStringList cut;
    const QAbstractItemModel* model = table->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!model->headerData(column, Qt::Horizontal, WholeColumnRole).toBool() ||
            table->isColumnHidden(column)) {
            continue;
        }
        for (int row = 0;
             row < model->rowCount() && table->rowViewportPosition(row) < table->viewport()->height();
             ++row) {
            const QModelIndex index = model->index(row, column);
            if (isTextCut(table, index)) {
                cut << model->headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") +
                           index.data().toString();
            }
        }
    }
    return cut;
}

/// The one list of a page.
QTableView* tableOf(QWidget* page)
{
    REQUIRE(page);
    auto* table = page->findChild<QTableView*>();
    REQUIRE(table);
    return table;
}

} // namespace

TEST_CASE("At 1100 pixels no time, day, amount or count is cut, in Polish, Ukrainian and English")
{
    for (const char* language : {"pl", "uk", "en"}) {
        INFO(language);
        WindowFixture fixture{QString::fromLatin1(language)};
        MainWindow& window = *fixture.window;
        window.resize(1100, 720);
        const auto sample = SampleData::add(*window.database());
        REQUIRE(sample.ok());
        QApplication::processEvents();

        window.showPage(MainWindow::Page::Visits);
        REQUIRE(waitForListsRead(window));
        QApplication::processEvents();
        CHECK(cutWholeCells(tableOf(window.findChild<VisitsPage*>())).isEmpty());

        window.showPage(MainWindow::Page::Projects);
        REQUIRE(waitForListsRead(window));
        QApplication::processEvents();
        CHECK(cutWholeCells(tableOf(window.findChild<ProjectsPage*>())).isEmpty());

        window.openVisit(sample->at(1)); // seven days in two cities
        auto* tabs = window.findChild<VisitEditor*>()->findChild<QTabWidget*>();
        REQUIRE(tabs);
        for (int tab = 1; tab <= 2; ++tab) { // participants, programme
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            for (QTableView* table : tabs->currentWidget()->findChildren<QTableView*>()) {
                INFO("tab " << tab);
                CHECK(cutWholeCells(table) == QStringList());
            }
        }
    }
}

TEST_CASE("A text cut short shows whole as its tooltip, and Tab leads out of a list")
{
    QWidget form;
    auto* table = new QTableView(&form);
    auto* next = new QLineEdit(&form);
    QStandardItemModel model(2, 2);
    const QString longName =
        QStringLiteral("Mazowieckie Centrum Polityki Społecznej, sala konferencyjna nr 2");
    model.setItem(0, 0, new QStandardItem(longName));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("MOPS")));
    auto* withOwnTip = new QStandardItem(QStringLiteral("Wizyta studyjna z Lwowa i okolic"));
    withOwnTip->setToolTip(QStringLiteral("its own tooltip"));
    model.setItem(0, 1, withOwnTip);
    table->setModel(&model);
    setUpRowTable(table);
    table->setColumnWidth(0, 120);
    table->setColumnWidth(1, 60);
    auto* layout = new QVBoxLayout(&form);
    layout->addWidget(table);
    layout->addWidget(next);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));

    const auto tooltipAt = [table](const QModelIndex& index) {
        QToolTip::hideText();
        const QPoint at = table->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    REQUIRE(isTextCut(table, model.index(0, 0)));
    CHECK(tooltipAt(model.index(0, 0)) == longName);
    CHECK_FALSE(isTextCut(table, model.index(1, 0)));
    CHECK(tooltipAt(model.index(1, 0)) != QStringLiteral("MOPS")); // shown whole: nothing to add
    QToolTip::hideText();

    table->setFocus();
    REQUIRE(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(next->hasFocus());
}

TEST_CASE("A list's column widths set by hand and its order come back in the next window")
{
    WindowFixture fixture;
    QSettings& settings = *fixture.settings;
    {
        MainWindow& window = *fixture.window;
        window.showPage(MainWindow::Page::Visits);
        REQUIRE(waitForListsRead(window));
        QTableView* table = tableOf(window.findChild<VisitsPage*>());
        QHeaderView* header = table->horizontalHeader();
        // A divider dragged: pressed, the column resized, released.
        QTest::mousePress(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(2) + 2, 5));
        header->resizeSection(2, 222);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {},
                            QPoint(header->sectionViewportPosition(2) + 2, 5));
        table->sortByColumn(1, Qt::DescendingOrder);
        // Widths the table sets itself are not taken for chosen ones.
        header->resizeSection(3, 99);
    }
    fixture.window.reset();
    MainWindow again(fixture.languages, settings, fixture.prompts);
    REQUIRE(again.openDatabase(fixture.databasePath()));
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    REQUIRE(waitForListsRead(again));
    QTableView* table = tableOf(again.findChild<VisitsPage*>());
    CHECK(table->columnWidth(2) == 222);
    CHECK(table->columnWidth(3) != 99);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == 1);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
}
