// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visitcoststab.h"

#include "core/afterwards/costtotals.h"
#include "core/storage/costrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/deletion.h"
#include "ui/help/helprequest.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/lists/tablecolumns.h"
#include "ui/lists/tablememory.h"
#include "ui/lists/tablesetup.h"
#include "ui/visit/costdialog.h"
#include "ui/visit/costlistmodel.h"
#include "ui/widgets/buttonmenu.h"
#include "ui/widgets/moneyedit.h"
#include "ui/widgets/userprompts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace {

// How the edit is named: by its description, else its category.
QString costName(const CostLine& line)
{
    return line.description.isEmpty() ? enumDisplayName(line.category) : line.description;
}

} // namespace

VisitCostsTab::VisitCostsTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_document(document), m_prompts(prompts),
      m_costs(new CostListModel(document.database(), this)), m_proxy(new CollatingProxyModel(this)),
      m_table(new QTableView(this)), m_totals(new QLabel(this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_delete(new QPushButton(this))
{
    HelpRequest::setSection(this, QStringLiteral("costs"));
    setObjectName(QStringLiteral("visitCosts"));
    m_proxy->setSourceModel(m_costs);
    m_table->setObjectName(QStringLiteral("costTable"));
    m_table->setModel(m_proxy);
    setUpRowTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // as entered, until a header is clicked
    m_totals->setObjectName(QStringLiteral("costTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add->setObjectName(QStringLiteral("addCost"));
    m_edit->setObjectName(QStringLiteral("editCost"));
    m_delete->setObjectName(QStringLiteral("deleteCost"));
    connect(m_add, &QPushButton::clicked, this, &VisitCostsTab::addCost);
    connect(m_edit, &QPushButton::clicked, this, &VisitCostsTab::editCost);
    connect(m_delete, &QPushButton::clicked, this, &VisitCostsTab::deleteCost);
    connect(m_table, &QTableView::activated, this, &VisitCostsTab::editCost);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitCostsTab::updateState);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &VisitCostsTab::deleteCost);
    auto* insertKey =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, this, &VisitCostsTab::addCost);

    // A reload (an edit here, an undo, a change elsewhere) keeps the same cost selected.
    auto selected = std::make_shared<Id>(0);
    connect(m_costs, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, selected] { *selected = currentCostId(); });
    connect(m_costs, &QAbstractItemModel::modelReset, this, [this, selected] {
        selectCost(*selected);
        updateState();
        fitColumns(m_table, CostListModel::Description);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_delete);

    const bool editable = !document.isReadOnly();
    m_add->setVisible(editable);
    m_delete->setVisible(editable);
    m_add->setEnabled(false);
    retranslateUi();
    addButtonMenu(m_table, {m_edit, m_delete, nullptr, m_add});
}

void VisitCostsTab::setVisitId(Id visitId)
{
    m_visitId = visitId;
    m_costs->setVisitId(visitId);
    m_add->setEnabled(visitId != 0);
}

void VisitCostsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_costs->retranslate();
        m_proxy->updateCollation();
        retranslateUi();
        fitColumns(m_table, CostListModel::Description);
    }
    QWidget::changeEvent(event);
}

void VisitCostsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns(m_table, CostListModel::Description);
}

void VisitCostsTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Costs"));
    m_add->setText(tr("&Add Cost…"));
    m_edit->setText(tr("Ed&it…"));
    m_delete->setText(tr("Dele&te"));
    updateState();
}

void VisitCostsTab::updateState()
{
    m_totals->setText(totalsText());
    const bool selected = currentCostId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

QString VisitCostsTab::totalsText() const
{
    const QList<CostLine>& lines = m_costs->lines();
    if (lines.isEmpty()) {
        return m_visitId == 0 ? QString()
                              : tr("No costs yet: add the hotel, meals, interpreters and transport with "
                                   "“Add Cost…” (Insert).");
    }
    QStringList currencies;
    for (const CurrencyTotals& totals : CostTotals::byCurrency(lines)) {
        //: totals of a visit's costs in one currency: %1 the amount planned, %2 the amount spent
        currencies << tr("planned %1, actual %2")
                          .arg(formatMoney(totals.planned, totals.currency),
                               formatMoney(totals.actual, totals.currency));
    }
    QStringList funders;
    const QMap<Id, QList<CurrencyTotals>> byFunder = CostTotals::byFunder(lines);
    for (auto it = byFunder.cbegin(); it != byFunder.cend(); ++it) {
        QStringList amounts;
        for (const CurrencyTotals& totals : it.value()) {
            amounts << formatMoney(totals.expected, totals.currency);
        }
        //: %1 who pays (a project's acronym or "Own funds"), %2 how much
        funders << tr("%1: %2").arg(m_costs->funderName(it.key()), amounts.join(QStringLiteral(" + ")));
    }
    //: %1 the totals per currency, e.g. "planned PLN 1,200.00, actual PLN 800.00"
    return tr("Total: %1").arg(currencies.join(QStringLiteral("; "))) + QLatin1Char('\n') +
           //: %1 how much each funder pays, the actual amount where known, else the planned one
           tr("Paid by: %1").arg(funders.join(QStringLiteral(" · ")));
}

Id VisitCostsTab::currentCostId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void VisitCostsTab::selectCost(Id costId)
{
    if (const int row = m_costs->rowOf(costId); row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_costs->index(row, 0)),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
}

void VisitCostsTab::addCost()
{
    if (m_visitId == 0 || m_document.isReadOnly()) {
        return;
    }
    Database& database = m_document.database();
    CostDialog dialog(CostDialog::newLine(database, m_visitId), database, this);
    dialog.setPrompts(m_prompts);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const CostLine entered = dialog.line();
        const QString name = costName(entered);
        auto id = m_document.edits().apply<Id>([name] { return tr("Add cost ‘%1’").arg(name); },
                                               [&] { return CostRepository(database).create(entered); });
        if (!id) {
            return id.error();
        }
        created = id.value();
        return success();
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectCost(created);
    }
}

void VisitCostsTab::editCost()
{
    const Id id = currentCostId();
    if (id == 0) {
        return;
    }
    Database& database = m_document.database();
    const auto original = CostRepository(database).get(id);
    if (!original) {
        m_prompts.warning(this, tr("Edit Cost"), original.error().message());
        return;
    }
    CostDialog dialog(original.value(), database, this);
    dialog.setPrompts(m_prompts);
    dialog.setReadOnly(m_document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const CostLine edited = dialog.line();
        if (edited == original.value()) {
            return success();
        }
        const QString name = costName(edited);
        return m_document.edits().apply([name] { return tr("Edit cost ‘%1’").arg(name); },
                                        [&] { return CostRepository(database).update(edited); });
    });
    dialog.exec();
}

void VisitCostsTab::deleteCost()
{
    const Id id = currentCostId();
    if (id == 0 || m_document.isReadOnly()) {
        return;
    }
    Database& database = m_document.database();
    const QString name = costName(m_costs->lineAt(m_costs->rowOf(id)));
    Deletion deletion;
    deletion.title = tr("Delete Cost");
    deletion.question = tr("Delete the cost ‘%1’?").arg(name);
    deletion.editName = [name] { return tr("Delete cost ‘%1’").arg(name); };
    deletion.remove = [&] { return CostRepository(database).remove(id); };
    deletion.askAndApply(m_document, m_prompts, this);
}

void VisitCostsTab::rememberColumns(TableMemory& memory)
{
    memory.keep(m_table, QStringLiteral("costs"),
                [this] { fitColumns(m_table, CostListModel::Description); });
}
