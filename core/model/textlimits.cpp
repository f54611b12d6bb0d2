// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/textlimits.h"

namespace {

/// The beginning of a text too long, to name the record in a message: some forty characters, cut
/// after a word.
QString opening(const QString& text)
{
    constexpr int shown = 40;
    const QList<uint> characters = text.trimmed().toUcs4();
    if (characters.size() <= shown) {
        return text.trimmed();
    }
    QString beginning = QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData()), shown);
    if (const qsizetype space = beginning.lastIndexOf(QLatin1Char(' ')); space > shown / 2) {
        beginning.truncate(space);
    }
    return beginning.trimmed() + QStringLiteral("…");
}

} // namespace

int TextLimits::length(const QString& text)
{
    return int(text.trimmed().toUcs4().size());
}

void TextLimits::check(FieldErrors& errors, const QString& field, const QString& fieldName,
                       const LocalizedText& text, int limit)
{
    check(errors, field, fieldName, text.text, limit);
    for (auto it = text.translations.cbegin(); it != text.translations.cend(); ++it) {
        //: a field and the language of one of its translations, e.g. "Title (uk)"
        check(errors, field, tr("%1 (%2)").arg(fieldName, it.key()), it.value(), limit);
    }
}

void TextLimits::check(FieldErrors& errors, const QString& field, const QString& fieldName,
                       const QString& text, int limit)
{
    const int count = length(text);
    if (count <= limit) {
        return;
    }
    //: %1 is the field ("Title"), %2 the beginning of the text, %3 the most characters allowed; %n how
    //: many it has
    errors.append(
        {field, tr("%1: “%2” has %n character(s); at most %3 print on two lines. Shorten it.", nullptr, count)
                    .arg(fieldName, opening(text))
                    .arg(limit)});
}
