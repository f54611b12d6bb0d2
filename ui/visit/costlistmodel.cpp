// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/costlistmodel.h"

#include "core/storage/fundingprojectrepository.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/widgets/moneyedit.h"

CostListModel::CostListModel(Database& database, QObject* parent)
    : RecordTableModel(database, ChangeNotifier::Topic::Costs | ChangeNotifier::Topic::FundingProjects,
                       ColumnCount, parent),
      m_repository(database)
{
    setWholeColumns({Category, Planned, Actual, Currency, Paid});
}

void CostListModel::setVisitId(Id visitId)
{
    m_visitId = visitId;
    reload();
}

int CostListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QString CostListModel::funderName(Id projectId) const
{
    if (projectId == 0) {
        //: who pays a cost: the institution itself, not a funding project
        return tr("Own funds");
    }
    return m_projectNames.value(projectId);
}

Status CostListModel::readRows()
{
    m_lines.clear();
    m_projectNames.clear();
    if (m_visitId == 0) {
        return success();
    }
    auto lines = m_repository.listForVisit(m_visitId);
    if (!lines) {
        return lines.error();
    }
    m_lines = std::move(lines).value();
    auto projects = FundingProjectRepository(m_database).list();
    if (!projects) {
        return projects.error();
    }
    for (const FundingProjectSummary& project : std::as_const(projects.value())) {
        m_projectNames.insert(project.id, project.acronym.isEmpty() ? project.name : project.acronym);
    }
    return success();
}

QVariant CostListModel::cell(int row, int column, int role) const
{
    const CostLine& line = m_lines.at(row);
    if (role == Qt::TextAlignmentRole) {
        if (column == Planned || column == Actual) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (column == Paid) {
            return QVariant::fromValue(Qt::AlignCenter);
        }
        return {};
    }
    if (role == CollatingProxyModel::SortRole) {
        switch (static_cast<Column>(column)) {
        case Category:
            return static_cast<int>(line.category);
        case Planned:
            return line.planned;
        case Actual:
            return line.actual ? QVariant(*line.actual) : QVariant(qint64(-1));
        case Paid:
            return line.paid ? 1 : 0;
        default:
            return {}; // the displayed text
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (static_cast<Column>(column)) {
    case Category:
        return enumDisplayName(line.category);
    case Description:
        return line.description;
    case Planned:
        return formatAmount(line.planned);
    case Actual:
        return line.actual ? formatAmount(*line.actual) : QString();
    case Currency:
        return line.currency;
    case PaidBy:
        return funderName(line.fundingProjectId);
    case Paid:
        if (role == Qt::ToolTipRole) {
            return line.paid ? tr("Paid") : tr("Not paid yet");
        }
        return line.paid ? QStringLiteral("✓") : QString();
    case Invoice:
        return line.invoiceReference;
    case ColumnCount:
        break;
    }
    return {};
}

QString CostListModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Category:
        return tr("Category");
    case Description:
        return tr("Description");
    case Planned:
        //: an amount of money planned for a cost
        return tr("Planned");
    case Actual:
        //: an amount of money actually spent on a cost
        return tr("Actual");
    case Currency:
        return tr("Currency");
    case PaidBy:
        //: who pays a cost: a funding project or own funds
        return tr("Paid by");
    case Paid:
        //: whether a cost has been paid
        return tr("Paid");
    case Invoice:
        return tr("Invoice");
    case ColumnCount:
        break;
    }
    return {};
}
