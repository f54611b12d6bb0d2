// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/afterwards/costtotals.h"

namespace {

void add(QMap<QString, CurrencyTotals>& totals, const CostLine& line)
{
    const QString currency = line.currency.trimmed().toUpper();
    CurrencyTotals& sum = totals[currency];
    sum.currency = currency;
    sum.planned += line.planned;
    sum.actual += line.actual.value_or(0);
    sum.expected += line.expected();
    ++sum.lines;
}

} // namespace

namespace CostTotals {

QList<CurrencyTotals> byCurrency(const QList<CostLine>& lines)
{
    QMap<QString, CurrencyTotals> totals;
    for (const CostLine& line : lines) {
        add(totals, line);
    }
    return totals.values();
}

QList<CategoryTotals> byCategory(const QList<CostLine>& lines)
{
    QList<CategoryTotals> categories;
    for (const CostCategory category : EnumInfo<CostCategory>::all()) {
        QList<CostLine> ofCategory;
        for (const CostLine& line : lines) {
            if (line.category == category) {
                ofCategory.append(line);
            }
        }
        if (!ofCategory.isEmpty()) {
            categories.append({category, byCurrency(ofCategory)});
        }
    }
    return categories;
}

QMap<Id, QList<CurrencyTotals>> byFunder(const QList<CostLine>& lines)
{
    QMap<Id, QList<CostLine>> byProject;
    for (const CostLine& line : lines) {
        byProject[line.fundingProjectId].append(line);
    }
    QMap<Id, QList<CurrencyTotals>> totals;
    for (auto it = byProject.cbegin(); it != byProject.cend(); ++it) {
        totals.insert(it.key(), byCurrency(it.value()));
    }
    return totals;
}

} // namespace CostTotals

BudgetStatus BudgetStatus::of(const FundingProject& project, const QList<CostLine>& lines)
{
    BudgetStatus status;
    status.budget = project.total();
    status.budget.currency = status.budget.currency.trimmed().toUpper();
    status.inBudgetCurrency.currency = status.budget.currency;
    QList<CostLine> paid;
    for (const CostLine& line : lines) {
        if (line.fundingProjectId == project.id) {
            paid.append(line);
        }
    }
    for (const CurrencyTotals& totals : CostTotals::byCurrency(paid)) {
        if (totals.currency == status.budget.currency) {
            status.inBudgetCurrency = totals;
        } else {
            status.otherCurrencies.append(totals);
        }
    }
    return status;
}
