// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/institution.h"

#include <catch2/catch.hpp>

namespace {

Institution at(const QString& address, const QString& city)
{
    Institution institution;
    institution.address = address;
    institution.city = city;
    return institution;
}

} // namespace

TEST_CASE("An institution's address names its city once")
{
    const QString poland = QStringLiteral("Polska");
    // A Polish address ends with the postcode and the city: the city is not repeated.
    CHECK(at(QStringLiteral("ul. Zielona 8, 09-400 Płock"), QStringLiteral("Płock")).postalLine(poland) ==
          QStringLiteral("ul. Zielona 8, 09-400 Płock, Polska"));
    CHECK(at(QStringLiteral("ul. Zielona 8, 09-400 PŁOCK"), QStringLiteral("Płock")).postalLine(poland) ==
          QStringLiteral("ul. Zielona 8, 09-400 PŁOCK, Polska"));
    // A street named after the city is not the city.
    CHECK(at(QStringLiteral("ul. Płocka 5"), QStringLiteral("Płock")).postalLine(poland) ==
          QStringLiteral("ul. Płocka 5, Płock, Polska"));
    CHECK(at(QStringLiteral("вул. Київська 12"), QStringLiteral("Житомир")).postalLine({}) ==
          QStringLiteral("вул. Київська 12, Житомир"));
    // Whatever is missing is left out, with no stray commas.
    CHECK(at({}, QStringLiteral("Płock")).postalLine(poland) == QStringLiteral("Płock, Polska"));
    CHECK(at(QStringLiteral("  "), {}).postalLine({}).isEmpty());
}
