// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// One cost of a visit: what it pays for, how much was planned and spent, and who pays it.
struct CostLine
{
    Id id = 0;
    Id visitId = 0;
    CostCategory category = CostCategory::Other;
    QString description;
    qint64 planned = 0;                       ///< in minor units (grosze, cents) of `currency`
    std::optional<qint64> actual;             ///< in minor units; none until the invoice is in
    QString currency = QStringLiteral("PLN"); ///< ISO 4217
    Id fundingProjectId = 0;                  ///< the project paying it; 0 for the institution's own funds
    bool paid = false;
    QString invoiceReference;

    /// What it costs as far as is known: the actual amount, else the planned one.
    qint64 expected() const { return actual.value_or(planned); }

    friend bool operator==(const CostLine&, const CostLine&) = default;
};

class CostLineValidator
{
    Q_DECLARE_TR_FUNCTIONS(CostLineValidator)

public:
    /// Amounts not negative, a currency code, a description of a sensible length.
    static FieldErrors validate(const CostLine& line);
};
