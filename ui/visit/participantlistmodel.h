// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/participantrepository.h"
#include "ui/lists/recordtablemodel.h"

#include <QMap>

/// The participants of one visit, a row each: name, role, institution, country, arrival,
/// departure, accommodation and diet.
class ParticipantListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Institution, Country, Arrival, Departure, Accommodation, Diet, ColumnCount };

    explicit ParticipantListModel(Database& database, QObject* parent = nullptr);

    /// Shows the participants of `visitId` (none for 0).
    void setVisitId(Id visitId);
    Id visitId() const { return m_visitId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    /// The participant on `row`, with what the list shows of their person.
    const ParticipantRow& participantAt(int row) const { return m_rows.at(row); }
    /// How many participants have each role; roles nobody has are absent.
    QMap<ParticipantRole, int> roleCounts() const;

protected:
    Status readRows() override;
    Id idAt(int row) const override { return m_rows.at(row).participant.id; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    ParticipantRepository m_repository;
    Id m_visitId = 0;
    QList<ParticipantRow> m_rows;
};
