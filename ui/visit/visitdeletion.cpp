// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visitdeletion.h"

#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/deletion.h"
#include "ui/widgets/userprompts.h"

bool VisitDeletion::askAndDelete(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                                 Id visitId)
{
    Database& db = document.database();
    const auto visit = VisitRepository(db).get(visitId);
    const auto participants = ParticipantRepository(db).listForVisit(visitId);
    const auto sessions = ProgrammeRepository(db).listForVisit(visitId);
    if (!visit || !participants || !sessions) {
        const Error& error = !visit ? visit.error() : !participants ? participants.error() : sessions.error();
        prompts.warning(parent, tr("Delete Visit"), error.message());
        return false;
    }
    const QString title = visit->title.text;
    Deletion deletion;
    deletion.title = tr("Delete Visit");
    deletion.question = tr("Delete the visit ‘%1’?").arg(title);
    QStringList& consequences = deletion.consequences;
    if (!participants->isEmpty()) {
        consequences << tr("Its %n participant(s) will be taken off it; the people stay recorded.", nullptr,
                           static_cast<int>(participants->size()));
    }
    if (!sessions->isEmpty()) {
        consequences << tr("Its programme of %n session(s) will be deleted.", nullptr,
                           static_cast<int>(sessions->size()));
    }
    deletion.editName = [title] { return tr("Delete visit ‘%1’").arg(title); };
    deletion.remove = [&] { return VisitRepository(db).remove(visitId); };
    return deletion.askAndApply(document, prompts, parent);
}
