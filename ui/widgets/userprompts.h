// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

/// Every question, message and file dialog the windows show goes through here, so a test can
/// answer in advance instead of a person (see ScriptedPrompts in the tests).
class UserPrompts
{
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
    /// Asks whether to do what cannot simply be taken back (delete, erase): the button says what it does
    /// (`action`, "&Delete"), beside Cancel, which is the default. Returns whether it was confirmed.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action);
    /// Asks a question; returns the button pressed (one of `buttons`).
    virtual QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton);
};
