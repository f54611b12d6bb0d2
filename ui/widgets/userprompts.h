// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

class QWidget;

/// Every question, message and file dialog the windows show goes through here, so a test can
/// answer in advance instead of a person (see ScriptedPrompts in the tests).
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(UserPrompts)

public:
    UserPrompts() = default;
    virtual ~UserPrompts() = default;
    Q_DISABLE_COPY_MOVE(UserPrompts)

    virtual QString openFileName(QWidget* parent, const QString& title, const QString& directory,
                                 const QString& filter);
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& directory,
                                 const QString& filter);
    virtual void warning(QWidget* parent, const QString& title, const QString& text);
    virtual void information(QWidget* parent, const QString& title, const QString& text);
    /// Says that a file was written to `path`, and offers to open it or to show its folder.
    virtual void fileWritten(QWidget* parent, const QString& title, const QString& path);
    /// Asks whether to do what cannot simply be taken back (delete, erase): the button says what it does
    /// (`action`, "&Delete"), beside Cancel, which is the default. Returns whether it was confirmed.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action);
    /// Asks a question; returns the button pressed (one of `buttons`).
    virtual QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton);
};
