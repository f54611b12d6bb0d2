// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/visitparticipant.h"

#include "core/languages/dayrange.h"

#include <QLocale>

FieldErrors VisitParticipantValidator::validate(const VisitParticipant& participant)
{
    FieldErrors errors;
    if (participant.visitId <= 0) {
        errors.append({QStringLiteral("participant.visitId"), tr("Visit: choose the visit.")});
    }
    if (participant.personId <= 0) {
        errors.append({QStringLiteral("participant.personId"), tr("Person: choose a person.")});
    }
    if (participant.arrival.isValid() && participant.departure.isValid() &&
        participant.departure < participant.arrival) {
        const QLocale locale;
        //: %1 and %2 are a date with a time of day
        errors.append({QStringLiteral("participant.departure"),
                       tr("Departure: %1 is before the arrival, %2.")
                           .arg(formatShortDateTime(participant.departure, locale),
                                formatShortDateTime(participant.arrival, locale))});
    }
    return errors;
}
