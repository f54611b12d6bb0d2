// SPDX-License-Identifier: GPL-3.0-or-later
// Right-click menus on every list, the timeline and the calendar, offering what their buttons do.
#include "core/sample/sampledata.h"
#include "core/storage/visitrepository.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/popupmenu.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/calendar/calendarpage.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/visittimeline.h"
#include "ui/lists/recordtablemodel.h"
#include "ui/records/visitspage.h"
#include "ui/visit/sessiondialog.h"
#include "ui/visit/visitdialog.h"
#include "ui/visit/visiteditor.h"
#include "ui/widgets/buttonmenu.h"

#include <QContextMenuEvent>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

/// A right click at `pos` of `widget`, as the window system sends it.
void rightClick(QWidget* widget, const QPoint& pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
}

} // namespace

TEST_CASE("A list's right-click menu offers its buttons for the row under the pointer")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const auto sample = SampleData::add(*window.database());
    REQUIRE(sample.ok());
    window.showPage(MainWindow::Page::Visits);
    REQUIRE(waitForListsRead(window));
    auto* table = window.findChild<VisitsPage*>()->findChild<QTableView*>();
    REQUIRE(table);
    QApplication::processEvents();
    REQUIRE(table->model()->rowCount() == 6);

    QStringList texts;
    onNextPopupMenu(&texts, [](QMenu& menu) {
        if (QAction* open = actionNamed(menu, QStringLiteral("&Open"))) {
            open->trigger();
        }
    });
    const QModelIndex second = table->model()->index(1, 0);
    rightClick(table->viewport(), table->visualRect(second).center());
    CHECK(texts.contains(QStringLiteral("&Open")));
    CHECK(texts.contains(QStringLiteral("&Delete")));
    CHECK(texts.contains(QStringLiteral("&New Visit…")));
    // The row under the pointer was chosen, and Open opened it.
    CHECK(table->currentIndex().row() == 1);
    auto* editor = window.findChild<VisitEditor*>();
    REQUIRE(editor);
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget() == editor);
    CHECK(editor->visitId() == second.data(RecordTableModel::IdRole).toLongLong());

    // The programme's list: its buttons too, Earlier and Later among them.
    auto* tabs = editor->findChild<QTabWidget*>();
    tabs->setCurrentIndex(2);
    QApplication::processEvents();
    QTableView* programme = tabs->currentWidget()->findChild<QTableView*>();
    REQUIRE(programme);
    texts.clear();
    onNextPopupMenu(&texts);
    rightClick(programme->viewport(), programme->visualRect(programme->model()->index(0, 2)).center());
    CHECK(texts.contains(QStringLiteral("Earlie&r")));
    CHECK(texts.contains(QStringLiteral("L&ater")));
    CHECK(texts.contains(QStringLiteral("Add &Session…")));
}

TEST_CASE("The timeline's right-click menu edits the session under the pointer, or adds one there")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const auto sample = SampleData::add(*window.database());
    REQUIRE(sample.ok());
    window.openVisit(sample->at(1));
    auto* tabs = window.findChild<VisitEditor*>()->findChild<QTabWidget*>();
    tabs->setCurrentIndex(3);
    QApplication::processEvents();
    auto* timeline = window.findChild<VisitTimeline*>();
    REQUIRE(timeline);
    REQUIRE(timeline->sessionCount() > 0);

    QSignalSpy edit(timeline, &VisitTimeline::editRequested);
    QSignalSpy add(timeline, &VisitTimeline::addRequested);
    const QPoint onSession = timeline->pointAt(QDate(2026, 5, 19), QTime(9, 45));
    QStringList texts;
    onNextPopupMenu(&texts,
                    [](QMenu& menu) { actionNamed(menu, QStringLiteral("&Edit Session…"))->trigger(); });
    // The form it asks for is closed unread: the request is what is checked.
    onNextDialog<SessionDialog>([](SessionDialog& dialog) { dialog.reject(); });
    rightClick(timeline, onSession);
    CHECK(texts.contains(QStringLiteral("&Delete Session")));
    REQUIRE(edit.count() == 1);
    CHECK(timeline->currentSessionId() == edit.at(0).at(0).value<Id>());

    texts.clear();
    const QPoint empty = timeline->pointAt(QDate(2026, 5, 19), QTime(7, 0));
    onNextPopupMenu(&texts,
                    [](QMenu& menu) { actionNamed(menu, QStringLiteral("&Add Session Here…"))->trigger(); });
    onNextDialog<SessionDialog>([](SessionDialog& dialog) { dialog.reject(); });
    rightClick(timeline, empty);
    CHECK_FALSE(texts.contains(QStringLiteral("&Edit Session…")));
    REQUIRE(add.count() == 1);
    CHECK(add.at(0).at(0).toDateTime().date() == QDate(2026, 5, 19));
}

TEST_CASE("In the calendar a double-click on an empty day, or its right-click menu, starts a visit that day")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    window.showPage(MainWindow::Page::Calendar);
    auto* page = window.findChild<CalendarPage*>();
    REQUIRE(page);
    MonthView& view = *page->monthView();
    view.setMonth(2027, 3);
    QApplication::processEvents();

    QDate firstDay;
    bool reached = false;
    onNextDialog<VisitDialog>(
        [&](VisitDialog& dialog) {
            firstDay = dialog.findChild<QDateEdit*>(QStringLiteral("visit.firstDay"))->date();
            dialog.findChild<QLineEdit*>(QStringLiteral("visit.title"))
                ->setText(QStringLiteral("Goście z Brna"));
            pressOk(dialog);
        },
        &reached);
    QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, view.dayRect(QDate(2027, 3, 17)).center());
    REQUIRE(reached);
    CHECK(firstDay == QDate(2027, 3, 17));
    const auto visits = VisitRepository(*window.database()).list();
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 1);
    CHECK(visits->constFirst().firstDay == QDate(2027, 3, 17));
    // The new visit is open in the editor.
    CHECK(window.findChild<VisitEditor*>()->visitId() == visits->constFirst().id);

    window.showPage(MainWindow::Page::Calendar);
    view.setMonth(2027, 3);
    QApplication::processEvents();
    QStringList texts;
    onNextPopupMenu(&texts);
    rightClick(&view, view.dayRect(QDate(2027, 3, 24)).center());
    CHECK(texts.contains(QStringLiteral("&New Visit Starting 24 March 2027…")));
}
