// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QObject;
class QUndoStack;

/// The main window's menus and their actions, in the interface language of the moment. The window
/// connects what they do; this says what they are called and where they stand.
class MainMenus final
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)

public:
    /// Fills `bar`; `languages` are the codes of the Language menu, each named in itself.
    MainMenus(QMenuBar* bar, const QStringList& languages);

    /// Every text again, after a language switch.
    void retranslate(const QString& currentLanguage);
    /// Undo and Redo name the edit they would undo or redo, shortened to fit a menu.
    void updateUndo(const QUndoStack* stack);
    /// File › Open Recent: `paths`, newest first; each action holds its path as data.
    void updateRecent(const QStringList& paths);

    QMenu* file;
    QAction* newVisit;
    QAction* duplicateVisit; ///< the open visit, on new days
    QAction* newDatabase;
    QAction* openDatabase;
    QMenu* recent;
    QAction* restoreBackup;
    QAction* printPreview;
    QAction* print;
    QAction* exportPdf;
    QAction* exportVisitReport; ///< the open visit's report, drafted
    QAction* quit;

    QMenu* edit;
    QAction* undo;
    QAction* redo;
    QAction* planningSettings;
    QAction* erasePersonalData;

    QMenu* language;
    QActionGroup* languages;

    QMenu* help;
    QAction* handbook;
    QAction* about;
};
