// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/error.h"
#include "core/model/id.h"
#include "ui/window/recentdatabases.h"

#include <QMainWindow>

#include <memory>

class Database;
class DailyBackup;
class HandbookWindow;
class MainMenus;
class TableMemory;
class DatabaseDocument;
class LanguageManager;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;
class UserPrompts;
class VisitEditor;

/// The window: a navigation list beside the page it selects, and the menus. It owns the open
/// database; pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Visits, Calendar, Institutions, People, Projects, ExchangeGroups };

    MainWindow(LanguageManager& languages, QSettings& settings, UserPrompts& prompts,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows `database` (which may be null: the window then says how to open one).
    void setDatabase(std::unique_ptr<Database> database);
    Database* database() const;
    DatabaseDocument* document() const { return m_document.get(); }

    /// Opens the file, or says why not and keeps the current database.
    bool openDatabase(const QString& path);
    void showPage(Page page);
    /// File › Print and the others print the open visit's documents: enabled while one is open.
    void updatePrintActions();
    /// File › Restore Backup: the database replaced by a backup chosen from a list.
    void restoreBackup();
    /// Shows the visit in the editor, in place of the page.
    void openVisit(Id visitId);

    /// File › New Visit: the visit's form, then the visit open in the editor.
    void newVisit();
    /// The handbook at `section` (Handbook::sections()), beside the window.
    void showHandbook(const QString& section);
    /// The handbook's section about what has the keyboard, or else the page in view.
    QString currentSection() const;

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    /// Widens the list of pages to its longest name.
    void fitNavigation();
    void rebuildPages();
    /// Shows the page at `index` of the stack, built first if it was not yet.
    void setCurrentPage(int index);
    void clearPages();
    void updateRecentMenu();
    void updateWindowTitle();
    void newDatabase();
    void openDatabaseFromDialog();
    void switchLanguage(const QString& code);
    void followLanguage();
    void showAbout();
    void updateUndoActions();
    void showEditError(const Error& error);

    LanguageManager& m_languages;
    QSettings& m_settings;
    UserPrompts& m_prompts;
    RecentDatabases m_recent;
    std::unique_ptr<TableMemory> m_tableMemory;
    // Before the document: its undo stack announces its last change as it goes.
    std::unique_ptr<MainMenus> m_menus;
    std::unique_ptr<HandbookWindow> m_handbook; ///< made when first asked for
    std::unique_ptr<DatabaseDocument> m_document;
    std::unique_ptr<DailyBackup> m_dailyBackup;

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    VisitEditor* m_visitEditor = nullptr;
};
