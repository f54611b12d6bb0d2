// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/exchangegrouprepository.h"

#include "core/storage/database.h"
#include "core/storage/readertext.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

#include <algorithm>

namespace {

void bindGroup(SqlQuery& query, const ExchangeGroup& group)
{
    query.bind(QStringLiteral(":name"), group.name.trimmed())
        .bind(QStringLiteral(":interval"),
              group.meetingIntervalDays ? QVariant(*group.meetingIntervalDays) : SqlValue::null())
        .bind(QStringLiteral(":notes"), group.notes);
}

std::optional<int> toInterval(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

Result<Id> ExchangeGroupRepository::create(const ExchangeGroup& group)
{
    if (const FieldErrors errors = ExchangeGroupValidator::validate(group); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the exchange group");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    // An id given by the caller is kept: undoing a deletion brings the group back as it was.
    SqlQuery insert(m_database, QStringLiteral("INSERT INTO exchange_group (id, name, meeting_interval_days, "
                                               "notes) VALUES (:id, :name, :interval, :notes)"));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(group.id));
    bindGroup(insert, group);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    const Id id = insert.lastInsertId();
    if (Status done = writeMembers(id, group.memberInstitutionIds, what); !done) {
        return done.error();
    }
    m_database.markChanged(ChangeNotifier::Topic::ExchangeGroups);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<ExchangeGroup> ExchangeGroupRepository::get(Id id) const
{
    const QString what = tr("Reading the exchange group");
    SqlQuery query(m_database, QStringLiteral("SELECT name, meeting_interval_days, notes FROM exchange_group "
                                              "WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(what); !done) {
        return done.error();
    }
    if (!query.next()) {
        //: %1 is a number
        return Error::notFound(tr("Exchange group %1").arg(id));
    }
    ExchangeGroup group;
    group.id = id;
    group.name = query.text(0);
    group.meetingIntervalDays = toInterval(query.value(1));
    group.notes = query.text(2);

    SqlQuery members(m_database, QStringLiteral("SELECT institution_id FROM exchange_group_member "
                                                "WHERE group_id = :id ORDER BY institution_id"));
    members.bind(QStringLiteral(":id"), id);
    if (Status done = members.exec(what); !done) {
        return done.error();
    }
    while (members.next()) {
        group.memberInstitutionIds.append(members.id(0));
    }
    return group;
}

Status ExchangeGroupRepository::update(const ExchangeGroup& group)
{
    if (const FieldErrors errors = ExchangeGroupValidator::validate(group); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the exchange group");
    RecordUpdate update;
    update.what = what;
    update.statement = QStringLiteral("UPDATE exchange_group SET name = :name, "
                                      "meeting_interval_days = :interval, notes = :notes "
                                      "WHERE id = :id");
    update.id = group.id;
    update.missing = tr("Exchange group %1").arg(group.id);
    update.changed = ChangeNotifier::Topic::ExchangeGroups;
    update.bind = [&group](SqlQuery& query) { bindGroup(query, group); };
    update.writeAlso = [&] { return writeMembers(group.id, group.memberInstitutionIds, what); };
    return RecordWrites::update(m_database, update);
}

Status ExchangeGroupRepository::remove(Id id)
{
    // Its meetings lose their group (ON DELETE SET NULL), so visit views refresh too.
    return RecordWrites::remove(m_database, tr("Deleting the exchange group"),
                                QStringLiteral("exchange_group"), id, tr("Exchange group %1").arg(id),
                                ChangeNotifier::Topic::ExchangeGroups | ChangeNotifier::Topic::Visits);
}

Result<bool> ExchangeGroupRepository::any() const
{
    return SqlQuery::exists(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM exchange_group)"),
                            tr("Reading the exchange groups"));
}

Result<QList<ExchangeGroupSummary>> ExchangeGroupRepository::list() const
{
    // A cancelled meeting did not take place, so the next one is due counting from the one before.
    SqlQuery query(m_database,
                   QStringLiteral("SELECT g.id, g.name, g.meeting_interval_days, "
                                  "(SELECT count(*) FROM exchange_group_member m WHERE m.group_id = g.id), "
                                  "(SELECT count(*) FROM visit v WHERE v.exchange_group_id = g.id), "
                                  "(SELECT max(v.first_day) FROM visit v WHERE v.exchange_group_id = g.id "
                                  "AND v.status <> :cancelled) "
                                  "FROM exchange_group g ORDER BY g.id"));
    query.bind(QStringLiteral(":cancelled"), enumKey(VisitStatus::Cancelled));
    if (Status done = query.exec(tr("Reading the exchange groups")); !done) {
        return done.error();
    }
    QList<ExchangeGroupSummary> groups;
    while (query.next()) {
        ExchangeGroupSummary summary;
        summary.id = query.id(0);
        summary.name = query.text(1);
        summary.meetingIntervalDays = toInterval(query.value(2));
        summary.memberCount = query.value(3).toInt();
        summary.meetingCount = query.value(4).toInt();
        summary.lastMeeting = query.day(5);
        if (summary.lastMeeting.isValid() && summary.meetingIntervalDays) {
            summary.nextMeetingDue = summary.lastMeeting.addDays(*summary.meetingIntervalDays);
        }
        groups.append(summary);
    }
    return groups;
}

Result<QList<ExchangeGroupMeeting>> ExchangeGroupRepository::meetings(Id groupId) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT v.id, v.title, v.status, v.first_day, v.last_day, "
                                  "coalesce(i.short_name, ''), coalesce(%1, ''), i.id "
                                  "FROM visit v LEFT JOIN institution i ON i.id = v.host_institution_id "
                                  "WHERE v.exchange_group_id = :id ORDER BY v.first_day, v.id")
                       .arg(ReaderText::institutionName(QStringLiteral("i"))));
    query.bind(QStringLiteral(":id"), groupId);
    ReaderText::bind(query);
    if (Status done = query.exec(tr("Reading the meetings of the exchange group")); !done) {
        return done.error();
    }
    QList<ExchangeGroupMeeting> meetings;
    while (query.next()) {
        ExchangeGroupMeeting meeting;
        meeting.id = query.id(0);
        meeting.title = query.text(1);
        meeting.status = enumFromKey<VisitStatus>(query.text(2)).value_or(VisitStatus::Draft);
        meeting.firstDay = query.day(3);
        meeting.lastDay = query.day(4);
        meeting.hostName = query.text(5).isEmpty() ? query.text(6) : query.text(5);
        meeting.hostInstitutionId = SqlValue::toId(query.value(7));
        meetings.append(meeting);
    }
    return meetings;
}

Result<ExchangeGroupUsage> ExchangeGroupRepository::usage(Id id) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT count(*) FROM visit WHERE exchange_group_id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading the meetings of the exchange group")); !done) {
        return done.error();
    }
    ExchangeGroupUsage usage;
    if (query.next()) {
        usage.meetings = query.value(0).toInt();
    }
    return usage;
}

Status ExchangeGroupRepository::writeMembers(Id groupId, const QList<Id>& institutionIds, const QString& what)
{
    SqlQuery clear(m_database, QStringLiteral("DELETE FROM exchange_group_member WHERE group_id = :id"));
    clear.bind(QStringLiteral(":id"), groupId);
    if (Status done = clear.exec(what); !done) {
        return done;
    }
    QList<Id> unique = institutionIds;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const Id institutionId : std::as_const(unique)) {
        SqlQuery insert(m_database,
                        QStringLiteral("INSERT INTO exchange_group_member (group_id, institution_id) "
                                       "VALUES (:group, :institution)"));
        insert.bind(QStringLiteral(":group"), groupId).bind(QStringLiteral(":institution"), institutionId);
        if (Status done = insert.exec(what); !done) {
            return done;
        }
    }
    return success();
}
