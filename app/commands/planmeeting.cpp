// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta plan-meeting: an exchange group's next meeting as a draft visit.
#include "app/commands/commands.h"
#include "core/planning/meetingplanner.h"
#include "core/storage/institutionrepository.h"

namespace {

/// The id given by `--name`, or 0 when it is not a positive number.
Id idOption(const Invocation& invocation, const QString& name)
{
    bool isNumber = false;
    const Id id = invocation.option(name).toLongLong(&isNumber);
    return isNumber && id > 0 ? id : 0;
}

class PlanMeetingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanMeetingCommand)

public:
    QStringList words() const override { return {QStringLiteral("plan-meeting")}; }
    QString synopsis() const override
    {
        return QStringLiteral("plan-meeting --group ID [--host INSTITUTION_ID] [--first-day D]");
    }
    QString summary() const override
    {
        return tr("Adds an exchange group's next meeting as a draft: the member that has waited longest "
                  "hosts, the usual interval after the last meeting, off weekends and public holidays. "
                  "Prints the new visit's id, host and days.");
    }
    Access access(const Invocation&) const override { return Access::Changes; }

    int check(const Invocation& invocation, CommandOutput& output) const override
    {
        if (!invocation.has(QStringLiteral("group"))) {
            //: "--group ID" and "list groups" stay as they are
            return output.usage(tr("plan-meeting needs --group ID; list groups shows the ids."));
        }
        for (const QString& name : {QStringLiteral("group"), QStringLiteral("host")}) {
            if (invocation.has(name) && idOption(invocation, name) == 0) {
                //: %1 is an option name, %2 what the user typed
                return output.usage(tr("--%1: \"%2\" is not an id.").arg(name, invocation.option(name)));
            }
        }
        const QString day = invocation.option(QStringLiteral("first-day"));
        if (invocation.has(QStringLiteral("first-day")) && !parseDay(day).isValid()) {
            //: %1 is what the user typed
            return output.badInput(tr("--first-day: \"%1\" is not a day; write it as 2026-05-19.").arg(day));
        }
        return ExitDone;
    }

    int run(CommandContext& context) const override
    {
        const Invocation& invocation = context.invocation;
        MeetingPlanner planner(context.database);
        auto proposal = planner.propose(idOption(invocation, QStringLiteral("group")), QDate::currentDate());
        if (proposal && invocation.has(QStringLiteral("host"))) {
            proposal = planner.withHost(*proposal, idOption(invocation, QStringLiteral("host")));
        }
        if (!proposal) {
            return context.output.dataError(context.database, proposal.error());
        }
        QDate firstDay = proposal->firstDay;
        QDate lastDay = proposal->lastDay;
        if (invocation.has(QStringLiteral("first-day"))) {
            firstDay = parseDay(invocation.option(QStringLiteral("first-day")));
            lastDay = firstDay.addDays(proposal->meetingDays - 1);
        }
        auto id = planner.plan(proposal->group.id, proposal->hostInstitutionId, firstDay, lastDay);
        if (!id) {
            return context.output.dataError(context.database, id.error());
        }
        auto host = InstitutionRepository(context.database).get(proposal->hostInstitutionId);
        if (!host) {
            return context.output.fail(host.error());
        }
        // Tab-separated for scripts: the new visit's id, the host's id and name, the days.
        context.output.out() << *id << '\t' << host->id << '\t'
                             << (host->shortName.isEmpty() ? host->name.text : host->shortName) << '\t'
                             << firstDay.toString(Qt::ISODate) << '/' << lastDay.toString(Qt::ISODate)
                             << Qt::endl;
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::planMeeting()
{
    return std::make_unique<PlanMeetingCommand>();
}
