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

/// The statements of one figure as the shell runs them: a script that only opens the file (and runs the
/// setup), and one that then runs the statements `repeats` times over.
struct ShellScript
{
    QByteArray opening;
    QByteArray passes;
    int repeats = 0;
    bool writes = false;
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

    /// `statements` to be run `repeats` times over, after `setup`; empty without statements.
    static std::optional<ShellScript> script(const QStringList& statements, int repeats,
                                             const ShellSetup& setup = {});
    /// The time, in milliseconds, of one pass of the script's statements, from one run of each of its
    /// scripts; nothing when the shell could not run them.
    std::optional<double> passMilliseconds(const ShellScript& script) const;

private:
    /// Milliseconds the shell takes for `script`, from its start to its exit.
    std::optional<double> shellMilliseconds(const QByteArray& script, bool writes) const;

    QString m_databasePath;
};
