// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/documents/richtextdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>

class Database;

/// A visit's programme as a printed document, for the delegation: the visit's title, days, host and
/// funding project (with its logo), then day by day each session's time, title, description, venue,
/// presenters, moderator and interpretation.
///
/// Set in one language, or in two at once: each item in the first language with the second directly
/// below it, lighter, and every fixed label in both ("Programme / Програма"). Fixed labels, weekday
/// and month names follow the document's languages, never the interface's. A text with no
/// translation into a document language is given in the content language instead, and the document
/// says so in a note (DocumentWriter).
///
/// Built from the repositories without any window; the UI only chooses preview, printer or PDF.
class ProgrammeDocument final : public RichTextDocument
{
public:
    /// Reads visit `visitId` and its programme and sets them in `languages`: one ISO 639-1 code, or
    /// two for a bilingual programme. `printedOn` is the day the footer gives. Refused as
    /// DocumentBasis::read() refuses.
    static Result<std::unique_ptr<ProgrammeDocument>> build(Database& database, Id visitId,
                                                            const QStringList& languages,
                                                            const QDate& printedOn = QDate::currentDate());
    ~ProgrammeDocument() override;

private:
    friend class RichTextDocument;
    explicit ProgrammeDocument(const DocumentBasis& basis);
};
