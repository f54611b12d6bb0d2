// SPDX-License-Identifier: GPL-3.0-or-later
#include "querybench.h"

#include "database.h"
#include "samples.h"
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
    // Enough passes for the shell to work about a third of a second, well above a process's start.
    const int repeats = std::clamp(static_cast<int>(300.0 / std::max(*figure.value, 0.01)), 1, 2000);
    figure.baseline = m_shell.medianMilliseconds(statements, repeats, m_runs, setup);
    return figure;
}
