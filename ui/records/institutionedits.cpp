// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/institutionedits.h"

#include "core/storage/institutionrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/records/institutiondialog.h"
#include "ui/widgets/translatedtextedit.h"
#include "ui/widgets/userprompts.h"

void InstitutionEdits::edit(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent, Id id,
                            const QStringList& languages)
{
    const auto institution = InstitutionRepository(document.database()).get(id);
    if (!institution) {
        prompts.warning(parent, tr("Edit Institution"), institution.error().message());
        return;
    }
    InstitutionDialog dialog(institution.value(), parent);
    dialog.setPrompts(prompts);
    dialog.setLanguages(contentLanguageOf(document.database()), languages);
    dialog.setReadOnly(document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const Institution edited = dialog.institution();
        if (edited == institution.value()) {
            return success();
        }
        const QString name = edited.name.text.trimmed();
        return document.edits().apply(
            [name] { return tr("Edit institution ‘%1’").arg(name); },
            [&] { return InstitutionRepository(document.database()).update(edited); });
    });
    dialog.exec();
}
