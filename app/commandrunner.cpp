// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandrunner.h"

#include "app/commands/commands.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"

#include <QFileInfo>

#include <algorithm>

int CommandRunner::run(const Invocation& invocation, const QString& databasePath, bool isDefaultDatabase)
{
    CommandOutput output(m_out, m_err);
    const auto commands = Commands::all();
    const auto found = std::find_if(commands.cbegin(), commands.cend(), [&invocation](const auto& command) {
        return command->matches(invocation);
    });
    if (found == commands.cend()) {
        //: %1 is the command the user typed
        return output.usage(
            tr("Unknown command \"%1\"; see wizyta --help.").arg(invocation.verb.join(QLatin1Char(' '))));
    }
    const Command& command = **found;

    // The command line is checked before any file is touched.
    Id visitId = 0;
    if (command.needsVisit()) {
        const QString words = command.words().join(QLatin1Char(' '));
        if (!invocation.has(QStringLiteral("visit"))) {
            //: %1 is the command, e.g. "export agenda"; "--visit ID" and "list visits" stay as they are
            return output.usage(tr("%1 needs --visit ID; list visits shows the ids.").arg(words));
        }
        bool isNumber = false;
        visitId = invocation.option(QStringLiteral("visit")).toLongLong(&isNumber);
        if (!isNumber || visitId <= 0) {
            //: %1 is what the user typed after --visit
            return output.usage(tr("--visit: \"%1\" is not a visit id; list visits shows the ids.")
                                    .arg(invocation.option(QStringLiteral("visit"))));
        }
    }
    if (const int status = command.check(invocation, output); status != ExitDone) {
        return status;
    }

    // Reading verbs never create a file the user named by mistake; nor does one that changes it.
    const Command::Access access = command.access(invocation);
    const bool existed = QFileInfo::exists(databasePath);
    if (access != Command::Access::Creates && !isDefaultDatabase && !existed) {
        return output.badInput(Database::tr("The database %1 does not exist.").arg(databasePath));
    }
    auto opened = Database::open(databasePath);
    if (opened && existed) {
        // A day's work is never more than a day from a copy; a backup that fails stops no command.
        (void)Backups::daily(**opened);
    }
    // A file that may not be written, or that another Wizyta is changing, can still be read.
    const bool refused = !opened && (opened.error().kind() == Error::Kind::ReadOnly ||
                                     opened.error().kind() == Error::Kind::Busy);
    if (refused && access == Command::Access::Reads) {
        opened = Database::open(databasePath, Database::Access::ReadOnly);
    }
    if (!opened) {
        return output.fail(opened.error());
    }
    CommandContext context{invocation, *opened.value(), visitId, output};
    return command.run(context);
}
