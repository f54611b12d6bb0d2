// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/documents/richtextdocument.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <memory>

class Database;

/// A catering summary for the caterer and the hotel: day by day, each meal of the programme (the
/// sessions of the kind Meal) with the number of portions in all and for each diet, then the people
/// with a special diet and what it is.
///
/// A meal is counted for its audience (the whole delegation, or the participants chosen for it)
/// who are there at the time: arrived before it ends and not left before it starts.
class CateringSummaryDocument final : public RichTextDocument
{
public:
    /// Reads visit `visitId`, its programme and participants, and sets the summary in `languages`.
    /// Refused as DocumentBasis::read() refuses.
    static Result<std::unique_ptr<CateringSummaryDocument>>
    build(Database& database, Id visitId, const QStringList& languages,
          const QDate& printedOn = QDate::currentDate());
    ~CateringSummaryDocument() override;

    /// Whether a participant who arrives at `arrival` and leaves at `departure` (either invalid when
    /// not known) is there for a meal from `start` to `end`.
    static bool isThere(const QDateTime& arrival, const QDateTime& departure, const QDateTime& start,
                        const QDateTime& end);

private:
    friend class RichTextDocument;
    explicit CateringSummaryDocument(const DocumentBasis& basis);
};
