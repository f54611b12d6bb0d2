// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta export visit-report: the first draft of the visit's report, to finish in a word processor.
#include "app/commands/commands.h"
#include "app/commands/exportcommand.h"
#include "app/commands/languageoption.h"
#include "core/storage/database.h"
#include "ui/documents/visitreportdraft.h"

namespace {

class ExportVisitReportCommand final : public ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportVisitReportCommand)

public:
    ExportVisitReportCommand() : ExportCommand(QStringLiteral("visit-report")) {}

    QString synopsis() const override
    {
        return QStringLiteral("export visit-report --visit ID [--language L] --output FILE.odt");
    }
    QString summary() const override
    {
        return tr("A draft of the visit's report in full sentences, day by day, as an OpenDocument text to "
                  "finish in LibreOffice or Word.");
    }

    int run(CommandContext& context) const override
    {
        const Invocation& invocation = context.invocation;
        // Checked before the database was opened (ExportCommand::check): one language, a code.
        const auto given = LanguageOption::documentLanguages(invocation);
        const QString asked = given && !given->isEmpty() ? given->constFirst() : QString();
        const auto language = LanguageOption::singleLanguage(context.database, context.visitId, asked);
        if (!language) {
            return context.output.dataError(context.database, language.error());
        }
        const auto draft = VisitReportDraft::build(context.database, context.visitId, *language);
        if (!draft) {
            return context.output.dataError(context.database, draft.error());
        }
        const Status written = (*draft)->writeOdt(invocation.option(QStringLiteral("output")));
        if (!written) {
            return context.output.writeFailure(context.database, written.error());
        }
        return ExitDone;
    }

protected:
    QString suffix() const override { return QStringLiteral(".odt"); }
    QString wrongSuffix(const QString& output) const override
    {
        //: %1 is the file the user named; "--output" stays as it is
        return tr("--output: \"%1\" does not end in .odt; the report is written as an OpenDocument text.")
            .arg(output);
    }
};

} // namespace

std::unique_ptr<Command> Commands::exportVisitReport()
{
    return std::make_unique<ExportVisitReportCommand>();
}
