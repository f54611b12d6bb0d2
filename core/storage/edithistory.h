// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"
#include "core/storage/changenotifier.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Database;

/// What one edit changed in the database, as the statements that take it back and bring it again.
struct EditStep
{
    QStringList undoStatements; ///< in the order they are to be run
    QStringList redoStatements; ///< filled by the first undo
    ChangeNotifier::Topics topics;

    bool isEmpty() const { return undoStatements.isEmpty() && redoStatements.isEmpty(); }
};

/// Records what an edit changes, row by row, so that it can be undone and redone exactly —
/// including rows that went with it through ON DELETE CASCADE or SET NULL.
///
/// This is SQLite's own undo technique (https://www.sqlite.org/undoredo.html): temporary triggers on
/// every table write the inverse of each change into a temporary log while an edit is recorded. The
/// triggers live in the connection only; nothing of them is stored in the file, and a connection
/// without an EditHistory (the command line) writes as usual.
class EditHistory final
{
    Q_DECLARE_TR_FUNCTIONS(EditHistory)
    Q_DISABLE_COPY_MOVE(EditHistory)

public:
    explicit EditHistory(Database& database) : m_database(database) {}

    /// Creates the temporary log and triggers on the connection. The first edit does it when it has
    /// not been done: a file opened only to be looked at, or printed from, is spared the time.
    Status install();

    /// Runs `edit` in one transaction and returns what it changed; on failure nothing is changed.
    Result<EditStep> record(const std::function<Status()>& edit);

    /// Takes the step back (and learns how to bring it again), in one transaction.
    Status undo(EditStep& step);
    /// Brings the step again after an undo, in one transaction.
    Status redo(EditStep& step);

    /// The kind of data a table holds, for the change notifier.
    static ChangeNotifier::Topics topicOf(const QString& table);

private:
    /// Runs `edit` with the triggers recording; returns the inverse statements, last change first.
    Result<QStringList> capture(const QString& what, const std::function<Status()>& edit,
                                ChangeNotifier::Topics& topics);
    Result<QStringList> replay(const QStringList& statements, const QString& what,
                               ChangeNotifier::Topics topics);

    Database& m_database;
    bool m_installed = false;
};
