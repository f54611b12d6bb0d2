// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The file names offered and accepted when a document or a list is saved from the window.
namespace ExportFileNames {

/// "Participants - Study visit from Lviv.csv" in the user's documents folder: `what`, then `title` when
/// there is one, without the characters no file system takes, and `suffix`.
QString suggested(const QString& what, const QString& title, const QString& suffix);
/// `path` as chosen, with `suffix` added when the person typed none.
QString withSuffix(const QString& path, const QString& suffix);
/// The user's documents folder, where file dialogs start.
QString documentsFolder();

} // namespace ExportFileNames
