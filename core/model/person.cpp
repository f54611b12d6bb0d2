// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/person.h"

#include "core/model/codes.h"

QString Person::joinName(const QString& given, const QString& family)
{
    const QStringView first = QStringView(given).trimmed();
    const QStringView second = QStringView(family).trimmed();
    if (first.isEmpty() || second.isEmpty()) {
        return (first.isEmpty() ? second : first).toString();
    }
    QString name;
    name.reserve(first.size() + 1 + second.size());
    name.append(first).append(QLatin1Char(' ')).append(second);
    return name;
}

QString Person::displayName() const
{
    return joinName(givenName, familyName);
}

QString Person::latinDisplayName() const
{
    const QString latin = joinName(latinGivenName, latinFamilyName);
    return latin.isEmpty() ? displayName() : latin;
}

FieldErrors PersonValidator::validate(const Person& person)
{
    FieldErrors errors;
    if (person.familyName.trimmed().isEmpty()) {
        errors.append(
            {QStringLiteral("person.familyName"), tr("Family name: a person needs a family name.")});
    }
    const QString country = person.country.trimmed();
    if (!country.isEmpty() && !Codes::isCountryCode(country)) {
        errors.append({QStringLiteral("person.country"),
                       tr("Country: use the two-letter country code, for example PL or UA.")});
    }
    const QString email = person.email.trimmed();
    if (!email.isEmpty() && !Codes::looksLikeEmailAddress(email)) {
        //: %1 is what was entered as an e-mail address
        errors.append({QStringLiteral("person.email"),
                       tr("E-mail: \"%1\" does not look like an e-mail address (for example "
                          "olena.kovalenko@example.org).")
                           .arg(email)});
    }
    for (const QString& language : person.languages) {
        if (!Codes::isLanguageCode(language.trimmed())) {
            //: %1 is what was entered as a language code
            errors.append({QStringLiteral("person.languages"),
                           tr("Languages: \"%1\" is not a two-letter language code in lower case "
                              "(for example pl, uk, en).")
                               .arg(language)});
            break;
        }
    }
    return errors;
}
