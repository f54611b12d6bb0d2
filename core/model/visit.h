// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/localizedtext.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

/// A study visit, exchange-group meeting, conference or working meeting, in or out.
struct Visit
{
    Id id = 0;
    LocalizedText title;
    VisitKind kind = VisitKind::IncomingStudyVisit;
    VisitStatus status = VisitStatus::Draft;
    QDate firstDay;
    QDate lastDay;
    QString timeZone = QStringLiteral("Europe/Warsaw"); ///< IANA name
    Id hostInstitutionId = 0;
    Id sendingInstitutionId = 0;
    QString sendingCountry; ///< ISO 3166-1 alpha-2, e.g. "UA"
    QString sendingRegion;
    Id fundingProjectId = 0;
    Id exchangeGroupId = 0;
    /// Institutions taking part besides the host and the sender (an exchange group's members invited
    /// to its meeting), in id order.
    QList<Id> invitedInstitutionIds;
    QStringList workingLanguages; ///< ISO 639-1 codes
    QStringList printLanguages;   ///< ISO 639-1 codes
    Id coordinatorId = 0;
    QString notes;

    friend bool operator==(const Visit&, const Visit&) = default;
};

/// What the visits list shows of a visit, read in one query.
struct VisitSummary
{
    Id id = 0;
    QString title;
    VisitKind kind = VisitKind::IncomingStudyVisit;
    VisitStatus status = VisitStatus::Draft;
    QDate firstDay;
    QDate lastDay;
    QString hostName;
    QString sendingCountry;
    int participantCount = 0;
};

class VisitValidator
{
    Q_DECLARE_TR_FUNCTIONS(VisitValidator)

public:
    static FieldErrors validate(const Visit& visit);
};
