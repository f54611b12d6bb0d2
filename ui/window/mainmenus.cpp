// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/mainmenus.h"

#include "core/languages/languagemanager.h"

#include <QActionGroup>
#include <QDir>
#include <QFontMetrics>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace {

/// Characters of an edit's name shown in Undo and Redo: an edit named after a 300-character title
/// would run off the screen.
constexpr int editNameWidth = 80;

QString shortened(const QString& name)
{
    return name.size() <= editNameWidth ? name : name.left(editNameWidth - 1).trimmed() + QChar(u'…');
}

QAction* named(QAction* action, const char* objectName)
{
    action->setObjectName(QLatin1String(objectName));
    return action;
}

} // namespace

MainMenus::MainMenus(QMenuBar* bar, const QStringList& languageCodes)
{
    file = bar->addMenu(QString());
    newVisit = named(file->addAction(QString()), "newVisit");
    newVisit->setShortcut(QKeySequence::New);
    duplicateVisit = named(file->addAction(QString()), "duplicateVisitAction");
    newDatabase = named(file->addAction(QString()), "newDatabase");
    openDatabase = named(file->addAction(QString()), "openDatabase");
    openDatabase->setShortcut(QKeySequence::Open);
    recent = file->addMenu(QString());
    recent->setObjectName(QStringLiteral("recentMenu"));
    restoreBackup = named(file->addAction(QString()), "restoreBackup");
    file->addSeparator();
    printPreview = named(file->addAction(QString()), "printPreviewAction");
    print = named(file->addAction(QString()), "printAction");
    print->setShortcut(QKeySequence::Print);
    exportPdf = named(file->addAction(QString()), "exportPdfAction");
    exportVisitReport = named(file->addAction(QString()), "exportVisitReportAction");
    file->addSeparator();
    quit = named(file->addAction(QString()), "quit");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    edit = bar->addMenu(QString());
    undo = named(edit->addAction(QString()), "undo");
    undo->setShortcut(QKeySequence::Undo);
    redo = named(edit->addAction(QString()), "redo");
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on some) as well.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addSeparator();
    planningSettings = named(edit->addAction(QString()), "planningSettings");
    erasePersonalData = named(edit->addAction(QString()), "erasePersonalData");

    language = bar->addMenu(QString());
    languages = new QActionGroup(language);
    for (const QString& code : languageCodes) {
        // Each language is named in itself, so anyone can find their own in any interface.
        QAction* action = language->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
        languages->addAction(action);
    }

    help = bar->addMenu(QString());
    handbook = named(help->addAction(QString()), "handbook");
    // Shown in the menu; the key itself is the window's and each dialog's (HelpRequest::addShortcut),
    // so that a dialog's F1 is not taken for the window's.
    handbook->setShortcut(QKeySequence(Qt::Key_F1));
    handbook->setShortcutContext(Qt::WidgetShortcut);
    about = named(help->addAction(QString()), "about");
    about->setMenuRole(QAction::AboutRole);
}

void MainMenus::retranslate(const QString& currentLanguage)
{
    file->setTitle(tr("&File"));
    newVisit->setText(tr("&New Visit…"));
    newVisit->setStatusTip(tr("Add a visit and open it to build its programme"));
    duplicateVisit->setText(tr("D&uplicate Visit…"));
    duplicateVisit->setStatusTip(tr("A new visit made from the open one: its programme on new days"));
    newDatabase->setText(tr("New &Database…"));
    newDatabase->setStatusTip(tr("Start a new, empty database file"));
    openDatabase->setText(tr("&Open Database…"));
    recent->setTitle(tr("Open &Recent"));
    restoreBackup->setText(tr("Restore &Backup…"));
    restoreBackup->setStatusTip(tr("Go back to a copy of the database made on an earlier day"));
    printPreview->setText(tr("Print Pre&view…"));
    printPreview->setStatusTip(
        tr("See the open visit's document, chosen under its details, before printing it"));
    print->setText(tr("&Print…"));
    print->setStatusTip(tr("Print the open visit's document chosen under its details"));
    exportPdf->setText(tr("&Export PDF…"));
    exportPdf->setStatusTip(tr("Save the open visit's document chosen under its details as a PDF file"));
    exportVisitReport->setText(tr("Export Visi&t Report…"));
    exportVisitReport->setStatusTip(
        tr("Save a draft of the open visit's report, to finish in LibreOffice or Word (.odt)"));
    quit->setText(tr("&Quit"));

    edit->setTitle(tr("&Edit"));
    planningSettings->setText(tr("Planning &Settings…"));
    erasePersonalData->setText(tr("Erase Personal &Data of This Visit…"));
    erasePersonalData->setStatusTip(
        tr("After a visit: erase its participants' contact details, diets, accessibility needs and notes"));

    language->setTitle(tr("&Language"));
    for (QAction* action : languages->actions()) {
        action->setChecked(action->data().toString() == currentLanguage);
    }

    help->setTitle(tr("&Help"));
    handbook->setText(tr("Wizyta &Handbook"));
    handbook->setStatusTip(tr("The handbook, at the part about what you are doing"));
    about->setText(tr("&About Wizyta"));
}

void MainMenus::updateUndo(const QUndoStack* stack)
{
    const bool canUndo = stack && stack->canUndo();
    const bool canRedo = stack && stack->canRedo();
    undo->setEnabled(canUndo);
    redo->setEnabled(canRedo);
    //: %1 names the edit, e.g. "Delete institution ‘MOPS Płock’"
    undo->setText(canUndo ? tr("&Undo %1").arg(shortened(stack->undoText())) : tr("&Undo"));
    //: %1 names the edit, e.g. "Delete institution ‘MOPS Płock’"
    redo->setText(canRedo ? tr("&Redo %1").arg(shortened(stack->redoText())) : tr("&Redo"));
    // The whole name where there is room for it.
    undo->setStatusTip(canUndo ? stack->undoText() : QString());
    redo->setStatusTip(canRedo ? stack->redoText() : QString());
}

void MainMenus::updateRecent(const QStringList& paths)
{
    recent->clear();
    for (const QString& path : paths) {
        // A & in a path would be taken for a mnemonic.
        QAction* action =
            recent->addAction(QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setData(path);
    }
    if (paths.isEmpty()) {
        recent->addAction(tr("No recent databases"))->setEnabled(false);
    }
}
