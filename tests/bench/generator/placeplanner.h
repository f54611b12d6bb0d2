// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"

#include <QString>
#include <QtGlobal>

namespace BenchmarkData {

/// The places of the data: the cities of the vocabulary with the travel times between them, and
/// made-up addresses and telephone numbers in each country's form.
class PlacePlanner final
{
    Q_DISABLE_COPY_MOVE(PlacePlanner)

public:
    PlacePlanner(OfficePlan& plan, Random& random);

    void addCities();
    QString address(const City& city);
    QString streetAndNumber(const City& city);
    QString phone(const City& city);

private:
    OfficePlan& m_plan;
    Random& m_random;
};

} // namespace BenchmarkData
