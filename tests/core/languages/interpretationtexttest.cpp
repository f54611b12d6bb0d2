// SPDX-License-Identifier: GPL-3.0-or-later
// A session's interpretation worded in each document's language from its languages and mode.
#include "core/languages/interpretationtext.h"

#include "core/languages/documentlanguage.h"
#include "core/model/session.h"

#include <catch2/catch.hpp>

namespace {

Session interpreted(InterpretationMode mode, const QStringList& into)
{
    Session session;
    session.language = QStringLiteral("pl");
    session.interpretation = mode;
    session.interpretedInto = into;
    return session;
}

} // namespace

TEST_CASE("An interpretation is worded in the document's language with the interpreters' names")
{
    const Session consecutive = interpreted(InterpretationMode::Consecutive, {QStringLiteral("uk")});
    const QStringList olena = {QStringLiteral("Olena Kravets")};
    CHECK(InterpretationText::describe(consecutive, olena, DocumentLanguage(QStringLiteral("pl"))) ==
          QStringLiteral("polski → ukraiński, konsekutywne (Olena Kravets)"));
    CHECK(InterpretationText::describe(consecutive, olena, DocumentLanguage(QStringLiteral("uk"))) ==
          QStringLiteral("польська → українська, послідовний (Olena Kravets)"));
    CHECK(InterpretationText::describe(consecutive, {}, DocumentLanguage(QStringLiteral("en"))) ==
          QStringLiteral("Polish → Ukrainian, consecutive"));

    const Session booth =
        interpreted(InterpretationMode::Simultaneous, {QStringLiteral("uk"), QStringLiteral("en")});
    CHECK(InterpretationText::describe(booth, {}, DocumentLanguage(QStringLiteral("pl"))) ==
          QStringLiteral("polski → ukraiński / angielski, symultaniczne"));
}

TEST_CASE("Without interpretation only the interpreters are named and with no language the kind alone")
{
    const Session none = interpreted(InterpretationMode::None, {QStringLiteral("uk")});
    CHECK(InterpretationText::describe(none, {}, DocumentLanguage(QStringLiteral("pl"))).isEmpty());
    CHECK(InterpretationText::describe(none, {QStringLiteral("Anna Nowak")},
                                       DocumentLanguage(QStringLiteral("pl"))) ==
          QStringLiteral("Anna Nowak"));
    const Session unknownLanguages = interpreted(InterpretationMode::Whispered, {});
    CHECK(InterpretationText::describe(unknownLanguages, {}, DocumentLanguage(QStringLiteral("uk"))) ==
          QStringLiteral("пошепки"));
}
