// SPDX-License-Identifier: GPL-3.0-or-later
// What a visit cost and who paid: sums per category and currency, funders' shares, budgets.
#include "core/afterwards/costtotals.h"

#include "core/storage/costrepository.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

CostLine line(Id visitId, CostCategory category, qint64 planned, std::optional<qint64> actual,
              const QString& currency = QStringLiteral("PLN"), Id projectId = 0)
{
    CostLine cost;
    cost.visitId = visitId;
    cost.category = category;
    cost.planned = planned;
    cost.actual = actual;
    cost.currency = currency;
    cost.fundingProjectId = projectId;
    return cost;
}

struct CostFixture
{
    TestDatabase test;
    Id visitId = 0;
    Id ministry = 0;
    Id norway = 0;

    CostFixture()
    {
        Visit visit;
        visit.title.text = QStringLiteral("Wizyta studyjna ze Lwowa");
        visit.firstDay = QDate(2026, 5, 19);
        visit.lastDay = QDate(2026, 5, 25);
        visitId = *VisitRepository(test.db()).create(visit);
        FundingProject project;
        project.name = QStringLiteral("Polska pomoc rozwojowa 2026");
        project.acronym = QStringLiteral("PPR");
        project.totalValue = 1'000'000; // 10 000,00 zł
        ministry = *FundingProjectRepository(test.db()).create(project);
        project.name = QStringLiteral("Fundusze norweskie");
        project.acronym = QStringLiteral("EOG");
        project.currency = QStringLiteral("EUR");
        project.totalValue = 200'000; // 2 000,00 €
        norway = *FundingProjectRepository(test.db()).create(project);
    }

    Id add(const CostLine& cost)
    {
        const auto id = CostRepository(test.db()).create(cost);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("Cost lines are stored with their amounts and funder and read back per visit and project")
{
    CostFixture fixture;
    CostLine hotel = line(fixture.visitId, CostCategory::Accommodation, 480'000, 455'050,
                          QStringLiteral("pln"), fixture.ministry);
    hotel.description = QStringLiteral("Hotel Ibis, 6 nocy, 10 osób");
    hotel.paid = true;
    hotel.invoiceReference = QStringLiteral("FV 2026/05/113");
    const Id hotelId = fixture.add(hotel);
    const Id interpreter =
        fixture.add(line(fixture.visitId, CostCategory::Interpreting, 300'000, std::nullopt));

    CostRepository costs(fixture.test.db());
    const auto stored = costs.get(hotelId);
    REQUIRE(stored.ok());
    hotel.id = hotelId;
    hotel.currency = QStringLiteral("PLN"); // stored in capitals
    CHECK(*stored == hotel);
    const auto visitLines = costs.listForVisit(fixture.visitId);
    REQUIRE(visitLines.ok());
    REQUIRE(visitLines->size() == 2);
    CHECK_FALSE(visitLines->at(1).actual.has_value()); // no invoice yet is not an invoice of 0
    CHECK(visitLines->at(1).id == interpreter);
    const auto projectLines = costs.listForProject(fixture.ministry);
    REQUIRE(projectLines.ok());
    REQUIRE(projectLines->size() == 1);
    CHECK(projectLines->at(0).id == hotelId);

    // Refused: a negative amount, a made-up currency; nothing stored.
    CHECK_FALSE(costs.create(line(fixture.visitId, CostCategory::Meals, -1, std::nullopt)).ok());
    CHECK_FALSE(
        costs.create(line(fixture.visitId, CostCategory::Meals, 100, std::nullopt, QStringLiteral("zł")))
            .ok());
    CHECK(costs.listForVisit(fixture.visitId)->size() == 2);

    // The project deleted: its lines stay, paid from own funds.
    REQUIRE(FundingProjectRepository(fixture.test.db()).remove(fixture.ministry).ok());
    CHECK(costs.get(hotelId)->fundingProjectId == 0);
    REQUIRE(costs.remove(interpreter).ok());
    CHECK(costs.listForVisit(fixture.visitId)->size() == 1);
}

TEST_CASE("Costs add up per category and per currency and never across currencies")
{
    const QList<CostLine> lines = {
        line(1, CostCategory::Accommodation, 480'000, 455'050),
        line(1, CostCategory::Accommodation, 60'000, std::nullopt),
        line(1, CostCategory::Meals, 120'000, 131'500),
        line(1, CostCategory::Transport, 90'000, 88'000, QStringLiteral("EUR")),
        line(1, CostCategory::Transport, 45'000, std::nullopt),
    };
    const QList<CurrencyTotals> all = CostTotals::byCurrency(lines);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0) == CurrencyTotals{QStringLiteral("EUR"), 90'000, 88'000, 88'000, 1});
    // PLN: planned 480 000 + 60 000 + 120 000 + 45 000; actual 455 050 + 131 500; expected adds the
    // planned amounts of the lines with no invoice yet.
    CHECK(all.at(1) == CurrencyTotals{QStringLiteral("PLN"), 705'000, 586'550, 691'550, 4});

    const QList<CategoryTotals> categories = CostTotals::byCategory(lines);
    REQUIRE(categories.size() == 3); // no interpreting, venue, materials or other costs
    CHECK(categories.at(0).category == CostCategory::Accommodation);
    CHECK(categories.at(0).byCurrency ==
          QList<CurrencyTotals>{{QStringLiteral("PLN"), 540'000, 455'050, 515'050, 2}});
    CHECK(categories.at(1).category == CostCategory::Meals);
    CHECK(categories.at(2).category == CostCategory::Transport);
    CHECK(categories.at(2).byCurrency ==
          QList<CurrencyTotals>{{QStringLiteral("EUR"), 90'000, 88'000, 88'000, 1},
                                {QStringLiteral("PLN"), 45'000, 0, 45'000, 1}});
}

TEST_CASE("Two funders' shares of a visit and own funds are told apart")
{
    CostFixture fixture;
    fixture.add(line(fixture.visitId, CostCategory::Accommodation, 400'000, 400'000, QStringLiteral("PLN"),
                     fixture.ministry));
    fixture.add(line(fixture.visitId, CostCategory::Interpreting, 150'000, 150'000, QStringLiteral("EUR"),
                     fixture.norway));
    fixture.add(line(fixture.visitId, CostCategory::Meals, 100'000, 90'000));
    const auto lines = CostRepository(fixture.test.db()).listForVisit(fixture.visitId);
    REQUIRE(lines.ok());
    const auto shares = CostTotals::byFunder(*lines);
    REQUIRE(shares.size() == 3);
    CHECK(shares.value(fixture.ministry) ==
          QList<CurrencyTotals>{{QStringLiteral("PLN"), 400'000, 400'000, 400'000, 1}});
    CHECK(shares.value(fixture.norway) ==
          QList<CurrencyTotals>{{QStringLiteral("EUR"), 150'000, 150'000, 150'000, 1}});
    CHECK(shares.value(0) == QList<CurrencyTotals>{{QStringLiteral("PLN"), 100'000, 90'000, 90'000, 1}});
}

TEST_CASE("A budget spent beyond its total is overspent and other currencies are not counted against it")
{
    CostFixture fixture;
    const auto project = FundingProjectRepository(fixture.test.db()).get(fixture.ministry);
    REQUIRE(project.ok());
    QList<CostLine> lines = {
        line(fixture.visitId, CostCategory::Accommodation, 600'000, 590'000, QStringLiteral("PLN"),
             fixture.ministry),
        line(fixture.visitId, CostCategory::Meals, 300'000, std::nullopt, QStringLiteral("PLN"),
             fixture.ministry),
        line(fixture.visitId, CostCategory::Transport, 500'000, 500'000, QStringLiteral("EUR"),
             fixture.ministry),
        // Paid by another project: not this budget's.
        line(fixture.visitId, CostCategory::Venue, 900'000, 900'000, QStringLiteral("PLN"), fixture.norway),
    };
    BudgetStatus status = BudgetStatus::of(*project, lines);
    CHECK(status.budget == Money{1'000'000, QStringLiteral("PLN")});
    CHECK(status.inBudgetCurrency.actual == 590'000);
    CHECK(status.inBudgetCurrency.expected == 890'000);
    CHECK(status.left() == 410'000);
    CHECK_FALSE(status.overspent());
    CHECK_FALSE(status.overExpected());
    CHECK(status.otherCurrencies ==
          QList<CurrencyTotals>{{QStringLiteral("EUR"), 500'000, 500'000, 500'000, 1}});

    // The meals' invoice comes in higher than planned: 590 000 + 450 000 > 1 000 000.
    lines[1].actual = 450'000;
    status = BudgetStatus::of(*project, lines);
    CHECK(status.overspent());
    CHECK(status.overExpected());
    CHECK(status.left() == -40'000);
}
