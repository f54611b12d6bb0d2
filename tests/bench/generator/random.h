// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace BenchmarkData {

/// std::mt19937 with the reductions done here: the standard distributions are not the same in
/// every standard library, and the file must be.
class Random final
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}

    quint32 next() { return quint32(m_engine()); }
    /// 0 … n-1 (0 when n < 2).
    int below(int n) { return n < 2 ? 0 : int((quint64(next()) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return n < 2 ? 0 : qint64(((quint64(next()) << 32) | next()) % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    bool permille(int p) { return below(1000) < p; }

    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items)
    {
        return items[below(int(N))];
    }
    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[below(int(items.size()))];
    }
    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[below(int(items.size()))];
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int weight : weights) {
            total += weight;
        }
        int r = below(total);
        int index = 0;
        for (const int weight : weights) {
            if (r < weight) {
                return index;
            }
            r -= weight;
            ++index;
        }
        return 0;
    }

    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (int i = int(items.size()) - 1; i > 0; --i) {
            std::swap(items[std::size_t(i)], items[std::size_t(below(i + 1))]);
        }
    }

private:
    std::mt19937 m_engine;
};

/// Picks among items with integer weights, in O(log n) per pick.
class WeightedTable final
{
public:
    void add(int item, qint64 weight)
    {
        if (weight <= 0) {
            return;
        }
        m_total += weight;
        m_items.push_back(item);
        m_bounds.push_back(m_total);
    }
    bool isEmpty() const { return m_items.empty(); }
    int pick(Random& random) const
    {
        if (m_items.empty()) {
            return -1;
        }
        const qint64 r = random.below64(m_total);
        const auto at = std::upper_bound(m_bounds.cbegin(), m_bounds.cend(), r);
        return m_items[std::size_t(at - m_bounds.cbegin())];
    }

private:
    std::vector<int> m_items;
    std::vector<qint64> m_bounds;
    qint64 m_total = 0;
};

/// Splits `total` into parts proportional to `weights`, summing exactly to `total`.
std::vector<int> apportion(int total, const std::vector<int>& weights);

} // namespace BenchmarkData
