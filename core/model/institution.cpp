// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/institution.h"

#include "core/model/codes.h"
#include "core/model/textlimits.h"

#include <QRegularExpression>

QString Institution::postalLine(const QString& countryName) const
{
    QStringList parts;
    const QString street = address.simplified();
    const QString town = city.simplified();
    if (!street.isEmpty()) {
        parts << street;
    }
    // "09-400 Płock" or "Płock" in the address already says the city; "Płocka 5" does not.
    const QRegularExpression named(
        QStringLiteral("(^|[\\s,])%1($|[\\s,])").arg(QRegularExpression::escape(town)),
        QRegularExpression::CaseInsensitiveOption);
    if (!town.isEmpty() && !street.contains(named)) {
        parts << town;
    }
    if (!countryName.trimmed().isEmpty()) {
        parts << countryName.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

FieldErrors InstitutionValidator::validate(const Institution& institution)
{
    FieldErrors errors;
    if (institution.name.text.trimmed().isEmpty()) {
        errors.append({QStringLiteral("institution.name"), tr("Name: an institution needs a name.")});
    }
    TextLimits::check(errors, QStringLiteral("institution.name"), tr("Name"), institution.name,
                      TextLimits::name);
    const QString country = institution.country.trimmed();
    if (!country.isEmpty() && !Codes::isCountryCode(country)) {
        errors.append({QStringLiteral("institution.country"),
                       tr("Country: use the two-letter country code, for example PL or UA.")});
    }
    const QString email = institution.email.trimmed();
    if (!email.isEmpty() && !Codes::looksLikeEmailAddress(email)) {
        //: %1 is what was entered as an e-mail address
        errors.append({QStringLiteral("institution.email"),
                       tr("E-mail: \"%1\" does not look like an e-mail address (for example "
                          "sekretariat@mops.example.pl).")
                           .arg(email)});
    }
    return errors;
}
