// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

/// Reuses what was planned before: a whole visit made from an earlier one, or some of a visit's
/// sessions copied into another visit.
///
/// Times are wall-clock times in the visit's time zone, so a session at 09:00 is at 09:00 on its new
/// day whatever summer time does between the two.
class VisitCopier final
{
    Q_DECLARE_TR_FUNCTIONS(VisitCopier)

public:
    explicit VisitCopier(Database& database) : m_database(database) {}

    /// A draft copy of the visit starting on `firstDay`: title, kind, host, sender, funding,
    /// languages, coordinator, invited institutions and every session with its venue, people,
    /// audience and translations, all moved by the same number of days. With `withParticipants` the
    /// participants come too, their arrival and departure moved alike; without, sessions meant for
    /// chosen participants keep that choice with no one chosen yet. Returns the new visit's id; on
    /// failure nothing is written.
    Result<Id> duplicate(Id visitId, const QDate& firstDay, bool withParticipants);

    /// Copies the sessions (of any one visit) into `targetVisitId`, the earliest day among them
    /// landing on `day` and the others keeping their distance from it. A chosen audience keeps the
    /// target's participants who are the same people. Sessions may land outside the target's days: a
    /// warning the conflict check lists, not a refusal. Returns the new sessions' ids in start order.
    Result<QList<Id>> copySessions(const QList<Id>& sessionIds, Id targetVisitId, const QDate& day);

private:
    Database& m_database;
};
