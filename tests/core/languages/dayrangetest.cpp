// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/dayrange.h"

#include <catch2/catch.hpp>

TEST_CASE("Dates in tables and inputs have four-digit years in every interface language")
{
    const QDate day(2027, 3, 15);
    // Ukrainian's short format writes 15.03.27; Polish already writes the year whole.
    CHECK(formatShortDate(day, QLocale(QStringLiteral("uk_UA"))) == QStringLiteral("15.03.2027"));
    CHECK(formatShortDate(day, QLocale(QStringLiteral("pl_PL"))) == QStringLiteral("15.03.2027"));
    CHECK(formatShortDate(day, QLocale(QStringLiteral("en_US"))) == QStringLiteral("3/15/2027"));
    CHECK(shortDateFormat(QLocale(QStringLiteral("uk_UA"))).contains(QLatin1String("yyyy")));
    CHECK(formatShortDateTime(QDateTime(day, QTime(9, 30)), QLocale(QStringLiteral("uk_UA"))) ==
          QStringLiteral("15.03.2027 09:30"));
    CHECK(formatShortDate(QDate(), QLocale(QStringLiteral("uk_UA"))).isEmpty());
}
