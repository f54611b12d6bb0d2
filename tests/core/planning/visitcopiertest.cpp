// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/visitcopier.h"

#include "core/conflicts/conflictchecker.h"
#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

/// A visit of 23–27 March 2026 (summer time starts on 29 March in Warsaw) with a delegation of two,
/// a presenter, an interpreter, a session for all and one for a chosen participant.
struct EarlierVisit
{
    Id visitId = 0;
    Id venueId = 0;
    Id presenterId = 0;
    Id interpreterId = 0;
    Id leaderPersonId = 0;
    Id leaderParticipantId = 0;
    Id memberPersonId = 0;

    explicit EarlierVisit(Database& db)
    {
        venueId = insertRow(db, QStringLiteral("institution"),
                            {{QStringLiteral("name"), QStringLiteral("Dom Dziennego Pobytu „Słoneczko”")},
                             {QStringLiteral("city"), QStringLiteral("Płock")}});
        auto person = [&db](const char* given, const char* family) {
            return insertRow(db, QStringLiteral("person"),
                             {{QStringLiteral("given_name"), QString::fromUtf8(given)},
                              {QStringLiteral("family_name"), QString::fromUtf8(family)}});
        };
        presenterId = person("Anna", "Wiśniewska");
        interpreterId = person("Olena", "Kravets");
        leaderPersonId = person("Оксана", "Коваль");
        memberPersonId = person("Тарас", "Мельник");
        Visit visit;
        visit.title.text = QStringLiteral("Wizyta studyjna z Żytomierza");
        visit.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Навчальний візит із Житомира"));
        visit.kind = VisitKind::IncomingStudyVisit;
        visit.status = VisitStatus::Completed;
        visit.firstDay = QDate(2026, 3, 23);
        visit.lastDay = QDate(2026, 3, 27);
        visit.hostInstitutionId = venueId;
        visit.sendingCountry = QStringLiteral("UA");
        visit.workingLanguages = {QStringLiteral("pl"), QStringLiteral("uk")};
        visit.printLanguages = {QStringLiteral("uk"), QStringLiteral("pl")};
        visit.notes = QStringLiteral("Hotel zarezerwowany do 27 marca.");
        visitId = *VisitRepository(db).create(visit);

        ParticipantRepository participants(db);
        VisitParticipant leader;
        leader.visitId = visitId;
        leader.personId = leaderPersonId;
        leader.role = ParticipantRole::DelegationLeader;
        leader.arrival = at(QDate(2026, 3, 22), 18);
        leader.departure = at(QDate(2026, 3, 28), 10);
        leaderParticipantId = *participants.create(leader);
        VisitParticipant member = leader;
        member.personId = memberPersonId;
        member.role = ParticipantRole::DelegationMember;
        REQUIRE(participants.create(member).ok());

        ProgrammeRepository programme(db);
        Session opening;
        opening.visitId = visitId;
        opening.startsAt = at(QDate(2026, 3, 23), 9);
        opening.endsAt = at(QDate(2026, 3, 23), 10, 30);
        opening.title.text = QStringLiteral("System pomocy społecznej w Płocku");
        opening.title.translations.insert(QStringLiteral("uk"),
                                          QStringLiteral("Система соціальної допомоги в Плоцьку"));
        opening.description.text = QStringLiteral("Prezentacja dyrektora ośrodka.");
        opening.venueInstitutionId = venueId;
        opening.room = QStringLiteral("sala 12");
        opening.language = QStringLiteral("pl");
        opening.interpretation = InterpretationMode::Consecutive;
        opening.interpretedInto = {QStringLiteral("uk")};
        opening.people = {{presenterId, SessionRole::Presenter}, {interpreterId, SessionRole::Interpreter}};
        REQUIRE(programme.create(opening).ok());
        Session leaders = opening;
        leaders.title = {QStringLiteral("Spotkanie z kierownikiem delegacji"), {}};
        leaders.startsAt = at(QDate(2026, 3, 27), 14);
        leaders.endsAt = at(QDate(2026, 3, 27), 15);
        leaders.wholeDelegation = false;
        leaders.audienceParticipantIds = {leaderParticipantId};
        REQUIRE(programme.create(leaders).ok());
    }
};

QList<Session> sessionsOf(Database& db, Id visitId)
{
    QList<Session> sessions;
    const auto rows = ProgrammeRepository(db).listForVisit(visitId);
    REQUIRE(rows.ok());
    for (const ProgrammeRow& row : *rows) {
        sessions.append(row.session);
    }
    return sessions;
}

} // namespace

TEST_CASE("A duplicated visit is a draft on the new days with its whole programme")
{
    TestDatabase test;
    const EarlierVisit earlier(test.db());
    // A year later, starting on Monday 22 March 2027: 364 days on.
    const auto id = VisitCopier(test.db()).duplicate(earlier.visitId, QDate(2027, 3, 22), false);
    REQUIRE(id.ok());
    const Visit copy = *VisitRepository(test.db()).get(*id);
    const Visit source = *VisitRepository(test.db()).get(earlier.visitId);
    CHECK(copy.status == VisitStatus::Draft);
    CHECK(copy.firstDay == QDate(2027, 3, 22));
    CHECK(copy.lastDay == QDate(2027, 3, 26));
    CHECK(copy.title == source.title);
    CHECK(copy.kind == source.kind);
    CHECK(copy.hostInstitutionId == source.hostInstitutionId);
    CHECK(copy.workingLanguages == source.workingLanguages);
    CHECK(copy.printLanguages == source.printLanguages);
    CHECK(copy.notes.isEmpty());

    const QList<Session> before = sessionsOf(test.db(), earlier.visitId);
    const QList<Session> after = sessionsOf(test.db(), *id);
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        INFO(before.at(i).title.text.toStdString());
        CHECK(after.at(i).startsAt == before.at(i).startsAt.addDays(364));
        CHECK(after.at(i).endsAt == before.at(i).endsAt.addDays(364));
        CHECK(after.at(i).title == before.at(i).title);
        CHECK(after.at(i).description == before.at(i).description);
        CHECK(after.at(i).venueInstitutionId == earlier.venueId);
        CHECK(after.at(i).room == before.at(i).room);
        CHECK(after.at(i).people == before.at(i).people);
        CHECK(after.at(i).interpretation == before.at(i).interpretation);
        CHECK(after.at(i).interpretedInto == before.at(i).interpretedInto);
        CHECK(after.at(i).wholeDelegation == before.at(i).wholeDelegation);
    }
    // Without participants there is no one to choose yet: the chosen audience is kept, empty.
    CHECK(after.at(1).audienceParticipantIds.isEmpty());
    CHECK(ParticipantRepository(test.db()).listForVisit(*id)->isEmpty());
    // The earlier visit is as it was.
    CHECK(VisitRepository(test.db()).get(earlier.visitId)->status == VisitStatus::Completed);
}

TEST_CASE("A duplicate keeps the wall-clock time across a change of summer time")
{
    TestDatabase test;
    const EarlierVisit earlier(test.db());
    // From winter time (23 March) to summer time (30 March, after the change on 29 March): 09:00 stays 09:00.
    const auto id = VisitCopier(test.db()).duplicate(earlier.visitId, QDate(2026, 3, 30), false);
    REQUIRE(id.ok());
    const QList<Session> after = sessionsOf(test.db(), *id);
    REQUIRE_FALSE(after.isEmpty());
    CHECK(after.first().startsAt == at(QDate(2026, 3, 30), 9));
    CHECK(after.first().endsAt == at(QDate(2026, 3, 30), 10, 30));
}

TEST_CASE("With participants a duplicate brings them, their stays moved and the chosen audience kept")
{
    TestDatabase test;
    const EarlierVisit earlier(test.db());
    const auto id = VisitCopier(test.db()).duplicate(earlier.visitId, QDate(2026, 6, 1), true);
    REQUIRE(id.ok());
    const auto participants = *ParticipantRepository(test.db()).listForVisit(*id);
    REQUIRE(participants.size() == 2);
    Id leaderThere = 0;
    for (const ParticipantRow& row : participants) {
        if (row.participant.personId == earlier.leaderPersonId) {
            leaderThere = row.participant.id;
            CHECK(row.participant.role == ParticipantRole::DelegationLeader);
            CHECK(row.participant.arrival == at(QDate(2026, 5, 31), 18));
            CHECK(row.participant.departure == at(QDate(2026, 6, 6), 10));
        }
    }
    REQUIRE(leaderThere != 0);
    CHECK(leaderThere != earlier.leaderParticipantId);
    const QList<Session> after = sessionsOf(test.db(), *id);
    REQUIRE(after.size() == 2);
    CHECK_FALSE(after.at(1).wholeDelegation);
    CHECK(after.at(1).audienceParticipantIds == QList<Id>{leaderThere});
}

TEST_CASE("A visit that does not exist is not duplicated and nothing is written")
{
    TestDatabase test;
    const EarlierVisit earlier(test.db());
    const int visits = scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit")).toInt();
    const auto missing = VisitCopier(test.db()).duplicate(earlier.visitId + 100, QDate(2027, 1, 4), true);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
    CHECK_FALSE(VisitCopier(test.db()).duplicate(earlier.visitId, QDate(), true).ok());
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == visits);
}

TEST_CASE("Sessions copied into another visit land on the chosen day, outside its days with a warning")
{
    TestDatabase test;
    const EarlierVisit earlier(test.db());
    Visit target;
    target.title.text = QStringLiteral("Wizyta z Lwowa");
    target.firstDay = QDate(2026, 9, 14);
    target.lastDay = QDate(2026, 9, 15);
    const Id targetId = *VisitRepository(test.db()).create(target);
    // The leader of the earlier delegation comes again.
    VisitParticipant again;
    again.visitId = targetId;
    again.personId = earlier.leaderPersonId;
    const Id againId = *ParticipantRepository(test.db()).create(again);

    const QList<Session> sources = sessionsOf(test.db(), earlier.visitId);
    // Both sessions: the first day lands on 15 September, the second four days later, past the visit.
    const auto copied = VisitCopier(test.db()).copySessions({sources.at(1).id, sources.at(0).id}, targetId,
                                                            QDate(2026, 9, 15));
    REQUIRE(copied.ok());
    REQUIRE(copied->size() == 2);
    const QList<Session> there = sessionsOf(test.db(), targetId);
    REQUIRE(there.size() == 2);
    CHECK(there.at(0).startsAt == at(QDate(2026, 9, 15), 9));
    CHECK(there.at(0).title == sources.at(0).title);
    CHECK(there.at(0).people == sources.at(0).people);
    CHECK(there.at(1).startsAt == at(QDate(2026, 9, 19), 14));
    CHECK(there.at(1).audienceParticipantIds == QList<Id>{againId});

    const auto warnings = ConflictChecker(test.db()).checkVisit(targetId);
    REQUIRE(warnings.ok());
    bool outside = false;
    for (const ConflictWarning& warning : *warnings) {
        outside = outside || (warning.rule == ConflictWarning::Rule::OutsideVisitDays &&
                              warning.sessionId == there.at(1).id);
    }
    CHECK(outside);
}
