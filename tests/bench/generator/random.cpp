// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/random.h"

namespace BenchmarkData {

std::vector<int> apportion(int total, const std::vector<int>& weights)
{
    std::vector<int> parts(weights.size(), 0);
    qint64 sum = 0;
    for (const int weight : weights) {
        sum += std::max(weight, 0);
    }
    if (sum == 0 || total <= 0) {
        return parts;
    }
    qint64 cumulative = 0;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        cumulative += std::max(weights[i], 0);
        const qint64 upTo = qint64(total) * cumulative / sum;
        parts[i] = int(upTo - given);
        given = upTo;
    }
    return parts;
}

} // namespace BenchmarkData
