// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <utility>

/// Repeated measurements of one thing, reported by their median.
class Samples final
{
public:
    void add(double value) { m_values << value; }
    bool isEmpty() const { return m_values.isEmpty(); }
    int count() const { return static_cast<int>(m_values.size()); }
    double median() const;
    double maximum() const;

private:
    QList<double> m_values;
};

/// Milliseconds `work` takes, on the monotonic clock.
template <typename Work>
double millisecondsOf(Work&& work)
{
    QElapsedTimer timer;
    timer.start();
    std::forward<Work>(work)();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// The median of `runs` timings of `work`.
template <typename Work>
double medianMilliseconds(int runs, Work&& work)
{
    Samples samples;
    for (int run = 0; run < runs; ++run) {
        samples.add(millisecondsOf(work));
    }
    return samples.median();
}
