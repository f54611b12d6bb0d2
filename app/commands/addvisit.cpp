// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta add visit: a visit with a title and days, for scripts.
#include "app/commands/commands.h"
#include "core/storage/visitrepository.h"

namespace {

class AddVisitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddVisitCommand)

public:
    QStringList words() const override { return {QStringLiteral("add"), QStringLiteral("visit")}; }
    QString synopsis() const override
    {
        return QStringLiteral("add visit --title T --first-day D --last-day D [--country CC]");
    }
    QString summary() const override { return tr("Adds a visit and prints its id."); }
    Access access(const Invocation&) const override { return Access::Creates; }

    int check(const Invocation& invocation, CommandOutput& output) const override
    {
        for (const char* required : {"title", "first-day", "last-day"}) {
            if (!invocation.has(QLatin1String(required))) {
                //: %1 is an option name such as --title
                return output.usage(tr("add visit needs --%1.").arg(QLatin1String(required)));
            }
        }
        for (const QString& name : dayOptions()) {
            if (!parseDay(invocation.option(name)).isValid()) {
                //: %1 is an option name, %2 what the user typed
                return output.badInput(tr("--%1: \"%2\" is not a day; write it as 2026-05-19.")
                                           .arg(name, invocation.option(name)));
            }
        }
        return ExitDone;
    }

    int run(CommandContext& context) const override
    {
        const Invocation& invocation = context.invocation;
        Visit visit;
        visit.title.text = invocation.option(QStringLiteral("title"));
        visit.firstDay = parseDay(invocation.option(dayOptions().at(0)));
        visit.lastDay = parseDay(invocation.option(dayOptions().at(1)));
        visit.sendingCountry = invocation.option(QStringLiteral("country")).toUpper();
        const auto id = VisitRepository(context.database).create(visit);
        if (!id) {
            return context.output.fail(id.error());
        }
        context.output.out() << *id << Qt::endl;
        return ExitDone;
    }

private:
    static QStringList dayOptions() { return {QStringLiteral("first-day"), QStringLiteral("last-day")}; }
};

} // namespace

std::unique_ptr<Command> Commands::addVisit()
{
    return std::make_unique<AddVisitCommand>();
}
