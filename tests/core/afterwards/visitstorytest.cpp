// SPDX-License-Identifier: GPL-3.0-or-later
// What a visit's report tells, gathered from the repositories.
#include "core/afterwards/visitstory.h"

#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

Id created(const Result<Id>& result)
{
    INFO((result ? std::string() : result.error().message().toStdString()));
    REQUIRE(result.ok());
    return *result;
}

Id institution(Database& db, const QString& name)
{
    Institution place;
    place.name.text = name;
    return created(InstitutionRepository(db).create(place));
}

Id person(Database& db, const QString& family, Id institutionId)
{
    Person someone;
    someone.givenName = QStringLiteral("Anna");
    someone.familyName = family;
    someone.institutionId = institutionId;
    return created(PersonRepository(db).create(someone));
}

void participant(Database& db, Id visitId, Id personId, ParticipantRole role)
{
    VisitParticipant participant;
    participant.visitId = visitId;
    participant.personId = personId;
    participant.role = role;
    created(ParticipantRepository(db).create(participant));
}

Id session(Database& db, Id visitId, const QDateTime& start, Id venueId, const QString& title,
           SessionKind kind = SessionKind::Presentation, const QList<SessionPerson>& people = {})
{
    Session item;
    item.visitId = visitId;
    item.startsAt = start;
    item.endsAt = start.addSecs(3600);
    item.venueInstitutionId = venueId;
    item.title.text = title;
    item.kind = kind;
    item.people = people;
    return created(ProgrammeRepository(db).create(item));
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST_CASE("A visit's story names its senders once and counts the delegation without its hosts")
{
    TestDatabase database;
    Database& db = database.db();
    const Id host = institution(db, QStringLiteral("MOPS w Kaliszu"));
    const Id sender = institution(db, QStringLiteral("Lwowska Rada Miejska"));
    const Id other = institution(db, QStringLiteral("Centrum Usług Socjalnych w Żółkwi"));
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta");
    visit.firstDay = QDate(2026, 3, 2);
    visit.lastDay = QDate(2026, 3, 3);
    visit.hostInstitutionId = host;
    visit.sendingInstitutionId = sender;
    const Id visitId = created(VisitRepository(db).create(visit));
    participant(db, visitId, person(db, QStringLiteral("Levchuk"), other), ParticipantRole::DelegationLeader);
    participant(db, visitId, person(db, QStringLiteral("Petrenko"), sender),
                ParticipantRole::DelegationMember);
    participant(db, visitId, person(db, QStringLiteral("Koval"), other), ParticipantRole::DelegationMember);
    participant(db, visitId, person(db, QStringLiteral("Nowak"), host), ParticipantRole::Host);
    participant(db, visitId, person(db, QStringLiteral("Kravets"), 0), ParticipantRole::Interpreter);

    const auto story = VisitStory::read(db, visitId);
    REQUIRE(story.ok());
    CHECK(story->delegationSize == 3);
    REQUIRE(story->host);
    CHECK(story->host->id == host);
    REQUIRE(story->senders.size() == 2);
    CHECK(story->senders.at(0).id == sender);
    CHECK(story->senders.at(1).id == other);
    CHECK_FALSE(story->funding);
}

TEST_CASE("A visit's story goes day by day with the venues and presenters and without meals")
{
    TestDatabase database;
    Database& db = database.db();
    const Id mops = institution(db, QStringLiteral("MOPS w Kaliszu"));
    const Id pup = institution(db, QStringLiteral("PUP w Kaliszu"));
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta");
    visit.firstDay = QDate(2026, 3, 2);
    visit.lastDay = QDate(2026, 3, 4);
    const Id visitId = created(VisitRepository(db).create(visit));
    const Id presenter = person(db, QStringLiteral("Woźniak"), pup);
    const Id interpreter = person(db, QStringLiteral("Kravets"), 0);
    session(db, visitId, at(2, 11), mops, QStringLiteral("Druga"));
    session(db, visitId, at(2, 9), pup, QStringLiteral("Pierwsza"), SessionKind::Presentation,
            {{interpreter, SessionRole::Interpreter}, {presenter, SessionRole::Presenter}});
    session(db, visitId, at(2, 13), pup, QStringLiteral("Obiad"), SessionKind::Meal);
    session(db, visitId, at(2, 15), pup, QStringLiteral("Trzecia"));
    session(db, visitId, at(6, 10), 0, QStringLiteral("Po wizycie"));

    const auto story = VisitStory::read(db, visitId);
    REQUIRE(story.ok());
    // The visit's three days, then the day after them a session lies on.
    REQUIRE(story->days.size() == 4);
    CHECK(story->days.at(0).date == QDate(2026, 3, 2));
    CHECK(story->days.at(2).date == QDate(2026, 3, 4));
    CHECK(story->days.at(3).date == QDate(2026, 3, 6));
    CHECK(story->days.at(1).items.isEmpty());

    const VisitStory::Day& first = story->days.at(0);
    REQUIRE(first.items.size() == 3);
    CHECK(first.items.at(0).session.title.text == QStringLiteral("Pierwsza"));
    CHECK(first.items.at(1).session.title.text == QStringLiteral("Druga"));
    CHECK(first.items.at(2).session.title.text == QStringLiteral("Trzecia"));
    // The PUP first, where the day began, and once.
    REQUIRE(first.venues.size() == 2);
    CHECK(first.venues.at(0).id == pup);
    CHECK(first.venues.at(1).id == mops);
    // Only presenters, with their institution.
    REQUIRE(first.items.at(0).presenters.size() == 1);
    CHECK(first.items.at(0).presenters.at(0).person.familyName == QStringLiteral("Woźniak"));
    REQUIRE(first.items.at(0).presenters.at(0).institution);
    CHECK(first.items.at(0).presenters.at(0).institution->id == pup);

    const VisitStory::Day& after = story->days.at(3);
    REQUIRE(after.items.size() == 1);
    CHECK_FALSE(after.items.at(0).venue);
    CHECK(after.venues.isEmpty());
}

TEST_CASE("A visit's story of a visit that does not exist is refused")
{
    TestDatabase database;
    const auto story = VisitStory::read(database.db(), 4711);
    REQUIRE_FALSE(story.ok());
    CHECK(story.error().kind() == Error::Kind::NotFound);
}
