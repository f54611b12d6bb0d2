// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/costline.h"
#include "core/model/fundingproject.h"

#include <QList>
#include <QMap>

/// Sums of cost lines in one currency; amounts in different currencies are never added together
/// and never converted.
struct CurrencyTotals
{
    QString currency;
    qint64 planned = 0;  ///< every line's planned amount
    qint64 actual = 0;   ///< the actual amounts of the lines that have one
    qint64 expected = 0; ///< each line's actual amount, else its planned one
    int lines = 0;

    friend bool operator==(const CurrencyTotals&, const CurrencyTotals&) = default;
};

/// A category's sums, per currency.
struct CategoryTotals
{
    CostCategory category = CostCategory::Other;
    QList<CurrencyTotals> byCurrency;
};

namespace CostTotals {

/// The lines' sums per currency, by currency code.
QList<CurrencyTotals> byCurrency(const QList<CostLine>& lines);
/// The sums of each category that has lines, in the categories' order, each per currency.
QList<CategoryTotals> byCategory(const QList<CostLine>& lines);
/// Who pays how much: per funding project (0 for the institution's own funds), per currency.
QMap<Id, QList<CurrencyTotals>> byFunder(const QList<CostLine>& lines);

} // namespace CostTotals

/// A funding project's budget against the cost lines it pays for, in the budget's currency; lines in
/// another currency are listed apart and not counted, since nothing is converted silently.
struct BudgetStatus
{
    Money budget;
    CurrencyTotals inBudgetCurrency;
    QList<CurrencyTotals> otherCurrencies;

    /// The budget less what has been spent (actual amounts).
    qint64 left() const { return budget.minorUnits - inBudgetCurrency.actual; }
    /// More spent than the budget holds.
    bool overspent() const { return inBudgetCurrency.actual > budget.minorUnits; }
    /// More expected (actual, else planned, amounts) than the budget holds: overspent if it goes on so.
    bool overExpected() const { return inBudgetCurrency.expected > budget.minorUnits; }

    /// The status of `project`'s budget (its total value) given the `lines` it pays for.
    static BudgetStatus of(const FundingProject& project, const QList<CostLine>& lines);
};
