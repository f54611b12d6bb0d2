// SPDX-License-Identifier: GPL-3.0-or-later
#include "collatingproxymodel.h"

#include <QDate>
#include <QLocale>

CollatingProxyModel::CollatingProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    updateCollation();
}

void CollatingProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText) {
        return;
    }
    m_searchText = trimmed;
    invalidateFilter();
}

void CollatingProxyModel::updateCollation()
{
    m_collator = QCollator(QLocale());
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    invalidate();
}

bool CollatingProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
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
    for (const int column : m_searchColumns) {
        const QString text = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_searchText, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}
