// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitdeletion.h"

#include "agendarepository.h"
#include "databasedocument.h"
#include "participantrepository.h"
#include "userprompts.h"
#include "visitrepository.h"

bool VisitDeletion::askAndDelete(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                                 Id visitId)
{
    Database& db = document.database();
    const auto visit = VisitRepository(db).get(visitId);
    const auto participants = ParticipantRepository(db).listForVisit(visitId);
    const auto sessions = AgendaRepository(db).listForVisit(visitId);
    if (!visit || !participants || !sessions) {
        const Error& error = !visit ? visit.error() : !participants ? participants.error() : sessions.error();
        prompts.warning(parent, tr("Delete Visit"), error.message());
        return false;
    }
    const QString title = visit->title.text;
    QString question = tr("Delete the visit ‘%1’?").arg(title);
    QStringList consequences;
    if (!participants->isEmpty()) {
        consequences << tr("Its %n participant(s) will be taken off it; the people stay recorded.", nullptr,
                           static_cast<int>(participants->size()));
    }
    if (!sessions->isEmpty()) {
        consequences << tr("Its programme of %n session(s) will be deleted.", nullptr,
                           static_cast<int>(sessions->size()));
    }
    if (!consequences.isEmpty()) {
        question += QStringLiteral("\n\n") + consequences.join(QLatin1Char('\n'));
    }
    question += QStringLiteral("\n\n") + tr("Edit › Undo brings it all back.");
    if (prompts.question(parent, tr("Delete Visit"), question, QMessageBox::Yes | QMessageBox::No,
                         QMessageBox::No) != QMessageBox::Yes) {
        return false;
    }
    const Status removed = document.edits().apply([title] { return tr("Delete visit ‘%1’").arg(title); },
                                                  [&] { return VisitRepository(db).remove(visitId); });
    if (!removed) {
        prompts.warning(parent, tr("Delete Visit"), removed.error().message());
        return false;
    }
    return true;
}
