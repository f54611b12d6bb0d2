// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/institutionspage.h"

#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/editing/databasedocument.h"
#include "ui/records/institutiondialog.h"
#include "ui/records/institutionlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

#include <catch2/catch.hpp>

namespace {

int count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

void trigger(MainWindow& window, const char* action)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(action));
    REQUIRE(found);
    REQUIRE(found->isEnabled());
    found->trigger();
}

} // namespace

TEST_CASE("Adding an institution through its form, then undo and redo")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    Database& db = *window.database();
    window.showPage(MainWindow::Page::Institutions);
    REQUIRE(waitForListsRead(window));
    auto* page = window.findChild<InstitutionsPage*>();
    REQUIRE(page);

    bool reached = false;
    onNextDialog<InstitutionDialog>(
        [](InstitutionDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("institution.name"))
                ->setText(QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Płocku"));
            dialog.findChild<QLineEdit*>(QStringLiteral("institution.shortName"))
                ->setText(QStringLiteral("MOPS Płock"));
            dialog.findChild<QLineEdit*>(QStringLiteral("institution.city"))
                ->setText(QStringLiteral("Płock"));
            dialog.findChild<QLineEdit*>(QStringLiteral("institution.country"))
                ->setText(QStringLiteral("pl"));
            pressOk(dialog);
        },
        &reached);
    page->findChild<QPushButton*>(QStringLiteral("add"))->click();
    REQUIRE(reached);

    REQUIRE(count(db, QStringLiteral("institution")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT country FROM institution")).toString() == QLatin1String("PL"));
    auto* table = page->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() ==
          QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Płocku"));
    // The new institution is selected and its details are shown.
    CHECK(page->findChild<QTextBrowser*>(QStringLiteral("details"))
              ->toPlainText()
              .contains(QStringLiteral("Płock")));

    auto* undo = window.findChild<QAction*>(QStringLiteral("undo"));
    CHECK(undo->text() ==
          QStringLiteral("&Undo Add institution ‘Miejski Ośrodek Pomocy Społecznej w Płocku’"));
    trigger(window, "undo");
    CHECK(count(db, QStringLiteral("institution")) == 0);
    CHECK(table->model()->rowCount() == 0);
    trigger(window, "redo");
    CHECK(count(db, QStringLiteral("institution")) == 1);
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("A refused institution shows the reason on its field and keeps the form open")
{
    WindowFixture fixture(QStringLiteral("pl"));
    MainWindow& window = *fixture.window;
    window.showPage(MainWindow::Page::Institutions);
    REQUIRE(waitForListsRead(window));
    auto* page = window.findChild<InstitutionsPage*>();

    QString nameError;
    QString emailError;
    bool stayedOpen = false;
    onNextDialog<InstitutionDialog>([&](InstitutionDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("institution.email"))
            ->setText(QStringLiteral("mops-at-plock"));
        pressOk(dialog);
        stayedOpen = dialog.isVisible();
        nameError = dialog.errorText(QStringLiteral("institution.name"));
        dialog.findChild<QLineEdit*>(QStringLiteral("institution.name"))->setText(QStringLiteral("MOPS"));
        pressOk(dialog);
        emailError = dialog.errorText(QStringLiteral("institution.email"));
        dialog.reject();
    });
    page->findChild<QPushButton*>(QStringLiteral("add"))->click();

    CHECK(stayedOpen);
    CHECK(nameError.startsWith(QStringLiteral("Nazwa:")));
    CHECK(emailError.contains(QStringLiteral("mops-at-plock")));
    CHECK(count(*window.database(), QStringLiteral("institution")) == 0);
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("undo"))->isEnabled());
}

TEST_CASE("Deleting an institution says what goes with it, and undo brings all of it back")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    Database& db = *window.database();
    run(db,
        QStringLiteral(
            "INSERT INTO institution (id, name, city) VALUES (1, 'Fundacja Dzieci Niczyje', 'Warszawa')"));
    run(db, QStringLiteral("INSERT INTO person (id, family_name, institution_id) VALUES (1, 'Nowak', 1), (2, "
                           "'Kowalska', 1)"));
    run(db, QStringLiteral("INSERT INTO visit (id, title, first_day, last_day) VALUES (1, 'Lwów', "
                           "'2026-05-19', '2026-05-25')"));
    run(db,
        QStringLiteral(
            "INSERT INTO agenda_session (visit_id, starts_at, ends_at, title, venue_institution_id) VALUES "
            "(1, '2026-05-19T09:00', '2026-05-19T10:00', 'Warsztat', 1), "
            "(1, '2026-05-20T09:00', '2026-05-20T10:00', 'Wizyta', 1), "
            "(1, '2026-05-21T09:00', '2026-05-21T10:00', 'Panel', 1)"));
    window.showPage(MainWindow::Page::Institutions);
    REQUIRE(waitForListsRead(window));
    auto* page = window.findChild<InstitutionsPage*>();
    page->findChild<InstitutionListModel*>()->reload(); // rows written behind the window's back
    page->selectId(1);

    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    page->findChild<QPushButton*>(QStringLiteral("delete"))->click();
    REQUIRE_FALSE(fixture.prompts.shown.isEmpty());
    const QString question = fixture.prompts.shown.constLast();
    CHECK(question.contains(QStringLiteral("2 people")));
    CHECK(question.contains(QStringLiteral("3 sessions")));
    // The button says what it does, beside Cancel: not Yes or No.
    CHECK(fixture.prompts.actions == QStringList{QStringLiteral("&Delete")});

    CHECK(count(db, QStringLiteral("institution")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE institution_id IS NULL")).toInt() ==
          2);
    trigger(window, "undo");
    CHECK(count(db, QStringLiteral("institution")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE institution_id = 1")).toInt() == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM agenda_session WHERE venue_institution_id = 1"))
              .toInt() == 3);
    CHECK(db.check()->isEmpty());
}

TEST_CASE("Cancelling the delete question keeps the institution")
{
    WindowFixture fixture;
    Database& db = *fixture.window->database();
    run(db, QStringLiteral("INSERT INTO institution (id, name) VALUES (1, 'MOPR Kraków')"));
    fixture.window->showPage(MainWindow::Page::Institutions);
    REQUIRE(waitForListsRead(*fixture.window));
    auto* page = fixture.window->findChild<InstitutionsPage*>();
    page->findChild<InstitutionListModel*>()->reload();
    page->selectId(1);
    fixture.prompts.answers.enqueue(QMessageBox::Cancel);
    page->findChild<QPushButton*>(QStringLiteral("delete"))->click();
    CHECK(count(db, QStringLiteral("institution")) == 1);
}
