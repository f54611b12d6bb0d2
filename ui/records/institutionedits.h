// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QCoreApplication>
#include <QStringList>

class DatabaseDocument;
class QWidget;
class UserPrompts;

/// Opens an institution's form wherever one is named (its page, a visit's missing translations) and
/// stores what changed as one edit on the document's undo stack.
class InstitutionEdits final
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionEdits)

public:
    /// Opens institution `id`'s form, with rows for the content language and `languages`; read-only
    /// when the database is. A record that cannot be read is shown as a warning.
    static void edit(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent, Id id,
                     const QStringList& languages = {});
};
