// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictchecker.h"

class Database;

/// A warning as a period check finds it, with the visits of the sessions it names.
struct PlacedWarning
{
    ConflictWarning warning;
    Id visitId = 0;      ///< the visit of the session it is shown on
    Id otherVisitId = 0; ///< the visit of the other session, or 0
    qint64 start = 0;    ///< the sessions' starts, in seconds: the order warnings are listed in
    qint64 otherStart = 0;
};

/// A visit with a day in the period checked.
struct PeriodVisit
{
    Id id = 0;
    QString title;
    QDate firstDay;
    QDate lastDay;
};

/// The warnings of period checks, kept on the connection per visit, so that checking a year again
/// reads the few hundred warnings instead of the year's ten thousand sessions (wizyta_bench).
///
/// A visit's kept warnings are every warning naming one of its sessions. Temporary triggers on the
/// tables forget them when anything they are made of changes: the visit's programme, participants
/// or days; a session of another visit at the same time as one of its sessions (double bookings), or
/// within a day of one and with the same interpreter (a working stretch crosses visits); a person's
/// name, an institution, a visit's title or a planning setting (these forget all). A change written by
/// another connection, or another interface language (the messages are kept in it), forgets all as well.
/// Nothing of it is stored in the file.
class KeptWarnings final
{
    Q_DECLARE_TR_FUNCTIONS(KeptWarnings)

public:
    explicit KeptWarnings(Database& database) : m_database(database) {}

    /// Makes the temporary tables and triggers when the connection has none yet, and forgets every
    /// kept warning if the file was changed by another connection or `language` is another.
    Status prepare(const QString& language);
    /// The visits with a day between `first` and `last` whose warnings are not kept.
    Result<QList<PeriodVisit>> unkeptIn(const QDate& first, const QDate& last) const;
    /// Keeps `warnings` as all there is for `visits`: those naming a session of one of them.
    Status keep(const QList<Id>& visits, const QList<PlacedWarning>& warnings);
    /// The kept warnings naming a session of a visit with a day between `first` and `last`, each
    /// once, by start.
    Result<QList<ConflictWarning>> read(const QDate& first, const QDate& last) const;
    /// Forgets every kept warning: the next period check reads its programmes again.
    Status forget();

private:
    /// Makes the temporary tables and triggers when the connection has none yet.
    Status ensureInstalled();
    Status install();

    Database& m_database;
};
