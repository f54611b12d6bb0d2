// SPDX-License-Identifier: GPL-3.0-or-later
// One term per concept: a message that is a term of translations/glossary.tsv on its own ("Meal",
// "&Kind:") is translated as the glossary says, in every context, so that a reader never wonders
// whether «Харчування» on one screen and «Прийом їжі» on another are two things.
//
// A message is the term on its own when, with its mnemonic '&' and a closing ':' or '…' set aside, its
// source is the term; case is ignored ("Kind" and "kind"). A glossary cell may mark words a longer
// form adds in square brackets: "Program [wizyty]" allows «Program» on a tab and «Program wizyty» as a
// printed document's heading. Terms inside longer sentences are the translator's to keep alike: the
// sheet is there to read, the test only catches the words that stand alone.
#include "tests/support/tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <catch2/catch.hpp>

namespace {

struct Term
{
    QString english;
    QString polish;
    QString ukrainian;
};

QList<Term> readGlossary()
{
    QFile file(QStringLiteral(WIZYTA_SOURCE_DIR "/translations/glossary.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<Term> terms;
    bool heading = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (heading || line.trimmed().isEmpty()) {
            heading = false;
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        INFO("glossary line: " << line.toStdString());
        REQUIRE(cells.size() == 4);
        terms.append({cells.at(0), cells.at(1), cells.at(2)});
    }
    return terms;
}

/// The words a message says, without its mnemonic marker and closing punctuation.
QString bare(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text.trimmed();
}

/// The forms a glossary cell allows: "Program [wizyty]" allows "Program" and "Program wizyty".
QStringList allowed(const QString& cell)
{
    static const QRegularExpression optional(QStringLiteral("\\s*\\[([^\\]]*)\\]"));
    QString shortForm = cell;
    shortForm.remove(optional);
    QString longForm = cell;
    longForm.replace(optional, QStringLiteral(" \\1"));
    return {shortForm.simplified(), longForm.simplified()};
}

void checkLanguage(const QString& language)
{
    const QList<Term> terms = readGlossary();
    REQUIRE(terms.size() > 40);
    QStringList mismatches;
    int governed = 0;
    for (const TsMessage& message : readTs(tsPath(language))) {
        if (message.numerus || message.vanished) {
            continue;
        }
        const QString source = bare(message.source);
        for (const Term& term : terms) {
            if (source.compare(term.english, Qt::CaseInsensitive) != 0) {
                continue;
            }
            ++governed;
            const QString translated = bare(message.translations.value(0));
            QStringList forms = allowed(language == QLatin1String("pl") ? term.polish : term.ukrainian);
            forms.removeDuplicates();
            const bool matches = std::any_of(forms.cbegin(), forms.cend(), [&](const QString& form) {
                return translated.compare(form, Qt::CaseInsensitive) == 0;
            });
            if (!matches) {
                mismatches << QStringLiteral("%1: \"%2\" is «%3», the glossary says «%4»")
                                  .arg(message.context, message.source, message.translations.value(0),
                                       forms.join(QStringLiteral("» or «")));
            }
        }
    }
    INFO(language.toStdString() << ":\n" << mismatches.join(QLatin1Char('\n')).toStdString());
    CHECK(mismatches.isEmpty());
    // The glossary speaks of terms the program uses: dozens of its messages are one of them.
    CHECK(governed > 60);
}

} // namespace

TEST_CASE("A term standing alone is translated into Polish as the glossary says")
{
    checkLanguage(QStringLiteral("pl"));
}

TEST_CASE("A term standing alone is translated into Ukrainian as the glossary says")
{
    checkLanguage(QStringLiteral("uk"));
}

TEST_CASE("The glossary allows a longer form marked in brackets, and nothing else")
{
    CHECK(allowed(QStringLiteral("Program [wizyty]")) ==
          QStringList{QStringLiteral("Program"), QStringLiteral("Program wizyty")});
    CHECK(allowed(QStringLiteral("Posiłek")) ==
          QStringList{QStringLiteral("Posiłek"), QStringLiteral("Posiłek")});
    CHECK(bare(QStringLiteral("&Kind:")) == QStringLiteral("Kind"));
    CHECK(bare(QStringLiteral("Export PDF…")) == QStringLiteral("Export PDF"));
    CHECK(bare(QStringLiteral("Fish && Chips")) == QStringLiteral("Fish & Chips"));
}

TEST_CASE("No message is a piece of a sentence that another one continues")
{
    // A message that starts with ", " or "; " ("; %Ln already in the visit.") is glued to the end of
    // another, and its words cannot agree with what came before in Polish or Ukrainian. Sentences are
    // whole messages with placeholders, or whole sentences put side by side.
    //
    // What this still allows: a name, a file or a count passed into a placeholder, and a translated
    // label put before a colon ("%1: %2"), where nothing has to agree with it. A translated noun passed
    // into a sentence whose verb agrees with it is for the reader of the plural sheets and the
    // translator comments to catch.
    QStringList fragments;
    for (const TsMessage& message : readTs(tsPath(QStringLiteral("pl")))) {
        const QString source = message.source;
        if (source.startsWith(QLatin1String(", ")) || source.startsWith(QLatin1String("; ")) ||
            source.startsWith(QLatin1String(". "))) {
            fragments << message.context + QStringLiteral(": ") + source;
        }
    }
    INFO(fragments.join(QLatin1Char('\n')).toStdString());
    CHECK(fragments.isEmpty());
}
