// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/exchangegrouprepository.h"
#include "ui/lists/recordtablemodel.h"

/// Every exchange group, a row each: name, members, meetings, last meeting, next due (the usual
/// interval is beside the list, in the details).
class ExchangeGroupListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Members, Meetings, LastMeeting, NextDue, ColumnCount };

    explicit ExchangeGroupListModel(Database& database, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;

    /// "every 60 days", or empty without an interval.
    static QString intervalText(std::optional<int> days);

    Result<bool> anyRows() const override { return m_repository.any(); }

protected:
    Status readRows() override;
    Id idAt(int row) const override { return m_rows.at(row).id; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    ExchangeGroupRepository m_repository;
    QList<ExchangeGroupSummary> m_rows;
};
