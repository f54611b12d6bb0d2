// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/participantlistmodel.h"

#include "core/languages/dayrange.h"
#include "ui/lists/collatingproxymodel.h"

#include <QLocale>

namespace {

QString formatTime(const QDateTime& time)
{
    return formatShortDateTime(time);
}

} // namespace

ParticipantListModel::ParticipantListModel(Database& database, QObject* parent)
    : RecordTableModel(database,
                       ChangeNotifier::Topic::Participants | ChangeNotifier::Topic::People |
                           ChangeNotifier::Topic::Institutions,
                       ColumnCount, parent),
      m_repository(database)
{
    setWholeColumns({Arrival, Departure});
}

void ParticipantListModel::setVisitId(Id visitId)
{
    m_visitId = visitId;
    reload();
}

int ParticipantListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QMap<ParticipantRole, int> ParticipantListModel::roleCounts() const
{
    QMap<ParticipantRole, int> counts;
    for (const ParticipantRow& row : m_rows) {
        ++counts[row.participant.role];
    }
    return counts;
}

Status ParticipantListModel::readRows()
{
    m_rows.clear();
    if (m_visitId == 0) {
        return success();
    }
    auto rows = m_repository.listForVisit(m_visitId);
    if (!rows) {
        return rows.error();
    }
    m_rows = std::move(rows).value();
    return success();
}

QVariant ParticipantListModel::cell(int row, int column, int role) const
{
    const ParticipantRow& entry = m_rows.at(row);
    const VisitParticipant& participant = entry.participant;
    if (role == CollatingProxyModel::SortRole) {
        switch (static_cast<Column>(column)) {
        case Name:
            // By family name, as attendance lists are.
            return entry.familyName + QLatin1Char(' ') + entry.displayName;
        case Role:
            return static_cast<int>(participant.role);
        case Arrival:
            return participant.arrival.toString(Qt::ISODate);
        case Departure:
            return participant.departure.toString(Qt::ISODate);
        default:
            return {}; // the displayed text
        }
    }
    if (role == Qt::ToolTipRole && column == Name) {
        QStringList lines{entry.displayName};
        if (!entry.latinName.isEmpty() && entry.latinName != entry.displayName) {
            lines << entry.latinName;
        }
        if (!entry.position.isEmpty()) {
            lines << entry.position;
        }
        if (!participant.notes.isEmpty()) {
            lines << participant.notes;
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && column == Diet && !entry.accessibilityNeeds.isEmpty()) {
        //: %1 is what a participant needs, e.g. "wheelchair access"
        return tr("Accessibility: %1").arg(entry.accessibilityNeeds);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (static_cast<Column>(column)) {
    case Name:
        return entry.displayName;
    case Role:
        return enumDisplayName(participant.role);
    case Institution:
        return entry.institutionName;
    case Country:
        return entry.country;
    case Arrival:
        return formatTime(participant.arrival);
    case Departure:
        return formatTime(participant.departure);
    case Accommodation:
        return participant.accommodation;
    case Diet: {
        const QString diet = entry.diet == DietCategory::None ? QString() : enumDisplayName(entry.diet);
        if (entry.dietNote.isEmpty()) {
            return diet;
        }
        return diet.isEmpty() ? entry.dietNote : QStringLiteral("%1 — %2").arg(diet, entry.dietNote);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString ParticipantListModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Institution:
        return tr("Institution");
    case Country:
        return tr("Country");
    case Arrival:
        return tr("Arrival");
    case Departure:
        return tr("Departure");
    case Accommodation:
        return tr("Accommodation");
    case Diet:
        return tr("Diet");
    case ColumnCount:
        break;
    }
    return {};
}
