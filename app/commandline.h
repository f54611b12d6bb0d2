// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

/// Exit statuses of the command line, a stable interface scripts rely on.
enum ExitStatus : int {
    ExitDone = 0,
    ExitFailed = 1,   ///< the environment stopped it: disk full, file locked, cannot write
    ExitUsage = 2,    ///< the command line itself is wrong
    ExitBadInput = 3, ///< a file or value it was given cannot be used
};

/// What the command line asks for.
struct Invocation
{
    enum class Mode { Window, Command, Version, Help };
    Mode mode = Mode::Window;
    QString databasePath;            ///< empty: the default database
    QString language;                ///< empty: the saved or the system's language
    QStringList verb;                ///< e.g. {"list", "visits"}
    QHash<QString, QString> options; ///< --title, --first-day, ...: option name without dashes → value
    bool dryRun = false;

    QString option(const QString& name) const { return options.value(name); }
    bool has(const QString& name) const { return options.contains(name); }
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Parses the arguments (without the program name's special meaning); on a usage error
    /// returns nothing and sets `error` to one line saying what is wrong.
    static std::optional<Invocation> parse(const QStringList& arguments, QString* error);
    /// The text of --help, in the current language.
    static QString helpText();
};
