// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/storage/edithistory.h"
#include "ui/editing/undoableedits.h"

#include <QUndoStack>

#include <memory>

/// The open database as the window's document: the file, its undo stack, and the one way to edit it.
/// There is nothing to save: every edit is stored as it is made.
class DatabaseDocument final
{
    Q_DISABLE_COPY_MOVE(DatabaseDocument)

public:
    DatabaseDocument(std::unique_ptr<Database> database, DatabaseEditCommand::ErrorHandler onError);

    Database& database() { return *m_database; }
    UndoableEdits& edits() { return m_edits; }
    QUndoStack& undoStack() { return m_undoStack; }
    bool isReadOnly() const { return m_database->isReadOnly(); }

private:
    std::unique_ptr<Database> m_database;
    EditHistory m_history;
    QUndoStack m_undoStack;
    UndoableEdits m_edits;
};
