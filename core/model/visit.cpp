// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/visit.h"

#include "core/languages/dayrange.h"
#include "core/model/codes.h"
#include "core/model/textlimits.h"

#include <QLocale>
#include <QTimeZone>

FieldErrors VisitValidator::validate(const Visit& visit)
{
    FieldErrors errors;
    if (visit.title.text.trimmed().isEmpty()) {
        errors.append({QStringLiteral("visit.title"), tr("Title: a visit needs a title.")});
    }
    TextLimits::check(errors, QStringLiteral("visit.title"), tr("Title"), visit.title,
                      TextLimits::visitTitle);
    if (!visit.firstDay.isValid()) {
        errors.append({QStringLiteral("visit.firstDay"), tr("First day: enter the day the visit starts.")});
    }
    if (!visit.lastDay.isValid()) {
        errors.append({QStringLiteral("visit.lastDay"), tr("Last day: enter the day the visit ends.")});
    }
    if (visit.firstDay.isValid() && visit.lastDay.isValid() && visit.lastDay < visit.firstDay) {
        //: %1 and %2 are dates
        errors.append(
            {QStringLiteral("visit.lastDay"), tr("Last day: %1 is before the first day, %2.")
                                                  .arg(formatDay(visit.lastDay), formatDay(visit.firstDay))});
    }
    if (!QTimeZone(visit.timeZone.toLatin1()).isValid()) {
        //: %1 is a time zone name such as Europe/Warsaw
        errors.append({QStringLiteral("visit.timeZone"),
                       tr("Time zone: \"%1\" is not a known time zone (for example Europe/Warsaw).")
                           .arg(visit.timeZone)});
    }
    if (!visit.sendingCountry.isEmpty() && !Codes::isCountryCode(visit.sendingCountry)) {
        errors.append({QStringLiteral("visit.sendingCountry"),
                       tr("Country: use the two-letter country code, for example UA or CZ.")});
    }
    return errors;
}
