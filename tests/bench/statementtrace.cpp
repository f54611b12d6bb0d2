// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/statementtrace.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

/// Qt's SQLite driver hands out its sqlite3* as the driver's handle.
sqlite3* handleOf(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

StatementTrace::StatementTrace(const QSqlDatabase& connection) : m_handle(handleOf(connection))
{
    if (m_handle) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, &StatementTrace::record, this);
    }
}

StatementTrace::~StatementTrace()
{
    if (m_handle) {
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }
}

int StatementTrace::record(unsigned type, void* context, void* statement, void*)
{
    if (type != SQLITE_TRACE_PROFILE) {
        return 0;
    }
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql) {
        static_cast<StatementTrace*>(context)->m_statements << QString::fromUtf8(sql);
        sqlite3_free(sql);
    }
    return 0;
}
