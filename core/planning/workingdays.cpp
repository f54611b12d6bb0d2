// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/workingdays.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace {

/// Western Easter Sunday of `year` (the anonymous Gregorian algorithm).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

/// A country's holidays: fixed days (month * 100 + day) and days counted from Easter Sunday.
struct Holidays
{
    QList<int> fixed;
    QList<int> fromEaster;
};

const QHash<QString, Holidays>& holidays()
{
    // National public holidays on which offices are closed.
    static const QHash<QString, Holidays> table{
        {QStringLiteral("PL"), {{101, 106, 501, 503, 815, 1101, 1111, 1224, 1225, 1226}, {0, 1, 49, 60}}},
        {QStringLiteral("CZ"), {{101, 501, 508, 705, 706, 928, 1028, 1117, 1224, 1225, 1226}, {-2, 1}}},
        {QStringLiteral("SK"),
         {{101, 106, 501, 508, 705, 829, 901, 915, 1101, 1117, 1224, 1225, 1226}, {-2, 1}}},
        {QStringLiteral("DE"), {{101, 501, 1003, 1225, 1226}, {-2, 1, 39, 50}}},
        {QStringLiteral("NO"), {{101, 501, 517, 1225, 1226}, {-3, -2, 0, 1, 39, 49, 50}}},
        {QStringLiteral("FR"), {{101, 501, 508, 714, 815, 1101, 1111, 1225}, {1, 39, 50}}},
        {QStringLiteral("BE"), {{101, 501, 721, 815, 1101, 1111, 1225}, {1, 39, 50}}},
        {QStringLiteral("LT"), {{101, 216, 311, 501, 624, 706, 815, 1101, 1102, 1224, 1225, 1226}, {0, 1}}},
    };
    return table;
}

} // namespace

namespace WorkingDays {

bool isPublicHoliday(const QString& country, const QDate& day)
{
    const auto found = holidays().constFind(country.toUpper());
    if (found == holidays().cend() || !day.isValid()) {
        return false;
    }
    if (found->fixed.contains(day.month() * 100 + day.day())) {
        return true;
    }
    const QDate easter = easterSunday(day.year());
    return found->fromEaster.contains(static_cast<int>(easter.daysTo(day)));
}

bool isWorkingDay(const QString& country, const QDate& day)
{
    return day.isValid() && day.dayOfWeek() <= 5 && !isPublicHoliday(country, day);
}

QDate firstRunFrom(const QString& country, const QDate& from, int days)
{
    if (!from.isValid()) {
        return {};
    }
    QDate start = from;
    int run = 0;
    // Any country has a run of a few working days within a few weeks; the bound only guards a
    // request no calendar can meet.
    for (QDate day = from; run < std::max(days, 1) && from.daysTo(day) < 366; day = day.addDays(1)) {
        if (isWorkingDay(country, day)) {
            if (run == 0) {
                start = day;
            }
            ++run;
        } else {
            run = 0;
        }
    }
    return run >= std::max(days, 1) ? start : QDate();
}

QStringList countriesWithHolidays()
{
    QStringList countries = holidays().keys();
    countries.sort();
    return countries;
}

} // namespace WorkingDays
