// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/localizedtext.h"
#include "core/model/validation.h"

#include <QCoreApplication>

/// A body that hosts, sends or takes part in visits: a welfare centre, a city hall, an NGO...
struct Institution
{
    Id id = 0;
    LocalizedText name;
    QString shortName; ///< e.g. "MOPR Kraków", used where space is short
    InstitutionKind kind = InstitutionKind::Other;
    QString country; ///< ISO 3166-1 alpha-2, stored in upper case, e.g. "PL"
    QString city;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString notes;

    /// The address on one line, "ul. Zielona 8, 09-400 Płock, Polska": the city written once even
    /// when the address already ends with it, as Polish addresses do, then `countryName`.
    QString postalLine(const QString& countryName) const;

    friend bool operator==(const Institution&, const Institution&) = default;
};

/// What the institutions list shows of an institution, read in one query.
struct InstitutionSummary
{
    Id id = 0;
    QString name;
    QString shortName;
    InstitutionKind kind = InstitutionKind::Other;
    QString city;
    QString country;
    int peopleCount = 0;
};

class InstitutionValidator
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionValidator)

public:
    static FieldErrors validate(const Institution& institution);
};
