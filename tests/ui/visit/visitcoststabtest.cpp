// SPDX-License-Identifier: GPL-3.0-or-later
// The costs tab: costs added, edited and deleted through the form, each undone and redone; the totals
// under the list; a funding project spent beyond its budget named in the visit's details.
#include "core/storage/costrepository.h"
#include "core/storage/fundingprojectrepository.h"
#include "tests/ui/visit/editorfixture.h"
#include "ui/visit/costdialog.h"
#include "ui/visit/costlistmodel.h"
#include "ui/widgets/moneyedit.h"

using namespace EditorTests;

namespace {

Id addProject(Database& db, const QString& acronym, qint64 budget)
{
    FundingProject project;
    project.name = QStringLiteral("Współpraca z Lwowem");
    project.acronym = acronym;
    project.funder = QStringLiteral("Województwo Mazowieckie");
    project.totalValue = budget;
    project.currency = QStringLiteral("EUR");
    const auto id = FundingProjectRepository(db).create(project);
    REQUIRE(id);
    return id.value();
}

void fundVisit(Database& db, Id visitId, Id projectId)
{
    const auto stored = VisitRepository(db).get(visitId);
    REQUIRE(stored);
    Visit visit = stored.value();
    visit.fundingProjectId = projectId;
    REQUIRE(VisitRepository(db).update(visit));
}

QString totals(EditorFixture& fixture)
{
    // Amounts keep their currency on the same line: a no-break space between them.
    return fixture.editor.findChild<QLabel*>(QStringLiteral("costTotals"))
        ->text()
        .replace(QChar(QChar::Nbsp), QLatin1Char(' '));
}

void showCosts(EditorFixture& fixture, Id visitId)
{
    fixture.editor.showVisit(visitId);
    fixture.editor.findChild<QTabWidget*>(QStringLiteral("visitTabs"))->setCurrentIndex(4);
}

} // namespace

TEST_CASE("Adding a cost through its form: the funding project's currency offered and undo takes it back")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    const Id project = addProject(db, QStringLiteral("MAZ-LWÓW"), 1000000);
    fundVisit(db, visitId, project);
    showCosts(fixture, visitId);

    QString currencyOffered;
    QString paidByOffered;
    bool focusOnCategory = false;
    onNextDialog<CostDialog>([&](CostDialog& dialog) {
        focusOnCategory = dialog.focusWidget() == input<QComboBox>(dialog, "cost.category");
        currencyOffered = input<QComboBox>(dialog, "cost.currency")->currentText();
        paidByOffered = input<QComboBox>(dialog, "cost.fundingProjectId")->currentText();
        auto* category = input<QComboBox>(dialog, "cost.category");
        category->setCurrentIndex(category->findData(static_cast<int>(CostCategory::Accommodation)));
        input<QLineEdit>(dialog, "cost.description")->setText(QStringLiteral("Hotel Ibis"));
        input<MoneyEdit>(dialog, "cost.planned")->setText(QStringLiteral("1,250.50"));
        pressOk(dialog);
    });
    fixture.click("addCost");
    CHECK(focusOnCategory);
    CHECK(currencyOffered == QStringLiteral("EUR"));
    CHECK(paidByOffered.startsWith(QStringLiteral("MAZ-LWÓW")));
    REQUIRE(count(db, QStringLiteral("cost_line")) == 1);
    const auto lines = CostRepository(db).listForVisit(visitId);
    REQUIRE(lines);
    REQUIRE(lines->size() == 1);
    const CostLine added = lines->first();
    CHECK(added.category == CostCategory::Accommodation);
    CHECK(added.description == QStringLiteral("Hotel Ibis"));
    CHECK(added.planned == 125050);
    CHECK_FALSE(added.actual.has_value());
    CHECK(added.currency == QStringLiteral("EUR"));
    CHECK(added.fundingProjectId == project);
    CHECK_FALSE(added.paid);
    CHECK(fixture.undoText() == QStringLiteral("Add cost ‘Hotel Ibis’"));

    QTableView* table = fixture.table("costTable");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, CostListModel::Planned).data().toString() == QStringLiteral("1,250.50"));
    CHECK(table->model()->index(0, CostListModel::PaidBy).data().toString() == QStringLiteral("MAZ-LWÓW"));
    CHECK(table->model()->index(0, CostListModel::Planned).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(totals(fixture).contains(QStringLiteral("planned EUR 1,250.50")));

    fixture.undo();
    CHECK(count(db, QStringLiteral("cost_line")) == 0);
    CHECK(table->model()->rowCount() == 0);
    fixture.redo();
    CHECK(count(db, QStringLiteral("cost_line")) == 1);
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("Editing and deleting a cost: the totals follow and undo brings each step back")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    CostLine hotel;
    hotel.visitId = visitId;
    hotel.category = CostCategory::Accommodation;
    hotel.description = QStringLiteral("Hotel Ibis");
    hotel.planned = 100000;
    const auto hotelId = CostRepository(db).create(hotel);
    REQUIRE(hotelId);
    CostLine bus = hotel;
    bus.category = CostCategory::Transport;
    bus.description = QStringLiteral("Bus");
    bus.planned = 30000;
    bus.actual = 25000;
    REQUIRE(CostRepository(db).create(bus));
    showCosts(fixture, visitId);
    CHECK(totals(fixture).contains(QStringLiteral("planned PLN 1,300.00, actual PLN 250.00")));
    CHECK(totals(fixture).contains(QStringLiteral("Own funds: PLN 1,250.00")));

    fixture.selectRow("costTable", 0);
    onNextDialog<CostDialog>([&](CostDialog& dialog) {
        input<QCheckBox>(dialog, "cost.actual.unknown")->setChecked(false);
        input<MoneyEdit>(dialog, "cost.actual.amount")->setText(QStringLiteral("980"));
        input<QCheckBox>(dialog, "cost.paid")->setChecked(true);
        input<QLineEdit>(dialog, "cost.invoiceReference")->setText(QStringLiteral("FV 12/05/2026"));
        pressOk(dialog);
    });
    fixture.click("editCost");
    auto stored = CostRepository(db).get(hotelId.value());
    REQUIRE(stored);
    CHECK(stored->actual == std::optional<qint64>(98000));
    CHECK(stored->paid);
    CHECK(stored->invoiceReference == QStringLiteral("FV 12/05/2026"));
    CHECK(fixture.undoText() == QStringLiteral("Edit cost ‘Hotel Ibis’"));
    CHECK(totals(fixture).contains(QStringLiteral("actual PLN 1,230.00")));
    CHECK(fixture.table("costTable")->model()->index(0, CostListModel::Paid).data().toString() ==
          QStringLiteral("✓"));
    fixture.undo();
    CHECK_FALSE(CostRepository(db).get(hotelId.value())->actual.has_value());
    fixture.redo();
    CHECK(CostRepository(db).get(hotelId.value())->actual == std::optional<qint64>(98000));

    // Deleting asks first; No keeps the cost.
    fixture.selectRow("costTable", 0);
    fixture.prompts.answers.enqueue(QMessageBox::No);
    fixture.click("deleteCost");
    REQUIRE(fixture.prompts.shown.size() == 1);
    CHECK(fixture.prompts.shown.constLast().contains(QStringLiteral("Hotel Ibis")));
    CHECK(count(db, QStringLiteral("cost_line")) == 2);
    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    fixture.click("deleteCost");
    CHECK(count(db, QStringLiteral("cost_line")) == 1);
    CHECK(fixture.undoText() == QStringLiteral("Delete cost ‘Hotel Ibis’"));
    CHECK(totals(fixture).contains(QStringLiteral("planned PLN 300.00")));
    fixture.undo();
    CHECK(count(db, QStringLiteral("cost_line")) == 2);
    CHECK(fixture.table("costTable")->model()->rowCount() == 2);
    fixture.redo();
    CHECK(count(db, QStringLiteral("cost_line")) == 1);
}

TEST_CASE("A cost in no currency is refused under Currency and nothing is stored")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    showCosts(fixture, visitId);

    QString currencyError;
    bool stillOpen = false;
    onNextDialog<CostDialog>([&](CostDialog& dialog) {
        input<QLineEdit>(dialog, "cost.description")->setText(QStringLiteral("Sala"));
        input<QComboBox>(dialog, "cost.currency")->setEditText(QStringLiteral("ZŁ"));
        pressOk(dialog);
        currencyError = dialog.errorText(QStringLiteral("cost.currency"));
        stillOpen = dialog.isVisible();
        dialog.reject();
    });
    fixture.click("addCost");
    CHECK(currencyError.startsWith(QStringLiteral("Currency:")));
    CHECK(stillOpen);
    CHECK(count(db, QStringLiteral("cost_line")) == 0);
    CHECK(fixture.document.undoStack().count() == 0);
}

TEST_CASE("The visit's details name a funding project spent beyond its budget")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    const Id project = addProject(db, QStringLiteral("MAZ-LWÓW"), 100000);
    fundVisit(db, visitId, project);
    CostLine hotel;
    hotel.visitId = visitId;
    hotel.description = QStringLiteral("Hotel Ibis");
    hotel.currency = QStringLiteral("EUR");
    hotel.fundingProjectId = project;
    hotel.planned = 90000;
    hotel.actual = 90000;
    const auto hotelId = CostRepository(db).create(hotel);
    REQUIRE(hotelId);
    fixture.editor.showVisit(visitId);
    auto* details = fixture.editor.findChild<QTextBrowser*>(QStringLiteral("visitDetails"));
    CHECK_FALSE(details->toPlainText().contains(QStringLiteral("overspent")));

    hotel.id = hotelId.value();
    hotel.actual = 112050;
    REQUIRE(CostRepository(db).update(hotel));
    CHECK(details->toPlainText().contains(
        QStringLiteral("The funding project MAZ-LWÓW is overspent: its budget is EUR 1,000.00 and EUR "
                       "1,120.50 has been spent.")));
}
