// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QCoreApplication>

class DatabaseDocument;
class QWidget;
class UserPrompts;

/// Deleting a visit, from the list or from its editor: the question says what goes with it
/// (its participant list and programme), and the deletion is one undoable edit.
class VisitDeletion final
{
    Q_DECLARE_TR_FUNCTIONS(VisitDeletion)

public:
    /// Asks, then deletes; returns true when the visit was deleted.
    static bool askAndDelete(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent, Id visitId);
};
