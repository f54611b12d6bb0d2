// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/officeplan.h"

namespace BenchmarkData {

int OfficePlan::cityIndex(QStringView name) const
{
    for (std::size_t i = 0; i < cities.size(); ++i) {
        if (cities[i].name == name) {
            return int(i);
        }
    }
    return -1;
}

int OfficePlan::pickPolishHost(Random& random) const
{
    return polishHosts.isEmpty() ? home : polishHosts.pick(random);
}

int OfficePlan::pickPartner(Random& random, QStringView countryCode) const
{
    const auto found = partners.find(countryCode.toString());
    return found == partners.end() ? -1 : found->second.pick(random);
}

} // namespace BenchmarkData
