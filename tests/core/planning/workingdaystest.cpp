// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/workingdays.h"

#include <catch2/catch.hpp>

TEST_CASE("Polish public holidays include the fixed days and those counted from Easter")
{
    const QString pl = QStringLiteral("pl");
    CHECK(WorkingDays::isPublicHoliday(pl, QDate(2026, 5, 1)));
    CHECK(WorkingDays::isPublicHoliday(pl, QDate(2026, 5, 3)));
    CHECK(WorkingDays::isPublicHoliday(pl, QDate(2026, 11, 11)));
    // Easter 2026 is on 5 April: Easter Monday 6 April, Corpus Christi 4 June.
    CHECK(WorkingDays::isPublicHoliday(pl, QDate(2026, 4, 6)));
    CHECK(WorkingDays::isPublicHoliday(pl, QDate(2026, 6, 4)));
    // Easter 2027 is on 28 March.
    CHECK(WorkingDays::isPublicHoliday(pl, QDate(2027, 3, 29)));
    CHECK_FALSE(WorkingDays::isPublicHoliday(pl, QDate(2026, 4, 7)));
    CHECK_FALSE(WorkingDays::isPublicHoliday(pl, QDate(2026, 6, 5)));
}

TEST_CASE("Each country keeps its own holidays")
{
    // 8 May is a holiday in Czechia, not in Poland; Good Friday in Czechia and Norway, not in Poland.
    CHECK(WorkingDays::isPublicHoliday(QStringLiteral("CZ"), QDate(2026, 5, 8)));
    CHECK_FALSE(WorkingDays::isPublicHoliday(QStringLiteral("PL"), QDate(2026, 5, 8)));
    CHECK(WorkingDays::isPublicHoliday(QStringLiteral("NO"), QDate(2026, 4, 3)));
    CHECK(WorkingDays::isPublicHoliday(QStringLiteral("NO"), QDate(2026, 5, 17)));
    CHECK_FALSE(WorkingDays::isPublicHoliday(QStringLiteral("PL"), QDate(2026, 4, 3)));
    // A country whose holidays are not known works every weekday.
    CHECK_FALSE(WorkingDays::isPublicHoliday(QStringLiteral("ZZ"), QDate(2026, 1, 1)));
    CHECK(WorkingDays::isWorkingDay(QStringLiteral("ZZ"), QDate(2026, 1, 1)));
}

TEST_CASE("A meeting's days are moved past weekends and holidays until all of them are working days")
{
    const QString pl = QStringLiteral("PL");
    // Friday 30 April 2027: a two-day meeting would run into Saturday, then 3 May; Tuesday 4 May starts it.
    CHECK(WorkingDays::firstRunFrom(pl, QDate(2027, 4, 30), 2) == QDate(2027, 5, 4));
    // A one-day meeting fits on the Friday.
    CHECK(WorkingDays::firstRunFrom(pl, QDate(2027, 4, 30), 1) == QDate(2027, 4, 30));
    // Saturday 31 October 2026, then 1 November (Sunday): Monday 2 November.
    CHECK(WorkingDays::firstRunFrom(pl, QDate(2026, 10, 31), 2) == QDate(2026, 11, 2));
    // Christmas: from 24 December 2026 (Thursday), the first two working days are 28–29 December.
    CHECK(WorkingDays::firstRunFrom(pl, QDate(2026, 12, 24), 2) == QDate(2026, 12, 28));
    // A working day stays where it is.
    CHECK(WorkingDays::firstRunFrom(pl, QDate(2026, 6, 16), 2) == QDate(2026, 6, 16));
}
