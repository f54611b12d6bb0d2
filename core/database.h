// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changenotifier.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/// An open Wizyta database file: one named SQLite connection, its schema brought up to date.
///
/// Opening never changes a file it will refuse: a file that is not an SQLite database, an SQLite
/// database of another program, or one written by a newer Wizyta is only read, then rejected
/// with an Error naming the file and the reason.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    /// Opens (creating it when missing and `access` is ReadWrite) and upgrades the file at `path`.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite);
    ~Database();

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;

    /// The connection, for repositories; no code outside the core's repositories runs SQL.
    QSqlDatabase connection() const;

    ChangeNotifier& notifier() { return m_notifier; }

    /// PRAGMA integrity_check and foreign_key_check: an empty list when the file is sound.
    Result<QStringList> check() const;

    /// Remembers that a write touched `topics`; the notifier tells the views after the commit.
    void markChanged(ChangeNotifier::Topics topics);

private:
    friend class WriteTransaction;

    Database(QString path, QString connectionName, Access access);
    Status configure();
    Status upgrade();

    QString m_path;
    QString m_connectionName;
    Access m_access;
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
