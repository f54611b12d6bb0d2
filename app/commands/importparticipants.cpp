// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta import participants FILE.csv --visit ID [--dry-run]: a list someone sent.
#include "app/commands/commands.h"
#include "app/commands/importcommand.h"
#include "core/formats/participantimport.h"

namespace {

class ImportParticipantsCommand final : public ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportParticipantsCommand)

public:
    ImportParticipantsCommand() : ImportCommand(QStringLiteral("participants")) {}

    QString synopsis() const override
    {
        return QStringLiteral("import participants FILE.csv --visit ID [--dry-run]");
    }
    QString summary() const override
    {
        return tr(
            "Reads a participant list from a spreadsheet; --dry-run checks every row and writes nothing.");
    }

    /// What an import did or would do, in whole sentences, each translated on its own: no sentence is
    /// built from pieces.
    static QString sentences(const QString& added, int known, int there)
    {
        QStringList said{added};
        if (known > 0) {
            said << tr("%Ln of them already in the database.", nullptr, known);
        }
        if (there > 0) {
            said << tr("%Ln already in the visit.", nullptr, there);
        }
        return said.join(u' ');
    }

    int run(CommandContext& context) const override
    {
        const auto table = readTable(context);
        if (!table) {
            return readFailed(context, table.error());
        }
        const auto plan = ParticipantImport::plan(context.database, context.visitId, *table,
                                                  ParticipantColumns::guess(table->header));
        if (!plan) {
            return planFailed(context, plan.error());
        }
        if (reportProblems(context, plan->rows, &ParticipantImport::describe)) {
            return ExitBadInput;
        }
        QTextStream& out = context.output.out();
        const QString file = QDir::toNativeSeparators(ImportCommand::file(context));
        using Action = ParticipantImportRow::Action;
        if (context.invocation.dryRun) {
            const int adding = plan->count(Action::AddPerson) + plan->count(Action::UsePerson);
            //: the result of import participants --dry-run; %1 is a file
            out << sentences(tr("%1: %Ln participant(s) would be added.", nullptr, adding).arg(file),
                             plan->count(Action::UsePerson), plan->count(Action::AlreadyThere))
                << u' ' << tr("Nothing was written.") << Qt::endl;
            return ExitDone;
        }
        const auto outcome = ParticipantImport::apply(context.database, *plan);
        if (!outcome) {
            return context.output.fail(outcome.error());
        }
        out << sentences(tr("%1: %Ln participant(s) added.", nullptr, outcome->participantsAdded).arg(file),
                         outcome->peopleMatched, outcome->unchanged)
            << Qt::endl;
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::importParticipants()
{
    return std::make_unique<ImportParticipantsCommand>();
}
