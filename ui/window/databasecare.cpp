// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/databasecare.h"

#include "core/storage/backups.h"
#include "core/storage/personaldata.h"
#include "ui/editing/databasedocument.h"
#include "ui/widgets/userprompts.h"

#include <QDir>
#include <QUndoStack>

void DatabaseCare::erasePersonalData(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                                     Id visitId)
{
    const QString title = tr("Erase Personal Data");
    const bool confirmed = prompts.confirm(
        parent, title,
        tr("Erase the participants' e-mail addresses, phone numbers, diets, accessibility needs and notes, "
           "and their stay in this visit?\n\n"
           "Names, institutions, roles and days stay, for the funder's report. People taking part in a visit "
           "not yet over keep their contact details. This cannot be undone; backups made before today still "
           "hold the data until they are pruned."),
        tr("&Erase"));
    if (!confirmed) {
        return;
    }
    const auto erased = PersonalData::eraseForVisit(document.database(), visitId);
    if (!erased) {
        prompts.warning(parent, title, erased.error().message());
        return;
    }
    // An earlier edit undone could bring the erased data back.
    document.undoStack().clear();
    prompts.information(parent, title,
                        tr("Personal data erased for %n person(s).", nullptr, erased->people) + u' ' +
                            tr("%n person(s) kept their contact details for a visit not yet over.", nullptr,
                               erased->keptForUpcoming));
}

void DatabaseCare::reportBackupProblem(const QString& databasePath, const QString& problem,
                                       UserPrompts& prompts, QWidget* parent)
{
    //: %1 is why the backup failed, %2 the backup folder
    prompts.warning(parent, tr("No Backup Today"),
                    tr("Today's backup of the database could not be made: %1\n\nYour work is saved as usual; "
                       "check the disk and the folder %2.")
                        .arg(problem, QDir::toNativeSeparators(Backups::folderFor(databasePath))));
}
