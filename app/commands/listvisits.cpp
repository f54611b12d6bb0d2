// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta list visits: a line per visit for scripts.
#include "app/commands/commands.h"
#include "core/model/enums.h"
#include "core/storage/visitrepository.h"

namespace {

class ListVisitsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListVisitsCommand)

public:
    QStringList words() const override { return {QStringLiteral("list"), QStringLiteral("visits")}; }
    QString synopsis() const override { return QStringLiteral("list visits"); }
    QString summary() const override { return tr("Prints the id, days, status and title of each visit."); }
    Access access(const Invocation&) const override { return Access::Reads; }

    int run(CommandContext& context) const override
    {
        const auto visits = VisitRepository(context.database).list();
        if (!visits) {
            return context.output.fail(visits.error());
        }
        // Tab-separated for scripts: id, days as an ISO 8601 interval, status key, title.
        QTextStream& out = context.output.out();
        for (const VisitSummary& visit : *visits) {
            out << visit.id << '\t' << visit.firstDay.toString(Qt::ISODate) << '/'
                << visit.lastDay.toString(Qt::ISODate) << '\t' << enumKey(visit.status) << '\t' << visit.title
                << Qt::endl;
        }
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::listVisits()
{
    return std::make_unique<ListVisitsCommand>();
}
