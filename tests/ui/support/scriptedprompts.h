// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/userprompts.h"

#include <QQueue>
#include <QStringList>

#include <utility>

/// Answers the windows' questions from a script instead of a person, and records what was shown.
class ScriptedPrompts final : public UserPrompts
{
public:
    QQueue<QString> fileNames;                   ///< next answers of open/save file dialogs
    QQueue<QMessageBox::StandardButton> answers; ///< next answers of questions
    QStringList shown;                           ///< title and text of every message shown
    QStringList actions;                         ///< the buttons of every confirm(), "&Delete"...
    QStringList written;                         ///< every file said to be written
    /// The next confirm() or fileWritten() shows the application's own message box, for a person
    /// or the test to answer, and is recorded as usual.
    bool showRealMessage = false;

    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return fileNames.isEmpty() ? QString() : fileNames.dequeue();
    }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return fileNames.isEmpty() ? QString() : fileNames.dequeue();
    }
    void warning(QWidget*, const QString& title, const QString& text) override
    {
        shown << title + u'\n' + text;
    }
    void information(QWidget*, const QString& title, const QString& text) override
    {
        shown << title + u'\n' + text;
    }
    /// Kept apart from `shown`, which holds what went wrong or needs reading.
    void fileWritten(QWidget* parent, const QString& title, const QString& path) override
    {
        written << path;
        if (std::exchange(showRealMessage, false)) {
            UserPrompts::fileWritten(parent, title, path);
        }
    }
    /// Yes (or Ok) confirms; anything else, or no answer, is Cancel, the default.
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) override
    {
        shown << title + u'\n' + text;
        actions << action;
        if (std::exchange(showRealMessage, false)) {
            return UserPrompts::confirm(parent, title, text, action);
        }
        const auto answer = answers.isEmpty() ? QMessageBox::Cancel : answers.dequeue();
        return answer == QMessageBox::Yes || answer == QMessageBox::Ok;
    }
    QMessageBox::StandardButton question(QWidget*, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton defaultButton) override
    {
        shown << title + u'\n' + text;
        return answers.isEmpty() ? defaultButton : answers.dequeue();
    }
};
