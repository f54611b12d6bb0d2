// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta conflicts: a visit's conflict warnings, one a line.
#include "app/commands/commands.h"
#include "core/conflicts/conflictchecker.h"
#include "core/storage/database.h"

namespace {

class ConflictsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    QStringList words() const override { return {QStringLiteral("conflicts")}; }
    QString synopsis() const override { return QStringLiteral("conflicts --visit ID"); }
    QString summary() const override { return tr("Prints the visit's conflict warnings, one a line."); }
    bool needsVisit() const override { return true; }
    Access access(const Invocation&) const override { return Access::Reads; }

    int run(CommandContext& context) const override
    {
        const auto warnings = ConflictChecker(context.database).checkVisit(context.visitId);
        if (!warnings) {
            return context.output.dataError(context.database, warnings.error());
        }
        // Warnings are not errors: the programme can still be saved and printed, so the status is 0.
        for (const ConflictWarning& warning : *warnings) {
            context.output.out() << warning.message << Qt::endl;
        }
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::conflicts()
{
    return std::make_unique<ConflictsCommand>();
}
