// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta list groups: a line per exchange group for scripts.
#include "app/commands/commands.h"
#include "core/storage/exchangegrouprepository.h"

namespace {

class ListGroupsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListGroupsCommand)

public:
    QStringList words() const override { return {QStringLiteral("list"), QStringLiteral("groups")}; }
    QString synopsis() const override { return QStringLiteral("list groups"); }
    QString summary() const override
    {
        return tr("Prints the id, name, number of members and next meeting due of each exchange group.");
    }
    Access access(const Invocation&) const override { return Access::Reads; }

    int run(CommandContext& context) const override
    {
        const auto groups = ExchangeGroupRepository(context.database).list();
        if (!groups) {
            return context.output.fail(groups.error());
        }
        // Tab-separated for scripts: id, name, members, next meeting due (ISO 8601, "-" when unknown).
        QTextStream& out = context.output.out();
        for (const ExchangeGroupSummary& group : *groups) {
            out << group.id << '\t' << group.name << '\t' << group.memberCount << '\t'
                << (group.nextMeetingDue.isValid() ? group.nextMeetingDue.toString(Qt::ISODate)
                                                   : QStringLiteral("-"))
                << Qt::endl;
        }
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::listGroups()
{
    return std::make_unique<ListGroupsCommand>();
}
