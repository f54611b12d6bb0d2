// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/visitrepository.h"
#include "ui/lists/recordtablemodel.h"

/// Every visit in the database, a row each, for the visits page.
class VisitListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Days, Status, Kind, Host, Country, Participants, ColumnCount };
    /// The raw values the page's filters compare: VisitStatus, VisitKind and the years as ints.
    static constexpr int StatusRole = Qt::UserRole + 3;
    static constexpr int KindRole = Qt::UserRole + 4;
    static constexpr int FirstYearRole = Qt::UserRole + 5;
    static constexpr int LastYearRole = Qt::UserRole + 6;
    static constexpr int LastDayRole = Qt::UserRole + 7;

    explicit VisitListModel(Database& database, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;

    /// The years any visit touches, newest first, for the year filter.
    QList<int> years() const;

    Result<bool> anyRows() const override { return m_repository.any(); }

protected:
    ::Status readRows() override;
    Id idAt(int row) const override { return m_rows.at(row).id; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    VisitRepository m_repository;
    QList<VisitSummary> m_rows;
};
