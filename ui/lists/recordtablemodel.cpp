// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/recordtablemodel.h"

#include "core/storage/database.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/lists/tablecolumns.h"

RecordTableModel::RecordTableModel(Database& database, ChangeNotifier::Topics reloadOn, int columnCount,
                                   QObject* parent)
    : QAbstractTableModel(parent), m_database(database), m_columnCount(columnCount)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this,
            [this, reloadOn](ChangeNotifier::Topics topics) {
                if (!(topics & reloadOn)) {
                    return;
                }
                if (m_following) {
                    reload();
                } else {
                    m_stale = true;
                }
            });
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (role == IdRole) {
        return idAt(index.row());
    }
    QVariant value = cell(index.row(), index.column(), role);
    if (!value.isValid() && role == CollatingProxyModel::SortRole) {
        return cell(index.row(), index.column(), Qt::DisplayRole);
    }
    return value;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columnCount) {
        return header(section);
    }
    if (orientation == Qt::Horizontal && role == WholeColumnRole) {
        return m_wholeColumns.contains(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordTableModel::reload()
{
    beginResetModel();
    Status read = readRows();
    m_stale = false;
    endResetModel();
    if (!read) {
        Q_EMIT loadFailed(read.error().message());
    }
}

void RecordTableModel::ensureLoaded()
{
    if (m_stale) {
        reload();
    }
}

void RecordTableModel::setFollowingChanges(bool following)
{
    m_following = following;
    if (following) {
        ensureLoaded();
    }
}

void RecordTableModel::retranslate()
{
    if (m_readsLanguage && !m_stale) {
        if (m_following) {
            reload();
        } else {
            m_stale = true;
        }
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1));
    }
}

int RecordTableModel::rowOf(Id id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id) {
            return row;
        }
    }
    return -1;
}
