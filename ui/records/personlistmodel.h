// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/personrepository.h"
#include "ui/lists/recordtablemodel.h"

#include <array>

/// Every person, a row each: name, institution, position, country, e-mail, number of visits; and,
/// hidden by the page, the name in Latin script so that a search for "Kovalenko" finds "Коваленко".
class PersonListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Institution, Position, Country, Email, Visits, LatinName, ColumnCount };

    explicit PersonListModel(Database& database, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;

    Result<bool> anyRows() const override { return m_repository.any(); }

protected:
    Status readRows() override;
    Id idAt(int row) const override { return m_rows.id(row); }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QString text(int row, int column) const;
    /// The row's place in the interface language's alphabetical order of `column`.
    int collationRank(int row, int column) const;

    PersonRepository m_repository;
    PersonSummaryList m_rows;
    // Sorting 50,000 names collates each one about 16 times, and the proxy sorts again whenever a
    // search is widened; ranks from sort keys, made once per column and language, turn that into
    // comparing numbers.
    mutable std::array<QList<int>, ColumnCount> m_ranks;
};
