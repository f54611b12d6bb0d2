// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/mainwindow.h"

#include "core/languages/languagemanager.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/visitrepository.h"
#include "ui/calendar/calendarpage.h"
#include "ui/editing/databasedocument.h"
#include "ui/groups/exchangegroupspage.h"
#include "ui/help/handbookwindow.h"
#include "ui/help/helprequest.h"
#include "ui/lists/afterpaint.h"
#include "ui/lists/lazypage.h"
#include "ui/lists/recordlistpage.h"
#include "ui/lists/tablememory.h"
#include "ui/printing/documentprintbar.h"
#include "ui/records/institutionspage.h"
#include "ui/records/peoplepage.h"
#include "ui/records/projectspage.h"
#include "ui/records/visitspage.h"
#include "ui/visit/duplicatevisitdialog.h"
#include "ui/visit/visitdialog.h"
#include "ui/visit/visiteditor.h"
#include "ui/widgets/userprompts.h"
#include "ui/window/dailybackup.h"
#include "ui/window/databasecare.h"
#include "ui/window/mainmenus.h"
#include "ui/window/placeholderpage.h"
#include "ui/window/planningsettingsdialog.h"
#include "ui/window/restorebackupdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace {

struct PageInfo
{
    MainWindow::Page page;
    const char* objectName;
    const char* title;
};

// Source texts translated in the "MainWindow" context when shown.
constexpr PageInfo pageInfos[] = {
    {MainWindow::Page::Visits, "visits", QT_TRANSLATE_NOOP("MainWindow", "Visits")},
    {MainWindow::Page::Calendar, "calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar")},
    {MainWindow::Page::Institutions, "institutions", QT_TRANSLATE_NOOP("MainWindow", "Institutions")},
    {MainWindow::Page::People, "people", QT_TRANSLATE_NOOP("MainWindow", "People")},
    {MainWindow::Page::Projects, "projects", QT_TRANSLATE_NOOP("MainWindow", "Funding projects")},
    {MainWindow::Page::ExchangeGroups, "groups", QT_TRANSLATE_NOOP("MainWindow", "Exchange groups")},
};

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString pageKey = QStringLiteral("window/page");
const QString languageKey = QStringLiteral("language");

} // namespace

MainWindow::MainWindow(LanguageManager& languages, QSettings& settings, UserPrompts& prompts, QWidget* parent)
    : QMainWindow(parent), m_languages(languages), m_settings(settings), m_prompts(prompts),
      m_recent(settings), m_tableMemory(std::make_unique<TableMemory>(settings)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    for (const PageInfo& info : pageInfos) {
        auto* item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, QString::fromLatin1(info.objectName));
    }
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentPage);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePrintActions);
    // Ctrl+1 … Ctrl+6 reach the pages from anywhere, as the list's order gives them.
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + row)));
        auto* shortcut = new QShortcut(keys, this);
        m_navigation->item(row)->setToolTip(keys.toString(QKeySequence::NativeText));
        connect(shortcut, &QShortcut::activated, this, [this, row] { showPage(static_cast<Page>(row)); });
    }
    // Clicking Visits while a visit is open goes back to the list.
    connect(m_navigation, &QListWidget::clicked, this,
            [this](const QModelIndex& index) { setCurrentPage(index.row()); });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    HelpRequest::addShortcut(this);
    connect(&m_languages, &LanguageManager::languageChanged, this, &MainWindow::followLanguage);

    resize(1100, 720);
    restoreGeometry(m_settings.value(geometryKey).toByteArray());
    restoreState(m_settings.value(stateKey).toByteArray());
    retranslateUi();
    // The pages are built when a database is opened, or, without one, when the window is shown: a
    // start opens one before showing the window, and pages built here would be thrown away.
}

MainWindow::~MainWindow()
{
    clearPages(); // the pages hold references into the document: they go first
}

void MainWindow::createMenus()
{
    m_menus = std::make_unique<MainMenus>(menuBar(), LanguageManager::supportedLanguages());
    MainMenus& menus = *m_menus;
    connect(menus.newVisit, &QAction::triggered, this, &MainWindow::newVisit);
    connect(menus.duplicateVisit, &QAction::triggered, this, [this] {
        if (!m_document || !m_visitEditor || m_visitEditor->visitId() == 0) {
            return;
        }
        if (const Id created =
                DuplicateVisitDialog::duplicate(*m_document, m_prompts, this, m_visitEditor->visitId())) {
            openVisit(created);
        }
    });
    connect(menus.newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(menus.openDatabase, &QAction::triggered, this, &MainWindow::openDatabaseFromDialog);
    connect(menus.recent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(menus.recent, &QMenu::triggered, this, [this](QAction* action) {
        if (const QString path = action->data().toString(); !path.isEmpty()) {
            openDatabase(path);
        }
    });
    connect(menus.restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackup);
    // The open visit's document, as chosen under its details.
    const auto printBar = [this]() -> DocumentPrintBar* {
        return m_visitEditor && m_pages->currentWidget() == m_visitEditor ? &m_visitEditor->printBar()
                                                                          : nullptr;
    };
    connect(menus.printPreview, &QAction::triggered, this, [printBar] {
        if (DocumentPrintBar* bar = printBar()) {
            bar->preview();
        }
    });
    connect(menus.print, &QAction::triggered, this, [printBar] {
        if (DocumentPrintBar* bar = printBar()) {
            bar->print();
        }
    });
    connect(menus.exportPdf, &QAction::triggered, this, [printBar] {
        if (DocumentPrintBar* bar = printBar()) {
            bar->exportPdf();
        }
    });
    connect(menus.exportVisitReport, &QAction::triggered, this, [this] {
        if (m_visitEditor && m_pages->currentWidget() == m_visitEditor) {
            m_visitEditor->exportVisitReport();
        }
    });
    connect(menus.quit, &QAction::triggered, this, &QWidget::close);

    connect(menus.undo, &QAction::triggered, this, [this] {
        if (m_document) {
            m_document->undoStack().undo();
        }
    });
    connect(menus.redo, &QAction::triggered, this, [this] {
        if (m_document) {
            m_document->undoStack().redo();
        }
    });
    connect(menus.planningSettings, &QAction::triggered, this, [this] {
        if (m_document) {
            PlanningSettingsDialog dialog(*m_document, m_prompts, this);
            dialog.exec();
        }
    });
    connect(menus.erasePersonalData, &QAction::triggered, this, [this] {
        if (m_document && m_visitEditor && m_pages->currentWidget() == m_visitEditor) {
            DatabaseCare::erasePersonalData(*m_document, m_prompts, this, m_visitEditor->visitId());
        }
    });
    for (QAction* action : menus.languages->actions()) {
        connect(action, &QAction::triggered, this,
                [this, action] { switchLanguage(action->data().toString()); });
    }
    connect(menus.handbook, &QAction::triggered, this, [this] { showHandbook(currentSection()); });
    connect(menus.about, &QAction::triggered, this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::retranslateUi()
{
    m_menus->retranslate(m_languages.current());
    if (m_document) {
        m_document->edits().retranslate();
    }
    updateUndoActions();
    for (int row = 0; row < m_navigation->count(); ++row) {
        m_navigation->item(row)->setText(tr(pageInfos[row].title));
    }
    m_navigation->setAccessibleName(tr("Sections"));
    fitNavigation();
    updateRecentMenu();
    updateWindowTitle();
}

void MainWindow::fitNavigation()
{
    // Its longest name whole, in the language and the text size of the moment; never narrower than
    // the list was drawn for.
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    }
    const int padding =
        2 * (m_navigation->spacing() + m_navigation->frameWidth()) + metrics.averageCharWidth() * 2;
    m_navigation->setFixedWidth(std::max(200, widest + padding));
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == HelpRequest::eventType()) {
        showHandbook(static_cast<HelpRequest*>(event)->section());
        event->accept();
        return true;
    }
    return QMainWindow::event(event);
}

void MainWindow::showHandbook(const QString& section)
{
    if (!m_handbook) {
        m_handbook = std::make_unique<HandbookWindow>(m_languages);
    }
    m_handbook->showSection(section);
}

QString MainWindow::currentSection() const
{
    QWidget* focused = QApplication::focusWidget();
    // What has the keyboard, when it is on a page; else the page in view.
    QWidget* page = m_pages->currentWidget();
    if (auto* lazy = qobject_cast<LazyPage*>(page)) {
        page = lazy->content();
    }
    if (focused && page && page->isAncestorOf(focused)) {
        if (const QString section = HelpRequest::sectionFor(focused); !section.isEmpty()) {
            return section;
        }
    }
    return page ? HelpRequest::sectionFor(page) : QString();
}

void MainWindow::newVisit()
{
    if (!m_document || m_document->isReadOnly()) {
        return;
    }
    if (const Id created = VisitDialog::addVisit(*m_document, m_prompts, this)) {
        openVisit(created);
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    if (m_pages->count() == 0) {
        rebuildPages(); // no database was opened: the page saying how to open one
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.setValue(pageKey, m_navigation->currentRow());
    event->accept();
}

Database* MainWindow::database() const
{
    return m_document ? &m_document->database() : nullptr;
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_dailyBackup.reset(); // waits for a copy of the file being closed
    clearPages();          // the pages hold references into the old document: they go before it
    m_document.reset();
    if (database) {
        m_recent.add(database->path());
        m_document = std::make_unique<DatabaseDocument>(std::move(database),
                                                        [this](const Error& error) { showEditError(error); });
        QUndoStack& stack = m_document->undoStack();
        connect(&stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
        connect(&stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
        connect(&stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    }
    rebuildPages();
    updateWindowTitle();
    updateUndoActions();
    m_menus->planningSettings->setEnabled(m_document != nullptr);
    m_menus->restoreBackup->setEnabled(m_document != nullptr && !m_document->isReadOnly());
    m_menus->newVisit->setEnabled(m_document != nullptr && !m_document->isReadOnly());
    updatePrintActions();
}

void MainWindow::restoreBackup()
{
    if (!m_document) {
        return;
    }
    const QString path = m_document->database().path();
    RestoreBackupDialog dialog(path, Backups::list(path), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty()) {
        return;
    }
    // The file is closed, and its lock let go, before it is replaced.
    setDatabase(nullptr);
    if (const Status restored = Backups::restore(dialog.chosenBackup(), path); !restored) {
        m_prompts.warning(this, tr("Restore Backup"), restored.error().message());
    }
    openDatabase(path);
}

void MainWindow::updateUndoActions()
{
    m_menus->updateUndo(m_document ? &m_document->undoStack() : nullptr);
}

void MainWindow::showEditError(const Error& error)
{
    m_prompts.warning(this, tr("The change could not be made"), error.message());
}

void MainWindow::rebuildPages()
{
    const int current =
        m_navigation->currentRow() >= 0 ? m_navigation->currentRow() : m_settings.value(pageKey, 0).toInt();
    clearPages();
    if (!m_document) {
        auto* none = new PlaceholderPage(
            QT_TRANSLATE_NOOP("PlaceholderPage", "No database is open"),
            QT_TRANSLATE_NOOP("PlaceholderPage",
                              "Create a database with File › New Database, or open one with "
                              "File › Open Database."));
        none->setObjectName(QStringLiteral("noDatabasePage"));
        m_pages->addWidget(none);
        m_navigation->setEnabled(false);
        return;
    }
    m_navigation->setEnabled(true);
    // In the order of the navigation list (Page); each is built when first shown. The visit editor,
    // not in the navigation, is built when a visit is first opened.
    DatabaseDocument& document = *m_document;
    const QList<LazyPage::Factory> pages{
        [this, &document](QWidget* parent) {
            auto* visits = new VisitsPage(document, m_prompts, parent);
            visits->rememberColumns(*m_tableMemory, QStringLiteral("visits"));
            connect(visits, &VisitsPage::openVisitRequested, this, &MainWindow::openVisit);
            return visits;
        },
        [this, &document](QWidget* parent) {
            auto* calendar = new CalendarPage(document, m_prompts, parent);
            connect(calendar, &CalendarPage::openVisitRequested, this, &MainWindow::openVisit);
            return calendar;
        },
        [this, &document](QWidget* parent) {
            auto* page = new InstitutionsPage(document, m_prompts, parent);
            page->rememberColumns(*m_tableMemory, QStringLiteral("institutions"));
            return page;
        },
        [this, &document](QWidget* parent) {
            auto* page = new PeoplePage(document, m_prompts, parent);
            page->rememberColumns(*m_tableMemory, QStringLiteral("people"));
            return page;
        },
        [this, &document](QWidget* parent) {
            auto* page = new ProjectsPage(document, m_prompts, parent);
            page->rememberColumns(*m_tableMemory, QStringLiteral("projects"));
            return page;
        },
        [this, &document](QWidget* parent) {
            auto* page = new ExchangeGroupsPage(document, m_prompts, parent);
            page->rememberColumns(*m_tableMemory, QStringLiteral("groups"));
            connect(page, &ExchangeGroupsPage::openVisitRequested, this, &MainWindow::openVisit);
            return page;
        },
    };
    for (const LazyPage::Factory& build : pages) {
        m_pages->addWidget(new LazyPage(build, m_pages));
    }
    // An empty database opens on the visits page, which says what to do first.
    const auto anyVisit = VisitRepository(m_document->database()).any();
    const bool empty = !anyVisit || !*anyVisit;
    const int start =
        empty ? static_cast<int>(Page::Visits) : std::clamp(current, 0, m_navigation->count() - 1);
    m_navigation->setCurrentRow(start);
    setCurrentPage(start);
}

void MainWindow::setCurrentPage(int index)
{
    if (auto* page = qobject_cast<LazyPage*>(m_pages->widget(index))) {
        const bool built = page->isBuilt();
        // A list page built now appears first, then reads its rows (at a start-up as when the
        // coordinator first goes to it).
        if (auto* list = qobject_cast<RecordListPage*>(page->content()); list && !built) {
            list->readAfterFirstPaint();
        }
    }
    m_pages->setCurrentIndex(index);
}

void MainWindow::clearPages()
{
    m_visitEditor = nullptr;
    // The page in view goes last: removing it first would show the next one, which would read its
    // rows (50,000 people) only to be deleted.
    QWidget* current = m_pages->currentWidget();
    for (int index = m_pages->count() - 1; index >= 0; --index) {
        if (QWidget* page = m_pages->widget(index); page != current) {
            m_pages->removeWidget(page);
            delete page;
        }
    }
    if (current) {
        m_pages->removeWidget(current);
        delete current;
    }
}

void MainWindow::updatePrintActions()
{
    // Documents are printed from an open visit.
    const bool visitOpen =
        m_visitEditor && m_pages->currentWidget() == m_visitEditor && m_visitEditor->visitId() != 0;
    for (QAction* action :
         {m_menus->printPreview, m_menus->print, m_menus->exportPdf, m_menus->exportVisitReport}) {
        action->setEnabled(visitOpen);
    }
    m_menus->erasePersonalData->setEnabled(visitOpen && m_document && !m_document->isReadOnly());
    m_menus->duplicateVisit->setEnabled(visitOpen && m_document && !m_document->isReadOnly());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
    setCurrentPage(static_cast<int>(page)); // also when it was current, e.g. back from a visit
}

void MainWindow::openVisit(Id visitId)
{
    if (!m_document) {
        return;
    }
    if (!m_visitEditor) {
        m_visitEditor = new VisitEditor(*m_document, m_prompts, m_pages);
        m_visitEditor->rememberColumns(*m_tableMemory);
        connect(m_visitEditor, &VisitEditor::closeRequested, this, [this] { showPage(Page::Visits); });
        connect(m_visitEditor, &VisitEditor::openVisitRequested, this, &MainWindow::openVisit);
        m_pages->addWidget(m_visitEditor);
    }
    m_visitEditor->showVisit(visitId);
    {
        // The visit belongs under Visits in the navigation; the list itself stays where it was.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(static_cast<int>(Page::Visits));
    }
    m_pages->setCurrentWidget(m_visitEditor);
    m_visitEditor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateRecentMenu()
{
    m_menus->updateRecent(m_recent.paths());
}

void MainWindow::updateWindowTitle()
{
    const Database* db = database();
    if (!db) {
        setWindowTitle(tr("Wizyta"));
        statusBar()->clearMessage();
        return;
    }
    const QString name = QFileInfo(db->path()).fileName();
    //: %1 is the database file name
    setWindowTitle(db->isReadOnly() ? tr("%1 (read-only) — Wizyta").arg(name) : tr("%1 — Wizyta").arg(name));
    statusBar()->showMessage(QDir::toNativeSeparators(db->path()));
}

bool MainWindow::openDatabase(const QString& path)
{
    const bool existed = QFileInfo::exists(path);
    auto opened = Database::open(path);
    if (!opened && opened.error().kind() == Error::Kind::ReadOnly && QFileInfo::exists(path)) {
        opened = Database::open(path, Database::Access::ReadOnly);
    } else if (!opened && opened.error().kind() == Error::Kind::Busy) {
        // Another Wizyta is changing it: say who, and offer to look at it without changing it.
        const auto answer =
            m_prompts.question(this, tr("Database in Use"),
                               opened.error().message() + QStringLiteral("\n\n") + tr("Open it read-only?"),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        opened = Database::open(path, Database::Access::ReadOnly);
    }
    if (!opened) {
        m_prompts.warning(this, tr("Cannot open the database"), opened.error().message());
        return false;
    }
    setDatabase(std::move(opened).value());
    if (existed && !m_document->isReadOnly()) {
        // A day's work is never more than a day from a copy; made after the window is shown.
        m_dailyBackup = std::make_unique<DailyBackup>(path);
        connect(m_dailyBackup.get(), &DailyBackup::failed, this, [this, path](const QString& problem) {
            DatabaseCare::reportBackupProblem(path, problem, m_prompts, this);
        });
        // On a start-up, once the window is painted: the copy of a big file is read and written
        // beside the first paint otherwise, which it slowed by a fifth (wizyta_bench).
        if (isVisible()) {
            m_dailyBackup->start();
        } else {
            runAfterNextPaint(this, [this] {
                if (m_dailyBackup) {
                    m_dailyBackup->start();
                }
            });
        }
    }
    return true;
}

void MainWindow::newDatabase()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        m_prompts.saveFileName(this, tr("New Database"), directory, tr("Wizyta databases (*.wizyta)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".wizyta");
    }
    if (QFileInfo::exists(path)) {
        m_prompts.warning(this, tr("New Database"),
                          tr("%1 already exists. Choose another name, or open it with File › Open Database.")
                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseFromDialog()
{
    const QString directory = database()
                                  ? QFileInfo(database()->path()).absolutePath()
                                  : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts.openFileName(this, tr("Open Database"), directory,
                                                tr("Wizyta databases (*.wizyta *.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::switchLanguage(const QString& code)
{
    if (m_languages.setLanguage(code)) {
        m_settings.setValue(languageKey, code);
    }
}

void MainWindow::followLanguage()
{
    // Widgets that exist keep the locale they were made with: dates and numbers must follow too.
    const QLocale locale;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        window->setLocale(locale);
    }
}

void MainWindow::showAbout()
{
    m_prompts.information(
        this, tr("About Wizyta"),
        tr("<h3>Wizyta %1</h3><p>Plans study visits in social services: programmes, participants, "
           "conflicts, printed documents.</p><p>Free software under the GNU General Public License, "
           "version 3 or later.</p>")
            .arg(QStringLiteral(WIZYTA_VERSION)));
}
