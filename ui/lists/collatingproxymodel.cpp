// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/collatingproxymodel.h"

#include "core/languages/searchtext.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

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
    const QString folded = SearchText::folded(text.trimmed());
    if (folded == m_searchText) {
        return;
    }
    // Typing on: a row not holding what was typed before cannot hold more.
    const bool narrower = !m_searchText.isEmpty() && folded.contains(m_searchText) && sourceModel() &&
                          m_lookedAt.size() == sourceModel()->rowCount() &&
                          m_lookedAt.count(true) == m_lookedAt.size();
    m_narrowedFrom = narrower ? m_matches : QBitArray();
    m_matches = QBitArray();
    m_lookedAt = QBitArray();
    m_searchText = folded;
    // Filtered and sorted afresh, with one layout change: invalidateFilter() removes the rows no
    // longer matching in runs, a signal and a view update per run, scattered over 50,000 rows.
    invalidate();
}

QVariant CollatingProxyModel::sortValue(int sourceRow, int column) const
{
    return sourceModel()->index(sourceRow, column).data(SortRole);
}

const QList<int>& CollatingProxyModel::sortRanks(int column) const
{
    // Asked at each of a sort's million comparisons: what changes the rows forgets the ranks
    // (forgetRowCaches()), so the column is all there is to check.
    if (m_sortRanksColumn == column) {
        Q_ASSERT(m_sortRanks.size() == sourceModel()->rowCount());
        return m_sortRanks;
    }
    const int rows = sourceModel()->rowCount();
    QList<QVariant> values(rows);
    QList<int> order(rows);
    bool numbers = true;
    for (int row = 0; row < rows; ++row) {
        values[row] = sortValue(row, column);
        order[row] = row;
        numbers = numbers && values.at(row).typeId() == QMetaType::Int;
    }
    m_sortRanksColumn = column;
    if (numbers) {
        // Whole numbers (counts, or the places a model worked out with its own collator) order the
        // rows as they are: they serve as ranks without sorting them first.
        m_sortRanks = QList<int>(rows);
        for (int row = 0; row < rows; ++row) {
            m_sortRanks[row] = values.at(row).toInt();
        }
        return m_sortRanks;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return valueLess(values.at(a), values.at(b)); });
    m_sortRanks = QList<int>(rows);
    int rank = 0;
    for (int i = 0; i < rows; ++i) {
        if (i > 0 && valueLess(values.at(order.at(i - 1)), values.at(order.at(i)))) {
            ++rank;
        }
        m_sortRanks[order.at(i)] = rank;
    }
    return m_sortRanks;
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
        text = SearchText::folded(parts.join(QLatin1Char('\n')));
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

bool CollatingProxyModel::valueLess(const QVariant& a, const QVariant& b) const
{
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        return m_collator.compare(a.toString(), b.toString()) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool CollatingProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.parent().isValid() || right.parent().isValid()) {
        return valueLess(left.data(SortRole), right.data(SortRole));
    }
    const QList<int>& ranks = sortRanks(left.column());
    return ranks.at(left.row()) < ranks.at(right.row());
}

bool CollatingProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // The search first: what it found for every row is what the next key narrows.
    if (!m_searchText.isEmpty() && (sourceParent.isValid() || !matchesSearch(sourceRow))) {
        return false;
    }
    return !m_rowFilter || m_rowFilter(sourceRow);
}

bool CollatingProxyModel::matchesSearch(int sourceRow) const
{
    const int rows = sourceModel()->rowCount();
    if (m_matches.size() != rows) {
        m_matches = QBitArray(rows);
        m_lookedAt = QBitArray(rows);
    }
    m_lookedAt.setBit(sourceRow);
    if (m_narrowedFrom.size() == rows && !m_narrowedFrom.testBit(sourceRow)) {
        return false; // m_matches keeps it false
    }
    const bool matches = searchedText(sourceRow).contains(m_searchText);
    m_matches.setBit(sourceRow, matches);
    return matches;
}
