// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/calendar.h"

#include "tests/bench/generator/text.h"

namespace BenchmarkData {

int julian(const QDate& day)
{
    return int(day.toJulianDay());
}

QString isoDay(int julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

QString stamp(const QString& day, int minutes)
{
    return day + u'T' + twoDigits(minutes / 60) + u':' + twoDigits(minutes % 60);
}

} // namespace BenchmarkData
