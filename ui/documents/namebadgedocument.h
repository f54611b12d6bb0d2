// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/documents/printeddocument.h"

#include <QDate>
#include <QStringList>

#include <memory>

class Database;

/// Name badges for a visit's participants, eight to an A4 sheet (85 × 55 mm, the size of common badge
/// holders) with cutting lines: the visit's title, the name large — in the document's script, and
/// in the other script below it where the two differ — the institution and the role, and the funding
/// project's logo when it has one. Badges go by role (the delegation first), then by name.
class NameBadgeDocument final : public PrintedDocument
{
public:
    /// Badges per sheet: two columns of four.
    static constexpr int columns = 2;
    static constexpr int rows = 4;

    /// Reads the participants of visit `visitId` and sets their badges in `languages` (the role in each).
    /// Refused as DocumentBasis::read() refuses.
    static Result<std::unique_ptr<NameBadgeDocument>> build(Database& database, Id visitId,
                                                            const QStringList& languages,
                                                            const QDate& printedOn = QDate::currentDate());
    ~NameBadgeDocument() override;

private:
    NameBadgeDocument() = default;
};
