// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conflicts/conflictchecker.h"

#include <tuple>

class Database;

/// A warning as a period check finds it, with the visits of the sessions it names.
struct PlacedWarning
{
    ConflictWarning warning;
    Id visitId = 0;      ///< the visit of the session it is shown on
    Id otherVisitId = 0; ///< the visit of the other session, or 0
    qint64 start = 0;    ///< the sessions' starts, in seconds: the order warnings are listed in
    qint64 otherStart = 0;

    /// The order warnings are listed in: by the start of the session shown on, then of the other.
    bool listedBefore(const PlacedWarning& other) const
    {
        return std::tie(start, warning.sessionId, warning.rule, otherStart, warning.otherSessionId,
                        warning.personId) < std::tie(other.start, other.warning.sessionId, other.warning.rule,
                                                     other.otherStart, other.warning.otherSessionId,
                                                     other.warning.personId);
    }
};

/// A visit with a day in the period checked.
struct PeriodVisit
{
    Id id = 0;
    QString title;
    QDate firstDay;
    QDate lastDay;
};

/// The warnings of period checks, kept in the file per visit (schema version 2: kept_check,
/// kept_visit, kept_warning), so that checking a year reads the few hundred warnings found on an
/// earlier day instead of the year's ten thousand sessions (wizyta_bench).
///
/// A visit's kept warnings are every warning naming one of its sessions. Triggers in the file
/// forget them when anything they are made of changes, whichever connection or program writes it:
/// the visit's programme, participants or days; a session of another visit at the same time as one
/// of its sessions (double bookings), or within a day of one and with the same interpreter (a
/// working stretch crosses visits); a person's name, an institution, a visit's title or a planning
/// setting (these forget all). Warnings found by other rules (ConflictChecker::rulesVersion) or in
/// another interface language (the messages are kept in it) are forgotten before a check.
///
/// Nothing kept is the coordinator's data: undo does not record it, and a read-only connection uses
/// what is kept when it fits and checks the rest without keeping it.
class KeptWarnings final
{
    Q_DECLARE_TR_FUNCTIONS(KeptWarnings)

public:
    explicit KeptWarnings(Database& database) : m_database(database) {}

    /// Whether what is kept was found by `rules` in `language`; when not, forgets it and notes
    /// `rules` and `language` for what is kept next. A read-only connection forgets nothing: it
    /// uses nothing kept then.
    Status prepare(int rules, const QString& language);
    /// Whether prepare() found kept warnings that can be used.
    bool isUsable() const { return m_usable; }
    /// Whether keep() can write: prepared, usable and not read-only.
    bool canKeep() const;

    /// The visits with a day between `first` and `last` whose warnings are not kept (or all of
    /// them, when nothing kept is usable).
    Result<QList<PeriodVisit>> unkeptIn(const QDate& first, const QDate& last) const;
    /// Keeps `warnings` as all there is for `visits`: those naming a session of one of them. Only
    /// when canKeep().
    Status keep(const QList<Id>& visits, const QList<PlacedWarning>& warnings);
    /// The usable kept warnings naming a session of a visit with a day between `first` and `last`,
    /// with `found` (the check of the unkept visits), each once, by start.
    Result<QList<ConflictWarning>> read(const QDate& first, const QDate& last,
                                        const QList<PlacedWarning>& found) const;
    /// Forgets every kept warning: the next period check reads its programmes again.
    Status forget();

private:
    Database& m_database;
    bool m_usable = false;
};
