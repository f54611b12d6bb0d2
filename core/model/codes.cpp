// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/codes.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace Codes {

bool isCountryCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2}$"));
    return pattern.match(code).hasMatch();
}

bool isLanguageCode(const QString& code)
{
    // Qt 6.4's locale data lacks three ISO 639-1 codes; "no" is the one a Norwegian delegation uses.
    static const QStringList missingFromQt = {QStringLiteral("no"), QStringLiteral("tl"),
                                              QStringLiteral("tw")};
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}$"));
    return pattern.match(code).hasMatch() &&
           (missingFromQt.contains(code) ||
            QLocale::codeToLanguage(code, QLocale::ISO639Part1) != QLocale::AnyLanguage);
}

bool isCurrencyCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

bool looksLikeEmailAddress(const QString& address)
{
    // Anything stricter refuses real addresses (internationalised domains, plus signs), and the
    // coordinator knows the address.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(address).hasMatch();
}

} // namespace Codes
