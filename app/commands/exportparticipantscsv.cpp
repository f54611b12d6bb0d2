// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta export participants ... --output FILE.csv: the participants for a spreadsheet.
#include "app/commands/commands.h"
#include "app/commands/exportcommand.h"
#include "app/commands/languageoption.h"
#include "core/formats/participantexport.h"
#include "core/storage/database.h"

namespace {

class ExportParticipantsCsvCommand final : public ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportParticipantsCsvCommand)

public:
    ExportParticipantsCsvCommand() : ExportCommand(QStringLiteral("participants")) {}

    QString synopsis() const override
    {
        return QStringLiteral("export participants --visit ID [--contacts] [--diet] --output FILE.csv");
    }
    QString summary() const override
    {
        return tr("The participants for a spreadsheet; e-mail and phone only with --contacts, diets and "
                  "accessibility needs only with --diet.");
    }
    bool matches(const Invocation& invocation) const override
    {
        return ExportCommand::matches(invocation) &&
               invocation.option(QStringLiteral("output")).endsWith(suffix(), Qt::CaseInsensitive);
    }

    int run(CommandContext& context) const override
    {
        const Invocation& invocation = context.invocation;
        const auto language = LanguageOption::singleLanguage(context.database, context.visitId,
                                                             invocation.option(QStringLiteral("language")));
        if (!language) {
            return context.output.dataError(context.database, language.error());
        }
        ParticipantExportOptions options;
        options.contacts = invocation.has(QStringLiteral("contacts"));
        options.dietAndAccessibility = invocation.has(QStringLiteral("diet"));
        const Status written =
            ParticipantExport::writeFile(context.database, context.visitId, options, *language,
                                         invocation.option(QStringLiteral("output")));
        if (!written) {
            return context.output.writeFailure(context.database, written.error());
        }
        return ExitDone;
    }

protected:
    QString suffix() const override { return QStringLiteral(".csv"); }
    QString wrongSuffix(const QString&) const override { return {}; }
};

} // namespace

std::unique_ptr<Command> Commands::exportParticipantsCsv()
{
    return std::make_unique<ExportParticipantsCsvCommand>();
}
