// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBitArray>
#include <QCollator>
#include <QSortFilterProxyModel>

#include <functional>

/// Sorts by the source's sort role with the interface language's collation (SQLite's ORDER BY
/// puts Ł, Ż, Ґ, Є in the wrong place), and filters rows on a search text matched against the
/// given columns, ignoring case, diacritics and the kinds of apostrophe (SearchText).
class CollatingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CollatingProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setSearchColumns(const QList<int>& columns);
    void setSearchText(const QString& text);
    /// A further condition on source rows (e.g. a page's status filter); call invalidateRows() when it
    /// changes.
    void setRowFilter(std::function<bool(int sourceRow)> accepts) { m_rowFilter = std::move(accepts); }
    void invalidateRows() { invalidateFilter(); }
    /// Called after the interface language changes: new collation, then a new sort.
    void updateCollation();

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    /// Each source row's searched texts, folded (SearchText) and joined, made when first searched: typing
    /// in the search box of 50,000 people then compares strings, not asks the model for each cell.
    const QString& searchedText(int sourceRow) const;
    /// Each source row's sort value in `column`, asked of the model once.
    QVariant sortValue(int sourceRow, int column) const;
    bool valueLess(const QVariant& a, const QVariant& b) const;
    /// Each source row's place in `column`'s order, worked out once with the collator (rows with equal
    /// values share it): sorting 50,000 rows compares them nearly a million times, and a search sorts
    /// the rows it finds again at every key.
    const QList<int>& sortRanks(int column) const;
    /// Whether the row's searched text holds the search text; typing on only looks again at the rows
    /// that held what was typed before it.
    bool matchesSearch(int sourceRow) const;
    void forgetRowCaches()
    {
        m_searchedTexts.clear();
        m_sortRanks.clear();
        m_sortRanksColumn = -1;
        m_matches.clear();
        m_lookedAt.clear();
        m_narrowedFrom.clear();
    }

    QCollator m_collator;
    QList<int> m_searchColumns;
    QString m_searchText; ///< folded (SearchText)
    mutable QList<QString> m_searchedTexts;
    QList<QMetaObject::Connection> m_sourceConnections;
    mutable QBitArray m_matches;      ///< the rows found to match the search text, of those looked at
    mutable QBitArray m_lookedAt;     ///< the rows looked at for the search text
    mutable QBitArray m_narrowedFrom; ///< the matches of a search text the current one holds, or empty
    mutable QList<int> m_sortRanks;
    mutable int m_sortRanksColumn = -1;
    std::function<bool(int)> m_rowFilter;
};
