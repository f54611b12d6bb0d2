// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/searchtext.h"

namespace {

/// Letters with a stroke or a ligature have no decomposition: their plain letters, case folded.
const char* plainLetters(char16_t c)
{
    switch (c) {
    case u'Ł':
    case u'ł':
        return "l";
    case u'Đ':
    case u'đ':
        return "d";
    case u'Ø':
    case u'ø':
        return "o";
    case u'Ħ':
    case u'ħ':
        return "h";
    case u'ß':
        return "ss";
    case u'Æ':
    case u'æ':
        return "ae";
    case u'Œ':
    case u'œ':
        return "oe";
    default:
        return nullptr;
    }
}

bool isApostrophe(char16_t c)
{
    // ' typed on any keyboard, ’ from word processors, ʼ the Ukrainian apostrophe, ` and ′ by mistake
    return c == u'\'' || c == u'’' || c == u'ʼ' || c == u'‘' || c == u'`' || c == u'′' || c == u'ʹ';
}

} // namespace

QString SearchText::folded(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80 && c != u'`' && c != u'\'') {
            result.append(QChar(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c));
            continue;
        }
        if (isApostrophe(c)) {
            result.append(QLatin1Char('\''));
            continue;
        }
        if (const char* plain = plainLetters(c)) {
            result.append(QLatin1String(plain));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()) {
            // Outside the Basic Multilingual Plane (emoji, rare scripts): kept as they are.
            result.append(text.at(i));
            result.append(text.at(++i));
            continue;
        }
        QChar letter = QChar(c).toCaseFolded();
        if (letter.category() == QChar::Mark_NonSpacing) {
            continue; // a combining mark typed on its own
        }
        // A letter with marks is its base letter: ą → a, ó → o, č → c, й → и.
        while (letter.decompositionTag() == QChar::Canonical) {
            letter = letter.decomposition().at(0);
        }
        result.append(letter);
    }
    return result;
}
