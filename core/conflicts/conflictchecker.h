// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

/// Something in a programme that will not work as planned. A warning never blocks saving; it is
/// shown where the session is shown and listed per visit.
struct ConflictWarning
{
    enum class Rule {
        OutsideVisitDays,        ///< the session lies (partly) outside its visit's days
        PersonDoubleBooked,      ///< a person is in two overlapping sessions, in one visit or across visits
        VenueDoubleBooked,       ///< one venue (institution + room) holds two overlapping sessions
        NoTimeToTravel,          ///< an audience cannot get from one venue to the next in time
        InterpreterWithoutBreak, ///< an interpreter works longer than the limit without a break
        OutsideStay,             ///< a participant attends before arriving or after leaving
    };

    Rule rule = Rule::OutsideVisitDays;
    Id sessionId = 0;      ///< the session the warning is shown on
    Id otherSessionId = 0; ///< the other session involved (perhaps of another visit), or 0
    Id personId = 0;       ///< the person involved, or 0
    QString message;       ///< one line in the interface language, naming sessions, people and times

    friend bool operator==(const ConflictWarning&, const ConflictWarning&) = default;
};

/// Checks programmes against the conflict rules (README, "Conflict warnings"), with the travel times and the
/// interpreter's limit the coordinator keeps in the settings.
class ConflictChecker final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChecker)

public:
    /// Raised whenever a rule or a message changes: warnings kept in a file by other rules are then
    /// found again (KeptWarnings).
    static constexpr int rulesVersion = 1;

    explicit ConflictChecker(Database& database) : m_database(database) {}

    /// Every warning about the visit's sessions, in the order of the sessions' start.
    Result<QList<ConflictWarning>> checkVisit(Id visitId) const;
    /// Every warning about the sessions of all visits with a day between `first` and `last`. What is
    /// found is kept in the file for the next check (KeptWarnings).
    Result<QList<ConflictWarning>> checkPeriod(const QDate& first, const QDate& last) const;

private:
    Database& m_database;
};
