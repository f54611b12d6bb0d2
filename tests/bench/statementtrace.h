// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;

/// The statements a connection runs while this lives, with their parameters filled in
/// (sqlite3_expanded_sql), so that the same SQL can be run again through the sqlite3 shell.
class StatementTrace final
{
    Q_DISABLE_COPY_MOVE(StatementTrace)

public:
    explicit StatementTrace(const QSqlDatabase& connection);
    ~StatementTrace();

    const QStringList& statements() const { return m_statements; }

private:
    static int record(unsigned type, void* context, void* statement, void* detail);

    sqlite3* m_handle = nullptr;
    QStringList m_statements;
};
