// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/programmerepository.h"

#include "core/storage/participantrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <catch2/catch.hpp>

namespace {

Id insertPerson(Database& db, const QString& given, const QString& family)
{
    return insertRow(db, QStringLiteral("person"),
                     {{QStringLiteral("given_name"), given}, {QStringLiteral("family_name"), family}});
}

Id insertInstitution(Database& db, const QString& name, const QString& city)
{
    return insertRow(db, QStringLiteral("institution"),
                     {{QStringLiteral("name"), name}, {QStringLiteral("city"), city}});
}

Id createVisit(Database& db, const QString& title = QStringLiteral("Lwów na Mazowszu"))
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

Id addParticipant(Database& db, Id visitId, Id personId)
{
    VisitParticipant participant;
    participant.visitId = visitId;
    participant.personId = personId;
    const auto id = ParticipantRepository(db).create(participant);
    REQUIRE(id.ok());
    return *id;
}

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::UTC);
}

Session sessionAt(Id visitId, const QDateTime& start, int minutes, const QString& title)
{
    Session session;
    session.visitId = visitId;
    session.startsAt = start;
    session.endsAt = start.addSecs(minutes * 60);
    session.title.text = title;
    return session;
}

int count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

/// A visit with a venue, two people and two participants, as most tests need.
struct Programme
{
    explicit Programme(Database& database)
        : db(database), visitId(createVisit(db)),
          venue(insertInstitution(db, QStringLiteral("Fundacja Dajemy Dzieciom Siłę"),
                                  QStringLiteral("Warszawa"))),
          presenter(insertPerson(db, QStringLiteral("Maria"), QStringLiteral("Kowalska"))),
          interpreter(insertPerson(db, QStringLiteral("Олена"), QStringLiteral("Гнатюк"))),
          leader(addParticipant(db, visitId,
                                insertPerson(db, QStringLiteral("Андрій"), QStringLiteral("Шевчук")))),
          member(addParticipant(db, visitId,
                                insertPerson(db, QStringLiteral("Оксана"), QStringLiteral("Коваленко"))))
    {}

    Session workshop() const
    {
        Session session = sessionAt(visitId, at(20, 9, 30), 90,
                                    QStringLiteral("Warsztaty: ochrona dzieci przed krzywdzeniem"));
        session.title.translations.insert(QStringLiteral("uk"),
                                          QStringLiteral("Семінар: захист дітей від кривдження"));
        session.title.translations.insert(QStringLiteral("cs"), QStringLiteral("Seminář: ochrana dětí"));
        session.description.text = QStringLiteral("Standardy ochrony małoletnich w placówkach.");
        session.description.translations.insert(QStringLiteral("uk"),
                                                QStringLiteral("Стандарти захисту неповнолітніх."));
        session.kind = SessionKind::Workshop;
        session.venueInstitutionId = venue;
        session.room = QStringLiteral("Sala 2.14");
        session.address = QStringLiteral("ul. Walecznych 59");
        session.city = QStringLiteral("Warszawa");
        session.language = QStringLiteral("pl");
        session.interpretation = InterpretationMode::Consecutive;
        session.interpretedInto = {QStringLiteral("uk"), QStringLiteral("en")};
        session.wholeDelegation = false;
        session.audienceParticipantIds = {member, leader};
        session.people = {{presenter, SessionRole::Presenter},
                          {interpreter, SessionRole::Interpreter},
                          {presenter, SessionRole::Moderator}};
        session.notes = QStringLiteral("Kawa o 10:15");
        return session;
    }

    Database& db;
    Id visitId;
    Id venue;
    Id presenter;
    Id interpreter;
    Id leader;
    Id member;
};

} // namespace

TEST_CASE("A session survives a round trip with its people, audience and translations")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop();
    const auto id = sessions.create(session);
    REQUIRE(id.ok());
    session.id = *id;

    const auto stored = sessions.get(*id);
    REQUIRE(stored.ok());
    CHECK(*stored == session);
    CHECK(stored->title.in(QStringLiteral("uk")) == QStringLiteral("Семінар: захист дітей від кривдження"));
    CHECK(stored->description.in(QStringLiteral("uk")) == QStringLiteral("Стандарти захисту неповнолітніх."));
    CHECK(stored->description.in(QStringLiteral("cs")) == session.description.text);
    CHECK(scalar(test.db(), QStringLiteral("SELECT starts_at FROM agenda_session")).toString() ==
          QStringLiteral("2026-05-20T09:30"));

    const auto rows = sessions.listForVisit(programme.visitId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->constFirst().session == session);
    CHECK(rows->constFirst().venueName == QStringLiteral("Fundacja Dajemy Dzieciom Siłę"));

    REQUIRE(sessions.remove(*id).ok());
    CHECK(sessions.get(*id).error().kind() == Error::Kind::NotFound);
    CHECK(count(test.db(), QStringLiteral("agenda_session_text")) == 0);
    CHECK(count(test.db(), QStringLiteral("session_person")) == 0);
    CHECK(count(test.db(), QStringLiteral("session_audience")) == 0);
    CHECK(sessions.remove(*id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A session that ends before or when it starts is refused on its end and not stored")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop();
    SECTION("ending before it starts")
    {
        session.endsAt = session.startsAt.addSecs(-15 * 60);
    }
    SECTION("ending when it starts")
    {
        session.endsAt = session.startsAt;
    }
    SECTION("ending within the minute it starts")
    {
        session.endsAt = session.startsAt.addSecs(30); // stored to the minute: no length at all
    }
    SECTION("lasting more than a day")
    {
        session.endsAt = session.startsAt.addDays(1).addSecs(60);
    }
    const auto refused = sessions.create(session);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);
    CHECK(refused.error().field() == QLatin1String("session.end"));
    CHECK(count(test.db(), QStringLiteral("agenda_session")) == 0);
    CHECK(count(test.db(), QStringLiteral("agenda_session_text")) == 0);
    CHECK(count(test.db(), QStringLiteral("session_person")) == 0);
}

TEST_CASE("A session without a title, start or end is refused, naming the field")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop();
    QString field;
    SECTION("title")
    {
        session.title.text = QStringLiteral("  ");
        field = QStringLiteral("session.title");
    }
    SECTION("start")
    {
        session.startsAt = QDateTime();
        field = QStringLiteral("session.start");
    }
    SECTION("end")
    {
        session.endsAt = QDateTime();
        field = QStringLiteral("session.end");
    }
    SECTION("language code")
    {
        session.language = QStringLiteral("polski");
        field = QStringLiteral("session.language");
    }
    SECTION("translation language code")
    {
        session.title.translations.insert(QStringLiteral("ukr"), QStringLiteral("Семінар"));
        field = QStringLiteral("session.title");
    }
    SECTION("a person twice in one role")
    {
        session.people.append({programme.presenter, SessionRole::Presenter});
        field = QStringLiteral("session.people");
    }
    CHECK(sessions.create(session).error().field() == field);
    CHECK(count(test.db(), QStringLiteral("agenda_session")) == 0);
}

TEST_CASE("A session of a visit that does not exist, or with unknown people or audience, is refused")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop();
    SECTION("no such visit")
    {
        session.visitId = programme.visitId + 100;
        session.audienceParticipantIds.clear();
        CHECK(sessions.create(session).error().kind() == Error::Kind::NotFound);
    }
    SECTION("no such venue")
    {
        session.venueInstitutionId = programme.venue + 100;
        CHECK(sessions.create(session).error().field() == QLatin1String("session.venue"));
    }
    SECTION("no such person")
    {
        session.people.append({programme.interpreter + 100, SessionRole::Interpreter});
        CHECK(sessions.create(session).error().field() == QLatin1String("session.people"));
    }
    SECTION("a participant of another visit")
    {
        const Id otherVisit = createVisit(test.db(), QStringLiteral("Wsetin w Krakowie"));
        session.audienceParticipantIds.append(
            addParticipant(test.db(), otherVisit,
                           insertPerson(test.db(), QStringLiteral("Jana"), QStringLiteral("Dvořáková"))));
        const auto refused = sessions.create(session);
        CHECK(refused.error().kind() == Error::Kind::Validation);
        CHECK(refused.error().field() == QLatin1String("session.audience"));
    }
    CHECK(count(test.db(), QStringLiteral("agenda_session")) == 0);
    CHECK(count(test.db(), QStringLiteral("session_person")) == 0);
    CHECK(count(test.db(), QStringLiteral("session_audience")) == 0);
}

TEST_CASE("Updating a session replaces its people, audience and translations")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop();
    session.id = *sessions.create(session);

    session.people = {{programme.interpreter, SessionRole::Interpreter}};
    session.audienceParticipantIds = {programme.leader};
    session.title.translations = {{QStringLiteral("en"), QStringLiteral("Workshop: child protection")}};
    session.description = {};
    session.endsAt = session.endsAt.addSecs(30 * 60);
    session.venueInstitutionId = 0;
    session.room.clear();
    session.kind = SessionKind::PanelDiscussion;
    REQUIRE(sessions.update(session).ok());

    const auto stored = sessions.get(session.id);
    REQUIRE(stored.ok());
    CHECK(*stored == session);
    CHECK(count(test.db(), QStringLiteral("session_person")) == 1);
    CHECK(count(test.db(), QStringLiteral("session_audience")) == 1);
    CHECK(count(test.db(), QStringLiteral("agenda_session_text")) == 1);
    CHECK(scalar(test.db(), QStringLiteral("SELECT venue_institution_id IS NULL FROM agenda_session"))
              .toBool());

    SECTION("a refused update leaves the session as it was")
    {
        Session broken = session;
        broken.endsAt = broken.startsAt;
        broken.people.clear();
        CHECK(sessions.update(broken).error().field() == QLatin1String("session.end"));
        CHECK(*sessions.get(session.id) == session);
    }
    SECTION("a session cannot be moved to another visit by an update")
    {
        Session moved = session;
        moved.visitId = createVisit(test.db(), QStringLiteral("Oslo"));
        moved.audienceParticipantIds.clear();
        CHECK(sessions.update(moved).error().kind() == Error::Kind::NotFound);
        CHECK(*sessions.get(session.id) == session);
    }
    SECTION("a session that does not exist says so")
    {
        Session missing = session;
        missing.id += 100;
        CHECK(sessions.update(missing).error().kind() == Error::Kind::NotFound);
    }
}

TEST_CASE("Deleting a visit deletes its programme")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    REQUIRE(sessions.create(programme.workshop()).ok());
    const Id otherVisit = createVisit(test.db(), QStringLiteral("Oslo"));
    REQUIRE(sessions.create(sessionAt(otherVisit, at(21, 10), 60, QStringLiteral("Spotkanie"))).ok());

    REQUIRE(VisitRepository(test.db()).remove(programme.visitId).ok());
    CHECK(count(test.db(), QStringLiteral("agenda_session")) == 1);
    CHECK(count(test.db(), QStringLiteral("agenda_session_text")) == 0);
    CHECK(count(test.db(), QStringLiteral("session_person")) == 0);
    CHECK(count(test.db(), QStringLiteral("session_audience")) == 0);
    CHECK(sessions.listForVisit(programme.visitId)->isEmpty());
}

TEST_CASE("Deleting a participant takes them out of the audiences they were chosen for")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    ParticipantRepository participants(test.db());
    Session session = programme.workshop();
    session.id = *sessions.create(session);
    CHECK(participants.usage(programme.member)->audienceSessions == 1);

    REQUIRE(participants.remove(programme.member).ok());
    const auto stored = sessions.get(session.id);
    REQUIRE(stored.ok());
    CHECK(stored->audienceParticipantIds == QList<Id>{programme.leader});
    CHECK(stored->people == session.people);
}

TEST_CASE("Deleting the venue leaves the session without a venue")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    const Id id = *sessions.create(programme.workshop());
    QSqlQuery query(test.db().connection());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM institution WHERE id = %1").arg(programme.venue)));
    const auto stored = sessions.get(id);
    REQUIRE(stored.ok());
    CHECK(stored->venueInstitutionId == 0);
    CHECK(stored->room == QStringLiteral("Sala 2.14"));
    CHECK(sessions.listForVisit(programme.visitId)->constFirst().venueName.isEmpty());
}

TEST_CASE("The programme is ordered by start time, each session with its own details")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    const Id otherVisit = createVisit(test.db(), QStringLiteral("Oslo"));

    Session evening = sessionAt(programme.visitId, at(20, 18), 120, QStringLiteral("Kolacja"));
    evening.kind = SessionKind::Meal;
    evening.people = {{programme.interpreter, SessionRole::Interpreter}};
    Session morning = programme.workshop();
    Session sameStart = sessionAt(programme.visitId, morning.startsAt, 30, QStringLiteral("Powitanie"));
    sameStart.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Привітання"));
    sameStart.wholeDelegation = true;
    Session nextDay = sessionAt(programme.visitId, at(21, 8), 60, QStringLiteral("Przejazd do Płocka"));
    nextDay.audienceParticipantIds = {programme.leader};
    nextDay.wholeDelegation = false;
    const Session elsewhere = sessionAt(otherVisit, at(20, 7), 60, QStringLiteral("Oslo: śniadanie"));

    // Created out of order, so that the order comes from the times.
    for (Session* session : {&nextDay, &evening, &morning, &sameStart}) {
        const auto id = sessions.create(*session);
        REQUIRE(id.ok());
        session->id = *id;
    }
    REQUIRE(sessions.create(elsewhere).ok());

    const auto rows = sessions.listForVisit(programme.visitId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK(rows->at(0).session == morning); // same start as the welcome, created first
    CHECK(rows->at(1).session == sameStart);
    CHECK(rows->at(2).session == evening);
    CHECK(rows->at(3).session == nextDay);
    CHECK(rows->at(0).venueName == QStringLiteral("Fundacja Dajemy Dzieciom Siłę"));
    CHECK(rows->at(1).venueName.isEmpty());
    for (const ProgrammeRow& row : *rows) {
        CHECK(row.session == *sessions.get(row.session.id));
    }

    const auto day = sessions.listForDay(programme.visitId, QDate(2026, 5, 21));
    REQUIRE(day.ok());
    REQUIRE(day->size() == 1);
    CHECK(day->constFirst().session == nextDay);
    CHECK(sessions.listForDay(programme.visitId, QDate(2026, 5, 20))->size() == 3);
    CHECK(sessions.listForDay(programme.visitId, QDate(2026, 5, 22))->isEmpty());
}

TEST_CASE("The programme list shows what is stored, trimmed, after every change")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop();
    session.title.text = QStringLiteral("  Warsztaty  ");
    session.city = QStringLiteral(" Płock ");
    session.language = QStringLiteral("PL");
    session.id = *sessions.create(session);

    const Session listed = sessions.listForVisit(programme.visitId)->constFirst().session;
    CHECK(listed.title.text == QStringLiteral("Warsztaty"));
    CHECK(listed.city == QStringLiteral("Płock"));
    CHECK(listed.language == QStringLiteral("pl"));

    session = listed;
    session.startsAt = at(22, 11);
    session.endsAt = at(22, 12);
    REQUIRE(sessions.update(session).ok());
    CHECK(sessions.listForVisit(programme.visitId)->constFirst().session == session);
}

TEST_CASE("Moving a session keeps its length")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop(); // 09:30–11:00
    session.id = *sessions.create(session);

    REQUIRE(sessions.move(session.id, at(21, 14, 15).addSecs(40)).ok());
    const auto moved = sessions.get(session.id);
    REQUIRE(moved.ok());
    CHECK(moved->startsAt == at(21, 14, 15));
    CHECK(moved->endsAt == at(21, 15, 45));
    Session expected = session;
    expected.startsAt = moved->startsAt;
    expected.endsAt = moved->endsAt;
    CHECK(*moved == expected);

    REQUIRE(sessions.move(session.id, at(21, 23, 0)).ok()); // past midnight, into the next day
    CHECK(sessions.get(session.id)->endsAt == at(22, 0, 30));

    CHECK(sessions.move(session.id + 1, at(21, 9)).error().kind() == Error::Kind::NotFound);
    CHECK(sessions.move(session.id, QDateTime()).error().field() == QLatin1String("session.start"));
}

TEST_CASE("A session at 02:30 on the night clocks go forward keeps its time")
{
    TestDatabase test;
    ProgrammeRepository sessions(test.db());
    Visit visit;
    visit.title.text = QStringLiteral("Noc muzeów");
    visit.firstDay = QDate(2026, 3, 28);
    visit.lastDay = QDate(2026, 3, 29);
    const Id visitId = *VisitRepository(test.db()).create(visit);
    const QDateTime start(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC);
    Session session = sessionAt(visitId, start, 60, QStringLiteral("Zwiedzanie nocne"));
    session.id = *sessions.create(session);
    CHECK(sessions.get(session.id)->startsAt.time() == QTime(2, 30));
    CHECK(*sessions.get(session.id) == session);
}

TEST_CASE("Sessions in a time range are found across visits with their people and venue")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    const Id otherVisit = createVisit(test.db(), QStringLiteral("Wsetin w Krakowie"));

    Session workshop = programme.workshop(); // 20 May 09:30–11:00
    workshop.id = *sessions.create(workshop);
    Session elsewhere = sessionAt(otherVisit, at(20, 10), 60, QStringLiteral("Seminarium"));
    elsewhere.people = {{programme.interpreter, SessionRole::Interpreter}};
    elsewhere.venueInstitutionId = programme.venue;
    elsewhere.room = QStringLiteral("Sala 2.14");
    elsewhere.id = *sessions.create(elsewhere);
    const Id before = *sessions.create(sessionAt(otherVisit, at(20, 8), 90, QStringLiteral("Śniadanie")));
    REQUIRE(sessions.create(sessionAt(programme.visitId, at(21, 9), 60, QStringLiteral("Jutro"))).ok());

    const auto inRange = sessions.sessionsInRange(at(20, 9, 30), at(20, 12));
    REQUIRE(inRange.ok());
    REQUIRE(inRange->size() == 2); // breakfast ends as the range starts: no overlap
    const SessionSlot& first = inRange->at(0);
    CHECK(first.id == workshop.id);
    CHECK(first.visitId == programme.visitId);
    CHECK(first.title == workshop.title.text);
    CHECK(first.startsAt == workshop.startsAt);
    CHECK(first.endsAt == workshop.endsAt);
    CHECK(first.venueInstitutionId == programme.venue);
    CHECK(first.room == QStringLiteral("Sala 2.14"));
    CHECK(first.city == QStringLiteral("Warszawa"));
    CHECK(first.personIds == QList<Id>{programme.presenter, programme.interpreter});
    CHECK_FALSE(first.wholeDelegation);
    CHECK(first.audienceParticipantIds == workshop.audienceParticipantIds);
    CHECK(inRange->at(1).id == elsewhere.id);
    CHECK(inRange->at(1).visitId == otherVisit);

    const auto early = sessions.sessionsInRange(at(20, 9, 0), at(20, 9, 31));
    REQUIRE(early.ok());
    REQUIRE(early->size() == 2);
    CHECK(early->at(0).id == before);
    CHECK(early->at(1).id == workshop.id);

    CHECK(sessions.sessionsInRange(QDateTime(), QDateTime())->size() == 4);
}

TEST_CASE("A session deleted and created again with its id comes back as it was")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    Session session = programme.workshop();
    session.id = *sessions.create(session);
    REQUIRE(sessions.remove(session.id).ok());
    const auto again = sessions.create(session);
    REQUIRE(again.ok());
    CHECK(*again == session.id);
    CHECK(*sessions.get(session.id) == session);
}

TEST_CASE("Each committed change to the programme is announced once — a refused one is not")
{
    TestDatabase test;
    Programme programme(test.db());
    ProgrammeRepository sessions(test.db());
    QSignalSpy spy(&test.db().notifier(), &ChangeNotifier::changed);
    Session session = programme.workshop();

    session.id = *sessions.create(session);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<ChangeNotifier::Topics>() == ChangeNotifier::Topic::Sessions);

    session.notes = QStringLiteral("Przerwa na kawę o 10:15");
    REQUIRE(sessions.update(session).ok());
    CHECK(spy.count() == 2);

    Session broken = session;
    broken.visitId += 100;
    REQUIRE_FALSE(sessions.create(broken).ok());
    CHECK(spy.count() == 2);

    REQUIRE(sessions.move(session.id, at(21, 9)).ok());
    CHECK(spy.count() == 3);
    REQUIRE(sessions.remove(session.id).ok());
    CHECK(spy.count() == 4);
}
