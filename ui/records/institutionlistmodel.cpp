// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/institutionlistmodel.h"

#include "ui/lists/collatingproxymodel.h"

InstitutionListModel::InstitutionListModel(Database& database, QObject* parent)
    : RecordTableModel(database, ChangeNotifier::Topic::Institutions | ChangeNotifier::Topic::People,
                       ColumnCount, parent),
      m_repository(database)
{
    setWholeColumns({People});
    setReadsInterfaceLanguage(true); // names in the interface's language where they have one
}

int InstitutionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Status InstitutionListModel::readRows()
{
    auto rows = m_repository.list();
    if (!rows) {
        m_rows.clear();
        return rows.error();
    }
    m_rows = std::move(rows).value();
    return success();
}

QVariant InstitutionListModel::cell(int row, int column, int role) const
{
    const InstitutionSummary& institution = m_rows.at(row);
    if (role == Qt::TextAlignmentRole && column == People) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CollatingProxyModel::SortRole) {
        return {};
    }
    switch (static_cast<Column>(column)) {
    case Name:
        return institution.name;
    case ShortName:
        return institution.shortName;
    case Kind:
        return enumDisplayName(institution.kind);
    case City:
        return institution.city;
    case Country:
        return institution.country;
    case People:
        return institution.peopleCount;
    case ColumnCount:
        break;
    }
    return {};
}

QString InstitutionListModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Name:
        return tr("Name");
    case ShortName:
        return tr("Short name");
    case Kind:
        return tr("Kind");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case People:
        return tr("People");
    case ColumnCount:
        break;
    }
    return {};
}
