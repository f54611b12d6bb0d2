// SPDX-License-Identifier: GPL-3.0-or-later
// The menus as a coordinator uses them: a new visit from anywhere, the handbook at the right place.
#include "ui/window/mainmenus.h"

#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/undoableedits.h"
#include "ui/help/handbookwindow.h"
#include "ui/records/institutiondialog.h"
#include "ui/records/institutionspage.h"
#include "ui/visit/visitdialog.h"
#include "ui/visit/visiteditor.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

QAction* action(MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

HandbookWindow* handbook()
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* found = qobject_cast<HandbookWindow*>(window); found && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("File › New Visit (Ctrl+N) adds a visit from any page and opens it — a new database has an item of "
          "its own")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    window.showPage(MainWindow::Page::People);

    QAction* newVisit = action(window, "newVisit");
    CHECK(newVisit->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(action(window, "newDatabase")->shortcut().isEmpty());

    bool reached = false;
    onNextDialog<VisitDialog>(
        [](VisitDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("visit.title"))
                ->setText(QStringLiteral("Goście z Oslo"));
            pressOk(dialog);
        },
        &reached);
    newVisit->trigger();
    REQUIRE(reached);
    const auto visits = VisitRepository(*window.database()).list();
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 1);
    auto* editor = window.findChild<VisitEditor*>();
    REQUIRE(editor);
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget() == editor);
    CHECK(editor->visitId() == visits->constFirst().id);
}

TEST_CASE("Undo names a long edit shortened to fit a menu, and whole in the status bar")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const QString title = QString(300, QLatin1Char('x'));
    REQUIRE(window.document()
                ->edits()
                .apply([title] { return QStringLiteral("Add visit ‘%1’").arg(title); },
                       [&] {
                           Visit visit;
                           visit.title.text = QStringLiteral("A visit");
                           visit.firstDay = QDate(2027, 5, 19);
                           visit.lastDay = QDate(2027, 5, 20);
                           const auto id = VisitRepository(*window.database()).create(visit);
                           return id ? success() : Status(id.error());
                       })
                .ok());
    QAction* undo = action(window, "undo");
    CHECK(undo->text().size() < 100);
    CHECK(undo->text().endsWith(QChar(u'…')));
    CHECK(undo->statusTip().contains(title));
}

TEST_CASE("F1 opens the handbook at the part about the page or dialog in use, beside a dialog still open")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    window.showPage(MainWindow::Page::Institutions);
    REQUIRE(waitForListsRead(window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    action(window, "handbook")->trigger();
    HandbookWindow* shown = handbook();
    REQUIRE(shown);
    CHECK(shown->language() == QLatin1String("en"));
    CHECK(shown->currentSection() == QLatin1String("institutions"));
    shown->close();

    bool reached = false;
    QString section;
    bool usableBeside = false;
    onNextDialog<InstitutionDialog>(
        [&](InstitutionDialog& dialog) {
            // The offscreen platform leaves the main window the active one: made active as a click would.
            QApplication::setActiveWindow(&dialog);
            QTest::keyClick(dialog.focusWidget(), Qt::Key_F1);
            if (HandbookWindow* beside = handbook()) {
                section = beside->currentSection();
                // The dialog is modal to the main window only: the handbook takes input meanwhile.
                usableBeside = !QApplication::activeModalWidget() ||
                               QApplication::activeModalWidget()->windowModality() == Qt::WindowModal;
                beside->close();
            }
            dialog.reject();
        },
        &reached);
    window.findChild<InstitutionsPage*>()->findChild<QPushButton*>(QStringLiteral("add"))->click();
    REQUIRE(reached);
    CHECK(section == QLatin1String("institutions"));
    CHECK(usableBeside);
}
