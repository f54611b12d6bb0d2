// SPDX-License-Identifier: GPL-3.0-or-later
#include "querybench.h"

#include "database.h"
#include "samples.h"
#include "sqlquery.h"
#include "statementtrace.h"

#include <algorithm>

QueryBench::QueryBench(Database& database, int runs)
    : m_database(database), m_shell(database.path()), m_runs(runs)
{}

Figure QueryBench::measure(const QString& measure, const std::function<bool()>& call,
                           const ShellSetup& setup) const
{
    Figure figure = Figure::besideBaseline(measure, QStringLiteral("sqlite3"), 1.5);
    QStringList statements;
    {
        const StatementTrace trace(m_database.connection());
        if (!call()) {
            return figure;
        }
        statements = trace.statements();
    }
    // A quick call is timed in batches of about 20 ms, so that the clock's and the machine's jitter
    // are small beside each sample, as the shell's passes are (see SqliteShell).
    bool succeeded = true;
    const double first = millisecondsOf([&] { succeeded = call(); });
    const int batch = std::clamp(static_cast<int>(20.0 / std::max(first, 0.001)), 1, 1000);
    Samples samples;
    for (int run = 0; run < m_runs && succeeded; ++run) {
        samples.add(millisecondsOf([&] {
                        for (int i = 0; i < batch && succeeded; ++i) {
                            succeeded = call();
                        }
                    }) /
                    batch);
    }
    if (!succeeded) {
        return figure;
    }
    figure.value = samples.median();
    figure.baseline = baselineOf(statements, *figure.value, setup);
    return figure;
}

Figure QueryBench::measureFirstSinceOpening(const QString& measure,
                                            const std::function<bool(Database&)>& call) const
{
    Figure figure = Figure::besideBaseline(measure, QStringLiteral("sqlite3"), 1.5);
    QStringList statements;
    Samples samples;
    for (int run = -1; run < m_runs; ++run) {
        const auto opened = Database::open(m_database.path(), Database::Access::ReadOnly);
        if (!opened) {
            return figure;
        }
        Database& database = **opened;
        // The schema read, as the shell's opening reads it (and the window's first list): what is
        // timed is the call on a connection with nothing of it cached yet.
        SqlQuery schema(database, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!schema.exec(QStringLiteral("Reading the schema")) || !schema.next()) {
            return figure;
        }
        if (run < 0) { // the statements the shell runs
            const StatementTrace trace(database.connection());
            if (!call(database)) {
                return figure;
            }
            statements = trace.statements();
            continue;
        }
        bool succeeded = true;
        samples.add(millisecondsOf([&] { succeeded = call(database); }));
        if (!succeeded) {
            return figure;
        }
    }
    figure.value = samples.median();
    figure.baseline = baselineOf(statements, *figure.value, {});
    return figure;
}

std::optional<double> QueryBench::baselineOf(const QStringList& statements, double milliseconds,
                                             const ShellSetup& setup) const
{
    // Enough passes for the shell to work about a third of a second, well above a process's start.
    const int repeats = std::clamp(static_cast<int>(300.0 / std::max(milliseconds, 0.01)), 1, 2000);
    return m_shell.medianMilliseconds(statements, repeats, m_runs, setup);
}
