// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sampledata.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/lists/recordlistpage.h"
#include "ui/records/institutionlistmodel.h"
#include "ui/records/personlistmodel.h"
#include "ui/records/visitlistmodel.h"
#include "ui/visit/duplicatevisitdialog.h"
#include "ui/visit/visiteditor.h"
#include "ui/window/recentdatabases.h"
#include "ui/window/restorebackupdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

QString menuTitle(MainWindow& window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

QString navigationItem(MainWindow& window, int row)
{
    return window.findChild<QListWidget*>(QStringLiteral("navigation"))->item(row)->text();
}

QString visitsHeader(MainWindow& window, int section)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    return table->model()->headerData(section, Qt::Horizontal).toString();
}

void addVisit(Database& db, const QString& title, QDate first, QDate last)
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = first;
    visit.lastDay = last;
    REQUIRE(VisitRepository(db).create(visit).ok());
}

} // namespace

TEST_CASE("Switching the language with the window open changes its texts at once: pl, uk, en")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    addVisit(*window.database(), QStringLiteral("Wizyta z Żytomierza"), QDate(2026, 8, 25),
             QDate(2026, 8, 25));
    CHECK(menuTitle(window, 0) == QStringLiteral("&File"));
    CHECK(navigationItem(window, 0) == QStringLiteral("Visits"));

    fixture.switchLanguage(QStringLiteral("pl"));
    CHECK(menuTitle(window, 0) == QStringLiteral("&Plik"));
    CHECK(navigationItem(window, 0) == QStringLiteral("Wizyty"));
    CHECK(navigationItem(window, 2) == QStringLiteral("Instytucje"));
    CHECK(visitsHeader(window, VisitListModel::Title) == QStringLiteral("Tytuł"));
    CHECK(window.locale().language() == QLocale::Polish);
    // Dates in the list follow: Polish month in the genitive.
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    CHECK(table->model()->index(0, VisitListModel::Days).data().toString() ==
          QStringLiteral("25 sierpnia 2026"));
    CHECK(fixture.settings->value(QStringLiteral("language")).toString() == QStringLiteral("pl"));

    fixture.switchLanguage(QStringLiteral("uk"));
    CHECK(menuTitle(window, 0) == QStringLiteral("&Файл"));
    CHECK(navigationItem(window, 0) == QStringLiteral("Візити"));
    CHECK(visitsHeader(window, VisitListModel::Title) == QStringLiteral("Назва"));
    CHECK(window.locale().language() == QLocale::Ukrainian);
    CHECK(table->model()->index(0, VisitListModel::Days).data().toString() ==
          QStringLiteral("25 серпня 2026 р."));

    fixture.switchLanguage(QStringLiteral("en"));
    CHECK(menuTitle(window, 0) == QStringLiteral("&File"));
    CHECK(navigationItem(window, 0) == QStringLiteral("Visits"));
    CHECK(visitsHeader(window, VisitListModel::Title) == QStringLiteral("Title"));
}

TEST_CASE("The language menu marks the language in use")
{
    WindowFixture fixture(QStringLiteral("uk"));
    auto* ukrainian = fixture.window->findChild<QAction*>(QStringLiteral("language_uk"));
    auto* polish = fixture.window->findChild<QAction*>(QStringLiteral("language_pl"));
    CHECK(ukrainian->isChecked());
    fixture.switchLanguage(QStringLiteral("pl"));
    CHECK(polish->isChecked());
    CHECK_FALSE(ukrainian->isChecked());
}

TEST_CASE("The visits list sorts Polish titles in Polish order and follows new visits")
{
    WindowFixture fixture(QStringLiteral("pl"));
    Database& db = *fixture.window->database();
    auto* table = fixture.window->findChild<QTableView*>(QStringLiteral("visitTable"));
    for (const QString& title : {QStringLiteral("Żyrardów"), QStringLiteral("Łódź"), QStringLiteral("Zamość"),
                                 QStringLiteral("Lublin")}) {
        addVisit(db, title, QDate(2026, 3, 1), QDate(2026, 3, 2));
    }
    REQUIRE(table->model()->rowCount() == 4);
    table->sortByColumn(VisitListModel::Title, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < 4; ++row) {
        titles << table->model()->index(row, VisitListModel::Title).data().toString();
    }
    // SQLite's binary order would put Ł and Ż after Z.
    CHECK(titles == QStringList{QStringLiteral("Lublin"), QStringLiteral("Łódź"), QStringLiteral("Zamość"),
                                QStringLiteral("Żyrardów")});
}

TEST_CASE("The visits model is a well-behaved model")
{
    WindowFixture fixture;
    Database& db = *fixture.window->database();
    VisitListModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    addVisit(db, QStringLiteral("Oslo"), QDate(2026, 3, 2), QDate(2026, 3, 4));
    addVisit(db, QStringLiteral("Kraków"), QDate(2026, 12, 10), QDate(2026, 12, 12));
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1, VisitListModel::Title).data().toString() == QStringLiteral("Kraków"));
}

TEST_CASE("Opening a file that is not a database says so and keeps the open database")
{
    WindowFixture fixture;
    const QString textFile = fixture.filePath(QStringLiteral("programme.txt"));
    QFile file(textFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("9:00 Powitanie\n");
    file.close();
    const QString before = fixture.window->database()->path();

    fixture.prompts.fileNames.enqueue(textFile);
    fixture.window->findChild<QAction*>(QStringLiteral("openDatabase"))->trigger();
    REQUIRE(fixture.prompts.shown.size() == 1);
    CHECK(fixture.prompts.shown.constFirst().contains(textFile));
    CHECK(fixture.window->database()->path() == before);
}

TEST_CASE("A window whose database cannot be opened says how to open one, and the pages follow one opened")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    ScriptedPrompts prompts;
    MainWindow window(languages, settings, prompts);
    const QString textFile = dir.filePath(QStringLiteral("programme.txt"));
    QFile file(textFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("9:00 Powitanie\n");
    file.close();
    CHECK_FALSE(window.openDatabase(textFile));
    CHECK(prompts.shown.size() == 1);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const auto* none = window.findChild<QWidget*>(QStringLiteral("noDatabasePage"));
    REQUIRE(none != nullptr);
    CHECK(none->isVisible());
    QStringList texts;
    for (const QLabel* label : none->findChildren<QLabel*>()) {
        texts << label->text();
    }
    CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("File › Open Database")));
    CHECK_FALSE(window.findChild<QListWidget*>(QStringLiteral("navigation"))->isEnabled());

    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("new.wizyta"))));
    CHECK(window.findChild<QWidget*>(QStringLiteral("noDatabasePage")) == nullptr);
    CHECK(window.findChild<QListWidget*>(QStringLiteral("navigation"))->isEnabled());
    CHECK(window.findChild<RecordListPage*>() != nullptr);
}

TEST_CASE("A database opened is remembered among the recent ones, and the title names it")
{
    WindowFixture fixture;
    const QString second = fixture.filePath(QStringLiteral("second.wizyta"));
    REQUIRE(fixture.window->openDatabase(second));
    CHECK(fixture.window->windowTitle().startsWith(QStringLiteral("second.wizyta")));
    const QStringList recent = fixture.settings->value(QStringLiteral("recentDatabases")).toStringList();
    REQUIRE(recent.size() == 2);
    CHECK(recent.at(0).endsWith(QStringLiteral("second.wizyta")));
    CHECK(recent.at(1).endsWith(QStringLiteral("test.wizyta")));
}

TEST_CASE(
    "The database opened every day, already first among the recent ones, leaves the settings file alone")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const QString daily = dir.filePath(QStringLiteral("daily.wizyta"));
    const QString other = dir.filePath(QStringLiteral("other.wizyta"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        RecentDatabases recent(settings);
        recent.add(other);
        recent.add(daily);
        settings.sync();
        REQUIRE(recent.paths() == QStringList{daily, other});
    }
    // A comment that the settings file keeps only as long as it is not written again.
    const auto appendComment = [&ini] {
        QFile file(ini);
        return file.open(QIODevice::Append) && file.write("; kept\n") > 0;
    };
    const auto commentKept = [&ini] {
        QFile file(ini);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("; kept");
    };
    REQUIRE(appendComment());
    {
        QSettings settings(ini, QSettings::IniFormat);
        RecentDatabases(settings).add(daily);
        settings.sync();
    }
    CHECK(commentKept());
    {
        QSettings settings(ini, QSettings::IniFormat);
        RecentDatabases recent(settings);
        recent.add(other);
        settings.sync();
        CHECK(recent.paths() == QStringList{other, daily});
    }
    CHECK_FALSE(commentKept());
}

TEST_CASE("The window remembers its size across starts")
{
    WindowFixture fixture;
    fixture.window->resize(900, 640);
    fixture.window->close();
    MainWindow again(fixture.languages, *fixture.settings, fixture.prompts);
    CHECK(again.size() == QSize(900, 640));
}

TEST_CASE("At start-up the window is painted before the visits are read, and they follow at once")
{
    WindowFixture fixture;
    addVisit(*fixture.window->database(), QStringLiteral("Wizyta z Żytomierza"), QDate(2026, 8, 25),
             QDate(2026, 8, 25));
    fixture.window.reset(); // closes the file, as quitting does

    MainWindow window(fixture.languages, *fixture.settings, fixture.prompts);
    REQUIRE(window.openDatabase(fixture.databasePath()));
    auto* page = window.findChild<RecordListPage*>(QStringLiteral("visitsPage"));
    REQUIRE(page);
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    CHECK(page->isWaitingToRead());
    CHECK(table->model()->rowCount() == 0);
    window.show();
    // Until then the list is there without rows: not the start screen of an empty file.
    CHECK(table->isVisible());
    CHECK_FALSE(page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->isVisible());
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([page] { return !page->isWaitingToRead(); }));
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->isVisible());
}

TEST_CASE(
    "A list page shown for the first time appears before its rows are read, and an empty one says so at once")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    for (const char* family : {"Kowalska", "Nowak", "Коваленко"}) {
        insertRow(*window.database(), QStringLiteral("person"),
                  {{QStringLiteral("family_name"), QString::fromUtf8(family)}});
    }

    window.showPage(MainWindow::Page::People);
    auto* people = window.findChild<RecordListPage*>(QStringLiteral("peoplePage"));
    REQUIRE(people);
    CHECK(people->isVisible());
    CHECK(people->isWaitingToRead());
    CHECK(people->table()->model()->rowCount() == 0);
    CHECK(people->table()->isVisible()); // a list without rows yet, not the start screen
    REQUIRE(waitForListsRead(window));
    CHECK(people->table()->model()->rowCount() == 3);

    // No funding project in the file: its start screen, with nothing to wait for.
    window.showPage(MainWindow::Page::Projects);
    auto* projects = window.findChild<RecordListPage*>(QStringLiteral("projectsPage"));
    REQUIRE(projects);
    CHECK_FALSE(projects->isWaitingToRead());
    CHECK(projects->findChild<QLabel*>(QStringLiteral("emptyTitle"))->isVisible());
    CHECK_FALSE(projects->table()->isVisible());
}

TEST_CASE("The chosen person stays in view when a language switch sorts the list in another alphabet")
{
    WindowFixture fixture(QStringLiteral("pl"));
    MainWindow& window = *fixture.window;
    window.resize(1000, 600);
    insertRow(*window.database(), QStringLiteral("person"),
              {{QStringLiteral("given_name"), QStringLiteral("Adam")},
               {QStringLiteral("family_name"), QStringLiteral("Wilk")}});
    for (int i = 0; i < 60; ++i) {
        insertRow(*window.database(), QStringLiteral("person"),
                  {{QStringLiteral("given_name"), QStringLiteral("Олена")},
                   {QStringLiteral("family_name"), QStringLiteral("Коваленко %1").arg(i)}});
    }
    window.showPage(MainWindow::Page::People);
    REQUIRE(waitForListsRead(window));
    QTableView* table = window.findChild<RecordListPage*>(QStringLiteral("peoplePage"))->table();
    // In Polish order the Latin alphabet comes first.
    REQUIRE(table->model()->index(0, 0).data().toString() == QStringLiteral("Adam Wilk"));
    table->selectRow(0);

    fixture.switchLanguage(QStringLiteral("uk")); // Cyrillic first: Adam Wilk is now the last row
    const QModelIndex current = table->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data().toString() == QStringLiteral("Adam Wilk"));
    CHECK(current.row() == 60);
    CHECK(table->viewport()->rect().contains(table->visualRect(current)));
}

TEST_CASE(
    "Choosing a row brings the details beside the list, and the columns are fitted to the narrower list")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    window.resize(1280, 760);
    REQUIRE(SampleData::add(*window.database()).ok());
    window.showPage(MainWindow::Page::Institutions);
    REQUIRE(waitForListsRead(window));
    auto* page = window.findChild<RecordListPage*>(QStringLiteral("institutionsPage"));
    REQUIRE(page);
    QTableView* table = page->table();
    auto* details = page->findChild<QWidget*>(QStringLiteral("details"));
    CHECK_FALSE(details->isVisible());
    const int wide = table->viewport()->width();

    table->selectRow(0);
    QCoreApplication::processEvents();
    REQUIRE(details->isVisible());
    REQUIRE(table->viewport()->width() < wide);
    // The other columns share at most three fifths of the list: the name keeps the rest.
    INFO("name " << table->columnWidth(0) << " of " << table->viewport()->width() << " wide " << wide);
    CHECK(table->columnWidth(0) >= table->viewport()->width() * 2 / 5 - 1);
}

TEST_CASE("Years of visits open at today's, not at the first ever")
{
    WindowFixture fixture;
    Database& db = *fixture.window->database();
    const QDate today = QDate::currentDate();
    for (int week = 150; week > 0; --week) {
        addVisit(db, QStringLiteral("Wizyta %1 tygodni temu").arg(week), today.addDays(-7 * week),
                 today.addDays(-7 * week + 2));
    }
    addVisit(db, QStringLiteral("Wizyta trwająca"), today.addDays(-1), today.addDays(1));
    for (int week = 1; week <= 40; ++week) {
        addVisit(db, QStringLiteral("Wizyta za %1 tygodni").arg(week), today.addDays(7 * week),
                 today.addDays(7 * week + 1));
    }
    fixture.window.reset();

    MainWindow window(fixture.languages, *fixture.settings, fixture.prompts);
    window.resize(1000, 700);
    REQUIRE(window.openDatabase(fixture.databasePath()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<RecordListPage*>(QStringLiteral("visitsPage"));
    REQUIRE(QTest::qWaitFor([page] { return !page->isWaitingToRead(); }));
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    const QModelIndex top = table->indexAt(QPoint(2, 2));
    CHECK(top.siblingAtColumn(VisitListModel::Title).data().toString() == QStringLiteral("Wizyta trwająca"));
    CHECK(table->currentIndex().isValid() == false); // shown, not chosen
}

TEST_CASE("An empty database opens on a start screen whose sample button adds the sample visits, undoably")
{
    WindowFixture fixture(QStringLiteral("pl"));
    MainWindow& window = *fixture.window;
    Database& db = *window.database();
    const auto visits = [&db] { return scalar(db, QStringLiteral("SELECT count(*) FROM visit")).toInt(); };

    auto* hint = window.findChild<QWidget*>(QStringLiteral("visitsPage"))
                     ->findChild<QLabel*>(QStringLiteral("emptyTitle"));
    auto* sample = window.findChild<QPushButton*>(QStringLiteral("addSampleVisits"));
    REQUIRE(sample);
    CHECK(sample->isVisible());
    CHECK(hint->isVisible());
    CHECK(hint->text() == QStringLiteral("Nie ma jeszcze żadnych wizyt"));

    sample->click();
    CHECK(visits() == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM agenda_session")).toInt() > 40);
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    CHECK(table->model()->rowCount() == 6);
    CHECK(table->isVisible());
    CHECK_FALSE(sample->isVisible());

    auto* undo = window.findChild<QAction*>(QStringLiteral("undo"));
    CHECK(undo->text() == QStringLiteral("&Cofnij: Dodanie przykładowych wizyt"));
    undo->trigger();
    CHECK(visits() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM institution")).toInt() == 0);
    CHECK(sample->isVisible());
    window.findChild<QAction*>(QStringLiteral("redo"))->trigger();
    CHECK(visits() == 6);
    CHECK(db.check()->isEmpty());
}

TEST_CASE("Opening a visit from the list shows it in the editor, and the navigation goes back to the list")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    REQUIRE(SampleData::add(*window.database()).ok());
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    REQUIRE(table->model()->rowCount() == 6);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    auto* editor = window.findChild<QWidget*>(QStringLiteral("visitEditor"));
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(window.findChild<QLabel*>(QStringLiteral("visitTitle"))->text() ==
          table->model()->index(0, VisitListModel::Title).data().toString());

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    CHECK(navigation->currentRow() == static_cast<int>(MainWindow::Page::Visits));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(0)).center());
    CHECK_FALSE(editor->isVisible());
    CHECK(table->isVisible());
}

TEST_CASE("File › Print, Print Preview and Export PDF are there while a visit is open")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    REQUIRE(SampleData::add(*window.database()).ok());
    const QList<QAction*> actions = {window.findChild<QAction*>(QStringLiteral("printPreviewAction")),
                                     window.findChild<QAction*>(QStringLiteral("printAction")),
                                     window.findChild<QAction*>(QStringLiteral("exportPdfAction"))};
    const auto enabled = [&] {
        return std::all_of(actions.cbegin(), actions.cend(), [](const QAction* action) {
            REQUIRE(action);
            return action->isEnabled();
        });
    };
    const auto disabled = [&] {
        return std::none_of(actions.cbegin(), actions.cend(),
                            [](const QAction* action) { return action->isEnabled(); });
    };
    CHECK(actions.at(1)->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(disabled());
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(enabled());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setCurrentRow(static_cast<int>(MainWindow::Page::Calendar));
    CHECK(disabled());
}

TEST_CASE("Ctrl+1 to Ctrl+5 go to the pages from the keyboard")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(navigation->currentRow() == static_cast<int>(MainWindow::Page::Institutions));
    CHECK(window.findChild<QWidget*>(QStringLiteral("institutionsPage"))->isVisible());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.findChild<QWidget*>(QStringLiteral("visitsPage"))->isVisible());
}

TEST_CASE("A database another Wizyta is changing is opened read-only after saying who holds it")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const QString other = fixture.filePath(QStringLiteral("other.wizyta"));
    auto holder = Database::open(other);
    REQUIRE(holder.ok());
    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    REQUIRE(window.openDatabase(other));
    REQUIRE(window.database());
    CHECK(window.database()->isReadOnly());
    REQUIRE_FALSE(fixture.prompts.shown.isEmpty());
    CHECK(fixture.prompts.shown.last().contains(QString::number(QCoreApplication::applicationPid())));

    // Declined, the database open before stays open.
    fixture.prompts.answers.enqueue(QMessageBox::No);
    const QString path = window.database()->path();
    CHECK_FALSE(window.openDatabase(other));
    CHECK(window.database()->path() == path);
}

TEST_CASE("File › Restore Backup puts an earlier copy back, and the database goes on from there")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const auto visits = SampleData::add(*window.database());
    REQUIRE(visits.ok());
    REQUIRE(Backups::make(*window.database(), QDateTime(QDate(2026, 11, 1), QTime(9, 0))).ok());
    REQUIRE(VisitRepository(*window.database()).remove(visits->at(0)).ok());
    REQUIRE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == 5);

    bool reached = false;
    onNextDialog<RestoreBackupDialog>(
        [](RestoreBackupDialog& dialog) {
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("backupList"));
            REQUIRE(list);
            // Newest first: the one made on 1 November is the only one.
            CHECK(list->count() == 1);
            pressOk(dialog);
        },
        &reached);
    window.findChild<QAction*>(QStringLiteral("restoreBackup"))->trigger();
    CHECK(reached);
    REQUIRE(window.database());
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == 6);
}

TEST_CASE("Erasing a past visit's personal data asks first, then cannot be undone")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const auto visits = SampleData::add(*window.database());
    REQUIRE(visits.ok());
    auto* erase = window.findChild<QAction*>(QStringLiteral("erasePersonalData"));
    REQUIRE(erase);
    CHECK_FALSE(erase->isEnabled()); // no visit open
    window.openVisit(visits->at(1)); // May 2026: over
    REQUIRE(erase->isEnabled());
    const QString withEmail = QStringLiteral("SELECT count(*) FROM person p JOIN visit_participant vp ON "
                                             "vp.person_id = p.id WHERE vp.visit_id = %1 AND p.email <> ''")
                                  .arg(visits->at(1));
    REQUIRE(scalar(*window.database(), withEmail).toInt() > 0);

    fixture.prompts.answers.enqueue(QMessageBox::No);
    erase->trigger();
    CHECK(scalar(*window.database(), withEmail).toInt() > 0);

    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    erase->trigger();
    CHECK(scalar(*window.database(), withEmail).toInt() == 0);
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("undo"))->isEnabled());
}

TEST_CASE("The File menu's Duplicate Visit copies the open visit and opens the copy")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const auto visits = SampleData::add(*window.database());
    REQUIRE(visits.ok());
    auto* duplicate = window.findChild<QAction*>(QStringLiteral("duplicateVisitAction"));
    REQUIRE(duplicate);
    CHECK_FALSE(duplicate->isEnabled()); // no visit open
    window.openVisit(visits->at(1));
    REQUIRE(duplicate->isEnabled());
    const int before = scalar(*window.database(), QStringLiteral("SELECT count(*) FROM visit")).toInt();
    bool reached = false;
    onNextDialog<DuplicateVisitDialog>(
        [](DuplicateVisitDialog& dialog) {
            dialog.findChild<QDateEdit*>(QStringLiteral("visit.firstDay"))->setDate(QDate(2027, 5, 18));
            pressOk(dialog);
        },
        &reached);
    duplicate->trigger();
    REQUIRE(reached);
    CHECK(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == before + 1);
    auto* editor = window.findChild<VisitEditor*>();
    REQUIRE(editor);
    CHECK(editor->visitId() != visits->at(1));
    CHECK(VisitRepository(*window.database()).get(editor->visitId())->firstDay == QDate(2027, 5, 18));
}

TEST_CASE("Opening a database makes the day's backup behind the window, and says when it cannot")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const QString path = fixture.databasePath();
    REQUIRE(SampleData::add(*window.database()).ok());
    CHECK(Backups::list(path).isEmpty()); // a new database: nothing to keep yet

    window.setDatabase(nullptr);
    REQUIRE(window.openDatabase(path));
    // The window is usable at once; the copy is made in a thread of its own.
    REQUIRE(QTest::qWaitFor([&] { return !Backups::list(path).isEmpty(); }, 10000));
    CHECK(Backups::list(path).size() == 1);

    // A file where the backup folder should be: no backup, and the coordinator is told.
    window.setDatabase(nullptr);
    QDir(Backups::folderFor(path)).removeRecursively();
    QFile blocker(Backups::folderFor(path));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    fixture.prompts.shown.clear();
    REQUIRE(window.openDatabase(path));
    REQUIRE(QTest::qWaitFor([&] { return !fixture.prompts.shown.isEmpty(); }, 10000));
    CHECK(fixture.prompts.shown.first().startsWith(QStringLiteral("No Backup Today")));
    CHECK(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == 6);
}

TEST_CASE("A Ukrainian interface shows the visits' Ukrainian titles, and the Polish one shows the Polish")
{
    WindowFixture fixture(QStringLiteral("pl"));
    MainWindow& window = *fixture.window;
    Database& db = *window.database();
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta studyjna ze Lwowa");
    visit.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Навчальний візит зі Львова"));
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    Visit untranslated;
    untranslated.title.text = QStringLiteral("Spotkanie robocze");
    untranslated.firstDay = QDate(2026, 6, 1);
    untranslated.lastDay = QDate(2026, 6, 1);
    REQUIRE(VisitRepository(db).create(untranslated).ok());
    window.showPage(MainWindow::Page::Visits);
    REQUIRE(waitForListsRead(window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("visitTable"));
    REQUIRE(table);
    const auto titles = [table] {
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            shown << table->model()->index(row, VisitListModel::Title).data().toString();
        }
        shown.sort();
        return shown;
    };
    CHECK(titles() ==
          QStringList{QStringLiteral("Spotkanie robocze"), QStringLiteral("Wizyta studyjna ze Lwowa")});

    fixture.switchLanguage(QStringLiteral("uk"));
    // The list reads them again at the switch; a visit with no Ukrainian title keeps its own.
    CHECK(titles() ==
          QStringList{QStringLiteral("Spotkanie robocze"), QStringLiteral("Навчальний візит зі Львова")});

    window.openVisit(*id);
    auto* header = window.findChild<QLabel*>(QStringLiteral("visitTitle"));
    REQUIRE(header);
    CHECK(header->text() == QStringLiteral("Навчальний візит зі Львова"));
    fixture.switchLanguage(QStringLiteral("pl"));
    CHECK(header->text() == QStringLiteral("Wizyta studyjna ze Lwowa"));
}

TEST_CASE("A Ukrainian interface names institutions in Ukrainian in their list and in the people's")
{
    WindowFixture fixture(QStringLiteral("pl"));
    MainWindow& window = *fixture.window;
    Database& db = *window.database();
    Institution centre;
    centre.name.text = QStringLiteral("Miejski Ośrodek Pomocy Rodzinie w Kielcach");
    centre.name.translations.insert(QStringLiteral("uk"),
                                    QStringLiteral("Міський центр допомоги сім'ї в Кельцях"));
    centre.city = QStringLiteral("Kielce");
    const auto centreId = InstitutionRepository(db).create(centre);
    REQUIRE(centreId.ok());
    Person person;
    person.givenName = QStringLiteral("Anna");
    person.familyName = QStringLiteral("Nowak");
    person.institutionId = *centreId;
    REQUIRE(PersonRepository(db).create(person).ok());

    const auto shown = [&window](MainWindow::Page page, int column) {
        window.showPage(page);
        REQUIRE(waitForListsRead(window));
        auto* list = window.findChild<RecordListPage*>(page == MainWindow::Page::People
                                                           ? QStringLiteral("peoplePage")
                                                           : QStringLiteral("institutionsPage"));
        REQUIRE(list);
        auto* table = list->findChild<QTableView*>(QStringLiteral("table"));
        REQUIRE(table);
        REQUIRE(table->model()->rowCount() == 1);
        return table->model()->index(0, column).data().toString();
    };
    CHECK(shown(MainWindow::Page::Institutions, InstitutionListModel::Name) == centre.name.text);
    fixture.switchLanguage(QStringLiteral("uk"));
    CHECK(shown(MainWindow::Page::Institutions, InstitutionListModel::Name) ==
          QStringLiteral("Міський центр допомоги сім'ї в Кельцях"));
    CHECK(shown(MainWindow::Page::People, PersonListModel::Institution) ==
          QStringLiteral("Міський центр допомоги сім'ї в Кельцях"));
    fixture.switchLanguage(QStringLiteral("pl"));
    CHECK(shown(MainWindow::Page::People, PersonListModel::Institution) == centre.name.text);
}
