// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

class Database;

/// What erasing a visit's personal data did.
struct ErasureOutcome
{
    int participants = 0;    ///< whose stay details and notes were erased
    int people = 0;          ///< whose contact details, diet, accessibility needs and notes were erased
    int keptForUpcoming = 0; ///< people left as they are: they take part in a visit not yet over
};

/// The personal data Wizyta keeps about people (GDPR): erased once a visit is over, and given to the
/// person it is about on request.
class PersonalData final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    /// Erases what visit `visitId` no longer needs of its participants: their e-mail, phone, diet,
    /// accessibility needs and notes, and their stay (accommodation, notes) in this visit. Names,
    /// institutions, countries, roles and days stay, so the counts a funder's report needs remain.
    /// Someone taking part in a visit that ends on or after `today` keeps their contact details.
    ///
    /// The erased text is overwritten in the file (secure_delete) and the write-ahead log emptied
    /// (checkpoint), so it is left neither in the database nor in its -wal. Refused (Validation) for a
    /// visit not over by `today`. Not undoable: the caller clears its undo history.
    static Result<ErasureOutcome> eraseForVisit(Database& database, Id visitId,
                                                const QDate& today = QDate::currentDate());

    /// Everything stored about person `personId` as JSON (UTF-8, indented): the person, their
    /// institution, their participations and their roles in sessions.
    static Result<QByteArray> exportPerson(Database& database, Id personId);
};
