// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/visitlistmodel.h"

#include "core/languages/dayrange.h"
#include "core/languages/localenames.h"
#include "ui/lists/collatingproxymodel.h"

#include <QSet>

VisitListModel::VisitListModel(Database& database, QObject* parent)
    : RecordTableModel(database,
                       ChangeNotifier::Topic::Visits | ChangeNotifier::Topic::Participants |
                           ChangeNotifier::Topic::Institutions,
                       ColumnCount, parent),
      m_repository(database)
{
    setWholeColumns({Days, Participants});
    setReadsInterfaceLanguage(true);
}

int VisitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QList<int> VisitListModel::years() const
{
    QSet<int> years;
    for (const VisitSummary& visit : m_rows) {
        for (int year = visit.firstDay.year(); year <= visit.lastDay.year(); ++year) {
            years.insert(year);
        }
    }
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    return sorted;
}

::Status VisitListModel::readRows()
{
    VisitFilter all;
    all.language = LocaleNames::reader();
    auto rows = m_repository.list(all);
    if (!rows) {
        m_rows.clear();
        return rows.error();
    }
    m_rows = std::move(rows).value();
    return success();
}

QVariant VisitListModel::cell(int row, int column, int role) const
{
    const VisitSummary& visit = m_rows.at(row);
    switch (role) {
    case StatusRole:
        return static_cast<int>(visit.status);
    case KindRole:
        return static_cast<int>(visit.kind);
    case FirstYearRole:
        return visit.firstDay.year();
    case LastYearRole:
        return visit.lastDay.year();
    case LastDayRole:
        return visit.lastDay;
    case Qt::TextAlignmentRole:
        return column == Participants ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case CollatingProxyModel::SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == CollatingProxyModel::SortRole;
    switch (static_cast<Column>(column)) {
    case Title:
        return visit.title;
    case Days:
        return sorting ? QVariant(visit.firstDay) : QVariant(formatDayRange(visit.firstDay, visit.lastDay));
    case Status:
        return sorting ? QVariant(static_cast<int>(visit.status)) : QVariant(enumDisplayName(visit.status));
    case Kind:
        return enumDisplayName(visit.kind);
    case Host:
        return visit.hostName;
    case Country:
        return visit.sendingCountry;
    case Participants:
        return visit.participantCount;
    case ColumnCount:
        break;
    }
    return {};
}

QString VisitListModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Title:
        return tr("Title");
    case Days:
        return tr("Days");
    case Status:
        return tr("Status");
    case Kind:
        return tr("Kind");
    case Host:
        return tr("Host");
    case Country:
        //: the country a delegation comes from
        return tr("Country");
    case Participants:
        return tr("Participants");
    case ColumnCount:
        break;
    }
    return {};
}
