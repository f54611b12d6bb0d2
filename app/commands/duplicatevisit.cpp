// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta duplicate visit: a new draft visit made from an earlier one.
#include "app/commands/commands.h"
#include "core/planning/visitcopier.h"

namespace {

class DuplicateVisitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateVisitCommand)

public:
    QStringList words() const override { return {QStringLiteral("duplicate"), QStringLiteral("visit")}; }
    QString synopsis() const override
    {
        return QStringLiteral("duplicate visit --visit ID --first-day D [--with-participants]");
    }
    QString summary() const override
    {
        return tr("Adds a draft copy of the visit starting on the given day, its whole programme moved "
                  "with it; participants only when asked. Prints the new visit's id.");
    }
    bool needsVisit() const override { return true; }
    Access access(const Invocation&) const override { return Access::Changes; }

    int check(const Invocation& invocation, CommandOutput& output) const override
    {
        if (!invocation.has(QStringLiteral("first-day"))) {
            return output.usage(tr("duplicate visit needs --first-day, the new visit's first day."));
        }
        const QString day = invocation.option(QStringLiteral("first-day"));
        if (!parseDay(day).isValid()) {
            //: %1 is what the user typed
            return output.badInput(tr("--first-day: \"%1\" is not a day; write it as 2026-05-19.").arg(day));
        }
        return ExitDone;
    }

    int run(CommandContext& context) const override
    {
        const Invocation& invocation = context.invocation;
        auto id = VisitCopier(context.database)
                      .duplicate(context.visitId, parseDay(invocation.option(QStringLiteral("first-day"))),
                                 invocation.has(QStringLiteral("with-participants")));
        if (!id) {
            return context.output.dataError(context.database, id.error());
        }
        context.output.out() << *id << Qt::endl;
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::duplicateVisit()
{
    return std::make_unique<DuplicateVisitCommand>();
}
