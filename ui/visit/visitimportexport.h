// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/csvtable.h"
#include "core/model/id.h"

#include <QCoreApplication>

#include <optional>

class DatabaseDocument;
class QWidget;
class UserPrompts;

/// A visit's participants and programme exchanged with other programs from the window: participants
/// from and to spreadsheets (CSV), the programme from a spreadsheet and to calendars (iCalendar), the
/// draft of the visit's report to a word processor (OpenDocument text).
///
/// Each import shows the file first (ImportPreviewDialog), row by row with what would happen or what
/// is wrong, and writes nothing until every row is right and the person says Import; then all rows go
/// in at once, as one edit that Edit › Undo takes back. A long import shows its progress and can be
/// cancelled, leaving the database as it was.
class VisitImportExport final
{
    Q_DECLARE_TR_FUNCTIONS(VisitImportExport)

public:
    VisitImportExport(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent);

    /// Asks for a CSV file, previews it with a choice of what each column holds, then imports.
    void importParticipants(Id visitId);
    /// Asks whether to include contact details, then for a file name; writes the participants' CSV.
    void exportParticipants(Id visitId);
    /// Asks for a CSV file with the programme, previews it, then imports.
    void importProgramme(Id visitId);
    /// Asks for a file name and writes the programme as an iCalendar file in the visit's first print
    /// language (the delegation's), or the content language.
    void exportCalendar(Id visitId);
    /// Asks for a file name and writes the draft of the visit's report (VisitReportDraft) as an
    /// OpenDocument text, in the interface's language: the coordinator finishes it in a word processor.
    void exportVisitReport(Id visitId);

private:
    struct ChosenCsv
    {
        QString path;
        CsvTable table;
    };
    /// A CSV file chosen and read; nothing when none was chosen, or after saying why it cannot be read.
    std::optional<ChosenCsv> chooseCsv(const QString& title);

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    QWidget* m_parent;
};
