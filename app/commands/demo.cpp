// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta demo: the sample visits, once.
#include "app/commands/commands.h"
#include "core/sample/sampledata.h"
#include "core/storage/database.h"

#include <QDir>

namespace {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QStringList words() const override { return {QStringLiteral("demo")}; }
    QString synopsis() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Adds the sample visits and prints their ids."); }
    Access access(const Invocation&) const override { return Access::Creates; }

    int run(CommandContext& context) const override
    {
        const auto added = SampleData::add(context.database);
        if (!added && added.error().kind() == Error::Kind::Validation) {
            // Already there: the file is named, as the default database is not obvious.
            return context.output.badInput(QStringLiteral("%1: %2").arg(
                QDir::toNativeSeparators(context.database.path()), added.error().message()));
        }
        if (!added) {
            return context.output.fail(added.error());
        }
        for (const Id id : *added) {
            context.output.out() << id << Qt::endl;
        }
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::demo()
{
    return std::make_unique<DemoCommand>();
}
