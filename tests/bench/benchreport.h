// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// One line of the benchmark's table: a figure, perhaps a baseline measured in the same run, and
/// the targets it is held to.
struct Figure
{
    QString measure;
    QString unit = QStringLiteral("ms");
    std::optional<double> value;
    QString baselineName; ///< empty: no baseline
    std::optional<double> baseline;
    std::optional<double> atMost;      ///< the figure itself is at most this (in `unit`)
    std::optional<double> ratioAtMost; ///< the figure is at most this many times the baseline

    /// A figure held to an absolute target.
    static Figure atMostOf(const QString& measure, std::optional<double> value, double atMost,
                           const QString& unit = QStringLiteral("ms"));
    /// A figure held to a ratio of a baseline, both measured later.
    static Figure besideBaseline(const QString& measure, const QString& baselineName, double ratioAtMost);
    /// A figure told beside a baseline, held to no target.
    static Figure beside(const QString& measure, const QString& baselineName);

    /// The same figure, told beside its baseline but held to no target.
    Figure withoutTarget() const;

    std::optional<double> ratio() const;
    /// Measured and within its target.
    bool met() const;
    bool hasTarget() const { return atMost || ratioAtMost; }
};

/// The benchmark's results as a Markdown table, as the README shows it.
class BenchReport final
{
public:
    void add(const Figure& figure);
    const QList<Figure>& figures() const { return m_figures; }

    /// Figures that could not be measured (the smoke test fails on any).
    QStringList unmeasured() const;
    QStringList missed() const;
    QString markdown() const;

private:
    QList<Figure> m_figures;
};
