// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"
#include "core/model/visitparticipant.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

class Database;

/// What refers to a participant, for the warning before deleting them.
struct ParticipantUsage
{
    int audienceSessions = 0; ///< sessions chosen for them (not counting whole-delegation sessions)
};

/// Reads and writes the participants of visits.
class ParticipantRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)

public:
    explicit ParticipantRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new participant; returns the id. A person already in the visit is
    /// refused on "participant.personId"; a visit or person that does not exist is NotFound.
    Result<Id> create(const VisitParticipant& participant);
    Result<VisitParticipant> get(Id id) const;
    /// A participant stays in the visit they were added to: `participant.visitId` must be theirs.
    Status update(const VisitParticipant& participant);
    /// Deletes the participant; they leave the audiences they were chosen for.
    Status remove(Id id);
    Result<ParticipantUsage> usage(Id id) const;

    /// The visit's participants with their people, ordered by role (leaders first), then id.
    Result<QList<ParticipantRow>> listForVisit(Id visitId) const;
    /// The participants of several visits at once, by visit id, then as listForVisit() orders them,
    /// with only what conflict checking reads: ids, role, arrival, departure and names.
    Result<QList<ParticipantRow>> staysForVisits(const QList<Id>& visitIds) const;
    /// How many participants have each role; roles nobody has are absent.
    Result<QMap<ParticipantRole, int>> countsByRole(Id visitId) const;

private:
    /// Participants with their people where `condition` holds; it names the visit or visits `:visits`.
    Result<QList<ParticipantRow>> load(const QString& condition, const QVariant& visits) const;
    Status checkReferences(const VisitParticipant& participant, const QString& what) const;

    Database& m_database;
};
