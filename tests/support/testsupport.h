// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/storage/database.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

/// A fresh database in a temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();

    Database& db() { return *m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.wizyta")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    /// Closes the database (e.g. before reopening it or reading the file's bytes).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

/// Runs one SQL statement on `db` and returns the first column of the first row (for checks).
QVariant scalar(Database& db, const QString& sql);

/// Runs one SQL statement on `db`, failing the test when it fails (for fixtures written in SQL).
void run(Database& db, const QString& sql);

/// Inserts one row of `columns` into `table` with bound values; returns its id.
Id insertRow(Database& db, const QString& table, const QVariantMap& columns);
