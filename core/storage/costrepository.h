// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/costline.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Reads and writes the cost lines of visits.
class CostRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CostRepository)

public:
    explicit CostRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new line; keeps `line.id` when it is set (undo); returns the id.
    Result<Id> create(const CostLine& line);
    Result<CostLine> get(Id id) const;
    Status update(const CostLine& line);
    Status remove(Id id);

    /// The visit's cost lines in the order entered.
    Result<QList<CostLine>> listForVisit(Id visitId) const;
    /// The lines a project pays, across its visits, by visit and then as entered.
    Result<QList<CostLine>> listForProject(Id projectId) const;

private:
    Result<QList<CostLine>> load(const QString& condition, Id id) const;

    Database& m_database;
};
