// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/searchtext.h"

#include <catch2/catch.hpp>

TEST_CASE("Searched text ignores case, diacritics and the kind of apostrophe")
{
    using SearchText::folded;
    CHECK(folded(u"Płock") == QStringLiteral("plock"));
    CHECK(folded(u"ŁÓDŹ") == QStringLiteral("lodz"));
    CHECK(folded(u"Zażółć gęślą jaźń") == QStringLiteral("zazolc gesla jazn"));
    CHECK(folded(u"Vsetín, Ostrava-Poruba, Brno–Žabovřesky") ==
          QStringLiteral("vsetin, ostrava-poruba, brno–zabovresky"));
    CHECK(folded(u"Straße Øster Æble") == QStringLiteral("strasse oster aeble"));
    // Apostrophes: the keyboard's, a word processor's, the Ukrainian one.
    CHECK(folded(u"Мар'яна") == folded(u"Марʼяна"));
    CHECK(folded(u"Мар’яна") == folded(u"Марʼяна"));
    CHECK(folded(u"Мар`яна") == folded(u"Марʼяна"));
    CHECK(folded(u"МАРʼЯНА") == QStringLiteral("марʼяна").replace(u'ʼ', u'\''));
    // Cyrillic letters lose their marks as Latin ones do.
    CHECK(folded(u"Київ") == QStringLiteral("киів"));
    CHECK(folded(u"Андрій") == QStringLiteral("андріи")); // і is a letter of its own; й is и with a mark
    // Characters outside the Basic Multilingual Plane are kept whole.
    CHECK(folded(u"Spotkanie 😀") == QStringLiteral("spotkanie 😀"));
    // A combining mark typed on its own goes: "e" + U+0301 is "e".
    CHECK(folded(u"e\u0301") == QStringLiteral("e"));
    CHECK(folded(u"") == QString());
}
