// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QCoreApplication>

class DatabaseDocument;
class QDateTime;
class QWidget;
class UserPrompts;

/// The changes a visit's programme tab and its timeline tab make to sessions, so that both store them
/// alike: each change is one edit on the document's undo stack, and a refusal is shown as a warning.
/// Nothing is changed in a database opened read-only (a session's form opens read-only there).
class SessionEdits final
{
    Q_DECLARE_TR_FUNCTIONS(SessionEdits)
    Q_DISABLE_COPY_MOVE(SessionEdits)

public:
    SessionEdits(DatabaseDocument& document, UserPrompts& prompts);

    /// Opens the session form for a new session of `visitId`, prefilled with these times and the visit's
    /// first working language. Saving stores the session, with a venue entered in place, as one edit.
    /// Returns the new session's id, or 0 when nothing was added.
    Id add(QWidget* parent, Id visitId, const QDateTime& start, const QDateTime& end);
    /// Opens the session's form; saving stores what changed, with a venue entered in place, as one edit.
    void edit(QWidget* parent, Id sessionId);
    /// Moves the session to start at `start`, keeping its length; returns whether it was moved.
    bool move(QWidget* parent, Id sessionId, const QDateTime& start);
    /// Makes the session end at `end`, starting as before; returns whether it was changed.
    bool changeEnd(QWidget* parent, Id sessionId, const QDateTime& end);
    /// Deletes the session; returns whether it was deleted.
    bool remove(QWidget* parent, Id sessionId);

private:
    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
};
