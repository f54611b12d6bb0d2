// SPDX-License-Identifier: GPL-3.0-or-later
// Between visits: exchange groups, their next meeting, a visit made from an earlier one.
#include "core/storage/exchangegrouprepository.h"
#include "tests/cli/cli.h"

using namespace CliTests;

namespace {

QString visitCount(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM visit")));
    REQUIRE(query.next());
    return query.value(0).toString();
}

/// The sample's exchange group: its line of list groups.
QStringList sampleGroup(Cli& cli, const QString& db)
{
    const Run listed =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("groups")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    const QStringList fields = lines.first().split(u'\t');
    REQUIRE(fields.size() == 4);
    return fields;
}

} // namespace

TEST_CASE("list groups prints each exchange group with its members and next meeting due")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    addSampleVisits(cli, db);
    const QStringList group = sampleGroup(cli, db);
    CHECK(group.at(0).toLongLong() > 0);
    CHECK(group.at(1).contains(QStringLiteral("Grupa")));
    CHECK(group.at(2) == QStringLiteral("6"));
    CHECK((group.at(3) == QStringLiteral("-") || QDate::fromString(group.at(3), Qt::ISODate).isValid()));
}

TEST_CASE("plan-meeting adds a draft meeting at a member, on the day asked or on working days due")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    addSampleVisits(cli, db);
    const QString groupId = sampleGroup(cli, db).at(0);

    const Run planned =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("plan-meeting"), QStringLiteral("--group"),
                 groupId, QStringLiteral("--first-day"), QStringLiteral("2027-03-02")});
    INFO(planned.err.toStdString());
    REQUIRE(planned.exitCode == 0);
    QStringList fields = planned.out.trimmed().split(u'\t');
    REQUIRE(fields.size() == 4);
    CHECK(fields.at(3) == QStringLiteral("2027-03-02/2027-03-03"));
    const Id firstHost = fields.at(1).toLongLong();

    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        const auto members = ExchangeGroupRepository(**opened).get(groupId.toLongLong());
        REQUIRE(members.ok());
        CHECK(members->memberInstitutionIds.contains(firstHost));
        const auto meeting = VisitRepository(**opened).get(fields.at(0).toLongLong());
        REQUIRE(meeting.ok());
        CHECK(meeting->kind == VisitKind::ExchangeGroupMeeting);
        CHECK(meeting->status == VisitStatus::Draft);
        CHECK(meeting->hostInstitutionId == firstHost);
        CHECK(meeting->invitedInstitutionIds.size() == members->memberInstitutionIds.size() - 1);
    }

    // The next one goes to another member, on working days after the one just planned.
    const Run next = cli.run({QStringLiteral("--database"), db, QStringLiteral("plan-meeting"),
                              QStringLiteral("--group"), groupId});
    INFO(next.err.toStdString());
    REQUIRE(next.exitCode == 0);
    fields = next.out.trimmed().split(u'\t');
    REQUIRE(fields.size() == 4);
    CHECK(fields.at(1).toLongLong() != firstHost);
    const QDate firstDay = QDate::fromString(fields.at(3).section(u'/', 0, 0), Qt::ISODate);
    REQUIRE(firstDay.isValid());
    CHECK(firstDay > QDate(2027, 3, 3));
    CHECK(firstDay.dayOfWeek() <= 5);
}

TEST_CASE(
    "plan-meeting refuses an unknown group, a host that is not a member and a wrong day, writing nothing")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    addSampleVisits(cli, db);
    const QString groupId = sampleGroup(cli, db).at(0);
    Id outsiderId = 0;
    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        QSqlQuery query((*opened)->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT min(id) FROM institution WHERE id NOT IN "
                                          "(SELECT institution_id FROM exchange_group_member)")));
        REQUIRE(query.next());
        outsiderId = query.value(0).toLongLong();
        REQUIRE(outsiderId > 0);
    }
    const QByteArray before = hashOf(db);
    const QString base = QStringLiteral("--database");

    const Run unknown = cli.run(
        {base, db, QStringLiteral("plan-meeting"), QStringLiteral("--group"), QStringLiteral("4711")});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("4711")));
    const Run outsider = cli.run({base, db, QStringLiteral("plan-meeting"), QStringLiteral("--group"),
                                  groupId, QStringLiteral("--host"), QString::number(outsiderId)});
    CHECK(outsider.exitCode == 3);
    CHECK(outsider.err.contains(QStringLiteral("not a member")));
    const Run notADay = cli.run({base, db, QStringLiteral("plan-meeting"), QStringLiteral("--group"), groupId,
                                 QStringLiteral("--first-day"), QStringLiteral("2027-02-30")});
    CHECK(notADay.exitCode == 3);
    CHECK(notADay.err.contains(QStringLiteral("2027-02-30")));
    CHECK(cli.run({base, db, QStringLiteral("plan-meeting")}).exitCode == 2);
    CHECK(hashOf(db) == before);
}

TEST_CASE("duplicate visit adds a draft copy on the new days and prints its id")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QString base = QStringLiteral("--database");
    const Run copied = cli.run({base, db, QStringLiteral("duplicate"), QStringLiteral("visit"),
                                QStringLiteral("--visit"), visit, QStringLiteral("--first-day"),
                                QStringLiteral("2027-05-17"), QStringLiteral("--with-participants")});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    const Id copyId = copied.out.trimmed().toLongLong();
    REQUIRE(copyId > 0);

    auto opened = Database::open(db);
    REQUIRE(opened.ok());
    Database& database = **opened;
    const Visit source = *VisitRepository(database).get(visit.toLongLong());
    const Visit copy = *VisitRepository(database).get(copyId);
    CHECK(copy.firstDay == QDate(2027, 5, 17));
    CHECK(copy.firstDay.daysTo(copy.lastDay) == source.firstDay.daysTo(source.lastDay));
    CHECK(copy.status == VisitStatus::Draft);
    CHECK(copy.title == source.title);
    const auto sessions = ProgrammeRepository(database).listForVisit(copyId);
    const auto sourceSessions = ProgrammeRepository(database).listForVisit(source.id);
    REQUIRE(sessions.ok());
    REQUIRE(sourceSessions.ok());
    CHECK(sessions->size() == sourceSessions->size());
    QSqlQuery participants(database.connection());
    REQUIRE(participants.exec(
        QStringLiteral("SELECT count(*) FROM visit_participant WHERE visit_id = %1").arg(copyId)));
    REQUIRE(participants.next());
    CHECK(participants.value(0).toInt() > 0);
}

TEST_CASE("duplicate visit refuses an unknown visit and a wrong day, writing nothing")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    const QString visit = addSampleVisits(cli, db);
    const QByteArray before = hashOf(db);
    const QString base = QStringLiteral("--database");
    const Run unknown =
        cli.run({base, db, QStringLiteral("duplicate"), QStringLiteral("visit"), QStringLiteral("--visit"),
                 QStringLiteral("4711"), QStringLiteral("--first-day"), QStringLiteral("2027-05-17")});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("4711")));
    const Run notADay =
        cli.run({base, db, QStringLiteral("duplicate"), QStringLiteral("visit"), QStringLiteral("--visit"),
                 visit, QStringLiteral("--first-day"), QStringLiteral("17.13.2027")});
    CHECK(notADay.exitCode == 3);
    CHECK(notADay.err.contains(QStringLiteral("17.13.2027")));
    CHECK(cli.run({base, db, QStringLiteral("duplicate"), QStringLiteral("visit"), QStringLiteral("--visit"),
                   visit})
              .exitCode == 2);
    CHECK(hashOf(db) == before);
    auto opened = Database::open(db);
    REQUIRE(opened.ok());
    CHECK(visitCount(**opened) == QStringLiteral("6"));
}

TEST_CASE("list projects prints each funding project with its acronym and period")
{
    Cli cli;
    const QString db = cli.path(QStringLiteral("sample.wizyta"));
    addSampleVisits(cli, db);
    const Run listed =
        cli.run({QStringLiteral("--database"), db, QStringLiteral("list"), QStringLiteral("projects")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        INFO(line.toStdString());
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() == 4);
        CHECK(fields.at(0).toLongLong() > 0);
        CHECK_FALSE(fields.at(1).isEmpty());
        CHECK_FALSE(fields.at(2).isEmpty());
        const QStringList period = fields.at(3).split(u'/');
        REQUIRE(period.size() == 2);
        CHECK(
            (period.at(0) == QStringLiteral("-") || QDate::fromString(period.at(0), Qt::ISODate).isValid()));
    }
}
