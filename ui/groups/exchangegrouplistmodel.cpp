// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/groups/exchangegrouplistmodel.h"

#include "core/languages/dayrange.h"
#include "ui/lists/collatingproxymodel.h"

ExchangeGroupListModel::ExchangeGroupListModel(Database& database, QObject* parent)
    : RecordTableModel(database, ChangeNotifier::Topic::ExchangeGroups | ChangeNotifier::Topic::Visits,
                       ColumnCount, parent),
      m_repository(database)
{
    setWholeColumns({Members, Meetings, LastMeeting, NextDue});
}

int ExchangeGroupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString ExchangeGroupListModel::intervalText(std::optional<int> days)
{
    //: how often an exchange group meets
    return days ? tr("every %n day(s)", nullptr, *days) : QString();
}

Status ExchangeGroupListModel::readRows()
{
    auto rows = m_repository.list();
    if (!rows) {
        m_rows.clear();
        return rows.error();
    }
    m_rows = std::move(rows).value();
    return success();
}

QVariant ExchangeGroupListModel::cell(int row, int column, int role) const
{
    const ExchangeGroupSummary& group = m_rows.at(row);
    if (role == Qt::TextAlignmentRole && (column == Members || column == Meetings)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CollatingProxyModel::SortRole) {
        return {};
    }
    const bool sorting = role == CollatingProxyModel::SortRole;
    const auto day = [sorting](const QDate& date) -> QVariant {
        if (sorting) {
            return date;
        }
        return date.isValid() ? formatDay(date) : QString();
    };
    switch (static_cast<Column>(column)) {
    case Name:
        return group.name;
    case Members:
        return group.memberCount;
    case Meetings:
        return group.meetingCount;
    case LastMeeting:
        return day(group.lastMeeting);
    case NextDue:
        return day(group.nextMeetingDue);
    case ColumnCount:
        break;
    }
    return {};
}

QString ExchangeGroupListModel::header(int column) const
{
    switch (static_cast<Column>(column)) {
    case Name:
        return tr("Name");
    case Members:
        //: how many institutions belong to an exchange group
        return tr("Members");
    case Meetings:
        //: how many meetings an exchange group has held or planned
        return tr("Meetings");
    case LastMeeting:
        return tr("Last meeting");
    case NextDue:
        //: the day the next meeting of an exchange group is due
        return tr("Next due");
    case ColumnCount:
        break;
    }
    return {};
}
