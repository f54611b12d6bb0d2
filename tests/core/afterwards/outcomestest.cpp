// SPDX-License-Identifier: GPL-3.0-or-later
// What came of a visit: agreements and recommendations, and the follow-up tasks it left.
#include "core/storage/followuprepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/outcomerepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

Id addVisit(Database& db, const QString& title)
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    return *VisitRepository(db).create(visit);
}

FollowUp task(Id visitId, const QString& what, const QDate& due, FollowUpStatus status = FollowUpStatus::Open)
{
    FollowUp followUp;
    followUp.visitId = visitId;
    followUp.task = what;
    followUp.due = due;
    followUp.status = status;
    return followUp;
}

} // namespace

TEST_CASE("An agreement with a partner is kept with the visit and outlives a deleted partner")
{
    TestDatabase test;
    Database& db = test.db();
    const Id visit = addVisit(db, QStringLiteral("Lwów"));
    Institution council;
    council.name.text = QStringLiteral("Lwowska Rada Miejska");
    const Id councilId = *InstitutionRepository(db).create(council);
    OutcomeRepository outcomes(db);
    Outcome agreement;
    agreement.visitId = visit;
    agreement.title = QStringLiteral("Umowa o współpracy w zakresie pomocy społecznej");
    agreement.partnerInstitutionId = councilId;
    agreement.date = QDate(2026, 5, 25);
    const auto agreementId = outcomes.create(agreement);
    REQUIRE(agreementId.ok());
    Outcome recommendations;
    recommendations.visitId = visit;
    recommendations.kind = OutcomeKind::Recommendation;
    recommendations.title = QStringLiteral("Rekomendacje dla centrów pomocy rodzinie");
    REQUIRE(outcomes.create(recommendations).ok());

    // Untitled: refused, nothing stored.
    Outcome untitled = recommendations;
    untitled.title = QStringLiteral("  ");
    const auto refused = outcomes.create(untitled);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("outcome.title"));

    auto listed = outcomes.listForVisit(visit);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    agreement.id = *agreementId;
    CHECK(listed->at(0) == agreement); // dated first, then the undated
    CHECK(listed->at(1).kind == OutcomeKind::Recommendation);

    REQUIRE(InstitutionRepository(db).remove(councilId).ok());
    listed = outcomes.listForVisit(visit);
    REQUIRE(listed.ok());
    CHECK(listed->at(0).partnerInstitutionId == 0);
    CHECK(listed->at(0).title == agreement.title);
}

TEST_CASE("Open follow-up tasks are listed by due day across visits and tell which visits have any")
{
    TestDatabase test;
    Database& db = test.db();
    const Id lviv = addVisit(db, QStringLiteral("Lwów"));
    const Id oslo = addVisit(db, QStringLiteral("Oslo"));
    const Id quiet = addVisit(db, QStringLiteral("Wilno"));
    Person owner;
    owner.givenName = QStringLiteral("Agnieszka");
    owner.familyName = QStringLiteral("Wróblewska");
    const Id ownerId = *PersonRepository(db).create(owner);

    FollowUpRepository tasks(db);
    FollowUp handbook =
        task(lviv, QStringLiteral("Podręcznik dobrych praktyk po ukraińsku"), QDate(2026, 9, 30));
    handbook.ownerPersonId = ownerId;
    const Id handbookId = *tasks.create(handbook);
    REQUIRE(tasks.create(task(oslo, QStringLiteral("Raport dla funduszu"), QDate(2026, 7, 15))).ok());
    REQUIRE(tasks.create(task(oslo, QStringLiteral("Zaproszenie na rewizytę"), QDate())).ok());
    REQUIRE(
        tasks.create(task(quiet, QStringLiteral("Podziękowania"), QDate(2026, 6, 1), FollowUpStatus::Done))
            .ok());

    const auto open = tasks.open();
    REQUIRE(open.ok());
    QStringList order;
    for (const FollowUp& followUp : *open) {
        order << followUp.task;
    }
    CHECK(order == QStringList{QStringLiteral("Raport dla funduszu"),
                               QStringLiteral("Podręcznik dobrych praktyk po ukraińsku"),
                               QStringLiteral("Zaproszenie na rewizytę")});
    CHECK(*tasks.visitsWithOpenTasks() == QList<Id>{lviv, oslo});
    CHECK(open->at(0).isOverdue(QDate(2026, 7, 16)));
    CHECK_FALSE(open->at(0).isOverdue(QDate(2026, 7, 15)));
    CHECK_FALSE(open->at(2).isOverdue(QDate(2030, 1, 1))); // no due day: never overdue

    // Done: no longer open; its owner deleted: the task stays without one.
    handbook.id = handbookId;
    handbook.status = FollowUpStatus::Done;
    REQUIRE(tasks.update(handbook).ok());
    CHECK(*tasks.visitsWithOpenTasks() == QList<Id>{oslo});
    REQUIRE(PersonRepository(db).remove(ownerId).ok());
    CHECK(tasks.listForVisit(lviv)->constFirst().ownerPersonId == 0);
    CHECK_FALSE(tasks.create(task(lviv, QString(), QDate())).ok());
}
