// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

/// What a participants' CSV file holds besides names, institutions, roles and days: personal data,
/// left out unless asked for.
struct ParticipantExportOptions
{
    bool contacts = false;             ///< e-mail and phone
    bool dietAndAccessibility = false; ///< diet, its details and accessibility needs
};

/// A visit's participants as a CSV file (CsvWriter: UTF-8 with BOM, semicolons) that opens in Polish
/// Excel and LibreOffice and that ParticipantImport reads back: headings, roles and diets in the
/// language chosen, days as 2026-05-19 14:30.
class ParticipantExport final
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantExport)

public:
    /// The heading row, then one row per participant by family name; `language` is an ISO 639-1 code.
    static Result<QList<QStringList>> rows(Database& database, Id visitId,
                                           const ParticipantExportOptions& options,
                                           const QString& language = QStringLiteral("en"));
    /// Writes the file at `path`, replaced only once complete; errors name it.
    static Status writeFile(Database& database, Id visitId, const ParticipantExportOptions& options,
                            const QString& language, const QString& path);
};
