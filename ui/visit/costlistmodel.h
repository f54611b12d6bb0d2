// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/costrepository.h"
#include "ui/lists/recordtablemodel.h"

#include <QHash>

/// The cost lines of one visit, a row each: category, description, planned and actual amounts,
/// currency, who pays (a project's acronym or own funds), whether it is paid, the invoice.
class CostListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Description, Planned, Actual, Currency, PaidBy, Paid, Invoice, ColumnCount };

    explicit CostListModel(Database& database, QObject* parent = nullptr);

    /// Shows the cost lines of `visitId` (none for 0).
    void setVisitId(Id visitId);
    Id visitId() const { return m_visitId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    const CostLine& lineAt(int row) const { return m_lines.at(row); }
    const QList<CostLine>& lines() const { return m_lines; }
    /// Who pays: the project's acronym (its name when it has none), or "Own funds" for 0.
    QString funderName(Id projectId) const;

protected:
    Status readRows() override;
    Id idAt(int row) const override { return m_lines.at(row).id; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    CostRepository m_repository;
    Id m_visitId = 0;
    QList<CostLine> m_lines;
    QHash<Id, QString> m_projectNames; ///< acronym, else name, by project id
};
