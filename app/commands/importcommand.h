// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"
#include "core/formats/csvtable.h"
#include "core/model/result.h"

#include <QDir>

/// What the import verbs share: "import WHAT FILE.csv --visit ID [--dry-run]", the file read and
/// every bad row reported before anything is written; a dry run only reads the database.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    explicit ImportCommand(QString what) : m_what(std::move(what)) {}

    QStringList words() const override { return {QStringLiteral("import"), m_what}; }
    bool needsVisit() const override { return true; }
    Access access(const Invocation& invocation) const override
    {
        return invocation.dryRun ? Access::Reads : Access::Changes;
    }
    /// Its words followed by the file, or without one (which check() explains).
    bool matches(const Invocation& invocation) const override;
    int check(const Invocation& invocation, CommandOutput& output) const override;

protected:
    /// The file named on the command line.
    static QString file(const CommandContext& context) { return context.invocation.verb.at(2); }
    /// The file's table, read as spreadsheets write it.
    static Result<CsvTable> readTable(const CommandContext& context);
    /// The file could not be read: bad input when it is not a table, else a failure.
    static int readFailed(CommandContext& context, const Error& error);
    /// A plan that could not be made: a file without what the import needs names the file.
    static int planFailed(CommandContext& context, const Error& error);

    /// Prints every row with a problem, each on a line of its own so that all can be mended at once,
    /// then how many; false when there is none. `describe(file, row)` words a row's first problem.
    template <typename Row, typename Describe>
    static bool reportProblems(CommandContext& context, const QList<Row>& rows, Describe describe)
    {
        int problems = 0;
        for (const Row& row : rows) {
            if (!row.problems.isEmpty()) {
                context.output.err() << "wizyta: " << describe(QDir::toNativeSeparators(file(context)), row)
                                     << Qt::endl;
                ++problems;
            }
        }
        if (problems > 0) {
            reportCount(context, problems);
        }
        return problems > 0;
    }

    /// Prints every row imported with a warning, each on a line of its own, before the outcome.
    /// `describe(file, row)` words a row's first warning.
    template <typename Row, typename Describe>
    static void reportWarnings(CommandContext& context, const QList<Row>& rows, Describe describe)
    {
        for (const Row& row : rows) {
            if (!row.warnings.isEmpty()) {
                context.output.err() << "wizyta: "
                                     << warningLine(describe(QDir::toNativeSeparators(file(context)), row))
                                     << Qt::endl;
            }
        }
    }

private:
    static void reportCount(CommandContext& context, int problems);
    static QString warningLine(const QString& warning);

    QString m_what;
};
