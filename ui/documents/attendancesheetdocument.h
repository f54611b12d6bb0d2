// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/documents/richtextdocument.h"

#include <QDate>
#include <QStringList>

#include <memory>

class Database;

/// Attendance sheets as funders ask for them: one for each day of the visit, on a new page, with the
/// visit's header and the funding project's logo, the day, and the participants there that day (by
/// arrival and departure) in rows tall enough to sign, with a column for the signature.
class AttendanceSheetDocument final : public RichTextDocument
{
public:
    /// Reads visit `visitId` and its participants and sets the sheets in `languages`. Refused as
    /// DocumentBasis::read() refuses.
    static Result<std::unique_ptr<AttendanceSheetDocument>>
    build(Database& database, Id visitId, const QStringList& languages,
          const QDate& printedOn = QDate::currentDate());
    ~AttendanceSheetDocument() override;

    /// Whether a participant who arrives at `arrival` and leaves at `departure` (either invalid when
    /// not known) is there on `day`.
    static bool isPresent(const QDateTime& arrival, const QDateTime& departure, const QDate& day);

private:
    friend class RichTextDocument;
    explicit AttendanceSheetDocument(const DocumentBasis& basis);
};
