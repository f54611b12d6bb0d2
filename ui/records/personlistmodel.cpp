// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/personlistmodel.h"

#include "ui/lists/collatingproxymodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

PersonListModel::PersonListModel(Database& database, QObject* parent)
    : RecordTableModel(database,
                       ChangeNotifier::Topic::People | ChangeNotifier::Topic::Institutions |
                           ChangeNotifier::Topic::Participants,
                       ColumnCount, parent),
      m_repository(database)
{
    setWholeColumns({Visits});
    setReadsInterfaceLanguage(true); // institutions named in the interface's language
    // A new interface language has another alphabetical order; retranslate() announces it this way.
    connect(this, &QAbstractItemModel::headerDataChanged, this, [this] { m_ranks = {}; });
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Status PersonListModel::readRows()
{
    // One query for every row: the search filters these in memory, so typing stays quick on a big file.
    auto rows = m_repository.list();
    if (!rows) {
        m_rows = {};
        return rows.error();
    }
    m_rows = std::move(rows).value();
    m_ranks = {};
    return success();
}

QVariant PersonListModel::cell(int row, int column, int role) const
{
    if (column == Visits) {
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == CollatingProxyModel::SortRole) {
            return m_rows.visitCount(row);
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        // The name as on badges and bookings, for a name written in another script.
        if (column == Name) {
            const QString latin = m_rows.text(row, PersonSummaryList::Text::LatinName);
            return latin.isEmpty() ? text(row, column) : latin;
        }
        return text(row, column);
    case CollatingProxyModel::SortRole:
        return collationRank(row, column);
    default:
        return {};
    }
}

QString PersonListModel::text(int row, int column) const
{
    using Text = PersonSummaryList::Text;
    switch (static_cast<Column>(column)) {
    case Name:
        return m_rows.text(row, Text::DisplayName);
    case Institution:
        return m_rows.text(row, Text::InstitutionName);
    case Position:
        return m_rows.text(row, Text::Position);
    case Country:
        return m_rows.text(row, Text::Country);
    case Email:
        return m_rows.text(row, Text::Email);
    case LatinName:
        return m_rows.text(row, Text::LatinName);
    case Visits:
    case ColumnCount:
        break;
    }
    return {};
}

int PersonListModel::collationRank(int row, int column) const
{
    QList<int>& ranks = m_ranks.at(column);
    if (ranks.size() != m_rows.size()) {
        // The same collation as CollatingProxyModel's, so the order is the one it would give.
        QCollator collator{QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<QCollatorSortKey> keys;
        keys.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i) {
            keys.append(collator.sortKey(text(i, column)));
        }
        QList<int> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
        ranks.resize(m_rows.size());
        for (int i = 0; i < order.size(); ++i) {
            // Equal texts share a rank, so the proxy's order among them stays its own.
            const bool tied = i > 0 && keys.at(order.at(i - 1)).compare(keys.at(order.at(i))) == 0;
            ranks[order.at(i)] = tied ? ranks.at(order.at(i - 1)) : i;
        }
    }
    return ranks.at(row);
}

QString PersonListModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Name:
        return tr("Name");
    case Institution:
        return tr("Institution");
    case Position:
        return tr("Position");
    case Country:
        return tr("Country");
    case Email:
        return tr("E-mail");
    case Visits:
        return tr("Visits");
    case LatinName:
        return tr("Name in Latin script");
    case ColumnCount:
        break;
    }
    return {};
}
