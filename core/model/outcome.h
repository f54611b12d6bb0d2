// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Something that came of a visit: an agreement or letter of intent with a partner, recommendations
/// or a standard adopted.
struct Outcome
{
    Id id = 0;
    Id visitId = 0;
    OutcomeKind kind = OutcomeKind::Agreement;
    QString title;               ///< e.g. "Umowa o współpracy między MCPS a Lwowską Radą Miejską"
    Id partnerInstitutionId = 0; ///< the institution it was made with; 0 for none
    QDate date;                  ///< signed or adopted on; invalid when not known
    QString notes;

    friend bool operator==(const Outcome&, const Outcome&) = default;
};

/// A task a visit left: who does it and by when.
struct FollowUp
{
    Id id = 0;
    Id visitId = 0;
    QString task;
    Id ownerPersonId = 0; ///< who does it; 0 when nobody is named
    QDate due;            ///< invalid when there is no date
    FollowUpStatus status = FollowUpStatus::Open;

    /// Still open after its due day.
    bool isOverdue(const QDate& today) const
    {
        return status == FollowUpStatus::Open && due.isValid() && due < today;
    }

    friend bool operator==(const FollowUp&, const FollowUp&) = default;
};

class OutcomeValidator
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeValidator)

public:
    static FieldErrors validate(const Outcome& outcome);
    static FieldErrors validate(const FollowUp& followUp);
};
