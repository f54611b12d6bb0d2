// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/institutionrepository.h"

#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

Institution lodzCentre()
{
    Institution institution;
    institution.name.text = QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Łodzi");
    institution.name.translations.insert(QStringLiteral("uk"),
                                         QStringLiteral("Міський центр соціальної допомоги в Лодзі"));
    institution.name.translations.insert(QStringLiteral("en"),
                                         QStringLiteral("Municipal Social Welfare Centre in Łódź"));
    institution.shortName = QStringLiteral("MOPS Łódź");
    institution.kind = InstitutionKind::SocialWelfareCentre;
    institution.country = QStringLiteral("PL");
    institution.city = QStringLiteral("Łódź");
    institution.address = QStringLiteral("ul. Źródłowa 12, 91-735 Łódź");
    institution.phone = QStringLiteral("+48 42 000 00 00");
    institution.email = QStringLiteral("sekretariat@mops.lodz.example.pl");
    institution.website = QStringLiteral("mops.lodz.example.pl");
    institution.notes = QStringLiteral("Wejście od podwórza.\nDyrektorka: Grażyna Żółkiewska");
    return institution;
}

Institution zhytomyrCentre()
{
    Institution institution;
    institution.name.text = QStringLiteral("Житомирський міський центр соціальних служб");
    institution.name.translations.insert(QStringLiteral("pl"),
                                         QStringLiteral("Miejskie Centrum Usług Społecznych w Żytomierzu"));
    institution.kind = InstitutionKind::CityHall;
    institution.country = QStringLiteral("UA");
    institution.city = QStringLiteral("Житомир");
    institution.address = QStringLiteral("вул. Київська, 1");
    return institution;
}

int institutionCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM institution")).toInt();
}

Id addVisit(Database& db, const QString& title, Id hostId, Id sendingId)
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    visit.hostInstitutionId = hostId;
    visit.sendingInstitutionId = sendingId;
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

void addSession(Database& db, Id id, Id visitId, const QString& startsAt, const QString& title, Id venueId)
{
    run(db, QStringLiteral("INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title, "
                           "venue_institution_id) VALUES (%1, %2, '%3', '%4:59', '%5', %6)")
                .arg(id)
                .arg(visitId)
                .arg(startsAt, startsAt.left(13), title)
                .arg(venueId));
}

} // namespace

TEST_CASE("An institution survives a round trip with its translated name")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = lodzCentre();
    const auto id = institutions.create(institution);
    REQUIRE(id.ok());
    institution.id = *id;

    const auto stored = institutions.get(*id);
    REQUIRE(stored.ok());
    CHECK(*stored == institution);
    CHECK(stored->name.in(QStringLiteral("uk")) ==
          QStringLiteral("Міський центр соціальної допомоги в Лодзі"));
    CHECK(stored->name.in(QStringLiteral("cs")) == institution.name.text);

    institution.city = QStringLiteral("Łódź-Bałuty");
    institution.kind = InstitutionKind::RegionalCentre;
    institution.name.translations.remove(QStringLiteral("en"));
    institution.name.translations.insert(QStringLiteral("uk"), QStringLiteral("МОПС Лодзь"));
    REQUIRE(institutions.update(institution).ok());
    CHECK(*institutions.get(*id) == institution);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM institution_text")).toInt() == 1);

    REQUIRE(institutions.remove(*id).ok());
    const auto gone = institutions.get(*id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind() == Error::Kind::NotFound);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM institution_text")).toInt() == 0);
}

TEST_CASE("An institution written in Cyrillic keeps its name and city as typed")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = zhytomyrCentre();
    institution.id = *institutions.create(institution);
    CHECK(*institutions.get(institution.id) == institution);
    CHECK(scalar(test.db(), QStringLiteral("SELECT city FROM institution")).toString() ==
          QStringLiteral("Житомир"));
}

TEST_CASE("An institution's country is stored in capitals and its text fields without stray spaces")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = lodzCentre();
    institution.name.text = QStringLiteral("  Miejski Ośrodek Pomocy Społecznej w Łodzi ");
    institution.country = QStringLiteral("pl");
    institution.city = QStringLiteral(" Łódź ");
    institution.email = QStringLiteral(" sekretariat@mops.lodz.example.pl\t");
    const auto stored = institutions.get(*institutions.create(institution));
    REQUIRE(stored.ok());
    CHECK(stored->name.text == QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Łodzi"));
    CHECK(stored->country == QStringLiteral("PL"));
    CHECK(stored->city == QStringLiteral("Łódź"));
    CHECK(stored->email == QStringLiteral("sekretariat@mops.lodz.example.pl"));
}

TEST_CASE("An institution without a name, with a bad country or e-mail is refused, naming the field")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = lodzCentre();
    QString field;
    SECTION("name")
    {
        institution.name.text = QStringLiteral("  ");
        field = QStringLiteral("institution.name");
    }
    SECTION("three-letter country")
    {
        institution.country = QStringLiteral("POL");
        field = QStringLiteral("institution.country");
    }
    SECTION("country with a digit")
    {
        institution.country = QStringLiteral("P1");
        field = QStringLiteral("institution.country");
    }
    SECTION("e-mail without @")
    {
        institution.email = QStringLiteral("sekretariat(at)mops.lodz.pl");
        field = QStringLiteral("institution.email");
    }
    SECTION("e-mail without a domain")
    {
        institution.email = QStringLiteral("sekretariat@mops");
        field = QStringLiteral("institution.email");
    }
    const auto id = institutions.create(institution);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind() == Error::Kind::Validation);
    CHECK(id.error().field() == field);
    CHECK(institutionCount(test.db()) == 0);
}

TEST_CASE("An institution's website and e-mail may be left empty or be written freely")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = zhytomyrCentre();
    institution.email = QStringLiteral("info+wizyty@żytomierz.example.ua");
    institution.website = QStringLiteral("facebook: ЖМЦСС");
    CHECK(institutions.create(institution).ok());
    institution.email.clear();
    institution.website.clear();
    CHECK(institutions.create(institution).ok());
    CHECK(institutionCount(test.db()) == 2);
}

TEST_CASE("Updating an institution with no name leaves it as it was")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = lodzCentre();
    institution.id = *institutions.create(institution);
    Institution broken = institution;
    broken.name.text.clear();
    broken.city = QStringLiteral("Kraków");
    const Status refused = institutions.update(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QLatin1String("institution.name"));
    CHECK(*institutions.get(institution.id) == institution);
}

TEST_CASE("Updating or deleting an institution that does not exist says so")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = lodzCentre();
    institution.id = 4711;
    CHECK(institutions.update(institution).error().kind() == Error::Kind::NotFound);
    CHECK(institutions.remove(4711).error().kind() == Error::Kind::NotFound);
    CHECK(institutionCount(test.db()) == 0);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM institution_text")).toInt() == 0);
}

TEST_CASE("An institution deleted and created again with its id comes back as it was")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    Institution institution = lodzCentre();
    institution.id = *institutions.create(institution);
    REQUIRE(institutions.create(zhytomyrCentre()).ok());
    REQUIRE(institutions.remove(institution.id).ok());
    // Without the id kept it would come back as the highest id plus one.
    const auto again = institutions.create(institution);
    REQUIRE(again.ok());
    CHECK(*again == institution.id);
    CHECK(*institutions.get(institution.id) == institution);
}

TEST_CASE("Deleting an institution leaves its people, visits and sessions without it")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    const Id lodz = *institutions.create(lodzCentre());
    const Id zhytomyr = *institutions.create(zhytomyrCentre());
    Person person;
    person.givenName = QStringLiteral("Olena");
    person.familyName = QStringLiteral("Kovalenko");
    person.institutionId = zhytomyr;
    const Id olena = *PersonRepository(test.db()).create(person);
    const Id visit = addVisit(test.db(), QStringLiteral("Wizyta z Żytomierza"), lodz, zhytomyr);
    addSession(test.db(), 1, visit, QStringLiteral("2026-05-19T09:00"), QStringLiteral("Powitanie"),
               zhytomyr);
    run(test.db(), QStringLiteral("INSERT INTO exchange_group (id, name) VALUES (1, 'Sieć sześciu miast')"));
    run(test.db(), QStringLiteral("INSERT INTO exchange_group_member VALUES (1, %1)").arg(zhytomyr));

    REQUIRE(institutions.remove(zhytomyr).ok());
    const auto stillThere = PersonRepository(test.db()).get(olena);
    REQUIRE(stillThere.ok());
    CHECK(stillThere->institutionId == 0);
    const auto visitNow = VisitRepository(test.db()).get(visit);
    REQUIRE(visitNow.ok());
    CHECK(visitNow->sendingInstitutionId == 0);
    CHECK(visitNow->hostInstitutionId == lodz);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM agenda_session "
                                           "WHERE id = 1 AND venue_institution_id IS NULL"))
              .toInt() == 1);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM exchange_group_member")).toInt() == 0);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM exchange_group")).toInt() == 1);
}

TEST_CASE("The institutions list filters by city and counts each institution's people")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    const Id lodz = *institutions.create(lodzCentre());
    const Id zhytomyr = *institutions.create(zhytomyrCentre());
    Institution library = zhytomyrCentre();
    library.name.text = QStringLiteral("Обласна універсальна наукова бібліотека");
    library.kind = InstitutionKind::Library;
    const Id libraryId = *institutions.create(library);
    PersonRepository people(test.db());
    for (const char* familyName : {"Коваленко", "Шевчук"}) {
        Person person;
        person.familyName = QString::fromUtf8(familyName);
        person.institutionId = zhytomyr;
        REQUIRE(people.create(person).ok());
    }

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    const auto all = institutions.list();
    QLocale::setDefault(previous);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == lodz);
    // Named in the reader's language where it has a name in it.
    CHECK(all->at(0).name == lodzCentre().name.translations.value(QStringLiteral("uk")));
    CHECK(all->at(0).shortName == QStringLiteral("MOPS Łódź"));
    CHECK(all->at(0).kind == InstitutionKind::SocialWelfareCentre);
    CHECK(all->at(0).city == QStringLiteral("Łódź"));
    CHECK(all->at(0).country == QStringLiteral("PL"));
    CHECK(all->at(0).peopleCount == 0);
    CHECK(all->at(1).peopleCount == 2);

    const auto inZhytomyr = institutions.list(QStringLiteral("Житомир"));
    REQUIRE(inZhytomyr.ok());
    REQUIRE(inZhytomyr->size() == 2);
    CHECK(inZhytomyr->at(0).id == zhytomyr);
    CHECK(inZhytomyr->at(1).id == libraryId);
    CHECK(inZhytomyr->at(1).kind == InstitutionKind::Library);

    const auto inLodz = institutions.list(QStringLiteral("Łódź"));
    REQUIRE(inLodz.ok());
    REQUIRE(inLodz->size() == 1);
    CHECK(inLodz->constFirst().id == lodz);
    CHECK(institutions.list(QStringLiteral("Kraków"))->isEmpty());
}

TEST_CASE("An institution's usage counts everything that refers to it")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    const Id lodz = *institutions.create(lodzCentre());
    const Id zhytomyr = *institutions.create(zhytomyrCentre());
    CHECK(*institutions.usage(zhytomyr) == InstitutionUsage{});

    Person person;
    person.familyName = QStringLiteral("Коваленко");
    person.institutionId = zhytomyr;
    REQUIRE(PersonRepository(test.db()).create(person).ok());
    const Id first = addVisit(test.db(), QStringLiteral("Pierwsza"), lodz, zhytomyr);
    const Id second = addVisit(test.db(), QStringLiteral("Druga"), zhytomyr, lodz);
    addVisit(test.db(), QStringLiteral("Trzecia"), lodz, zhytomyr);
    addSession(test.db(), 1, first, QStringLiteral("2026-05-19T09:00"), QStringLiteral("A"), zhytomyr);
    addSession(test.db(), 2, second, QStringLiteral("2026-05-20T09:00"), QStringLiteral("B"), zhytomyr);
    addSession(test.db(), 3, second, QStringLiteral("2026-05-21T09:00"), QStringLiteral("C"), lodz);
    run(test.db(), QStringLiteral("INSERT INTO funding_project (id, name) VALUES (1, 'Razem')"));
    run(test.db(), QStringLiteral("INSERT INTO funding_project_partner VALUES (1, %1)").arg(zhytomyr));
    run(test.db(), QStringLiteral("INSERT INTO exchange_group (id, name) VALUES (1, 'Sieć')"));
    run(test.db(), QStringLiteral("INSERT INTO exchange_group (id, name) VALUES (2, 'Mreża')"));
    run(test.db(), QStringLiteral("INSERT INTO exchange_group_member VALUES (1, %1)").arg(zhytomyr));
    run(test.db(), QStringLiteral("INSERT INTO exchange_group_member VALUES (2, %1)").arg(zhytomyr));

    const auto usage = institutions.usage(zhytomyr);
    REQUIRE(usage.ok());
    CHECK(usage->people == 1);
    CHECK(usage->hostedVisits == 1);
    CHECK(usage->sentVisits == 2);
    CHECK(usage->sessions == 2);
    CHECK(usage->projects == 1);
    CHECK(usage->exchangeGroups == 2);

    const auto lodzUsage = institutions.usage(lodz);
    REQUIRE(lodzUsage.ok());
    CHECK(lodzUsage->people == 0);
    CHECK(lodzUsage->hostedVisits == 2);
    CHECK(lodzUsage->sentVisits == 1);
    CHECK(lodzUsage->sessions == 1);
}

TEST_CASE("The sessions an institution hosted are listed in time order with their visits")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    const Id lodz = *institutions.create(lodzCentre());
    const Id zhytomyr = *institutions.create(zhytomyrCentre());
    const Id lviv = addVisit(test.db(), QStringLiteral("Wizyta ze Lwowa"), lodz, 0);
    const Id vsetin = addVisit(test.db(), QStringLiteral("Wizyta z Vsetína"), lodz, 0);
    addSession(test.db(), 7, vsetin, QStringLiteral("2026-05-21T10:00"), QStringLiteral("Seminarium"), lodz);
    addSession(test.db(), 8, lviv, QStringLiteral("2026-05-19T09:00"), QStringLiteral("Powitanie"), lodz);
    addSession(test.db(), 9, lviv, QStringLiteral("2026-05-20T13:00"), QStringLiteral("Obiad"), zhytomyr);

    const auto hosted = institutions.sessionsHosted(lodz);
    REQUIRE(hosted.ok());
    REQUIRE(hosted->size() == 2);
    CHECK(hosted->at(0).sessionId == 8);
    CHECK(hosted->at(0).visitId == lviv);
    CHECK(hosted->at(0).visitTitle == QStringLiteral("Wizyta ze Lwowa"));
    CHECK(hosted->at(0).sessionTitle == QStringLiteral("Powitanie"));
    CHECK(hosted->at(0).startsAt == QDateTime(QDate(2026, 5, 19), QTime(9, 0), Qt::UTC));
    CHECK(hosted->at(1).sessionId == 7);
    CHECK(hosted->at(1).visitTitle == QStringLiteral("Wizyta z Vsetína"));
    CHECK(institutions.sessionsHosted(4711)->isEmpty());
}

TEST_CASE("Each committed change to an institution is announced once, a refused one not at all")
{
    TestDatabase test;
    InstitutionRepository institutions(test.db());
    QSignalSpy spy(&test.db().notifier(), &ChangeNotifier::changed);
    Institution institution = lodzCentre();
    institution.id = *institutions.create(institution);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<ChangeNotifier::Topics>().testFlag(ChangeNotifier::Topic::Institutions));

    institution.city = QStringLiteral("Zgierz");
    REQUIRE(institutions.update(institution).ok());
    CHECK(spy.count() == 2);

    Institution broken = institution;
    broken.name.text.clear();
    REQUIRE_FALSE(institutions.update(broken).ok());
    REQUIRE_FALSE(institutions.create(broken).ok());
    REQUIRE_FALSE(institutions.remove(4711).ok());
    CHECK(spy.count() == 2);

    REQUIRE(institutions.remove(institution.id).ok());
    REQUIRE(spy.count() == 3);
    const auto topics = spy.at(2).at(0).value<ChangeNotifier::Topics>();
    CHECK(topics.testFlag(ChangeNotifier::Topic::Institutions));
    CHECK(topics.testFlag(ChangeNotifier::Topic::People));
    CHECK(topics.testFlag(ChangeNotifier::Topic::Sessions));
}
