// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/projectlistmodel.h"

#include "core/languages/dayrange.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/widgets/moneyedit.h"

ProjectListModel::ProjectListModel(Database& database, QObject* parent)
    : RecordTableModel(database,
                       ChangeNotifier::Topic::FundingProjects | ChangeNotifier::Topic::Visits |
                           ChangeNotifier::Topic::Institutions,
                       ColumnCount, parent),
      m_repository(database)
{
    setWholeColumns({Period, Budget, Visits});
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString ProjectListModel::periodText(const QDate& firstDay, const QDate& lastDay)
{
    if (firstDay.isValid() && lastDay.isValid()) {
        return formatDayRange(firstDay, lastDay);
    }
    if (firstDay.isValid()) {
        //: a funding project's period with no known end; %1 is a date such as 1 May 2026
        return tr("from %1").arg(formatDay(firstDay));
    }
    if (lastDay.isValid()) {
        //: a funding project's period with no known start; %1 is a date such as 31 December 2027
        return tr("until %1").arg(formatDay(lastDay));
    }
    return {};
}

Status ProjectListModel::readRows()
{
    auto rows = m_repository.list();
    if (!rows) {
        m_rows.clear();
        return rows.error();
    }
    m_rows = std::move(rows).value();
    return success();
}

QVariant ProjectListModel::cell(int row, int column, int role) const
{
    const FundingProjectSummary& project = m_rows.at(row);
    if (role == Qt::TextAlignmentRole && (column == Budget || column == Visits)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CollatingProxyModel::SortRole) {
        return {};
    }
    const bool sorting = role == CollatingProxyModel::SortRole;
    switch (static_cast<Column>(column)) {
    case Name:
        return project.name;
    case Acronym:
        return project.acronym;
    case Funder:
        return project.funder;
    case Period:
        if (sorting) {
            return project.firstDay.isValid() ? project.firstDay : project.lastDay;
        }
        return periodText(project.firstDay, project.lastDay);
    case Budget:
        return sorting ? QVariant(project.totalValue)
                       : QVariant(formatMoney(project.totalValue, project.currency));
    case Visits:
        return project.visitCount;
    case ColumnCount:
        break;
    }
    return {};
}

QString ProjectListModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Name:
        return tr("Name");
    case Acronym:
        return tr("Acronym");
    case Funder:
        return tr("Funder");
    case Period:
        //: the days a funding project runs
        return tr("Period");
    case Budget:
        return tr("Budget");
    case Visits:
        //: how many visits a funding project pays for
        return tr("Visits");
    case ColumnCount:
        break;
    }
    return {};
}
