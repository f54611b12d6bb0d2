// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta check: the file's integrity and foreign keys.
#include "app/commands/commands.h"
#include "core/storage/database.h"

namespace {

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QStringList words() const override { return {QStringLiteral("check")}; }
    QString synopsis() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Checks the file's integrity and its links between records.");
    }
    Access access(const Invocation&) const override { return Access::Reads; }

    int run(CommandContext& context) const override
    {
        Database& database = context.database;
        const auto problems = database.check();
        if (!problems) {
            return context.output.fail(problems.error());
        }
        if (problems->isEmpty()) {
            context.output.out() << tr("%1: no problems found.").arg(database.path()) << Qt::endl;
            return ExitDone;
        }
        for (const QString& problem : *problems) {
            context.output.err() << database.path() << ": " << problem << Qt::endl;
        }
        return ExitBadInput;
    }
};

} // namespace

std::unique_ptr<Command> Commands::check()
{
    return std::make_unique<CheckCommand>();
}
