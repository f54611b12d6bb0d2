// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta erase-personal-data --visit ID: after a visit, what may no longer be kept.
#include "app/commands/commands.h"
#include "core/storage/personaldata.h"

namespace {

class ErasePersonalDataCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ErasePersonalDataCommand)

public:
    QStringList words() const override { return {QStringLiteral("erase-personal-data")}; }
    QString synopsis() const override { return QStringLiteral("erase-personal-data --visit ID"); }
    QString summary() const override
    {
        return tr("After a visit: erases its participants' contact details, diets, accessibility needs and "
                  "notes.");
    }
    bool needsVisit() const override { return true; }
    Access access(const Invocation&) const override { return Access::Changes; }

    int run(CommandContext& context) const override
    {
        const auto erased = PersonalData::eraseForVisit(context.database, context.visitId);
        if (!erased) {
            return context.output.dataError(context.database, erased.error());
        }
        // Whole sentences, each translated on its own: no sentence is built from pieces.
        QStringList said{tr("Contact details, diets, accessibility needs and notes erased for %Ln person(s).",
                            nullptr, erased->people)};
        if (erased->keptForUpcoming > 0) {
            said << tr("%Ln person(s) kept for a visit not yet over.", nullptr, erased->keptForUpcoming);
        }
        context.output.out() << said.join(u' ') << Qt::endl;
        return ExitDone;
    }
};

} // namespace

std::unique_ptr<Command> Commands::erasePersonalData()
{
    return std::make_unique<ErasePersonalDataCommand>();
}
