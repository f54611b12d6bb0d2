// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/localenames.h"

#include <QLocale>

#include <unicode/uloc.h>

namespace {

using DisplayName = int32_t (*)(const char*, const char*, UChar*, int32_t, UErrorCode*);

QString displayName(DisplayName function, const QByteArray& locale, const QString& reader)
{
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = function(locale.constData(), reader.toLatin1().constData(), buffer,
                                    int32_t(std::size(buffer)), &status);
    if (U_FAILURE(status) || length <= 0) {
        return {};
    }
    return QString(reinterpret_cast<const QChar*>(buffer), std::min<int32_t>(length, std::size(buffer)));
}

bool isCode(const QString& code, int length)
{
    if (code.size() != length) {
        return false;
    }
    return std::all_of(code.cbegin(), code.cend(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); });
}

} // namespace

QString LocaleNames::country(const QString& code, const QString& reader)
{
    if (!isCode(code, 2)) {
        return {};
    }
    // ICU answers a code it does not know with the code itself.
    const QString name = displayName(uloc_getDisplayCountry, "und_" + code.toUpper().toLatin1(), reader);
    return name.compare(code, Qt::CaseInsensitive) == 0 ? QString() : name;
}

QString LocaleNames::language(const QString& code, const QString& reader)
{
    if (!isCode(code, 2)) {
        return {};
    }
    const QString name = displayName(uloc_getDisplayLanguage, code.toLower().toLatin1(), reader);
    return name.compare(code, Qt::CaseInsensitive) == 0 ? QString() : name;
}

QString LocaleNames::nativeLanguage(const QString& code)
{
    return language(code, code.toLower());
}

QStringList LocaleNames::countryCodes()
{
    QStringList codes;
    for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
        codes << QString::fromLatin1(*code);
    }
    return codes;
}

QStringList LocaleNames::languageCodes()
{
    QStringList codes;
    for (const char* const* code = uloc_getISOLanguages(); *code; ++code) {
        const QString text = QString::fromLatin1(*code);
        if (text.size() == 2) {
            codes << text;
        }
    }
    return codes;
}

QString LocaleNames::reader()
{
    const QLocale locale;
    // The "C" locale of a program that set none reads English.
    return locale.language() == QLocale::C ? QStringLiteral("en") : locale.name().left(2);
}
