// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/meetingplanner.h"

#include "core/storage/exchangegrouprepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

/// Three Polish members; Konin hosted on 29 April 2026 (a two-day meeting).
struct ThreeCities
{
    Id groupId = 0;
    Id czestochowa = 0;
    Id konin = 0;
    Id sopot = 0;
    Id outsider = 0;

    explicit ThreeCities(Database& db)
    {
        auto institution = [&db](const char* name, const char* city) {
            return insertRow(db, QStringLiteral("institution"),
                             {{QStringLiteral("name"), QString::fromUtf8(name)},
                              {QStringLiteral("city"), QString::fromUtf8(city)},
                              {QStringLiteral("country"), QStringLiteral("PL")}});
        };
        czestochowa = institution("Miejski Ośrodek Pomocy Społecznej w Częstochowie", "Częstochowa");
        konin = institution("Miejski Ośrodek Pomocy Rodzinie w Koninie", "Konin");
        sopot = institution("Miejski Ośrodek Pomocy Społecznej w Sopocie", "Sopot");
        outsider = institution("Ośrodek Pomocy Społecznej w Płocku", "Płock");
        ExchangeGroup group;
        group.name = QStringLiteral("Grupa wymiany doświadczeń");
        group.meetingIntervalDays = 60;
        group.memberInstitutionIds = {czestochowa, konin, sopot};
        groupId = *ExchangeGroupRepository(db).create(group);
        Visit meeting;
        meeting.title.text = QStringLiteral("Spotkanie w Koninie");
        meeting.kind = VisitKind::ExchangeGroupMeeting;
        meeting.status = VisitStatus::Completed;
        meeting.firstDay = QDate(2026, 4, 29);
        meeting.lastDay = QDate(2026, 4, 30);
        meeting.hostInstitutionId = konin;
        meeting.exchangeGroupId = groupId;
        meeting.workingLanguages = {QStringLiteral("pl")};
        REQUIRE(VisitRepository(db).create(meeting).ok());
    }
};

} // namespace

TEST_CASE("Planning proposes the member that waited longest on the first working days due")
{
    TestDatabase test;
    const ThreeCities group(test.db());
    const auto proposal = MeetingPlanner(test.db()).propose(group.groupId, QDate(2026, 5, 4));
    REQUIRE(proposal.ok());
    // Częstochowa and Sopot never hosted; Częstochowa joined first.
    CHECK(proposal->hostInstitutionId == group.czestochowa);
    CHECK(proposal->turns.last().institutionId == group.konin);
    // 60 days after 29 April is Sunday 28 June: Monday 29 and Tuesday 30 June.
    CHECK(proposal->due == QDate(2026, 6, 28));
    CHECK(proposal->firstDay == QDate(2026, 6, 29));
    CHECK(proposal->lastDay == QDate(2026, 6, 30));
}

TEST_CASE("A planned meeting is a draft at the host with the other members invited")
{
    TestDatabase test;
    const ThreeCities group(test.db());
    MeetingPlanner planner(test.db());
    const auto proposal = planner.withHost(*planner.propose(group.groupId, QDate(2026, 5, 4)), group.sopot);
    REQUIRE(proposal.ok());
    const auto id =
        planner.plan(group.groupId, proposal->hostInstitutionId, proposal->firstDay, proposal->lastDay);
    REQUIRE(id.ok());
    const Visit meeting = *VisitRepository(test.db()).get(*id);
    CHECK(meeting.kind == VisitKind::ExchangeGroupMeeting);
    CHECK(meeting.status == VisitStatus::Draft);
    CHECK(meeting.exchangeGroupId == group.groupId);
    CHECK(meeting.hostInstitutionId == group.sopot);
    CHECK(meeting.invitedInstitutionIds == QList<Id>{group.czestochowa, group.konin});
    CHECK(meeting.workingLanguages == QStringList{QStringLiteral("pl")});
    CHECK(meeting.title.text.contains(QStringLiteral("Sopot")));
    CHECK(meeting.firstDay == QDate(2026, 6, 29));

    // The next proposal goes to the one member that has not hosted, counting from the new meeting.
    const auto next = planner.propose(group.groupId, QDate(2026, 5, 4));
    REQUIRE(next.ok());
    CHECK(next->hostInstitutionId == group.czestochowa);
    CHECK(next->due == QDate(2026, 8, 28));
}

TEST_CASE("A host that is not a member is refused and nothing is written")
{
    TestDatabase test;
    const ThreeCities group(test.db());
    MeetingPlanner planner(test.db());
    const int visits = scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit")).toInt();
    const auto proposal = planner.propose(group.groupId, QDate(2026, 5, 4));
    REQUIRE(proposal.ok());
    CHECK_FALSE(planner.withHost(*proposal, group.outsider).ok());
    const auto refused = planner.plan(group.groupId, group.outsider, QDate(2026, 6, 29), QDate(2026, 6, 30));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);
    CHECK(refused.error().message().contains(QStringLiteral("Grupa wymiany")));
    CHECK_FALSE(planner.propose(group.groupId + 7, QDate(2026, 5, 4)).ok());
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == visits);
}

TEST_CASE("Institutions invited to a visit survive a round trip and go with a deleted institution")
{
    TestDatabase test;
    const ThreeCities group(test.db());
    Visit visit;
    visit.title.text = QStringLiteral("Konferencja");
    visit.firstDay = QDate(2026, 10, 1);
    visit.lastDay = QDate(2026, 10, 1);
    visit.invitedInstitutionIds = {group.sopot, group.konin, group.sopot};
    const Id id = *VisitRepository(test.db()).create(visit);
    CHECK(VisitRepository(test.db()).get(id)->invitedInstitutionIds == QList<Id>{group.konin, group.sopot});
    run(test.db(), QStringLiteral("DELETE FROM institution WHERE id = %1").arg(group.sopot));
    CHECK(VisitRepository(test.db()).get(id)->invitedInstitutionIds == QList<Id>{group.konin});
}
