// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

/// Someone who takes part in visits: a delegate, a host, a presenter, an interpreter, a coordinator.
struct Person
{
    Id id = 0;
    QString givenName;
    QString familyName;
    QString latinGivenName;  ///< the name in Latin script when the native one is not (badges, bookings)
    QString latinFamilyName; ///< as above
    Id institutionId = 0;
    QString position;
    QString country;       ///< ISO 3166-1 alpha-2, stored in upper case, e.g. "UA"
    QStringList languages; ///< ISO 639-1 codes, e.g. "uk", "pl"
    QString email;
    QString phone;
    DietCategory diet = DietCategory::None;
    QString dietNote;
    QString accessibilityNeeds;
    QDate consentDate; ///< when the person agreed to their data being kept; invalid when not recorded
    QString notes;

    /// "Given Family", as the person writes it.
    QString displayName() const;
    /// "Given Family", either left out when empty: how a person is named in lists.
    static QString joinName(const QString& given, const QString& family);
    /// The name in Latin script when one is set, else displayName().
    QString latinDisplayName() const;

    friend bool operator==(const Person&, const Person&) = default;
};

/// What the people list shows of a person, read in one query.
struct PersonSummary
{
    Id id = 0;
    QString displayName;
    QString latinName;       ///< empty when no Latin form is set
    QString institutionName; ///< the short name when the institution has one
    QString position;
    QString country;
    QString email;
    int visitCount = 0;
};

class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)

public:
    static FieldErrors validate(const Person& person);
};
