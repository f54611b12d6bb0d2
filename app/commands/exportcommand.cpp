// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/exportcommand.h"

#include "app/commands/languageoption.h"

int ExportCommand::check(const Invocation& invocation, CommandOutput& output) const
{
    const QString command = words().join(QLatin1Char(' '));
    const QString file = invocation.option(QStringLiteral("output"));
    if (file.isEmpty()) {
        //: %1 is the command, e.g. "export agenda"; "--output FILE%2" stays as it is
        return output.usage(tr("%1 needs --output FILE%2.").arg(command, suffix()));
    }
    if (!file.endsWith(suffix(), Qt::CaseInsensitive)) {
        if (const QString why = wrongSuffix(file); !why.isEmpty()) {
            return output.usage(why);
        }
    }
    const auto languages = LanguageOption::documentLanguages(invocation);
    if (!languages) {
        return output.usage(languages.error().message());
    }
    if (oneLanguage() && languages->size() > 1) {
        //: %1 is the command, e.g. "export ics"
        return output.usage(tr("%1 is written in one language: --language uk, say.").arg(command));
    }
    return ExitDone;
}
