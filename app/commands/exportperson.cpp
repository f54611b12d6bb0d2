// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta export person --person ID --output FILE.json: everything stored about one person.
#include "app/commands/commands.h"
#include "core/storage/personaldata.h"

#include <QDir>
#include <QSaveFile>

namespace {

class ExportPersonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportPersonCommand)

public:
    QStringList words() const override { return {QStringLiteral("export"), QStringLiteral("person")}; }
    QString synopsis() const override
    {
        return QStringLiteral("export person --person ID --output FILE.json");
    }
    QString summary() const override { return tr("Everything stored about one person, as JSON."); }
    Access access(const Invocation&) const override { return Access::Reads; }

    int check(const Invocation& invocation, CommandOutput& output) const override
    {
        if (personId(invocation) <= 0 || invocation.option(QStringLiteral("output")).isEmpty()) {
            //: "export person", "--person ID" and "--output FILE.json" stay as they are
            return output.usage(tr("export person needs --person ID and --output FILE.json."));
        }
        return ExitDone;
    }

    int run(CommandContext& context) const override
    {
        const auto json = PersonalData::exportPerson(context.database, personId(context.invocation));
        if (!json) {
            return context.output.dataError(context.database, json.error());
        }
        const QString output = context.invocation.option(QStringLiteral("output"));
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
            //: %1 is a file, %2 the system's reason
            return context.output.badInput(
                tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(output), file.errorString()));
        }
        return ExitDone;
    }

private:
    static Id personId(const Invocation& invocation)
    {
        bool isNumber = false;
        const Id id = invocation.option(QStringLiteral("person")).toLongLong(&isNumber);
        return isNumber ? id : 0;
    }
};

} // namespace

std::unique_ptr<Command> Commands::exportPerson()
{
    return std::make_unique<ExportPersonCommand>();
}
