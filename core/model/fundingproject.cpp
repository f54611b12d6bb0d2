// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fundingproject.h"

#include "core/languages/dayrange.h"
#include "core/model/codes.h"
#include "core/model/textlimits.h"

#include <QLocale>

FieldErrors FundingProjectValidator::validate(const FundingProject& project)
{
    FieldErrors errors;
    if (project.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("project.name"), tr("Name: a funding project needs a name.")});
    }
    TextLimits::check(errors, QStringLiteral("project.name"), tr("Name"), project.name, TextLimits::name);
    if (project.firstDay.isValid() && project.lastDay.isValid() && project.lastDay < project.firstDay) {
        //: %1 and %2 are dates
        errors.append({QStringLiteral("project.lastDay"),
                       tr("Last day: %1 is before the first day, %2.")
                           .arg(formatDay(project.lastDay), formatDay(project.firstDay))});
    }
    // Lower case is accepted and stored in upper case; anything else is not a currency code.
    if (!Codes::isCurrencyCode(project.currency.trimmed().toUpper())) {
        //: %1 is what was entered as the currency
        errors.append({QStringLiteral("project.currency"),
                       tr("Currency: \"%1\" is not a three-letter currency code (for example PLN or EUR).")
                           .arg(project.currency)});
    }
    if (project.totalValue < 0) {
        errors.append(
            {QStringLiteral("project.totalValue"), tr("Total value: enter an amount of zero or more.")});
    }
    if (project.coFinancing < 0) {
        errors.append(
            {QStringLiteral("project.coFinancing"), tr("Co-financing: enter an amount of zero or more.")});
    } else if (project.totalValue >= 0 && project.coFinancing > project.totalValue) {
        errors.append({QStringLiteral("project.coFinancing"),
                       tr("Co-financing: it cannot be more than the project's total value.")});
    }
    return errors;
}
