// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/institutionrepository.h"
#include "ui/lists/recordtablemodel.h"

/// Every institution, a row each: name, short name, kind, city, country, number of people.
class InstitutionListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ShortName, Kind, City, Country, People, ColumnCount };

    explicit InstitutionListModel(Database& database, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;

    Result<bool> anyRows() const override { return m_repository.any(); }

protected:
    Status readRows() override;
    Id idAt(int row) const override { return m_rows.at(row).id; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    InstitutionRepository m_repository;
    QList<InstitutionSummary> m_rows;
};
