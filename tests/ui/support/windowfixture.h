// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/languages/languagemanager.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/window/mainwindow.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

/// A main window on a fresh database in a temporary folder, with its own settings file and
/// scripted dialogs, shown on the offscreen platform.
class WindowFixture
{
public:
    explicit WindowFixture(const QString& language = QStringLiteral("en"));
    ~WindowFixture();

    QString databasePath() const { return m_dir.filePath(QStringLiteral("test.wizyta")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    void switchLanguage(const QString& code); ///< as the Language menu does, then lets the events run

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> settings;
    LanguageManager languages;
    ScriptedPrompts prompts;
    std::unique_ptr<MainWindow> window;
};

/// Waits until the window's list pages have read their rows: a page reads them right after the
/// paint that first shows it.
bool waitForListsRead(MainWindow& window);

/// Every text a person can read in `root` (labels, buttons, menus, list items, headers), keyed by
/// where it is, for comparing one language with another. Widgets showing the database's content
/// carry the property "content" and are left out.
QMap<QString, QString> visibleTexts(QWidget* root);
