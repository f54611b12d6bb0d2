// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/costline.h"

#include "core/model/codes.h"

FieldErrors CostLineValidator::validate(const CostLine& line)
{
    FieldErrors errors;
    if (line.planned < 0) {
        errors.append({QStringLiteral("cost.planned"), tr("Planned: an amount cannot be negative.")});
    }
    if (line.actual && *line.actual < 0) {
        errors.append({QStringLiteral("cost.actual"), tr("Actual: an amount cannot be negative.")});
    }
    if (!Codes::isCurrencyCode(line.currency.trimmed().toUpper())) {
        //: %1 is what was entered as the currency
        errors.append({QStringLiteral("cost.currency"),
                       tr("Currency: \"%1\" is not a three-letter currency code (for example PLN or EUR).")
                           .arg(line.currency)});
    }
    if (line.description.trimmed().size() > 500) {
        errors.append({QStringLiteral("cost.description"),
                       tr("Description: at most 500 characters; put the rest in the invoice's notes.")});
    }
    return errors;
}
