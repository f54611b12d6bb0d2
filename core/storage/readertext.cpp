// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/readertext.h"

#include "core/languages/localenames.h"
#include "core/storage/sqlquery.h"

namespace ReaderText {

QString translated(const QString& textTable, const QString& keyColumn, const QString& alias,
                   const QString& field)
{
    // The translation is looked up by its primary key.
    return QStringLiteral(
               "coalesce(nullif((SELECT rt.text FROM %1 rt WHERE rt.%2 = %3.id AND rt.field = '%4' "
               "AND rt.language = :reader_language), ''), %3.%4)")
        .arg(textTable, keyColumn, alias, field);
}

QString institutionName(const QString& alias)
{
    return translated(QStringLiteral("institution_text"), QStringLiteral("institution_id"), alias,
                      QStringLiteral("name"));
}

void bind(SqlQuery& query)
{
    query.bind(QStringLiteral(":reader_language"), LocaleNames::reader());
}

} // namespace ReaderText
