// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/samples.h"

#include <algorithm>

double Samples::median() const
{
    if (m_values.isEmpty()) {
        return 0;
    }
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2.0;
}

double Samples::maximum() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}
