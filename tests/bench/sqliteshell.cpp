// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/sqliteshell.h"

#include "tests/bench/samples.h"

#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

bool SqliteShell::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

std::optional<double> SqliteShell::shellMilliseconds(const QByteArray& script, bool writes) const
{
    QProcess shell;
    QStringList arguments{QStringLiteral("-batch"), QStringLiteral("-bail"), m_databasePath};
    if (!writes) {
        arguments.prepend(QStringLiteral("-readonly"));
    }
    std::optional<double> milliseconds;
    milliseconds = millisecondsOf([&] {
        shell.start(QStringLiteral("sqlite3"), arguments);
        if (!shell.waitForStarted()) {
            return;
        }
        shell.write(script);
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
    });
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0 ||
        !shell.readAllStandardError().isEmpty()) {
        return std::nullopt;
    }
    return milliseconds;
}

std::optional<ShellScript> SqliteShell::script(const QStringList& statements, int repeats,
                                               const ShellSetup& setup)
{
    if (statements.isEmpty() || repeats < 1) {
        return std::nullopt;
    }
    ShellScript script;
    script.opening = ".output /dev/null\nSELECT count(*) FROM sqlite_schema;\n";
    for (const QString& statement : setup.statements) {
        script.opening += statement.trimmed().toUtf8() + ";\n";
    }
    QByteArray pass;
    for (const QString& statement : statements) {
        pass += statement.trimmed().toUtf8() + ";\n";
    }
    script.passes = script.opening + pass.repeated(repeats);
    script.repeats = repeats;
    script.writes = setup.writes;
    return script;
}

std::optional<double> SqliteShell::passMilliseconds(const ShellScript& script) const
{
    const auto empty = shellMilliseconds(script.opening, script.writes);
    const auto full = shellMilliseconds(script.passes, script.writes);
    if (!empty || !full) {
        return std::nullopt;
    }
    return std::max(0.0, *full - *empty) / script.repeats;
}
