// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/programmerepository.h"
#include "ui/lists/recordtablemodel.h"

#include <QHash>

/// One visit's programme in the order it happens, a session per row: day, time, title, kind, venue,
/// city, the people with a role in it, and who attends.
///
/// The day is written on the first session of each day only, so the days stand out as in a printed
/// programme; every row still gives its day as its tooltip and to screen readers.
class ProgrammeModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Time, Title, Kind, Venue, City, People, Audience, ColumnCount };

    explicit ProgrammeModel(Database& database, QObject* parent = nullptr);

    /// Shows the programme of `visitId` (nothing for 0).
    void setVisitId(Id visitId);
    Id visitId() const { return m_visitId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    const Session& sessionAt(int row) const { return m_rows.at(row).session; }

protected:
    Status readRows() override;
    Id idAt(int row) const override { return m_rows.at(row).session.id; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QString timeText(const Session& session) const;
    QString peopleText(const Session& session) const;

    Id m_visitId = 0;
    QList<ProgrammeRow> m_rows;
    QHash<Id, QString> m_personNames;
};
