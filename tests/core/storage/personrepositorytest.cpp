// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/personrepository.h"

#include "core/storage/institutionrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

Id addInstitution(Database& db, const QString& name, const QString& shortName = {})
{
    Institution institution;
    institution.name.text = name;
    institution.shortName = shortName;
    const auto id = InstitutionRepository(db).create(institution);
    REQUIRE(id.ok());
    return *id;
}

Person olena(Id institutionId)
{
    Person person;
    person.givenName = QStringLiteral("Олена");
    person.familyName = QStringLiteral("Коваленко");
    person.latinGivenName = QStringLiteral("Olena");
    person.latinFamilyName = QStringLiteral("Kovalenko");
    person.institutionId = institutionId;
    person.position = QStringLiteral("заступниця директора");
    person.country = QStringLiteral("UA");
    person.languages = {QStringLiteral("uk"), QStringLiteral("pl"), QStringLiteral("en")};
    person.email = QStringLiteral("olena.kovalenko@example.org");
    person.phone = QStringLiteral("+380 41 200 00 00");
    person.diet = DietCategory::Vegetarian;
    person.dietNote = QStringLiteral("без горіхів");
    person.accessibilityNeeds = QStringLiteral("Pokój na parterze, bez schodów.");
    person.consentDate = QDate(2026, 4, 30);
    person.notes = QStringLiteral("Przyjeżdża z Żytomierza dzień wcześniej.");
    return person;
}

Person grazyna()
{
    Person person;
    person.givenName = QStringLiteral("Grażyna");
    person.familyName = QStringLiteral("Żółkiewska-Łęcka");
    person.country = QStringLiteral("PL");
    person.languages = {QStringLiteral("pl")};
    return person;
}

int personCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt();
}

Id addVisit(Database& db, const QString& title, QDate firstDay, Id coordinatorId = 0)
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = firstDay;
    visit.lastDay = firstDay.addDays(2);
    visit.coordinatorId = coordinatorId;
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

void addParticipant(Database& db, Id visitId, Id personId, const char* role)
{
    run(db, QStringLiteral("INSERT INTO visit_participant (visit_id, person_id, role) VALUES (%1, %2, '%3')")
                .arg(visitId)
                .arg(personId)
                .arg(QLatin1String(role)));
}

void addSession(Database& db, Id sessionId, Id visitId)
{
    run(db, QStringLiteral("INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title) "
                           "VALUES (%1, %2, '2026-05-19T09:00', '2026-05-19T10:00', 'Panel')")
                .arg(sessionId)
                .arg(visitId));
}

void addSessionRole(Database& db, Id sessionId, Id personId, const char* role)
{
    run(db, QStringLiteral("INSERT INTO session_person VALUES (%1, %2, '%3')")
                .arg(sessionId)
                .arg(personId)
                .arg(QLatin1String(role)));
}

} // namespace

TEST_CASE("A person survives a round trip with every field, in Cyrillic and Latin script")
{
    TestDatabase test;
    PersonRepository people(test.db());
    const Id zhytomyr = addInstitution(test.db(), QStringLiteral("Житомирський міський центр"));
    Person person = olena(zhytomyr);
    const auto id = people.create(person);
    REQUIRE(id.ok());
    person.id = *id;

    const auto stored = people.get(*id);
    REQUIRE(stored.ok());
    CHECK(*stored == person);
    CHECK(stored->displayName() == QStringLiteral("Олена Коваленко"));
    CHECK(stored->latinDisplayName() == QStringLiteral("Olena Kovalenko"));
    CHECK(scalar(test.db(), QStringLiteral("SELECT languages FROM person")).toString() ==
          QStringLiteral("uk,pl,en"));

    person.familyName = QStringLiteral("Коваленко-Шевчук");
    person.languages = {QStringLiteral("uk")};
    person.diet = DietCategory::Allergy;
    REQUIRE(people.update(person).ok());
    CHECK(*people.get(*id) == person);

    REQUIRE(people.remove(*id).ok());
    const auto gone = people.get(*id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A person's unset consent date, institution and languages are stored as nothing")
{
    TestDatabase test;
    PersonRepository people(test.db());
    Person person = olena(addInstitution(test.db(), QStringLiteral("MOPS")));
    person.id = *people.create(person);
    person.consentDate = QDate();
    person.institutionId = 0;
    person.languages.clear();
    REQUIRE(people.update(person).ok());
    CHECK(scalar(test.db(), QStringLiteral("SELECT consent_date IS NULL AND institution_id IS NULL "
                                           "AND languages = '' FROM person"))
              .toInt() == 1);
    CHECK(*people.get(person.id) == person);
}

TEST_CASE("A person's display names use the Latin form only where one is set")
{
    Person person = grazyna();
    CHECK(person.displayName() == QStringLiteral("Grażyna Żółkiewska-Łęcka"));
    CHECK(person.latinDisplayName() == QStringLiteral("Grażyna Żółkiewska-Łęcka"));
    person.givenName.clear();
    CHECK(person.displayName() == QStringLiteral("Żółkiewska-Łęcka"));
    person = olena(0);
    person.latinGivenName.clear();
    CHECK(person.latinDisplayName() == QStringLiteral("Kovalenko"));
}

TEST_CASE("A person's country is stored in capitals and their text fields without stray spaces")
{
    TestDatabase test;
    PersonRepository people(test.db());
    Person person = grazyna();
    person.givenName = QStringLiteral(" Grażyna ");
    person.familyName = QStringLiteral("Żółkiewska-Łęcka  ");
    person.country = QStringLiteral("pl");
    person.email = QStringLiteral(" grazyna@example.pl ");
    person.languages = {QStringLiteral(" pl"), QStringLiteral("uk ")};
    const auto stored = people.get(*people.create(person));
    REQUIRE(stored.ok());
    CHECK(stored->givenName == QStringLiteral("Grażyna"));
    CHECK(stored->familyName == QStringLiteral("Żółkiewska-Łęcka"));
    CHECK(stored->country == QStringLiteral("PL"));
    CHECK(stored->email == QStringLiteral("grazyna@example.pl"));
    CHECK(stored->languages == QStringList{QStringLiteral("pl"), QStringLiteral("uk")});
}

TEST_CASE("A person without a family name or with a bad country, e-mail or language is refused, naming "
          "the field")
{
    TestDatabase test;
    PersonRepository people(test.db());
    Person person = olena(0);
    QString field;
    SECTION("family name")
    {
        person.familyName = QStringLiteral(" ");
        field = QStringLiteral("person.familyName");
    }
    SECTION("country")
    {
        person.country = QStringLiteral("UKR");
        field = QStringLiteral("person.country");
    }
    SECTION("e-mail")
    {
        person.email = QStringLiteral("olena kovalenko@example.org");
        field = QStringLiteral("person.email");
    }
    SECTION("three-letter language")
    {
        person.languages.append(QStringLiteral("ukr"));
        field = QStringLiteral("person.languages");
    }
    SECTION("language in capitals")
    {
        person.languages = {QStringLiteral("PL")};
        field = QStringLiteral("person.languages");
    }
    SECTION("language written out")
    {
        person.languages = {QStringLiteral("українська")};
        field = QStringLiteral("person.languages");
    }
    const auto id = people.create(person);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind() == Error::Kind::Validation);
    CHECK(id.error().field() == field);
    CHECK(personCount(test.db()) == 0);
}

TEST_CASE("Updating a person with no family name leaves them as they were")
{
    TestDatabase test;
    PersonRepository people(test.db());
    Person person = olena(0);
    person.id = *people.create(person);
    Person broken = person;
    broken.familyName.clear();
    broken.position = QStringLiteral("dyrektorka");
    const Status refused = people.update(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QLatin1String("person.familyName"));
    CHECK(*people.get(person.id) == person);
}

TEST_CASE("Updating or deleting a person who does not exist says so")
{
    TestDatabase test;
    PersonRepository people(test.db());
    Person person = olena(0);
    person.id = 4711;
    CHECK(people.update(person).error().kind() == Error::Kind::NotFound);
    CHECK(people.remove(4711).error().kind() == Error::Kind::NotFound);
    CHECK(personCount(test.db()) == 0);
}

TEST_CASE("A person deleted and created again with their id comes back as they were")
{
    TestDatabase test;
    PersonRepository people(test.db());
    Person person = olena(addInstitution(test.db(), QStringLiteral("MOPS")));
    person.id = *people.create(person);
    REQUIRE(people.create(grazyna()).ok());
    REQUIRE(people.remove(person.id).ok());
    // Without the id kept they would come back as the highest id plus one.
    const auto again = people.create(person);
    REQUIRE(again.ok());
    CHECK(*again == person.id);
    CHECK(*people.get(person.id) == person);
}

TEST_CASE("Deleting a person takes their participations and session roles and unlinks their visits")
{
    TestDatabase test;
    PersonRepository people(test.db());
    const Id olenaId = *people.create(olena(0));
    const Id grazynaId = *people.create(grazyna());
    const Id visit = addVisit(test.db(), QStringLiteral("Wizyta z Żytomierza"), QDate(2026, 5, 19), olenaId);
    addParticipant(test.db(), visit, olenaId, "delegation_leader");
    addParticipant(test.db(), visit, grazynaId, "host");
    addSession(test.db(), 1, visit);
    addSessionRole(test.db(), 1, olenaId, "presenter");
    addSessionRole(test.db(), 1, grazynaId, "moderator");

    REQUIRE(people.remove(olenaId).ok());
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit_participant")).toInt() == 1);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM session_person")).toInt() == 1);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM agenda_session")).toInt() == 1);
    const auto visitNow = VisitRepository(test.db()).get(visit);
    REQUIRE(visitNow.ok());
    CHECK(visitNow->coordinatorId == 0);
}

TEST_CASE("The people list shows everyone or one institution's people, with their visit counts")
{
    TestDatabase test;
    PersonRepository people(test.db());
    const Id zhytomyr =
        addInstitution(test.db(), QStringLiteral("Житомирський міський центр"), QStringLiteral("ЖМЦ"));
    const Id lodz = addInstitution(test.db(), QStringLiteral("MOPS w Łodzi"));
    const Id olenaId = *people.create(olena(zhytomyr));
    Person host = grazyna();
    host.institutionId = lodz;
    host.position = QStringLiteral("dyrektorka");
    host.email = QStringLiteral("dyrektor@mops.lodz.example.pl");
    const Id grazynaId = *people.create(host);
    Person loner = grazyna();
    loner.familyName = QStringLiteral("Nowak");
    const Id nowakId = *people.create(loner);
    const Id first = addVisit(test.db(), QStringLiteral("Pierwsza"), QDate(2026, 5, 19));
    const Id second = addVisit(test.db(), QStringLiteral("Druga"), QDate(2026, 9, 1));
    addParticipant(test.db(), first, olenaId, "delegation_member");
    addParticipant(test.db(), second, olenaId, "delegation_leader");
    addParticipant(test.db(), first, grazynaId, "host");

    const auto all = people.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    const PersonSummary& first0 = all->at(0);
    CHECK(first0.id == olenaId);
    CHECK(first0.displayName == QStringLiteral("Олена Коваленко"));
    CHECK(first0.latinName == QStringLiteral("Olena Kovalenko"));
    CHECK(first0.institutionName == QStringLiteral("ЖМЦ"));
    CHECK(first0.position == QStringLiteral("заступниця директора"));
    CHECK(first0.country == QStringLiteral("UA"));
    CHECK(first0.email == QStringLiteral("olena.kovalenko@example.org"));
    CHECK(first0.visitCount == 2);
    CHECK(all->at(1).latinName.isEmpty());
    CHECK(all->at(1).institutionName == QStringLiteral("MOPS w Łodzi"));
    CHECK(all->at(1).visitCount == 1);
    CHECK(all->at(2).id == nowakId);
    CHECK(all->at(2).institutionName.isEmpty());
    CHECK(all->at(2).visitCount == 0);

    const auto ofLodz = people.list(lodz);
    REQUIRE(ofLodz.ok());
    REQUIRE(ofLodz->size() == 1);
    CHECK(ofLodz->at(0).id == grazynaId);
    CHECK(ofLodz->at(0).displayName == QStringLiteral("Grażyna Żółkiewska-Łęcka"));

    // The list keeps the texts as stored and the page reads them a column at a time: the same texts.
    using Text = PersonSummaryList::Text;
    CHECK(all->text(0, Text::DisplayName) == first0.displayName);
    CHECK(all->text(0, Text::LatinName) == QStringLiteral("Olena Kovalenko"));
    CHECK(all->text(0, Text::InstitutionName) == QStringLiteral("ЖМЦ"));
    CHECK(all->text(1, Text::Position) == QStringLiteral("dyrektorka"));
    CHECK(all->text(1, Text::Email) == QStringLiteral("dyrektor@mops.lodz.example.pl"));
    CHECK(all->text(0, Text::Country) == QStringLiteral("UA"));
    CHECK(all->text(2, Text::InstitutionName).isEmpty());
    CHECK(all->visitCount(0) == 2);
    QList<Id> ids;
    for (const PersonSummary& person : *all) {
        ids << person.id;
    }
    CHECK(ids == QList<Id>{olenaId, grazynaId, nowakId});
}

TEST_CASE("A Latin name written as the name itself is not shown a second time")
{
    TestDatabase test;
    PersonRepository people(test.db());
    Person same = grazyna();
    same.givenName = QStringLiteral("Anna");
    same.familyName = QStringLiteral("Kowalska");
    same.latinGivenName = QStringLiteral("Anna");
    same.latinFamilyName = QStringLiteral("Kowalska");
    REQUIRE(people.create(same).ok());
    Person familyOnly = olena(0);
    familyOnly.latinGivenName.clear();
    familyOnly.latinFamilyName = QStringLiteral("Kovalenko");
    REQUIRE(people.create(familyOnly).ok());

    const auto all = people.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).latinName.isEmpty());
    CHECK(all->text(0, PersonSummaryList::Text::LatinName).isEmpty());
    CHECK(all->at(1).latinName == QStringLiteral("Kovalenko"));
}

TEST_CASE("A person's visits are listed by first day with their role in each")
{
    TestDatabase test;
    PersonRepository people(test.db());
    const Id olenaId = *people.create(olena(0));
    const Id grazynaId = *people.create(grazyna());
    const Id autumn = addVisit(test.db(), QStringLiteral("Jesień w Płocku"), QDate(2026, 10, 5));
    const Id spring = addVisit(test.db(), QStringLiteral("Wiosna w Warszawie"), QDate(2026, 5, 19));
    const Id other = addVisit(test.db(), QStringLiteral("Bez Oleny"), QDate(2026, 1, 10));
    addParticipant(test.db(), autumn, olenaId, "interpreter");
    addParticipant(test.db(), spring, olenaId, "delegation_leader");
    addParticipant(test.db(), other, grazynaId, "host");

    const auto visits = people.visits(olenaId);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 2);
    CHECK(visits->at(0).visitId == spring);
    CHECK(visits->at(0).title == QStringLiteral("Wiosna w Warszawie"));
    CHECK(visits->at(0).firstDay == QDate(2026, 5, 19));
    CHECK(visits->at(0).lastDay == QDate(2026, 5, 21));
    CHECK(visits->at(0).role == ParticipantRole::DelegationLeader);
    CHECK(visits->at(1).visitId == autumn);
    CHECK(visits->at(1).role == ParticipantRole::Interpreter);
    CHECK(people.visits(4711)->isEmpty());
}

TEST_CASE("A person's usage counts their visits, sessions and the visits they coordinate")
{
    TestDatabase test;
    PersonRepository people(test.db());
    const Id olenaId = *people.create(olena(0));
    const Id grazynaId = *people.create(grazyna());
    CHECK(*people.usage(olenaId) == PersonUsage{});

    const Id first = addVisit(test.db(), QStringLiteral("Pierwsza"), QDate(2026, 5, 19), grazynaId);
    const Id second = addVisit(test.db(), QStringLiteral("Druga"), QDate(2026, 9, 1), grazynaId);
    addVisit(test.db(), QStringLiteral("Trzecia"), QDate(2026, 11, 1), olenaId);
    addParticipant(test.db(), first, olenaId, "delegation_member");
    addParticipant(test.db(), second, olenaId, "presenter");
    addSession(test.db(), 1, first);
    addSession(test.db(), 2, second);
    addSessionRole(test.db(), 1, olenaId, "presenter");
    addSessionRole(test.db(), 1, olenaId, "interpreter"); // one session, two roles
    addSessionRole(test.db(), 2, olenaId, "moderator");

    const auto usage = people.usage(olenaId);
    REQUIRE(usage.ok());
    CHECK(usage->visits == 2);
    CHECK(usage->sessions == 2);
    CHECK(usage->coordinatedVisits == 1);
    const auto hostUsage = people.usage(grazynaId);
    REQUIRE(hostUsage.ok());
    CHECK(*hostUsage == PersonUsage{0, 0, 2});
}

TEST_CASE("Each committed change to a person is announced once, a refused one not at all")
{
    TestDatabase test;
    PersonRepository people(test.db());
    QSignalSpy spy(&test.db().notifier(), &ChangeNotifier::changed);
    Person person = olena(0);
    person.id = *people.create(person);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<ChangeNotifier::Topics>().testFlag(ChangeNotifier::Topic::People));

    person.position = QStringLiteral("dyrektorka");
    REQUIRE(people.update(person).ok());
    CHECK(spy.count() == 2);

    Person broken = person;
    broken.email = QStringLiteral("olena@");
    REQUIRE_FALSE(people.update(broken).ok());
    REQUIRE_FALSE(people.create(broken).ok());
    REQUIRE_FALSE(people.remove(4711).ok());
    CHECK(spy.count() == 2);

    REQUIRE(people.remove(person.id).ok());
    REQUIRE(spy.count() == 3);
    const auto topics = spy.at(2).at(0).value<ChangeNotifier::Topics>();
    CHECK(topics.testFlag(ChangeNotifier::Topic::People));
    CHECK(topics.testFlag(ChangeNotifier::Topic::Participants));
}
