// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importcommand.h"

#include "core/formats/csvreader.h"
#include "core/model/error.h"
#include "core/storage/database.h"

bool ImportCommand::matches(const Invocation& invocation) const
{
    const QStringList& verb = invocation.verb;
    return (verb.size() == 2 || verb.size() == 3) && verb.mid(0, 2) == words();
}

int ImportCommand::check(const Invocation& invocation, CommandOutput& output) const
{
    if (invocation.verb.size() == 2) {
        //: %1 is the command, e.g. "import participants"; FILE.csv stays as it is
        return output.usage(
            tr("%1 needs the file to read: %1 FILE.csv --visit ID.").arg(words().join(QLatin1Char(' '))));
    }
    return ExitDone;
}

Result<CsvTable> ImportCommand::readTable(const CommandContext& context)
{
    return CsvReader::readFile(file(context));
}

int ImportCommand::readFailed(CommandContext& context, const Error& error)
{
    return error.kind() == Error::Kind::Validation ? context.output.badInput(error.message())
                                                   : context.output.fail(error);
}

int ImportCommand::planFailed(CommandContext& context, const Error& error)
{
    if (error.kind() == Error::Kind::Validation) {
        return context.output.badInput(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file(context)), error.message()));
    }
    return context.output.dataError(context.database, error);
}

void ImportCommand::reportCount(CommandContext& context, int problems)
{
    //: after the list of bad rows of an import
    context.output.err() << "wizyta: " << tr("%Ln row(s) to correct; nothing was written.", nullptr, problems)
                         << Qt::endl;
}

QString ImportCommand::warningLine(const QString& warning)
{
    //: before a row that is imported all the same, e.g. a session on a day outside the visit's;
    //: %1 is the file, line, column and what is wrong
    return tr("warning: %1").arg(warning);
}
