// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// A person taking part in a visit, in one role, with their travel and stay.
struct VisitParticipant
{
    Id id = 0;
    Id visitId = 0;
    Id personId = 0;
    ParticipantRole role = ParticipantRole::DelegationMember;
    /// Wall-clock times in the visit's time zone, to the minute, UTC spec as "no zone" (see
    /// SqlValue::toLocalTime); invalid when not known.
    QDateTime arrival;
    QDateTime departure;
    QString accommodation;
    QString notes;

    friend bool operator==(const VisitParticipant&, const VisitParticipant&) = default;
};

/// A participant as the participant list shows them: the participation and what the list needs
/// of the person, read in one query.
struct ParticipantRow
{
    VisitParticipant participant;
    QString displayName; ///< "Given Family"
    QString familyName;  ///< for sorting by surname with QCollator
    QString latinName;   ///< "Given Family" in Latin script; empty when not entered
    QString position;
    QString institutionName;
    QString country; ///< ISO 3166-1 alpha-2
    DietCategory diet = DietCategory::None;
    QString dietNote;
    QString accessibilityNeeds;
};

class VisitParticipantValidator
{
    Q_DECLARE_TR_FUNCTIONS(VisitParticipantValidator)

public:
    /// What can be checked without the database: visit and person chosen, departure not before arrival.
    static FieldErrors validate(const VisitParticipant& participant);
};
