// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SqlQuery;

/// What a window shows of an institution read in the interface's language (LocaleNames::reader()):
/// its name's translation when there is one, else the name as written. Documents and exports ask
/// for their own language instead.
namespace ReaderText {

/// SQL for `field` of the row aliased `alias` in the language bound by bind(): its translation in
/// `textTable` (keyed by `keyColumn`, field and language), else the row's own `field` column.
QString translated(const QString& textTable, const QString& keyColumn, const QString& alias,
                   const QString& field);
/// SQL for the name of the institution aliased `alias` in the language bound by bind().
QString institutionName(const QString& alias);
/// Binds the reader's language to the queries using institutionName().
void bind(SqlQuery& query);

} // namespace ReaderText
