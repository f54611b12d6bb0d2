// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"
#include "core/model/session.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

class Database;

/// Reads and writes visits' programmes: sessions with their people, audiences and translations.
class ProgrammeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRepository)

public:
    explicit ProgrammeRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new session; returns its id. A visit that does not exist is NotFound;
    /// a venue, person or audience participant that does not exist (or is not in the visit) is refused.
    Result<Id> create(const Session& session);
    Result<Session> get(Id id) const;
    /// Replaces everything stored of the session, its people, audience and translations included.
    /// A session stays in its visit: `session.visitId` must be its own.
    Status update(const Session& session);
    Status remove(Id id);
    /// Moves the session to start at `newStart` (wall-clock, see Session), keeping its length.
    Status move(Id id, const QDateTime& newStart);

    /// The visit's programme ordered by start, then id; read in a fixed number of queries.
    Result<QList<ProgrammeRow>> listForVisit(Id visitId) const;
    /// What a read session holds: everything; what checking a visit's own sessions needs (no
    /// description, language, interpretation, notes or translations; the title in the reader's
    /// language, ReaderText); or what the sessions of the other visits they are checked against need:
    /// that without the audiences, since across visits only the people with a role in a session count.
    enum class Detail { Full, ForChecking, ForCheckingAgainst };

    /// The programmes of several visits at once, ordered by start, then id (a period's check reads
    /// hundreds of visits in the same four queries as one).
    Result<QList<ProgrammeRow>> listForVisits(const QList<Id>& visitIds, Detail detail = Detail::Full) const;
    /// The sessions of the visit starting on `day`.
    Result<QList<ProgrammeRow>> listForDay(Id visitId, const QDate& day) const;
    /// Every session, of any visit, overlapping [from, to), ordered by start, then id;
    /// an invalid bound leaves that side open.
    Result<QList<SessionSlot>> sessionsInRange(const QDateTime& from, const QDateTime& to) const;
    /// The visits with a session overlapping [from, to), by id.
    Result<QList<Id>> visitsWithSessionsInRange(const QDateTime& from, const QDateTime& to) const;

private:
    /// The condition on `s` for sessions overlapping [from, to), its values added to `values`.
    static QString rangeCondition(const QDateTime& from, const QDateTime& to, QVariantMap& values);
    /// Sessions matching `condition` on agenda_session aliased `s`, with everything they hold.
    Result<QList<ProgrammeRow>> load(const QString& condition, const QVariantMap& values,
                                     Detail detail = Detail::Full) const;
    Status checkReferences(const Session& session, const QString& what) const;
    Status writeDetails(Id id, const Session& session, const QString& what);

    Database& m_database;
};
