// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"

#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace BenchmarkData {

/// The office's partnerships: funding projects, each edition with its partner institutions, and
/// the exchange groups with their members. More visits, more of both.
class PartnershipPlanner final
{
    Q_DISABLE_COPY_MOVE(PartnershipPlanner)

public:
    PartnershipPlanner(OfficePlan& plan, Random& random);

    void planProjects(int visits);
    void planGroups(int visits);

private:
    std::vector<int> pickPartners(const QStringList& countries, int count, bool withHome);
    std::vector<int> regionalMembers(QStringView region, int count);

    OfficePlan& m_plan;
    Random& m_random;
};

} // namespace BenchmarkData
