// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/oneprocessor.h"
#include "tests/bench/sqliteshell.h"

#include <functional>

class Database;

/// A call into the core that reads the database, timed beside the sqlite3 shell running the very
/// statements the call ran (recorded with StatementTrace on its first run). The two are timed by
/// turns, a sample of each per run, each sample about a third of a second long: a busy spell of the
/// machine then falls on both alike, and the ratio of the medians tells the program's work from the
/// machine's. While it exists, the benchmark and the shells it starts run on one processor (see
/// OneProcessor).
class QueryBench final
{
public:
    QueryBench(Database& database, int runs);

    /// `call` returns false when it failed; the figure is then left unmeasured. The shell runs
    /// `setup` first, untimed.
    Figure measure(const QString& measure, const std::function<bool()>& call,
                   const ShellSetup& setup = {}) const;
    /// As measure(), each call the first on the file opened again, read-only (the opening untimed):
    /// with SQLite's page cache and the prepared statements of a connection just made.
    Figure measureFirstSinceOpening(const QString& measure, const std::function<bool(Database&)>& call) const;

private:
    /// `figure` with the medians of `m_runs` samples of `sample` (nothing: the call failed), each
    /// followed by a sample of the shell: `statements` repeated for about a third of a second.
    /// `milliseconds` is a first timing of the call.
    Figure timedByTurns(Figure figure, const std::function<std::optional<double>()>& sample,
                        const QStringList& statements, double milliseconds, const ShellSetup& setup) const;

    OneProcessor m_oneProcessor;
    Database& m_database;
    SqliteShell m_shell;
    int m_runs;
};
