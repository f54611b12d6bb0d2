// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/text.h"

#include "tests/bench/generator/random.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

QString fill(QStringView pattern, std::initializer_list<std::pair<QStringView, QString>> values)
{
    QString text = pattern.toString();
    for (const auto& [token, value] : values) {
        text.replace(token.toString(), value);
    }
    return text;
}

QString capitalized(QStringView text)
{
    if (text.isEmpty()) {
        return {};
    }
    return text.first(1).toString().toUpper() + text.sliced(1).toString();
}

QString withoutPreposition(QStringView phrase)
{
    const qsizetype space = phrase.indexOf(u' ');
    return space < 0 ? phrase.toString() : phrase.sliced(space + 1).toString();
}

QString fromPolishCity(QStringView genitive)
{
    static const QString sibilants = u"sSzZśŚźŹżŻ"_s;
    static const QString vowels = u"aąeęioóuyAĄEĘIOÓUY"_s;
    const bool ze =
        genitive.size() > 1 && sibilants.contains(genitive.at(0)) && !vowels.contains(genitive.at(1));
    return (ze ? u"ze "_s : u"z "_s) + genitive.toString();
}

QString feminineFamilyName(QStringView man, bool ukrainian)
{
    if (ukrainian) {
        return man.endsWith(u"ий") ? man.chopped(2).toString() + u'а' : man.toString();
    }
    return man.endsWith(u"ki") ? man.chopped(1).toString() + u'a' : man.toString();
}

namespace {

/// A Ukrainian letter in Latin letters by the official table of 2010 (KMU, what a passport shows),
/// and at the start of a word where that differs.
struct Transliteration
{
    char16_t cyrillic;
    QStringView latin;
    QStringView initial;
};

const Transliteration kmu2010[] = {
    {u'а', u"a", u"a"},   {u'б', u"b", u"b"},       {u'в', u"v", u"v"},   {u'г', u"h", u"h"},
    {u'ґ', u"g", u"g"},   {u'д', u"d", u"d"},       {u'е', u"e", u"e"},   {u'є', u"ie", u"ye"},
    {u'ж', u"zh", u"zh"}, {u'з', u"z", u"z"},       {u'и', u"y", u"y"},   {u'і', u"i", u"i"},
    {u'ї', u"i", u"yi"},  {u'й', u"i", u"y"},       {u'к', u"k", u"k"},   {u'л', u"l", u"l"},
    {u'м', u"m", u"m"},   {u'н', u"n", u"n"},       {u'о', u"o", u"o"},   {u'п', u"p", u"p"},
    {u'р', u"r", u"r"},   {u'с', u"s", u"s"},       {u'т', u"t", u"t"},   {u'у', u"u", u"u"},
    {u'ф', u"f", u"f"},   {u'х', u"kh", u"kh"},     {u'ц', u"ts", u"ts"}, {u'ч', u"ch", u"ch"},
    {u'ш', u"sh", u"sh"}, {u'щ', u"shch", u"shch"}, {u'ь', u"", u""},     {u'ю', u"iu", u"yu"},
    {u'я', u"ia", u"ya"}, {u'’', u"", u""},         {u'\'', u"", u""},    {u'ʼ', u"", u""},
};

} // namespace

QString transliterated(QStringView text)
{
    QString latin;
    latin.reserve(text.size() * 2);
    bool wordStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t lower = c.toLower().unicode();
        const auto found = std::find_if(std::begin(kmu2010), std::end(kmu2010),
                                        [lower](const Transliteration& t) { return t.cyrillic == lower; });
        QStringView part = text.sliced(i, 1);
        if (found != std::end(kmu2010)) {
            part = wordStart ? found->initial : found->latin;
            if (lower == u'г' && i > 0 && text.at(i - 1).toLower() == u'з') {
                part = u"gh"; // "зг" is "zgh", so that it is not read as "ж"
            }
        }
        if (c.isUpper() && !part.isEmpty()) {
            latin += part.first(1).toString().toUpper();
            latin += part.sliced(1);
        } else {
            latin += part;
        }
        // An apostrophe inside a word does not start a new one: "Кам’янець" is "Kamianets".
        wordStart = !c.isLetter() && (found == std::end(kmu2010) || !found->latin.isEmpty() || lower == u'ь');
    }
    return latin;
}

namespace {

/// Latin letters that Unicode does not decompose into a base letter and a mark.
const std::pair<char16_t, QStringView> undecomposed[] = {
    {u'ł', u"l"}, {u'ø', u"o"}, {u'æ', u"ae"}, {u'ß', u"ss"}, {u'đ', u"d"},
};

} // namespace

QString asciiSlug(QStringView text)
{
    const QString decomposed = transliterated(text).normalized(QString::NormalizationForm_D);
    QString slug;
    bool gap = false;
    for (const QChar c : decomposed) {
        const char16_t lower = c.toLower().unicode();
        QString letters;
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            letters = QChar(lower);
        }
        for (const auto& [letter, ascii] : undecomposed) {
            if (letter == lower) {
                letters = ascii.toString();
            }
        }
        if (!letters.isEmpty()) {
            if (gap && !slug.isEmpty()) {
                slug += u'-';
            }
            slug += letters;
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    return slug;
}

QString digits(Random& random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i) {
        text += QChar(u'0' + random.below(10));
    }
    return text;
}

QString twoDigits(int value)
{
    return QString(QChar(u'0' + value / 10)) + QChar(u'0' + value % 10);
}

} // namespace BenchmarkData
