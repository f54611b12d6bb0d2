// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitlistmodel.h"

#include "collatingproxymodel.h"
#include "database.h"
#include "dayrange.h"

#include <QLocale>

VisitListModel::VisitListModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_repository(database)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Topics topics) {
        if (topics & (ChangeNotifier::Topic::Visits | ChangeNotifier::Topic::Participants |
                      ChangeNotifier::Topic::Institutions)) {
            reload();
        }
    });
    reload();
}

int VisitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visits.size());
}

int VisitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const VisitSummary& visit = m_visits.at(index.row());
    if (role == IdRole) {
        return visit.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Participants) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != CollatingProxyModel::SortRole && role != Qt::ToolTipRole) {
        return {};
    }
    const bool sorting = role == CollatingProxyModel::SortRole;
    switch (static_cast<Column>(index.column())) {
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

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
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

void VisitListModel::reload()
{
    auto visits = m_repository.list();
    if (!visits) {
        Q_EMIT loadFailed(visits.error().message());
        return;
    }
    beginResetModel();
    m_visits = std::move(visits).value();
    endResetModel();
}

void VisitListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_visits.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}
