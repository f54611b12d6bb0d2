// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/exchangegrouprepository.h"

#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

Id addInstitution(Database& db, const QString& name, const QString& shortName = {})
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO institution (name, short_name) VALUES (?, ?)")));
    query.addBindValue(name);
    query.addBindValue(shortName.isNull() ? QStringLiteral("") : shortName);
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

Id addMeeting(Database& db, Id groupId, QDate firstDay, Id hostId = 0,
              VisitStatus status = VisitStatus::Completed)
{
    Visit visit;
    visit.title.text = QStringLiteral("Spotkanie grupy %1").arg(firstDay.toString(Qt::ISODate));
    visit.kind = VisitKind::ExchangeGroupMeeting;
    visit.status = status;
    visit.firstDay = firstDay;
    visit.lastDay = firstDay.addDays(1);
    visit.exchangeGroupId = groupId;
    visit.hostInstitutionId = hostId;
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

ExchangeGroup sixCities(Database& db)
{
    ExchangeGroup group;
    group.name = QStringLiteral("Sieć sześciu miast – standardy usług społecznych");
    group.meetingIntervalDays = 60;
    group.notes = QStringLiteral("Gospodarz zmienia się co spotkanie; Київ dołącza w 2027.");
    for (const char* city :
         {"MOPS Gdańsk", "MOPR Kielce", "MOPS Kraków", "MOPR Lublin", "MOPS Poznań", "MOPS Wrocław"}) {
        group.memberInstitutionIds.append(addInstitution(db, QString::fromUtf8(city)));
    }
    return group;
}

int groupCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM exchange_group")).toInt();
}

} // namespace

TEST_CASE("An exchange group survives a round trip with its members and meeting interval")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    ExchangeGroup group = sixCities(test.db());
    const auto id = groups.create(group);
    REQUIRE(id.ok());
    group.id = *id;

    const auto stored = groups.get(*id);
    REQUIRE(stored.ok());
    CHECK(*stored == group);

    // Members are replaced, not added to; no usual interval is stored as NULL.
    group.memberInstitutionIds.removeFirst();
    group.memberInstitutionIds.append(addInstitution(test.db(), QStringLiteral("Urząd Miasta Łodzi")));
    group.meetingIntervalDays.reset();
    REQUIRE(groups.update(group).ok());
    CHECK(*groups.get(*id) == group);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM exchange_group_member")).toInt() == 6);
    CHECK(scalar(test.db(), QStringLiteral("SELECT meeting_interval_days IS NULL FROM exchange_group"))
              .toInt() == 1);

    REQUIRE(groups.remove(*id).ok());
    const auto gone = groups.get(*id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind() == Error::Kind::NotFound);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM exchange_group_member")).toInt() == 0);
}

TEST_CASE("An exchange group without a name or with a meeting interval of zero days is refused")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    ExchangeGroup group = sixCities(test.db());
    QString field;
    SECTION("no name")
    {
        group.name = QStringLiteral(" \t");
        field = QStringLiteral("exchangeGroup.name");
    }
    SECTION("interval of zero days")
    {
        group.meetingIntervalDays = 0;
        field = QStringLiteral("exchangeGroup.meetingIntervalDays");
    }
    SECTION("negative interval")
    {
        group.meetingIntervalDays = -14;
        field = QStringLiteral("exchangeGroup.meetingIntervalDays");
    }
    const auto id = groups.create(group);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind() == Error::Kind::Validation);
    CHECK(id.error().field() == field);
    CHECK(groupCount(test.db()) == 0);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM exchange_group_member")).toInt() == 0);
}

TEST_CASE("Updating a stored exchange group with a bad interval leaves it as it was")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    ExchangeGroup group = sixCities(test.db());
    group.id = *groups.create(group);
    ExchangeGroup broken = group;
    broken.meetingIntervalDays = 0;
    broken.memberInstitutionIds.clear();
    REQUIRE_FALSE(groups.update(broken).ok());
    CHECK(*groups.get(group.id) == group);
}

TEST_CASE("Updating or deleting an exchange group that does not exist says so")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    ExchangeGroup group = sixCities(test.db());
    group.id = 4711;
    CHECK(groups.update(group).error().kind() == Error::Kind::NotFound);
    CHECK(groups.remove(4711).error().kind() == Error::Kind::NotFound);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM exchange_group_member")).toInt() == 0);
}

TEST_CASE("An exchange group deleted and created again with its id comes back with its members")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    ExchangeGroup group = sixCities(test.db());
    group.id = *groups.create(group);
    REQUIRE(groups.remove(group.id).ok());
    const auto again = groups.create(group);
    REQUIRE(again.ok());
    CHECK(*again == group.id);
    CHECK(*groups.get(group.id) == group);
}

TEST_CASE("Deleting an exchange group keeps its meetings as visits without a group")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    const Id groupId = *groups.create(sixCities(test.db()));
    const Id meetingId = addMeeting(test.db(), groupId, QDate(2026, 2, 12));
    CHECK(groups.usage(groupId)->meetings == 1);

    REQUIRE(groups.remove(groupId).ok());
    const auto meeting = VisitRepository(test.db()).get(meetingId);
    REQUIRE(meeting.ok());
    CHECK(meeting->exchangeGroupId == 0);
}

TEST_CASE("Deleting a member institution takes it out of the exchange group")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    ExchangeGroup group = sixCities(test.db());
    group.id = *groups.create(group);
    QSqlQuery remove(test.db().connection());
    REQUIRE(remove.exec(QStringLiteral("DELETE FROM institution WHERE id = %1")
                            .arg(group.memberInstitutionIds.constFirst())));
    group.memberInstitutionIds.removeFirst();
    CHECK(groups.get(group.id)->memberInstitutionIds == group.memberInstitutionIds);
}

TEST_CASE("The exchange groups list tells when the next meeting is due, not counting a cancelled one")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    const Id rotating = *groups.create(sixCities(test.db()));
    addMeeting(test.db(), rotating, QDate(2026, 4, 16));
    addMeeting(test.db(), rotating, QDate(2026, 2, 12));
    addMeeting(test.db(), rotating, QDate(2026, 6, 18), 0, VisitStatus::Cancelled);

    ExchangeGroup irregular;
    irregular.name = QStringLiteral("Polsko-czeska grupa robocza");
    const Id irregularId = *groups.create(irregular);
    addMeeting(test.db(), irregularId, QDate(2026, 3, 5));

    ExchangeGroup fresh;
    fresh.name = QStringLiteral("Nowa sieć");
    fresh.meetingIntervalDays = 90;
    const Id freshId = *groups.create(fresh);

    const auto all = groups.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    const ExchangeGroupSummary& six = all->at(0);
    CHECK(six.id == rotating);
    CHECK(six.name == QStringLiteral("Sieć sześciu miast – standardy usług społecznych"));
    CHECK(six.meetingIntervalDays == 60);
    CHECK(six.memberCount == 6);
    CHECK(six.meetingCount == 3);
    CHECK(six.lastMeeting == QDate(2026, 4, 16));
    CHECK(six.nextMeetingDue == QDate(2026, 6, 15));

    CHECK(all->at(1).id == irregularId);
    CHECK(all->at(1).lastMeeting == QDate(2026, 3, 5));
    CHECK_FALSE(all->at(1).meetingIntervalDays.has_value());
    CHECK_FALSE(all->at(1).nextMeetingDue.isValid());

    CHECK(all->at(2).id == freshId);
    CHECK(all->at(2).memberCount == 0);
    CHECK(all->at(2).meetingCount == 0);
    CHECK_FALSE(all->at(2).lastMeeting.isValid());
    CHECK_FALSE(all->at(2).nextMeetingDue.isValid());
}

TEST_CASE("An exchange group lists its meetings by date with each host's name")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    const Id groupId = *groups.create(sixCities(test.db()));
    const Id krakow =
        addInstitution(test.db(), QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Krakowie"),
                       QStringLiteral("MOPS Kraków"));
    const Id lublin = addInstitution(test.db(), QStringLiteral("Miejski Ośrodek Pomocy Rodzinie w Lublinie"));
    const Id june = addMeeting(test.db(), groupId, QDate(2026, 6, 18), lublin, VisitStatus::Planned);
    const Id april = addMeeting(test.db(), groupId, QDate(2026, 4, 16), krakow);
    const Id february = addMeeting(test.db(), groupId, QDate(2026, 2, 12));
    addMeeting(test.db(), 0, QDate(2026, 3, 1)); // another visit, in no group

    const auto meetings = groups.meetings(groupId);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 3);
    CHECK(meetings->at(0).id == february);
    CHECK(meetings->at(0).hostName.isEmpty());
    CHECK(meetings->at(1).id == april);
    CHECK(meetings->at(1).title == QStringLiteral("Spotkanie grupy 2026-04-16"));
    CHECK(meetings->at(1).firstDay == QDate(2026, 4, 16));
    CHECK(meetings->at(1).lastDay == QDate(2026, 4, 17));
    CHECK(meetings->at(1).hostName == QStringLiteral("MOPS Kraków"));
    CHECK(meetings->at(2).id == june);
    CHECK(meetings->at(2).status == VisitStatus::Planned);
    CHECK(meetings->at(2).hostName == QStringLiteral("Miejski Ośrodek Pomocy Rodzinie w Lublinie"));
    CHECK(groups.usage(groupId)->meetings == 3);
}

TEST_CASE("Each committed change to an exchange group tells the views once")
{
    TestDatabase test;
    ExchangeGroupRepository groups(test.db());
    ExchangeGroup group = sixCities(test.db());
    QSignalSpy spy(&test.db().notifier(), &ChangeNotifier::changed);

    group.id = *groups.create(group);
    REQUIRE(spy.count() == 1);
    CHECK(qvariant_cast<ChangeNotifier::Topics>(spy.at(0).at(0)) == ChangeNotifier::Topic::ExchangeGroups);

    group.meetingIntervalDays = -1;
    REQUIRE_FALSE(groups.update(group).ok());
    CHECK(spy.count() == 1);

    group.meetingIntervalDays = 30;
    REQUIRE(groups.update(group).ok());
    CHECK(spy.count() == 2);

    REQUIRE(groups.remove(group.id).ok());
    REQUIRE(spy.count() == 3);
    CHECK(qvariant_cast<ChangeNotifier::Topics>(spy.at(2).at(0))
              .testFlag(ChangeNotifier::Topic::ExchangeGroups));
}
