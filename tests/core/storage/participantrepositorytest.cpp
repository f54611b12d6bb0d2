// SPDX-License-Identifier: GPL-3.0-or-later
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

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::UTC);
}

VisitParticipant participantOf(Id visitId, Id personId)
{
    VisitParticipant participant;
    participant.visitId = visitId;
    participant.personId = personId;
    participant.role = ParticipantRole::DelegationLeader;
    participant.arrival = at(18, 21, 40);
    participant.departure = at(25, 14, 5);
    participant.accommodation = QStringLiteral("Hotel Harenda, pokój 214");
    participant.notes = QStringLiteral("Przyjeżdża pociągiem z Przemyśla");
    return participant;
}

int participantCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM visit_participant")).toInt();
}

} // namespace

TEST_CASE("A participant survives a round trip with arrival, departure and stay")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    const Id visitId = createVisit(test.db());
    const Id personId = insertPerson(test.db(), QStringLiteral("Оксана"), QStringLiteral("Коваленко"));
    VisitParticipant participant = participantOf(visitId, personId);
    const auto id = participants.create(participant);
    REQUIRE(id.ok());
    participant.id = *id;
    CHECK(*participants.get(*id) == participant);

    participant.role = ParticipantRole::Interpreter;
    participant.arrival = QDateTime();
    participant.departure = at(20, 9, 0);
    participant.accommodation.clear();
    REQUIRE(participants.update(participant).ok());
    const auto updated = participants.get(*id);
    REQUIRE(updated.ok());
    CHECK(*updated == participant);
    CHECK(scalar(test.db(), QStringLiteral("SELECT arrival IS NULL FROM visit_participant")).toBool());

    REQUIRE(participants.remove(*id).ok());
    CHECK(participants.get(*id).error().kind() == Error::Kind::NotFound);
    CHECK(participants.remove(*id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("The same person cannot be added to a visit twice")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    const Id visitId = createVisit(test.db());
    const Id personId = insertPerson(test.db(), QStringLiteral("Petra"), QStringLiteral("Nováková"));
    REQUIRE(participants.create(participantOf(visitId, personId)).ok());

    VisitParticipant again = participantOf(visitId, personId);
    again.role = ParticipantRole::DelegationMember;
    const auto refused = participants.create(again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);
    CHECK(refused.error().field() == QLatin1String("participant.personId"));
    CHECK(refused.error().message().contains(QStringLiteral("Petra Nováková")));
    CHECK(participantCount(test.db()) == 1);

    SECTION("not by changing another participant into them either")
    {
        const Id otherId = insertPerson(test.db(), QStringLiteral("Jana"), QStringLiteral("Dvořáková"));
        VisitParticipant other = participantOf(visitId, otherId);
        other.id = *participants.create(other);
        other.personId = personId;
        CHECK(participants.update(other).error().field() == QLatin1String("participant.personId"));
        CHECK(participants.get(other.id)->personId == otherId);
    }
    SECTION("but the same person may take part in another visit")
    {
        const Id secondVisit = createVisit(test.db(), QStringLiteral("Wsetin w Krakowie"));
        CHECK(participants.create(participantOf(secondVisit, personId)).ok());
    }
}

TEST_CASE("A departure before the arrival is refused on the departure and not stored")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    const Id visitId = createVisit(test.db());
    VisitParticipant participant =
        participantOf(visitId, insertPerson(test.db(), QStringLiteral("Jan"), QStringLiteral("Nowak")));
    participant.departure = participant.arrival.addSecs(-60);
    const auto refused = participants.create(participant);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);
    CHECK(refused.error().field() == QLatin1String("participant.departure"));
    CHECK(participantCount(test.db()) == 0);

    participant.departure = participant.arrival; // arriving and leaving at once is odd, not wrong
    CHECK(participants.create(participant).ok());
}

TEST_CASE("A participant of a visit or person that does not exist is refused, not stored")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    const Id visitId = createVisit(test.db());
    const Id personId = insertPerson(test.db(), QStringLiteral("Anna"), QStringLiteral("Wiśniewska"));

    const auto noVisit = participants.create(participantOf(visitId + 1, personId));
    REQUIRE_FALSE(noVisit.ok());
    CHECK(noVisit.error().kind() == Error::Kind::NotFound);

    const auto noPerson = participants.create(participantOf(visitId, personId + 1));
    REQUIRE_FALSE(noPerson.ok());
    CHECK(noPerson.error().kind() == Error::Kind::NotFound);

    const auto nobody = participants.create(participantOf(visitId, 0));
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().field() == QLatin1String("participant.personId"));
    CHECK(participantCount(test.db()) == 0);
}

TEST_CASE("A participant stays in the visit they were added to")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    const Id visitId = createVisit(test.db());
    const Id secondVisit = createVisit(test.db(), QStringLiteral("Oslo"));
    VisitParticipant participant =
        participantOf(visitId, insertPerson(test.db(), QStringLiteral("Ola"), QStringLiteral("Nordmann")));
    participant.id = *participants.create(participant);
    VisitParticipant moved = participant;
    moved.visitId = secondVisit;
    CHECK(participants.update(moved).error().kind() == Error::Kind::NotFound);
    CHECK(*participants.get(participant.id) == participant);
}

TEST_CASE("A participant deleted and created again with their id comes back as they were")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    VisitParticipant participant = participantOf(
        createVisit(test.db()), insertPerson(test.db(), QStringLiteral("Іван"), QStringLiteral("Петренко")));
    participant.id = *participants.create(participant);
    REQUIRE(participants.remove(participant.id).ok());
    const auto again = participants.create(participant);
    REQUIRE(again.ok());
    CHECK(*again == participant.id);
    CHECK(*participants.get(participant.id) == participant);
}

TEST_CASE("Deleting a person or the visit takes their participations with them")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    const Id visitId = createVisit(test.db());
    const Id personId = insertPerson(test.db(), QStringLiteral("Ірина"), QStringLiteral("Мельник"));
    REQUIRE(participants.create(participantOf(visitId, personId)).ok());
    REQUIRE(participants
                .create(participantOf(visitId,
                                      insertPerson(test.db(), QStringLiteral("Ewa"), QStringLiteral("Kos"))))
                .ok());

    QSqlQuery query(test.db().connection());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM person WHERE id = %1").arg(personId)));
    CHECK(participantCount(test.db()) == 1);

    REQUIRE(VisitRepository(test.db()).remove(visitId).ok());
    CHECK(participantCount(test.db()) == 0);
}

TEST_CASE("The participant list shows each person's name, institution and needs, leaders first")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    const Id visitId = createVisit(test.db());
    const Id otherVisit = createVisit(test.db(), QStringLiteral("Oslo"));
    const Id cityHall = insertRow(test.db(), QStringLiteral("institution"),
                                  {{QStringLiteral("name"), QStringLiteral("Львівська міська рада")},
                                   {QStringLiteral("country"), QStringLiteral("UA")}});
    const Id member = insertRow(test.db(), QStringLiteral("person"),
                                {{QStringLiteral("given_name"), QStringLiteral("Оксана")},
                                 {QStringLiteral("family_name"), QStringLiteral("Коваленко")},
                                 {QStringLiteral("latin_given_name"), QStringLiteral("Oksana")},
                                 {QStringLiteral("latin_family_name"), QStringLiteral("Kovalenko")},
                                 {QStringLiteral("institution_id"), cityHall},
                                 {QStringLiteral("position"), QStringLiteral("Начальниця відділу")},
                                 {QStringLiteral("country"), QStringLiteral("UA")},
                                 {QStringLiteral("diet"), QStringLiteral("gluten_free")},
                                 {QStringLiteral("diet_note"), QStringLiteral("celiakia")},
                                 {QStringLiteral("accessibility_needs"), QStringLiteral("wózek")}});
    const Id host = insertPerson(test.db(), QStringLiteral("Marek"), QStringLiteral("Zieliński"));
    const Id leader = insertPerson(test.db(), QStringLiteral("Андрій"), QStringLiteral("Шевчук"));
    const Id secondMember = insertPerson(test.db(), QStringLiteral(""), QStringLiteral("Бондар"));

    auto add = [&](Id visit, Id person, ParticipantRole role) {
        VisitParticipant participant = participantOf(visit, person);
        participant.role = role;
        const auto id = participants.create(participant);
        REQUIRE(id.ok());
        return *id;
    };
    const Id memberId = add(visitId, member, ParticipantRole::DelegationMember);
    const Id hostId = add(visitId, host, ParticipantRole::Host);
    const Id leaderId = add(visitId, leader, ParticipantRole::DelegationLeader);
    const Id secondMemberId = add(visitId, secondMember, ParticipantRole::DelegationMember);
    add(otherVisit, host, ParticipantRole::Organiser);

    const auto rows = participants.listForVisit(visitId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK(rows->at(0).participant.id == leaderId);
    CHECK(rows->at(1).participant.id == memberId);
    CHECK(rows->at(2).participant.id == secondMemberId);
    CHECK(rows->at(3).participant.id == hostId);

    const ParticipantRow& row = rows->at(1);
    CHECK(row.participant == *participants.get(memberId));
    CHECK(row.displayName == QStringLiteral("Оксана Коваленко"));
    CHECK(row.familyName == QStringLiteral("Коваленко"));
    CHECK(row.latinName == QStringLiteral("Oksana Kovalenko"));
    CHECK(row.position == QStringLiteral("Начальниця відділу"));
    CHECK(row.institutionName == QStringLiteral("Львівська міська рада"));
    CHECK(row.country == QStringLiteral("UA"));
    CHECK(row.diet == DietCategory::GlutenFree);
    CHECK(row.dietNote == QStringLiteral("celiakia"));
    CHECK(row.accessibilityNeeds == QStringLiteral("wózek"));

    CHECK(rows->at(2).displayName == QStringLiteral("Бондар"));
    CHECK(rows->at(2).latinName.isEmpty());
    CHECK(rows->at(2).institutionName.isEmpty());
    CHECK(rows->at(2).diet == DietCategory::None);

    const auto counts = participants.countsByRole(visitId);
    REQUIRE(counts.ok());
    CHECK(counts->value(ParticipantRole::DelegationLeader) == 1);
    CHECK(counts->value(ParticipantRole::DelegationMember) == 2);
    CHECK(counts->value(ParticipantRole::Host) == 1);
    CHECK_FALSE(counts->contains(ParticipantRole::Organiser));
    CHECK(participants.listForVisit(otherVisit)->size() == 1);
}

TEST_CASE("Each committed change to participants is announced once — a refused one is not")
{
    TestDatabase test;
    ParticipantRepository participants(test.db());
    VisitParticipant participant = participantOf(
        createVisit(test.db()), insertPerson(test.db(), QStringLiteral("Eva"), QStringLiteral("Horáková")));
    QSignalSpy spy(&test.db().notifier(), &ChangeNotifier::changed);

    participant.id = *participants.create(participant);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<ChangeNotifier::Topics>() == ChangeNotifier::Topic::Participants);

    participant.notes = QStringLiteral("Wegetarianka");
    REQUIRE(participants.update(participant).ok());
    CHECK(spy.count() == 2);

    REQUIRE_FALSE(participants.create(participant).ok()); // the same person again
    CHECK(spy.count() == 2);

    REQUIRE(participants.remove(participant.id).ok());
    REQUIRE(spy.count() == 3);
    CHECK(spy.at(2).at(0).value<ChangeNotifier::Topics>().testFlag(ChangeNotifier::Topic::Participants));
}
