// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class DatabaseDocument;
class QWidget;
class UserPrompts;

/// Deleting a record the one way every list does it: a question that names the record, says what
/// goes with it and that Edit › Undo brings it all back; then one undoable edit; a failure shown.
struct Deletion
{
    Q_DECLARE_TR_FUNCTIONS(Deletion)

public:
    QString title;                     ///< of the question and of a failure: "Delete Institution"
    QString question;                  ///< "Delete the institution ‘MOPS Płock’?"
    QStringList consequences;          ///< what goes or changes with it, a paragraph each
    std::function<QString()> editName; ///< the Edit menu's name of the edit, in the language of the moment
    std::function<Status()> remove;
    QString action = tr("&Delete"); ///< the button that deletes, beside Cancel
    bool askFirst = true; ///< false for what needs no question (a participant chosen for no session)

    /// Asks (when askFirst), then deletes; returns whether it was deleted.
    bool askAndApply(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent) const;
};
