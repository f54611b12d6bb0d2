// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/fundingproject.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// A visit a project pays for, as the project's page lists it.
struct FundedVisit
{
    Id id = 0;
    QString title;
    QDate firstDay;
    QDate lastDay;
};

/// What refers to a project, for the warning before it is deleted.
struct FundingProjectUsage
{
    int visits = 0; ///< visits it funds; they stay, without a project
};

/// Reads and writes funding projects and their partner institutions.
class FundingProjectRepository final
{
    Q_DECLARE_TR_FUNCTIONS(FundingProjectRepository)

public:
    explicit FundingProjectRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new project; keeps `project.id` when it is set; returns the id.
    Result<Id> create(const FundingProject& project);
    Result<FundingProject> get(Id id) const;
    /// Validates and stores the project, replacing its partners with `partnerInstitutionIds`.
    Status update(const FundingProject& project);
    /// Deletes the project; the visits it funded stay, with no project.
    Status remove(Id id);

    /// Whether the file holds a funding project at all, without reading the list.
    Result<bool> any() const;
    /// Summaries ordered by id.
    Result<QList<FundingProjectSummary>> list() const;
    /// The visits the project funds, ordered by first day, then id.
    Result<QList<FundedVisit>> visits(Id projectId) const;
    Result<FundingProjectUsage> usage(Id id) const;

private:
    Status writePartners(Id projectId, const QList<Id>& institutionIds, const QString& what);

    Database& m_database;
};
