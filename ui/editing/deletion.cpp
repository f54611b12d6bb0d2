// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/deletion.h"

#include "ui/editing/databasedocument.h"
#include "ui/widgets/userprompts.h"

#include <QMessageBox>

bool Deletion::askAndApply(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent) const
{
    if (askFirst) {
        QString text = question;
        if (!consequences.isEmpty()) {
            text += QStringLiteral("\n\n") + consequences.join(QLatin1Char('\n'));
        }
        text += QStringLiteral("\n\n") + tr("Edit › Undo brings it all back.");
        if (!prompts.confirm(parent, title, text, action)) {
            return false;
        }
    }
    const Status removed = document.edits().apply(editName, remove);
    if (!removed) {
        prompts.warning(parent, title, removed.error().message());
        return false;
    }
    return true;
}
