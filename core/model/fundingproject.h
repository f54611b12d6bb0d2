// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/validation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

/// An amount of money in integer minor units (grosze, cents) of an ISO 4217 currency, so that
/// reported figures add up to the grosz.
struct Money
{
    qint64 minorUnits = 0;
    QString currency = QStringLiteral("PLN");

    friend bool operator==(const Money&, const Money&) = default;
};

/// A project that pays for visits: an EU social fund call, Norway grants, a ministry or an embassy.
struct FundingProject
{
    Id id = 0;
    QString name;
    QString acronym;
    QString funder;
    QString agreementNumber;
    QDate firstDay;                           ///< invalid when not known
    QDate lastDay;                            ///< invalid when not known
    qint64 totalValue = 0;                    ///< in minor units of `currency`
    qint64 coFinancing = 0;                   ///< in minor units of `currency`
    QString currency = QStringLiteral("PLN"); ///< ISO 4217, e.g. "PLN", "EUR"
    QByteArray logo;                          ///< image file bytes for printed material; empty for none
    QString notes;
    QList<Id> partnerInstitutionIds; ///< in id order

    Money total() const { return {totalValue, currency}; }
    Money coFinancingMoney() const { return {coFinancing, currency}; }

    friend bool operator==(const FundingProject&, const FundingProject&) = default;
};

/// What the projects list shows of a project, read in one query.
struct FundingProjectSummary
{
    Id id = 0;
    QString name;
    QString acronym;
    QString funder;
    QDate firstDay;
    QDate lastDay;
    qint64 totalValue = 0;
    QString currency;
    int visitCount = 0;
};

class FundingProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(FundingProjectValidator)

public:
    static FieldErrors validate(const FundingProject& project);
};
