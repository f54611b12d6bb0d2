// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchreport.h"

namespace {

QString number(std::optional<double> value, const QString& unit)
{
    if (!value) {
        return QStringLiteral("—");
    }
    const int decimals = *value < 10 ? 2 : (*value < 100 ? 1 : 0);
    return QStringLiteral("%1 %2").arg(*value, 0, 'f', decimals).arg(unit);
}

QString targetText(const Figure& figure)
{
    if (!figure.hasTarget()) {
        return QStringLiteral("none (told for what it shows)");
    }
    QStringList targets;
    if (figure.atMost) {
        targets << QStringLiteral("≤ %1 %2").arg(*figure.atMost).arg(figure.unit);
    }
    if (figure.ratioAtMost) {
        targets << QStringLiteral("≤ %1× %2").arg(*figure.ratioAtMost).arg(figure.baselineName);
    }
    return targets.join(QStringLiteral("; "));
}

} // namespace

Figure Figure::atMostOf(const QString& measure, std::optional<double> value, double atMost,
                        const QString& unit)
{
    Figure figure;
    figure.measure = measure;
    figure.unit = unit;
    figure.value = value;
    figure.atMost = atMost;
    return figure;
}

Figure Figure::besideBaseline(const QString& measure, const QString& baselineName, double ratioAtMost)
{
    Figure figure;
    figure.measure = measure;
    figure.baselineName = baselineName;
    figure.ratioAtMost = ratioAtMost;
    return figure;
}

Figure Figure::beside(const QString& measure, const QString& baselineName)
{
    Figure figure;
    figure.measure = measure;
    figure.baselineName = baselineName;
    return figure;
}

Figure Figure::withoutTarget() const
{
    Figure told = *this;
    told.atMost.reset();
    told.ratioAtMost.reset();
    return told;
}

std::optional<double> Figure::ratio() const
{
    if (!value || !baseline || *baseline <= 0) {
        return std::nullopt;
    }
    return *value / *baseline;
}

bool Figure::met() const
{
    if (!value || (atMost && *value > *atMost)) {
        return false;
    }
    if (ratioAtMost) {
        const auto r = ratio();
        // A baseline too small for the shell's millisecond timer to see: the figure must be too.
        return r ? *r <= *ratioAtMost : (baseline && *value < 1.0);
    }
    return true;
}

void BenchReport::add(const Figure& figure)
{
    m_figures << figure;
}

QStringList BenchReport::unmeasured() const
{
    QStringList names;
    for (const Figure& figure : m_figures) {
        if (!figure.value || (!figure.baselineName.isEmpty() && !figure.baseline)) {
            names << figure.measure;
        }
    }
    return names;
}

QStringList BenchReport::missed() const
{
    QStringList names;
    for (const Figure& figure : m_figures) {
        if (!figure.met()) {
            names << figure.measure;
        }
    }
    return names;
}

QString BenchReport::markdown() const
{
    QString text = QStringLiteral("| Measure | Wizyta | Baseline | Ratio | Target | Met |\n"
                                  "|---|---:|---:|---:|---|:-:|\n");
    for (const Figure& figure : m_figures) {
        const auto ratio = figure.ratio();
        const QString baseline =
            figure.baselineName.isEmpty()
                ? QStringLiteral("")
                : QStringLiteral("%1 (%2)").arg(number(figure.baseline, figure.unit), figure.baselineName);
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(figure.measure, number(figure.value, figure.unit), baseline,
                         ratio ? QStringLiteral("%1×").arg(*ratio, 0, 'f', 2) : QString(), targetText(figure),
                         !figure.hasTarget() ? QStringLiteral("—")
                         : figure.met()      ? QStringLiteral("yes")
                                             : QStringLiteral("**no**"));
    }
    return text;
}
