// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/outcome.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Reads and writes the follow-up tasks visits leave.
class FollowUpRepository final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    explicit FollowUpRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new task; keeps `followUp.id` when it is set (undo); returns the id.
    Result<Id> create(const FollowUp& followUp);
    Status update(const FollowUp& followUp);
    Status remove(Id id);
    /// The visit's tasks by due day (those without one last), then as entered.
    Result<QList<FollowUp>> listForVisit(Id visitId) const;
    /// Every open task of every visit by due day (those without one last): the start page's list.
    Result<QList<FollowUp>> open() const;
    /// The visits with an open task, by id: the visits list's filter.
    Result<QList<Id>> visitsWithOpenTasks() const;

private:
    /// The tasks meeting `condition`, which names the visit as :id when `visitId` is given.
    Result<QList<FollowUp>> load(const QString& condition, Id visitId) const;

    Database& m_database;
};
