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
            out << tr("%1: %Ln participant(s) would be added", nullptr, adding).arg(file)
                << tr(", of whom %Ln already in the database", nullptr, plan->count(Action::UsePerson))
                << tr("; %Ln already in the visit. Nothing was written.", nullptr,
                      plan->count(Action::AlreadyThere))
                << Qt::endl;
            return ExitDone;
        }
        const auto outcome = ParticipantImport::apply(context.database, *plan);
        if (!outcome) {
            return context.output.fail(outcome.error());
        }
        out << tr("%1: %Ln participant(s) added", nullptr, outcome->participantsAdded).arg(file)
            << tr(", of whom %Ln already in the database", nullptr, outcome->peopleMatched)
            << tr("; %Ln already in the visit.", nullptr, outcome->unchanged) << Qt::endl;
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::importParticipants()
{
    return std::make_unique<ImportParticipantsCommand>();
}
