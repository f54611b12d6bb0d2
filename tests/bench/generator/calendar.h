// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The calendar of the benchmark's data. It is fixed: the data set is "taken" on 2026-11-26, never on
// the machine's today.

#include <QDate>
#include <QString>

namespace BenchmarkData {

constexpr int firstYear = 2016;
inline const QDate periodStart(2016, 12, 1); // the ten years the benchmark calls "ten busy years"
inline const QDate dataTakenOn(2026, 11,
                               26); // "today" for the data: past visits completed, later ones planned
inline const QDate planningEnd(2027, 6, 30); // the last day a planned visit may start
inline const QDate pandemicStart(2020, 3, 12);
inline const QDate pandemicEased(2020, 7, 1);
inline const QDate pandemicOver(2021, 6, 1);
inline const QDate fullScaleWar(2022, 2, 24);

/// Days are planned as Julian day numbers.
int julian(const QDate& day);

QString isoDay(int julianDay);

/// "2026-05-19T09:30" from a day's ISO text and minutes after midnight.
QString stamp(const QString& day, int minutes);

} // namespace BenchmarkData
