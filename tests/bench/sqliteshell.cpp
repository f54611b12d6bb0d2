// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteshell.h"

#include "samples.h"

#include <QProcess>
#include <QStandardPaths>

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

std::optional<double> SqliteShell::medianMilliseconds(const QStringList& statements, int repeats, int runs,
                                                      const ShellSetup& setup) const
{
    if (statements.isEmpty() || repeats < 1) {
        return std::nullopt;
    }
    QByteArray opening = ".output /dev/null\nSELECT count(*) FROM sqlite_schema;\n";
    for (const QString& statement : setup.statements) {
        opening += statement.trimmed().toUtf8() + ";\n";
    }
    QByteArray script = opening;
    for (int pass = 0; pass < repeats; ++pass) {
        for (const QString& statement : statements) {
            script += statement.trimmed().toUtf8() + ";\n";
        }
    }
    Samples samples;
    for (int run = 0; run < runs; ++run) {
        const auto empty = shellMilliseconds(opening, setup.writes);
        const auto full = shellMilliseconds(script, setup.writes);
        if (!empty || !full) {
            return std::nullopt;
        }
        samples.add(std::max(0.0, *full - *empty) / repeats);
    }
    return samples.median();
}
