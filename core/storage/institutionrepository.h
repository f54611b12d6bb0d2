// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/institution.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

/// How many records refer to an institution: what a deletion would unlink or take with it.
struct InstitutionUsage
{
    int people = 0;         ///< people working there (left with no institution)
    int hostedVisits = 0;   ///< visits it hosts (left with no host)
    int sentVisits = 0;     ///< visits it sends (left with no sending institution)
    int sessions = 0;       ///< sessions held there (left with no venue)
    int projects = 0;       ///< funding projects it is a partner of (dropped from the partners)
    int exchangeGroups = 0; ///< exchange groups it is a member of (dropped from the members)

    friend bool operator==(const InstitutionUsage&, const InstitutionUsage&) = default;
};

/// A session held at an institution, with the visit it belongs to.
struct HostedSession
{
    Id sessionId = 0;
    Id visitId = 0;
    QString visitTitle;
    QDateTime startsAt; ///< wall-clock time in the visit's time zone (see SqlValue)
    QString sessionTitle;
};

/// Reads and writes institutions and their translated names.
class InstitutionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRepository)

public:
    explicit InstitutionRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new institution; keeps `institution.id` when it is set. Returns its id.
    Result<Id> create(const Institution& institution);
    Result<Institution> get(Id id) const;
    Status update(const Institution& institution);
    /// Deletes the institution; people, visits and sessions that referred to it are unlinked.
    Status remove(Id id);

    /// Whether the file holds an institution at all, without reading the list.
    Result<bool> any() const;
    /// Summaries ordered by id, of the institutions in `city` (all when empty).
    Result<QList<InstitutionSummary>> list(const QString& city = {}) const;
    /// What refers to the institution, for the warning before deleting it.
    Result<InstitutionUsage> usage(Id id) const;
    /// The sessions held at the institution, ordered by start time.
    Result<QList<HostedSession>> sessionsHosted(Id id) const;

private:
    Status writeNameTranslations(const Institution& institution, const QString& what);

    Database& m_database;
};
