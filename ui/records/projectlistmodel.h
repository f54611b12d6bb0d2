// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/fundingprojectrepository.h"
#include "ui/lists/recordtablemodel.h"

/// Every funding project, a row each: name, acronym, funder, period, budget, number of visits funded.
class ProjectListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Acronym, Funder, Period, Budget, Visits, ColumnCount };

    explicit ProjectListModel(Database& database, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;

    /// A project's period in the interface language: "1 May 2026 – 31 December 2027", "from 1 May
    /// 2026", "until 31 December 2027"; empty when neither day is known.
    static QString periodText(const QDate& firstDay, const QDate& lastDay);

    Result<bool> anyRows() const override { return m_repository.any(); }

protected:
    Status readRows() override;
    Id idAt(int row) const override { return m_rows.at(row).id; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    FundingProjectRepository m_repository;
    QList<FundingProjectSummary> m_rows;
};
