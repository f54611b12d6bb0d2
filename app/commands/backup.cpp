// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta backup --output FILE: a checked copy of the database, anywhere.
#include "app/commands/commands.h"
#include "core/storage/backups.h"

#include <QDir>
#include <QFileInfo>

namespace {

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QStringList words() const override { return {QStringLiteral("backup")}; }
    QString synopsis() const override { return QStringLiteral("backup --output FILE"); }
    QString summary() const override { return tr("Writes a checked copy of the database to a new file."); }
    Access access(const Invocation&) const override { return Access::Reads; }

    int check(const Invocation& invocation, CommandOutput& output) const override
    {
        if (invocation.option(QStringLiteral("output")).isEmpty()) {
            //: "backup" and "--output FILE" stay as they are
            return output.usage(tr("backup needs --output FILE."));
        }
        return ExitDone;
    }

    int run(CommandContext& context) const override
    {
        const QString output = context.invocation.option(QStringLiteral("output"));
        if (QFileInfo::exists(output)) {
            //: %1 is a file
            return context.output.badInput(tr("%1 exists already; a backup is written to a new file.")
                                               .arg(QDir::toNativeSeparators(output)));
        }
        const Status copied = Backups::copyTo(context.database, output);
        if (!copied) {
            return context.output.fail(copied.error());
        }
        //: %1 is a file
        context.output.out() << tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(output))
                             << Qt::endl;
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::backup()
{
    return std::make_unique<BackupCommand>();
}
