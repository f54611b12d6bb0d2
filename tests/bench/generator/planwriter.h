// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"
#include "tests/bench/generator/officeplan.h"

#include <QSqlDatabase>
#include <QtGlobal>

namespace BenchmarkData {

/// Writes the plan into the database's tables.
///
/// Raw prepared statements on the database's connection, in one transaction: the repositories
/// validate, check references and open a savepoint per record, which for some 400,000 rows is
/// needlessly slow for a file the generator knows to be consistent. Ids are given explicitly
/// (index + 1), so that rows can refer to each other without reading anything back.
///
/// The programmes are planned here, visit by visit while they are written: their random draws are
/// the last ones.
class PlanWriter final
{
    Q_DISABLE_COPY_MOVE(PlanWriter)

public:
    PlanWriter(const OfficePlan& plan, Random& random);

    Status write(QSqlDatabase connection);

private:
    Status writeInstitutions(QSqlDatabase& db);
    Status writePeople(QSqlDatabase& db);
    Status writeProjectsAndGroups(QSqlDatabase& db);
    Status writeVisits(QSqlDatabase& db);
    Status writeProgrammes(QSqlDatabase& db);
    Status writeSettings(QSqlDatabase& db);

    const OfficePlan& m_plan;
    Random& m_random;
};

} // namespace BenchmarkData
