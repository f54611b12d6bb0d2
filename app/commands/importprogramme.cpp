// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta import agenda FILE.csv --visit ID [--dry-run]: a programme drafted in a spreadsheet.
#include "app/commands/commands.h"
#include "app/commands/importcommand.h"
#include "core/formats/programmeimport.h"

namespace {

class ImportProgrammeCommand final : public ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportProgrammeCommand)

public:
    ImportProgrammeCommand() : ImportCommand(QStringLiteral("agenda")) {}

    QString synopsis() const override
    {
        return QStringLiteral("import agenda FILE.csv --visit ID [--dry-run]");
    }
    QString summary() const override
    {
        return tr("Reads a programme from a spreadsheet; --dry-run checks every row and writes nothing.");
    }

    /// What an import did or would do, in whole sentences, each translated on its own.
    static QString sentences(const QString& added, int there)
    {
        return there > 0 ? added + u' ' + tr("%Ln already in the programme.", nullptr, there) : added;
    }

    int run(CommandContext& context) const override
    {
        const auto table = readTable(context);
        if (!table) {
            return readFailed(context, table.error());
        }
        const auto plan = ProgrammeImport::plan(context.database, context.visitId, *table);
        if (!plan) {
            return planFailed(context, plan.error());
        }
        if (reportProblems(context, plan->rows, &ProgrammeImport::describe)) {
            return ExitBadInput;
        }
        // A session on a day outside the visit's is imported, and the conflict check lists it.
        reportWarnings(context, plan->rows, &ProgrammeImport::describeWarning);
        QTextStream& out = context.output.out();
        const QString file = QDir::toNativeSeparators(ImportCommand::file(context));
        if (context.invocation.dryRun) {
            const int adding = plan->count(ProgrammeImportRow::Action::Add);
            const int unchanged = plan->count(ProgrammeImportRow::Action::AlreadyThere);
            //: the result of import agenda --dry-run; %1 is a file
            out << sentences(tr("%1: %Ln session(s) would be added.", nullptr, adding).arg(file), unchanged)
                << u' ' << tr("Nothing was written.") << Qt::endl;
            return ExitDone;
        }
        const auto outcome = ProgrammeImport::apply(context.database, *plan);
        if (!outcome) {
            return context.output.fail(outcome.error());
        }
        out << sentences(tr("%1: %Ln session(s) added.", nullptr, outcome->sessionsAdded).arg(file),
                         outcome->unchanged)
            << Qt::endl;
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::importProgramme()
{
    return std::make_unique<ImportProgrammeCommand>();
}
