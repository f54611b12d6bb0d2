// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/exchangegroup.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// A meeting of an exchange group: a visit linked to the group.
struct ExchangeGroupMeeting
{
    Id id = 0;
    QString title;
    VisitStatus status = VisitStatus::Draft;
    QDate firstDay;
    QDate lastDay;
    Id hostInstitutionId = 0; ///< 0 when none
    QString hostName;         ///< the host institution's short name, else its name; empty when none
};

/// What refers to a group, for the warning before it is deleted.
struct ExchangeGroupUsage
{
    int meetings = 0; ///< visits that are its meetings; they stay, without a group
};

/// Reads and writes exchange groups and their member institutions.
class ExchangeGroupRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeGroupRepository)

public:
    explicit ExchangeGroupRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new group; keeps `group.id` when it is set; returns the id.
    Result<Id> create(const ExchangeGroup& group);
    Result<ExchangeGroup> get(Id id) const;
    /// Validates and stores the group, replacing its members with `memberInstitutionIds`.
    Status update(const ExchangeGroup& group);
    /// Deletes the group; its meetings stay as visits with no group.
    Status remove(Id id);

    Result<bool> any() const;
    /// Summaries ordered by id.
    Result<QList<ExchangeGroupSummary>> list() const;
    /// The group's meetings ordered by first day, then id.
    Result<QList<ExchangeGroupMeeting>> meetings(Id groupId) const;
    Result<ExchangeGroupUsage> usage(Id id) const;

private:
    Status writeMembers(Id groupId, const QList<Id>& institutionIds, const QString& what);

    Database& m_database;
};
