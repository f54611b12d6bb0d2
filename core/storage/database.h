// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"
#include "core/storage/changenotifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;
struct sqlite3;
struct sqlite3_stmt;

/// An open Wizyta database file: one named SQLite connection, its schema brought up to date.
///
/// Opening never changes a file it will refuse: a file that is not an SQLite database, an SQLite
/// database of another program, or one written by a newer Wizyta is only read, then rejected
/// with an Error naming the file and the reason.
///
/// One writer at a time: a database opened for writing holds a lock file beside it
/// ("visits.wizyta.lock", QLockFile: the holder's process, host and program). A second Wizyta that
/// wants to write is refused (Busy) with who holds it, and may open the file read-only instead. A
/// lock left by a Wizyta that crashed (its process is gone) is taken over.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    /// Opens (creating it when missing and `access` is ReadWrite) and upgrades the file at `path`.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite);
    /// The lock file beside the database at `path`.
    static QString lockPath(const QString& path);
    ~Database();

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;

    /// The connection, for repositories; no code outside the core's repositories runs SQL.
    QSqlDatabase connection() const;
    /// The same connection's SQLite handle, through which SqlQuery runs statements.
    sqlite3* handle() const { return m_handle; }
    /// A prepared statement for `sql` kept from an earlier SqlQuery, or null: preparing is most of
    /// the cost of a small statement, and an import runs the same few ten thousand times.
    sqlite3_stmt* takeStatement(const QString& sql) const;
    /// Keeps a statement (reset, bindings cleared) for the next SqlQuery with the same SQL.
    void keepStatement(const QString& sql, sqlite3_stmt* statement) const;

    ChangeNotifier& notifier() { return m_notifier; }

    /// PRAGMA integrity_check and foreign_key_check: an empty list when the file is sound.
    Result<QStringList> check() const;

    /// Remembers that a write touched `topics`; the notifier tells the views after the commit.
    void markChanged(ChangeNotifier::Topics topics);

private:
    friend class WriteTransaction;

    Database(QString path, QString connectionName, Access access, std::unique_ptr<QLockFile> lock);
    Status configure();
    Status upgrade();

    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    mutable QHash<QString, sqlite3_stmt*> m_statements;
    Access m_access;
    std::unique_ptr<QLockFile> m_lock; ///< held while open for writing
    ChangeNotifier m_notifier;
    int m_transactionDepth = 0;
    ChangeNotifier::Topics m_pendingChanges;
};

/// A write transaction: BEGIN IMMEDIATE at the outermost level (so a second writer waits at the
/// start, not half-way), a SAVEPOINT when nested. Rolled back unless commit() succeeds.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();

    /// `what` names the action for error messages, e.g. "Saving the visit".
    Status begin(const QString& what);
    Status commit();

private:
    void rollback();

    Database& m_database;
    QString m_what;
    int m_level = 0; // 0: not begun; 1: outermost; >1: savepoint
    bool m_finished = false;
};
