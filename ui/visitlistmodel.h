// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitrepository.h"

#include <QAbstractTableModel>

class Database;

/// Every visit in the database, a row each, for the visits page and the calendar.
class VisitListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Days, Status, Kind, Host, Country, Participants, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit VisitListModel(Database& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the visits again; called when the database reports a change.
    void reload();
    /// Headers and formatted days follow the interface language; the owner calls this on a switch.
    void retranslate();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    VisitRepository m_repository;
    QList<VisitSummary> m_visits;
};
