// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/csvtable.h"
#include "core/formats/importcells.h"
#include "core/languages/documentlanguage.h"
#include "core/model/id.h"
#include "core/model/person.h"
#include "core/model/result.h"
#include "core/model/visitparticipant.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

class Database;

/// What a column of a participants' CSV file holds.
enum class ParticipantField {
    Ignored,
    GivenName,
    FamilyName,
    FullName, ///< "Given Family" in one cell
    LatinGivenName,
    LatinFamilyName,
    Institution,
    Position,
    Country,
    Email,
    Phone,
    Role,
    Arrival,
    Departure,
    Accommodation,
    Diet,
    DietNote,
    Accessibility,
    Notes,
};

/// The fields of a participants' CSV file: their names, and the headings they are recognised by in
/// Polish, Ukrainian and English ("Imię", "Ім'я", "First name"...).
class ParticipantColumns final
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantColumns)

public:
    static QList<ParticipantField> all();
    /// The field's name in the interface's language.
    static QString displayName(ParticipantField field);
    /// The field's name as a column heading in `language`; match() knows it again.
    static QString heading(ParticipantField field, const DocumentLanguage& language);
    /// The field a heading names, in the usual words or as heading() writes it in one of `languages`;
    /// Ignored when none.
    static ParticipantField match(const QString& heading, const std::vector<DocumentLanguage>& languages);
    /// The field of each column of `header`; a field is given to its first column only.
    static QList<ParticipantField> guess(const QStringList& header);
    /// Polish, Ukrainian and English: the languages headings and values are read in.
    static std::vector<DocumentLanguage> interfaceLanguages();

private:
    static const char* source(ParticipantField field);
};

/// One row of the file as it would be imported.
struct ParticipantImportRow
{
    enum class Action {
        AddPerson,    ///< a new person, then a participant
        UsePerson,    ///< a person already in the database (same name and e-mail, or name and institution)
        AlreadyThere, ///< that person already takes part in the visit: nothing changes
        Refused,      ///< the row has problems: see problems
    };

    int line = 0; ///< where the row starts in the file, counted from 1
    Action action = Action::AddPerson;
    Person person;
    VisitParticipant participant;
    QString institutionName; ///< as written in the file
    bool newInstitution = false;
    QList<ImportProblem> problems;
};

/// What importing a file would do, row by row: shown before anything is written.
struct ParticipantImportPlan
{
    Id visitId = 0;
    QList<ParticipantImportRow> rows;
    QStringList header;
    QList<ParticipantField> columns;

    int count(ParticipantImportRow::Action action) const;
    /// The first row with a problem; nullptr when there is none.
    const ParticipantImportRow* firstProblem() const;
};

/// What an import did.
struct ImportOutcome
{
    int peopleAdded = 0;
    int peopleMatched = 0;
    int institutionsAdded = 0;
    int participantsAdded = 0;
    int unchanged = 0;
    bool cancelled = false; ///< cancelled part-way: nothing was written
};

/// Participants of a visit from a CSV file: each row read and checked against the database first
/// (plan), then all of them added in one transaction (apply), or none.
///
/// People already in the database are matched rather than duplicated: by name and e-mail when the row
/// has an e-mail address, else by name and institution. Institutions are matched by name or short
/// name; one not found is added. A person already taking part in the visit is left as they are, so
/// importing the same file twice changes nothing the second time.
class ParticipantImport final
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantImport)

public:
    /// Reads `table` with `columns` (one field per column, see ParticipantColumns::guess()) for visit
    /// `visitId`. A visit that does not exist is NotFound; a table without a name column is Validation.
    static Result<ParticipantImportPlan> plan(Database& database, Id visitId, const CsvTable& table,
                                              const QList<ParticipantField>& columns);
    /// Writes `plan` in one transaction. Refused (Validation) while a row has problems, with the first
    /// one. `progress(done, total)` is called as rows are written; returning false cancels, and nothing
    /// is written.
    static Result<ImportOutcome> apply(Database& database, const ParticipantImportPlan& plan,
                                       const std::function<bool(int done, int total)>& progress = {});

    /// A row's first problem as the command line reports it:
    /// "lista.csv, line 4, column "Przyjazd": 31.02.2026 is not a day."
    static QString describe(const QString& file, const ParticipantImportRow& row);
};
