// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/outcome.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Reads and writes what came of visits: agreements, letters of intent, recommendations, standards.
class OutcomeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeRepository)

public:
    explicit OutcomeRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new outcome; keeps `outcome.id` when it is set (undo); returns the id.
    Result<Id> create(const Outcome& outcome);
    Status update(const Outcome& outcome);
    Status remove(Id id);
    /// The visit's outcomes by date (those without one last), then as entered.
    Result<QList<Outcome>> listForVisit(Id visitId) const;

private:
    Database& m_database;
};
