// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"
#include "core/model/id.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

class Database;
class Error;

/// A day as 2026-05-19 or, as Polish and Ukrainian offices write it, 19.05.2026; invalid when neither.
QDate parseDay(const QString& text);

/// Where a command writes, and how what went wrong becomes one line on stderr and the exit status
/// scripts rely on.
class CommandOutput final
{
public:
    CommandOutput(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// The error's message; bad input (3) or failed (1) by its kind.
    int fail(const Error& error);
    /// The command line is wrong (2).
    int usage(const QString& message);
    /// A file or value given cannot be used (3).
    int badInput(const QString& message);
    /// An error about the data: bad input naming the database (with the default database it is not
    /// obvious which file has no such visit), else a failure.
    int dataError(const Database& database, const Error& error);
    /// The file named by --output cannot be written: bad input, unless the disk is full.
    int writeFailure(const Database& database, const Error& error);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

/// What a command runs with: the command line, the open database and the visit it names.
struct CommandContext
{
    const Invocation& invocation;
    Database& database;
    Id visitId = 0; ///< the --visit given, for a command that needs one
    CommandOutput& output;
};

/// One verb of the command line, described in one place: its words, what --help says of it, whether
/// it needs a visit, how it opens the database and what it runs. The verbs are listed in
/// app/commands/commands.cpp.
class Command
{
public:
    /// How a command opens the database.
    enum class Access {
        Reads,   ///< an existing file; read-only when it may not be written or another Wizyta changes it
        Changes, ///< an existing file, written
        Creates, ///< written, created when there is no such file
    };

    Command() = default;
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    /// The words naming it, e.g. {"export", "ics"}.
    virtual QStringList words() const = 0;
    /// The words with their options as --help shows them, e.g. "export ics --visit ID --output FILE.ics".
    virtual QString synopsis() const = 0;
    /// What it does, for --help, in the interface language.
    virtual QString summary() const = 0;
    virtual bool needsVisit() const { return false; }
    virtual Access access(const Invocation& invocation) const = 0;
    /// Whether the command line names this command; by default, when its words are the verb.
    virtual bool matches(const Invocation& invocation) const;
    /// Checks the rest of the command line before any file is touched: ExitDone when it is right,
    /// else the exit status after saying what is wrong.
    virtual int check(const Invocation& invocation, CommandOutput& output) const;
    /// Runs it on the open database; returns the exit status.
    virtual int run(CommandContext& context) const = 0;
};
