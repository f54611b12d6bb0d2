// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/sessionedits.h"

#include "core/storage/institutionrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/visit/sessiondialog.h"
#include "ui/widgets/userprompts.h"

#include <optional>

namespace {

/// Stores the session, and first the venue entered in place when there is one, so that one
/// Undo takes both back. Returns the session's id.
Result<Id> storeSession(Database& database, Session session, const std::optional<Institution>& venue)
{
    if (venue) {
        auto venueId = InstitutionRepository(database).create(*venue);
        if (!venueId) {
            return venueId.error();
        }
        session.venueInstitutionId = venueId.value();
    }
    if (session.id == 0) {
        return ProgrammeRepository(database).create(session);
    }
    if (Status updated = ProgrammeRepository(database).update(session); !updated) {
        return updated.error();
    }
    return session.id;
}

} // namespace

SessionEdits::SessionEdits(DatabaseDocument& document, UserPrompts& prompts)
    : m_document(document), m_prompts(prompts)
{}

Id SessionEdits::add(QWidget* parent, Id visitId, const QDateTime& start, const QDateTime& end)
{
    if (visitId == 0 || m_document.isReadOnly()) {
        return 0;
    }
    Database& database = m_document.database();
    const auto visit = VisitRepository(database).get(visitId);
    Session session;
    session.visitId = visitId;
    session.startsAt = start;
    session.endsAt = end;
    session.language = visit ? visit->workingLanguages.value(0) : QString();

    SessionDialog dialog(session, database, parent);
    dialog.setPrompts(m_prompts);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const Session entered = dialog.session();
        const std::optional<Institution> venue = dialog.newVenue();
        const QString title = entered.title.text;
        auto id = m_document.edits().apply<Id>([title] { return tr("Add session ‘%1’").arg(title); },
                                               [&] { return storeSession(database, entered, venue); });
        if (!id) {
            return id.error();
        }
        created = id.value();
        return success();
    });
    return dialog.exec() == QDialog::Accepted ? created : 0;
}

void SessionEdits::edit(QWidget* parent, Id sessionId)
{
    Database& database = m_document.database();
    const auto original = ProgrammeRepository(database).get(sessionId);
    if (!original) {
        m_prompts.warning(parent, tr("Edit Session"), original.error().message());
        return;
    }
    SessionDialog dialog(original.value(), database, parent);
    dialog.setPrompts(m_prompts);
    dialog.setReadOnly(m_document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const Session edited = dialog.session();
        const std::optional<Institution> venue = dialog.newVenue();
        if (!venue && edited == original.value()) {
            return success();
        }
        const QString title = edited.title.text;
        auto stored = m_document.edits().apply<Id>([title] { return tr("Edit session ‘%1’").arg(title); },
                                                   [&] { return storeSession(database, edited, venue); });
        return stored ? success() : Status(stored.error());
    });
    dialog.exec();
}

bool SessionEdits::move(QWidget* parent, Id sessionId, const QDateTime& start)
{
    if (m_document.isReadOnly()) {
        return false;
    }
    Database& database = m_document.database();
    const auto session = ProgrammeRepository(database).get(sessionId);
    Status moved = session ? success() : Status(session.error());
    if (session) {
        const QString title = session->title.text;
        moved =
            m_document.edits().apply([title] { return tr("Move session ‘%1’").arg(title); },
                                     [&] { return ProgrammeRepository(database).move(sessionId, start); });
    }
    if (!moved) {
        m_prompts.warning(parent, tr("Move Session"), moved.error().message());
    }
    return moved.ok();
}

bool SessionEdits::changeEnd(QWidget* parent, Id sessionId, const QDateTime& end)
{
    if (m_document.isReadOnly()) {
        return false;
    }
    Database& database = m_document.database();
    const auto session = ProgrammeRepository(database).get(sessionId);
    Status changed = session ? success() : Status(session.error());
    if (session) {
        Session longer = session.value();
        longer.endsAt = end;
        const QString title = longer.title.text;
        changed = m_document.edits().apply([title] { return tr("Change length of session ‘%1’").arg(title); },
                                           [&] { return ProgrammeRepository(database).update(longer); });
    }
    if (!changed) {
        m_prompts.warning(parent, tr("Change Session Length"), changed.error().message());
    }
    return changed.ok();
}

bool SessionEdits::remove(QWidget* parent, Id sessionId)
{
    if (m_document.isReadOnly()) {
        return false;
    }
    Database& database = m_document.database();
    const auto session = ProgrammeRepository(database).get(sessionId);
    Status removed = session ? success() : Status(session.error());
    if (session) {
        const QString title = session->title.text;
        removed = m_document.edits().apply([title] { return tr("Delete session ‘%1’").arg(title); },
                                           [&] { return ProgrammeRepository(database).remove(sessionId); });
    }
    if (!removed) {
        m_prompts.warning(parent, tr("Delete Session"), removed.error().message());
    }
    return removed.ok();
}
