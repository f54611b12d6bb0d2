// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

/// Runs a command-line verb without any window: finds it among Commands::all(), checks the command
/// line before any file is touched, opens the database as the verb needs it, and runs it.
class CommandRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    CommandRunner(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    /// Runs `invocation.verb` on the database at `databasePath`; returns the exit status.
    int run(const Invocation& invocation, const QString& databasePath, bool isDefaultDatabase);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};
