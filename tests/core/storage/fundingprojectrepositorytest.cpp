// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fundingprojectrepository.h"

#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

Id addInstitution(Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO institution (name) VALUES (?)")));
    query.addBindValue(name);
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

Id addVisit(Database& db, const QString& title, QDate firstDay, Id projectId)
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = firstDay;
    visit.lastDay = firstDay.addDays(2);
    visit.fundingProjectId = projectId;
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

// A PNG signature and bytes a text column would mangle: a NUL and bytes that are not UTF-8.
QByteArray logoBytes()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452ff00fe01");
}

FundingProject cityProject(Database& db)
{
    FundingProject project;
    project.name = QStringLiteral("Wsparcie współpracy transgranicznej w pomocy społecznej");
    project.acronym = QStringLiteral("WSPÓŁ-PL-UA");
    project.funder = QStringLiteral("Europejski Fundusz Społeczny Plus");
    project.agreementNumber = QStringLiteral("FEMA.07.01-IP.01-0042/24");
    project.firstDay = QDate(2025, 1, 1);
    project.lastDay = QDate(2027, 6, 30);
    project.totalValue = Q_INT64_C(5'123'456'789); // 51 234 567,89 zł: past 2^31 grosze
    project.coFinancing = Q_INT64_C(4'354'938'270);
    project.currency = QStringLiteral("PLN");
    project.logo = logoBytes();
    project.notes = QStringLiteral("Partner: Львівська міська рада");
    project.partnerInstitutionIds = {addInstitution(db, QStringLiteral("MOPS Płock")),
                                     addInstitution(db, QStringLiteral("Fundacja Dajemy Dzieciom Siłę"))};
    return project;
}

int projectCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM funding_project")).toInt();
}

} // namespace

TEST_CASE("A funding project survives a round trip with its partners, logo and amounts past 2^31")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    const auto id = projects.create(project);
    REQUIRE(id.ok());
    project.id = *id;

    const auto stored = projects.get(*id);
    REQUIRE(stored.ok());
    CHECK(*stored == project);
    CHECK(stored->totalValue > Q_INT64_C(2'147'483'647));
    CHECK(stored->total() == Money{Q_INT64_C(5'123'456'789), QStringLiteral("PLN")});
    CHECK(scalar(test.db(), QStringLiteral("SELECT typeof(logo) FROM funding_project")).toString() ==
          QLatin1String("blob"));

    // Partners are replaced, not added to; an emptied logo and unknown days are stored as NULL.
    const Id library = addInstitution(test.db(), QStringLiteral("Biblioteka Publiczna"));
    project.partnerInstitutionIds = {project.partnerInstitutionIds.constFirst(), library};
    project.logo.clear();
    project.firstDay = QDate();
    project.lastDay = QDate();
    project.currency = QStringLiteral("EUR");
    REQUIRE(projects.update(project).ok());
    CHECK(*projects.get(*id) == project);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM funding_project_partner")).toInt() == 2);
    CHECK(scalar(test.db(), QStringLiteral("SELECT logo IS NULL AND first_day IS NULL AND last_day IS NULL "
                                           "FROM funding_project"))
              .toInt() == 1);

    REQUIRE(projects.remove(*id).ok());
    const auto gone = projects.get(*id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind() == Error::Kind::NotFound);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM funding_project_partner")).toInt() == 0);
}

TEST_CASE("A funding project's currency entered in lower case is stored as the ISO code")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project;
    project.name = QStringLiteral("Norway Grants – Local Development");
    project.currency = QStringLiteral(" eur ");
    const auto id = projects.create(project);
    REQUIRE(id.ok());
    CHECK(projects.get(*id)->currency == QLatin1String("EUR"));
}

TEST_CASE("A funding project with a bad value is refused on that field and not stored")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    QString field;
    SECTION("no name")
    {
        project.name = QStringLiteral("  ");
        field = QStringLiteral("project.name");
    }
    SECTION("last day before the first")
    {
        project.lastDay = QDate(2024, 12, 31);
        field = QStringLiteral("project.lastDay");
    }
    SECTION("currency not three letters")
    {
        project.currency = QStringLiteral("zł");
        field = QStringLiteral("project.currency");
    }
    SECTION("currency with a digit")
    {
        project.currency = QStringLiteral("PL1");
        field = QStringLiteral("project.currency");
    }
    SECTION("negative total value")
    {
        project.totalValue = -1;
        project.coFinancing = 0;
        field = QStringLiteral("project.totalValue");
    }
    SECTION("negative co-financing")
    {
        project.coFinancing = -100;
        field = QStringLiteral("project.coFinancing");
    }
    SECTION("co-financing above the total value")
    {
        project.coFinancing = project.totalValue + 1;
        field = QStringLiteral("project.coFinancing");
    }
    const auto id = projects.create(project);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind() == Error::Kind::Validation);
    CHECK(id.error().field() == field);
    CHECK(projectCount(test.db()) == 0);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM funding_project_partner")).toInt() == 0);
}

TEST_CASE("A funding project with one of its days unknown is accepted")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    project.firstDay = QDate();
    const auto id = projects.create(project);
    REQUIRE(id.ok());
    project.id = *id;
    CHECK(*projects.get(*id) == project);
}

TEST_CASE("Updating a stored funding project with co-financing above its value leaves it as it was")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    project.id = *projects.create(project);
    FundingProject broken = project;
    broken.coFinancing = broken.totalValue * 2;
    broken.partnerInstitutionIds.clear();
    const Status updated = projects.update(broken);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().field() == QLatin1String("project.coFinancing"));
    CHECK(*projects.get(project.id) == project);
}

TEST_CASE("Updating or deleting a funding project that does not exist says so")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    project.id = 4711;
    CHECK(projects.update(project).error().kind() == Error::Kind::NotFound);
    CHECK(projects.remove(4711).error().kind() == Error::Kind::NotFound);
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM funding_project_partner")).toInt() == 0);
}

TEST_CASE("A funding project deleted and created again with its id comes back with its partners")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    project.id = *projects.create(project);
    REQUIRE(projects.remove(project.id).ok());
    const auto again = projects.create(project);
    REQUIRE(again.ok());
    CHECK(*again == project.id);
    CHECK(*projects.get(project.id) == project);
}

TEST_CASE("Deleting a funding project leaves the visits it funded without a project")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    const Id projectId = *projects.create(cityProject(test.db()));
    const Id visitId = addVisit(test.db(), QStringLiteral("Lwów w Płocku"), QDate(2026, 5, 19), projectId);
    CHECK(projects.usage(projectId)->visits == 1);

    REQUIRE(projects.remove(projectId).ok());
    const auto visit = VisitRepository(test.db()).get(visitId);
    REQUIRE(visit.ok());
    CHECK(visit->fundingProjectId == 0);
}

TEST_CASE("Deleting a partner institution takes it off the project's partners")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    project.id = *projects.create(project);
    QSqlQuery remove(test.db().connection());
    REQUIRE(remove.exec(QStringLiteral("DELETE FROM institution WHERE id = %1")
                            .arg(project.partnerInstitutionIds.constFirst())));
    CHECK(projects.get(project.id)->partnerInstitutionIds == QList<Id>{project.partnerInstitutionIds.at(1)});
}

TEST_CASE("The funding projects list counts each project's visits, and a project lists the visits it funds")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    const Id funded = *projects.create(cityProject(test.db()));
    FundingProject other;
    other.name = QStringLiteral("Wizyty studyjne MSZ");
    other.funder = QStringLiteral("Ministerstwo Spraw Zagranicznych");
    other.totalValue = 12'000'000;
    const Id idle = *projects.create(other);
    const Id may = addVisit(test.db(), QStringLiteral("Lwów"), QDate(2026, 5, 19), funded);
    const Id march = addVisit(test.db(), QStringLiteral("Żytomierz"), QDate(2026, 3, 2), funded);
    addVisit(test.db(), QStringLiteral("Vsetín"), QDate(2026, 4, 1), 0);

    const auto all = projects.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).id == funded);
    CHECK(all->at(0).acronym == QStringLiteral("WSPÓŁ-PL-UA"));
    CHECK(all->at(0).totalValue == Q_INT64_C(5'123'456'789));
    CHECK(all->at(0).firstDay == QDate(2025, 1, 1));
    CHECK(all->at(0).visitCount == 2);
    CHECK(all->at(1).id == idle);
    CHECK(all->at(1).funder == QLatin1String("Ministerstwo Spraw Zagranicznych"));
    CHECK(all->at(1).currency == QLatin1String("PLN"));
    CHECK_FALSE(all->at(1).lastDay.isValid());
    CHECK(all->at(1).visitCount == 0);

    const auto visits = projects.visits(funded);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 2);
    CHECK(visits->at(0).id == march);
    CHECK(visits->at(0).title == QStringLiteral("Żytomierz"));
    CHECK(visits->at(0).firstDay == QDate(2026, 3, 2));
    CHECK(visits->at(0).lastDay == QDate(2026, 3, 4));
    CHECK(visits->at(1).id == may);
    CHECK(projects.visits(idle)->isEmpty());
    CHECK(projects.usage(idle)->visits == 0);
}

TEST_CASE("Each committed change to a funding project tells the views once")
{
    TestDatabase test;
    FundingProjectRepository projects(test.db());
    FundingProject project = cityProject(test.db());
    QSignalSpy spy(&test.db().notifier(), &ChangeNotifier::changed);

    project.id = *projects.create(project);
    REQUIRE(spy.count() == 1);
    CHECK(qvariant_cast<ChangeNotifier::Topics>(spy.at(0).at(0)) == ChangeNotifier::Topic::FundingProjects);

    project.name.clear();
    REQUIRE_FALSE(projects.update(project).ok());
    CHECK(spy.count() == 1);

    project.name = QStringLiteral("Nowa nazwa");
    REQUIRE(projects.update(project).ok());
    CHECK(spy.count() == 2);

    REQUIRE(projects.remove(project.id).ok());
    REQUIRE(spy.count() == 3);
    CHECK(qvariant_cast<ChangeNotifier::Topics>(spy.at(2).at(0))
              .testFlag(ChangeNotifier::Topic::FundingProjects));
}
