// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/programmemodel.h"

#include "core/languages/dayrange.h"
#include "core/storage/personrepository.h"
#include "ui/documents/htmlbuilder.h"
#include "ui/lists/collatingproxymodel.h"

ProgrammeModel::ProgrammeModel(Database& database, QObject* parent)
    : RecordTableModel(database,
                       ChangeNotifier::Topic::Sessions | ChangeNotifier::Topic::Institutions |
                           ChangeNotifier::Topic::People | ChangeNotifier::Topic::Participants,
                       ColumnCount, parent)
{
    setWholeColumns({Day, Time});
}

void ProgrammeModel::setVisitId(Id visitId)
{
    m_visitId = visitId;
    reload();
}

int ProgrammeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Status ProgrammeModel::readRows()
{
    m_rows.clear();
    m_personNames.clear();
    if (m_visitId == 0) {
        return success();
    }
    auto rows = ProgrammeRepository(m_database).listForVisit(m_visitId);
    if (!rows) {
        return rows.error();
    }
    m_rows = std::move(rows).value();
    // One query for every name the programme shows, not one per session.
    QList<Id> named;
    for (const ProgrammeRow& row : std::as_const(m_rows)) {
        for (const SessionPerson& person : row.session.people) {
            named.append(person.personId);
        }
    }
    auto names = PersonRepository(m_database).displayNames(named);
    if (!names) {
        return names.error();
    }
    m_personNames = std::move(names).value();
    return success();
}

QVariant ProgrammeModel::cell(int row, int column, int role) const
{
    const ProgrammeRow& entry = m_rows.at(row);
    const Session& session = entry.session;
    if (role == CollatingProxyModel::SortRole && (column == Day || column == Time)) {
        return session.startsAt.toString(Qt::ISODate);
    }
    if (column == Day && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)) {
        return formatDay(session.startsAt.date());
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (static_cast<Column>(column)) {
    case Day: {
        const bool firstOfDay =
            row == 0 || m_rows.at(row - 1).session.startsAt.date() != session.startsAt.date();
        return firstOfDay ? formatDay(session.startsAt.date()) : QString();
    }
    case Time:
        return timeText(session);
    case Title:
        return session.title.forReader();
    case Kind:
        return enumDisplayName(session.kind);
    case Venue: {
        const QString place = entry.venueName.isEmpty() ? session.address : entry.venueName;
        return HtmlBuilder::joinNonEmpty({place, session.room});
    }
    case City:
        return session.city;
    case People:
        return peopleText(session);
    case Audience:
        return session.wholeDelegation ? tr("Whole delegation")
                                       : tr("%n participant(s)", nullptr,
                                            static_cast<int>(session.audienceParticipantIds.size()));
    case ColumnCount:
        break;
    }
    return {};
}

QString ProgrammeModel::timeText(const Session& session) const
{
    return formatTimeRange(session.startsAt, session.endsAt);
}

QString ProgrammeModel::peopleText(const Session& session) const
{
    QStringList people;
    for (const SessionPerson& person : session.people) {
        //: a person and their role in a session, e.g. "Anna Nowak (Presenter)"
        people << tr("%1 (%2)").arg(m_personNames.value(person.personId), enumDisplayName(person.role));
    }
    return people.join(QStringLiteral(", "));
}

QString ProgrammeModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Day:
        return tr("Day");
    case Time:
        return tr("Time");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Venue:
        return tr("Venue");
    case City:
        return tr("City");
    case People:
        return tr("People");
    case Audience:
        return tr("Audience");
    case ColumnCount:
        break;
    }
    return {};
}
