// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/querybench.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "tests/bench/samples.h"
#include "tests/bench/statementtrace.h"

#include <algorithm>

namespace {

/// How long each sample lasts, the program's and the shell's alike. This machine's speed changes from
/// one second to the next (other machines share its processors): samples of one length, taken by
/// turns, meet the same speeds. The shell's passes are timed together for that long anyway, to be
/// well above a process's start.
constexpr double sampleMilliseconds = 300.0;

/// How many calls of `milliseconds` each make a sample, at most `most`.
int callsPerSample(double milliseconds, int most)
{
    return std::clamp(static_cast<int>(sampleMilliseconds / std::max(milliseconds, 0.001)), 1, most);
}

} // namespace

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
    bool succeeded = true;
    const double first = millisecondsOf([&] { succeeded = call(); });
    if (!succeeded) {
        return figure;
    }
    const int calls = callsPerSample(first, 10000);
    const auto sample = [&]() -> std::optional<double> {
        const double milliseconds = millisecondsOf([&] {
            for (int i = 0; i < calls && succeeded; ++i) {
                succeeded = call();
            }
        });
        return succeeded ? std::optional(milliseconds / calls) : std::nullopt;
    };
    return timedByTurns(figure, sample, statements, first, setup);
}

Figure QueryBench::measureFirstSinceOpening(const QString& measure,
                                            const std::function<bool(Database&)>& call) const
{
    Figure figure = Figure::besideBaseline(measure, QStringLiteral("sqlite3"), 1.5);
    QStringList statements;
    // The call on the file opened again, with only the schema read before it (as the shell's opening
    // and the window's first list read it): nothing else of the file is cached on the connection.
    const auto firstOnOpened = [&](bool traced) -> std::optional<double> {
        const auto opened = Database::open(m_database.path(), Database::Access::ReadOnly);
        if (!opened) {
            return std::nullopt;
        }
        Database& database = **opened;
        SqlQuery schema(database, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!schema.exec(QStringLiteral("Reading the schema")) || !schema.next()) {
            return std::nullopt;
        }
        std::optional<StatementTrace> trace;
        if (traced) {
            trace.emplace(database.connection());
        }
        bool succeeded = false;
        const double milliseconds = millisecondsOf([&] { succeeded = call(database); });
        if (trace) {
            statements = trace->statements();
        }
        return succeeded ? std::optional(milliseconds) : std::nullopt;
    };
    if (!firstOnOpened(true) || statements.isEmpty()) {
        return figure;
    }
    const auto first = firstOnOpened(false);
    if (!first) {
        return figure;
    }
    const int calls = callsPerSample(*first, 1000);
    const auto sample = [&]() -> std::optional<double> {
        double milliseconds = 0;
        for (int i = 0; i < calls; ++i) {
            const auto one = firstOnOpened(false);
            if (!one) {
                return std::nullopt;
            }
            milliseconds += *one;
        }
        return milliseconds / calls;
    };
    return timedByTurns(figure, sample, statements, *first, {});
}

Figure QueryBench::timedByTurns(Figure figure, const std::function<std::optional<double>()>& sample,
                                const QStringList& statements, double milliseconds,
                                const ShellSetup& setup) const
{
    const auto script = SqliteShell::script(statements, callsPerSample(milliseconds, 10000), setup);
    Samples wizyta;
    Samples shell;
    bool shellRan = script.has_value();
    for (int run = 0; run < m_runs; ++run) {
        const auto ours = sample();
        if (!ours) {
            return figure;
        }
        wizyta.add(*ours);
        const auto pass = shellRan ? m_shell.passMilliseconds(*script) : std::nullopt;
        shellRan = pass.has_value();
        if (shellRan) {
            shell.add(*pass);
        }
    }
    figure.value = wizyta.median();
    if (shellRan) {
        figure.baseline = shell.median();
    }
    return figure;
}
