// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/// Institutions of several cities that meet in turn, the host rotating; its meetings are visits.
struct ExchangeGroup
{
    Id id = 0;
    QString name;
    std::optional<int> meetingIntervalDays; ///< the usual time between meetings, when there is one
    QString notes;
    QList<Id> memberInstitutionIds; ///< in id order

    friend bool operator==(const ExchangeGroup&, const ExchangeGroup&) = default;
};

/// What the groups list shows of a group, read in one query.
struct ExchangeGroupSummary
{
    Id id = 0;
    QString name;
    std::optional<int> meetingIntervalDays;
    int memberCount = 0;
    int meetingCount = 0; ///< every meeting, cancelled ones included
    QDate lastMeeting;    ///< first day of the latest meeting not cancelled; invalid when none
    QDate nextMeetingDue; ///< lastMeeting + interval; invalid unless both are known
};

class ExchangeGroupValidator
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeGroupValidator)

public:
    static FieldErrors validate(const ExchangeGroup& group);
};
