// SPDX-License-Identifier: GPL-3.0-or-later
#include "collatingproxymodel.h"

#include <QDate>
#include <QLocale>

CollatingProxyModel::CollatingProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    updateCollation();
}

void CollatingProxyModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    forgetRowCaches();
    // Connected before the base class connects to the same signals, so that it filters and sorts
    // changed rows with fresh texts and values.
    if (model) {
        const auto forget = [this] { forgetRowCaches(); };
        m_sourceConnections = {connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
                               connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
                               connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
                               connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
                               connect(model, &QAbstractItemModel::dataChanged, this, forget)};
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void CollatingProxyModel::setSearchColumns(const QList<int>& columns)
{
    m_searchColumns = columns;
    forgetRowCaches();
}

void CollatingProxyModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_searchText) {
        return;
    }
    m_searchText = folded;
    // Filtered and sorted afresh, with one layout change: invalidateFilter() removes the rows no
    // longer matching in runs, a signal and a view update per run, scattered over 50,000 rows.
    invalidate();
}

const QVariant& CollatingProxyModel::sortValue(const QModelIndex& index) const
{
    if (index.parent().isValid()) {
        static const QVariant none;
        return none;
    }
    if (m_sortValuesColumn != index.column() || m_sortValues.size() != sourceModel()->rowCount()) {
        m_sortValues = QList<QVariant>(sourceModel()->rowCount());
        m_sortValuesColumn = index.column();
    }
    QVariant& value = m_sortValues[index.row()];
    if (!value.isValid()) {
        value = index.data(SortRole);
    }
    return value;
}

const QString& CollatingProxyModel::searchedText(int sourceRow) const
{
    if (m_searchedTexts.size() != sourceModel()->rowCount()) {
        m_searchedTexts = QList<QString>(sourceModel()->rowCount());
    }
    QString& text = m_searchedTexts[sourceRow];
    if (text.isNull()) {
        QStringList parts;
        for (const int column : std::as_const(m_searchColumns)) {
            parts << sourceModel()->index(sourceRow, column).data().toString();
        }
        // A line break between the columns: a search does not match across two of them.
        text = parts.join(QLatin1Char('\n')).toCaseFolded();
    }
    return text;
}

void CollatingProxyModel::updateCollation()
{
    m_collator = QCollator(QLocale());
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    forgetRowCaches(); // the texts may be in the new language (statuses, kinds)
    invalidate();
}

bool CollatingProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant& a = sortValue(left);
    const QVariant& b = sortValue(right);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        return m_collator.compare(a.toString(), b.toString()) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool CollatingProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow)) {
        return false;
    }
    if (m_searchText.isEmpty()) {
        return true;
    }
    return !sourceParent.isValid() && searchedText(sourceRow).contains(m_searchText);
}
