// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/exchangegroup.h"

FieldErrors ExchangeGroupValidator::validate(const ExchangeGroup& group)
{
    FieldErrors errors;
    if (group.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("exchangeGroup.name"), tr("Name: an exchange group needs a name.")});
    }
    if (group.meetingIntervalDays && *group.meetingIntervalDays <= 0) {
        errors.append({QStringLiteral("exchangeGroup.meetingIntervalDays"),
                       tr("Meets every: enter a number of days greater than zero, or leave it empty.")});
    }
    return errors;
}
