// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/csvtable.h"
#include "core/formats/importcells.h"
#include "core/model/id.h"
#include "core/model/result.h"
#include "core/model/session.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

/// One row of a programme drafted in a spreadsheet, as it would be imported.
struct ProgrammeImportRow
{
    enum class Action {
        Add,          ///< a new session
        AlreadyThere, ///< a session with the same start and title is in the programme already
        Refused,      ///< the row has problems
    };

    int line = 0; ///< where the row starts in the file, counted from 1
    Action action = Action::Add;
    Session session;
    QString venueName;          ///< as written in the file
    bool newVenue = false;      ///< no institution of that name: one is added
    QStringList presenterNames; ///< as written, each matched to a person or added
    /// What refuses the row, and with it the file.
    QList<ImportProblem> problems;
    /// Imported all the same, and listed among the visit's conflict warnings: a day outside the visit's.
    QList<ImportProblem> warnings;
};

/// What importing a programme would do, row by row.
struct ProgrammeImportPlan
{
    Id visitId = 0;
    QList<ProgrammeImportRow> rows;

    int count(ProgrammeImportRow::Action action) const;
    /// The rows to add that are imported with a warning.
    int countWarned() const;
    const ProgrammeImportRow* firstProblem() const;
};

/// What an import of a programme did.
struct ProgrammeImportOutcome
{
    int sessionsAdded = 0;
    int venuesAdded = 0;
    int peopleAdded = 0;
    int unchanged = 0;
};

/// A visit's programme from a CSV file drafted in a spreadsheet: columns date, start, end, title,
/// venue, city, room, presenters, description, and per-language title_uk, description_uk... (headings
/// also in Polish and Ukrainian: "Data", "Początek", "Назва"...). Days as 2026-05-19 or 19.05.2026,
/// times as 9:00 or 09.00.
///
/// Venues are matched to institutions by name or short name, an unknown one is added; presenters are
/// matched to people by name, an unknown one is added. A session with the same start and title as one
/// in the programme is left alone, so a file imported twice changes nothing the second time. All rows
/// are written in one transaction, or none. A row on a day outside the visit's is imported with a
/// warning, as a session moved there by hand is kept: the conflict check lists it.
class ProgrammeImport final
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeImport)

public:
    /// Reads `table` for visit `visitId`; NotFound for a visit that does not exist, Validation for a
    /// file without the date, start, end and title columns.
    static Result<ProgrammeImportPlan> plan(Database& database, Id visitId, const CsvTable& table);
    /// Writes `plan` in one transaction; refused (Validation) while a row has problems.
    static Result<ProgrammeImportOutcome> apply(Database& database, const ProgrammeImportPlan& plan);
    /// A row's first problem: "programme.csv, line 4, column "date": ...".
    static QString describe(const QString& file, const ProgrammeImportRow& row);
    /// A row's first warning, worded as describe() words a problem.
    static QString describeWarning(const QString& file, const ProgrammeImportRow& row);
};
