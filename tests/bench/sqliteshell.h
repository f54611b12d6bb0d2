// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// What the statements timed in the sqlite3 shell need before them, run (untimed) in the same shell.
struct ShellSetup
{
    QStringList statements; ///< e.g. the temporary tables a connection made earlier
    bool writes = false;    ///< the statements write (in a transaction they roll back)
};

/// The sqlite3 command-line shell as the baseline for data queries: the same statements, run on the
/// same file, their rows written to /dev/null.
///
/// The shell's own timer (.timer on) reports whole milliseconds per statement, which rounds a list of
/// small statements to nothing. So the shell runs the statements `repeats` times over, and the time of
/// one pass is the shell's running time less that of a shell that only opens the file, divided by
/// `repeats`.
class SqliteShell final
{
public:
    explicit SqliteShell(QString databasePath) : m_databasePath(std::move(databasePath)) {}

    /// Whether the sqlite3 program can be run.
    static bool isAvailable();

    /// The median over `runs` runs of the time, in milliseconds, of one pass of `statements`;
    /// nothing when the shell could not run them.
    std::optional<double> medianMilliseconds(const QStringList& statements, int repeats, int runs,
                                             const ShellSetup& setup = {}) const;

private:
    /// Milliseconds the shell takes for `script`, from its start to its exit.
    std::optional<double> shellMilliseconds(const QByteArray& script, bool writes) const;

    QString m_databasePath;
};
