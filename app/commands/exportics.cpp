// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta export ics: the programme for delegates' calendars.
#include "app/commands/commands.h"
#include "app/commands/exportcommand.h"
#include "app/commands/languageoption.h"
#include "core/formats/icalendarexport.h"
#include "core/storage/database.h"

namespace {

class ExportIcsCommand final : public ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportIcsCommand)

public:
    ExportIcsCommand() : ExportCommand(QStringLiteral("ics")) {}

    QString synopsis() const override
    {
        return QStringLiteral("export ics --visit ID [--language L] --output FILE.ics");
    }
    QString summary() const override
    {
        return tr("The programme for calendars, in the visit's time zone, with the same event ids every "
                  "time.");
    }

    int run(CommandContext& context) const override
    {
        const Invocation& invocation = context.invocation;
        const auto language = LanguageOption::singleLanguage(context.database, context.visitId,
                                                             invocation.option(QStringLiteral("language")));
        if (!language) {
            return context.output.dataError(context.database, language.error());
        }
        const Status written = ICalendarExport::writeFile(context.database, context.visitId, *language,
                                                          invocation.option(QStringLiteral("output")));
        if (!written) {
            return context.output.writeFailure(context.database, written.error());
        }
        return ExitDone;
    }

protected:
    QString suffix() const override { return QStringLiteral(".ics"); }
    QString wrongSuffix(const QString& output) const override
    {
        //: %1 is the file the user named; "--output" stays as it is
        return tr("--output: \"%1\" does not end in .ics; the programme is written as an iCalendar file.")
            .arg(output);
    }
};

} // namespace

std::unique_ptr<Command> Commands::exportIcs()
{
    return std::make_unique<ExportIcsCommand>();
}
