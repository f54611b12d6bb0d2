// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/localenames.h"

#include <catch2/catch.hpp>

TEST_CASE("Countries and languages are named in the reader's language")
{
    CHECK(LocaleNames::country(QStringLiteral("UA"), QStringLiteral("pl")) == QStringLiteral("Ukraina"));
    CHECK(LocaleNames::country(QStringLiteral("ua"), QStringLiteral("uk")) == QStringLiteral("Україна"));
    CHECK(LocaleNames::country(QStringLiteral("CZ"), QStringLiteral("en")) == QStringLiteral("Czechia"));
    CHECK(LocaleNames::language(QStringLiteral("uk"), QStringLiteral("pl")) == QStringLiteral("ukraiński"));
    CHECK(LocaleNames::language(QStringLiteral("pl"), QStringLiteral("uk")) == QStringLiteral("польська"));
    CHECK(LocaleNames::language(QStringLiteral("no"), QStringLiteral("en")) == QStringLiteral("Norwegian"));
    // What is not a code has no name.
    CHECK(LocaleNames::country(QStringLiteral("QQ"), QStringLiteral("pl")).isEmpty());
    CHECK(LocaleNames::country(QStringLiteral("Poland"), QStringLiteral("pl")).isEmpty());
    CHECK(LocaleNames::language(QStringLiteral("xx"), QStringLiteral("pl")).isEmpty());
    CHECK(LocaleNames::countryCodes().contains(QStringLiteral("NO")));
    CHECK(LocaleNames::languageCodes().contains(QStringLiteral("cs")));
    CHECK_FALSE(LocaleNames::languageCodes().contains(QStringLiteral("ukr")));
}
