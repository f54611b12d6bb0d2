// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta list projects: a line per funding project for scripts.
#include "app/commands/commands.h"
#include "core/storage/fundingprojectrepository.h"

namespace {

class ListProjectsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListProjectsCommand)

public:
    QStringList words() const override { return {QStringLiteral("list"), QStringLiteral("projects")}; }
    QString synopsis() const override { return QStringLiteral("list projects"); }
    QString summary() const override
    {
        return tr("Prints the id, acronym, name and period of each funding project.");
    }
    Access access(const Invocation&) const override { return Access::Reads; }

    int run(CommandContext& context) const override
    {
        const auto projects = FundingProjectRepository(context.database).list();
        if (!projects) {
            return context.output.fail(projects.error());
        }
        // Tab-separated for scripts: id, acronym, name, first day/last day (ISO 8601, "-" when unknown).
        const auto day = [](const QDate& date) {
            return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
        };
        QTextStream& out = context.output.out();
        for (const FundingProjectSummary& project : *projects) {
            out << project.id << '\t' << project.acronym << '\t' << project.name << '\t'
                << day(project.firstDay) << '/' << day(project.lastDay) << Qt::endl;
        }
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::listProjects()
{
    return std::make_unique<ListProjectsCommand>();
}
