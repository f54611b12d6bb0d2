// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conflicts/programmes.h"
#include "core/model/result.h"

#include <QDateTime>

class Database;

namespace Conflicts {

/// Reads the programmes to check, and those of the other visits they may collide with.
class ProgrammeLoader final
{
public:
    explicit ProgrammeLoader(Database& database) : m_database(database) {}

    /// Adds the visits to check (subjects) with their programmes and participants, all in the same
    /// few queries however many visits there are. The others come with addOthers().
    Status addChecked(QList<VisitInfo> visits);

    /// Adds the other visits with sessions in the time the checked visits and their sessions span,
    /// with their whole programmes: an interpreter's working stretch may run on through them. Their
    /// audiences are not read: across visits only the people with a role in a session count.
    Status addOthers();

    Result<Limits> limits() const;

    const Programmes& programmes() const { return m_programmes; }

private:
    void addVisit(VisitInfo visit);

    /// Adds sessions of visits added before.
    void addItems(QList<ProgrammeRow> rows);

    void extend(const QDateTime& from, const QDateTime& to);

    Database& m_database;
    Programmes m_programmes;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace Conflicts
