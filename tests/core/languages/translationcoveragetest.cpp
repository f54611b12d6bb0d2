// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/translationcoverage.h"

#include "core/sample/sampledata.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

QList<Id> addSample(Database& db)
{
    const auto added = SampleData::add(db);
    REQUIRE(added.ok());
    REQUIRE(added->size() == 6);
    return *added;
}

TranslationGap gapFor(Database& db, Id visitId, const QString& language)
{
    const auto gap = TranslationCoverage::forVisit(db, visitId, language);
    if (!gap) {
        INFO(gap.error().message().toStdString());
    }
    REQUIRE(gap.ok());
    return *gap;
}

int count(Database& db, const QString& sql, Id id)
{
    return scalar(db, QString(sql).replace(QStringLiteral(":id"), QString::number(id))).toInt();
}

Id createInstitution(Database& db, const QString& name, const QMap<QString, QString>& translations = {})
{
    Institution institution;
    institution.name = {name, translations};
    const auto id = InstitutionRepository(db).create(institution);
    REQUIRE(id.ok());
    return *id;
}

Id createSession(Database& db, Id visitId, int hour, const LocalizedText& title,
                 const LocalizedText& description = {}, Id venue = 0)
{
    Session session;
    session.visitId = visitId;
    session.startsAt = QDateTime(QDate(2026, 5, 19), QTime(hour, 0), Qt::UTC);
    session.endsAt = session.startsAt.addSecs(45 * 60);
    session.title = title;
    session.description = description;
    session.venueInstitutionId = venue;
    const auto id = ProgrammeRepository(db).create(session);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("The seven-day sample visit has every session title and venue name in Ukrainian")
{
    TestDatabase test;
    Database& db = test.db();
    const Id lviv = addSample(db).at(1);
    const QString countSql =
        QStringLiteral("SELECT count(*) FROM agenda_session s WHERE s.visit_id = :id AND NOT EXISTS "
                       "(SELECT 1 FROM agenda_session_text t WHERE t.session_id = s.id AND t.field = 'title' "
                       "AND t.language = 'uk')");
    REQUIRE(count(db, countSql, lviv) == 0);
    REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM agenda_session WHERE visit_id = :id"), lviv) > 10);

    const TranslationGap ukrainian = gapFor(db, lviv, QStringLiteral("uk"));
    CHECK(ukrainian.untitledSessions.size() == 0);
    CHECK_FALSE(ukrainian.visitTitle);

    // No Czech at all: every session title and the visit's title are missing in it.
    const TranslationGap czech = gapFor(db, lviv, QStringLiteral("cs"));
    CHECK(czech.untitledSessions.size() ==
          count(db, QStringLiteral("SELECT count(*) FROM agenda_session WHERE visit_id = :id"), lviv));
    CHECK(czech.visitTitle);
    CHECK_FALSE(czech.isEmpty());
}

TEST_CASE("The Vsetín sample visit lacks Czech titles for the sessions the sample left in Polish only")
{
    TestDatabase test;
    Database& db = test.db();
    const Id vsetin = addSample(db).at(2);
    // 12 sessions, 5 with a Czech title: the seminar parts, the day centre and the summary.
    REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM agenda_session WHERE visit_id = :id"), vsetin) ==
            12);
    REQUIRE(count(db,
                  QStringLiteral("SELECT count(*) FROM agenda_session_text t JOIN agenda_session s "
                                 "ON s.id = t.session_id WHERE s.visit_id = :id AND t.field = 'title' "
                                 "AND t.language = 'cs'"),
                  vsetin) == 5);

    const TranslationGap gap = gapFor(db, vsetin, QStringLiteral("cs"));
    CHECK(gap.untitledSessions.size() == 7);
    CHECK(gap.undescribedSessions.size() == 0); // the one description has its Czech text
    CHECK(gap.unnamedVenues.size() == 0);       // every venue has its Czech name
    CHECK_FALSE(gap.visitTitle);
    // A code in capitals means the same language.
    CHECK(gapFor(db, vsetin, QStringLiteral("CS")) == gap);
}

TEST_CASE("Removing one Ukrainian session title leaves one title to translate")
{
    TestDatabase test;
    Database& db = test.db();
    const Id lviv = addSample(db).at(1);
    ProgrammeRepository programme(db);
    const auto sessions = programme.listForVisit(lviv);
    REQUIRE(sessions.ok());
    REQUIRE_FALSE(sessions->isEmpty());
    Session session = sessions->at(2).session;
    REQUIRE(session.title.translations.remove(QStringLiteral("uk")) == 1);
    REQUIRE(programme.update(session).ok());
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM agenda_session_text WHERE session_id = :id "
                               "AND field = 'title' AND language = 'uk'"),
                session.id) == 0);

    CHECK(gapFor(db, lviv, QStringLiteral("uk")).untitledSessions.size() == 1);
}

TEST_CASE("Translation gaps count descriptions only where there is one and each venue once")
{
    TestDatabase test;
    Database& db = test.db();
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta z Oslo");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 20);
    const auto visitId = VisitRepository(db).create(visit);
    REQUIRE(visitId.ok());
    const QString no = QStringLiteral("no");
    const Id mops = createInstitution(db, QStringLiteral("MOPS Kraków"));
    const Id centre =
        createInstitution(db, QStringLiteral("Centrum Wsparcia"), {{no, QStringLiteral("Støttesenteret")}});
    createSession(db, *visitId, 9, {QStringLiteral("Powitanie"), {{no, QStringLiteral("Velkommen")}}},
                  {QStringLiteral("Kawa i powitanie."), {}}, mops);
    const Id presentation = createSession(db, *visitId, 10, {QStringLiteral("Prezentacja"), {}}, {}, mops);
    const Id workshop =
        createSession(db, *visitId, 11, {QStringLiteral("Warsztaty"), {}},
                      {QStringLiteral("Praca w grupach."), {{no, QStringLiteral("Gruppearbeid.")}}}, centre);
    const Id lunch = createSession(db, *visitId, 12, {QStringLiteral("Obiad"), {}});
    REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM agenda_session WHERE visit_id = :id"), *visitId) ==
            4);

    const TranslationGap gap = gapFor(db, *visitId, no);
    // Named, in programme order, so that the coordinator can be taken to each.
    CHECK(gap.untitledSessions == QList<Id>{presentation, workshop, lunch});
    CHECK(gap.undescribedSessions.size() == 1); // the two sessions with no description have none to translate
    CHECK(gap.unnamedVenues == QList<Id>{mops}); // MOPS once, though two sessions are held there
    CHECK(gap.visitTitle);
}

TEST_CASE("Nothing is missing in the content language, and an unknown visit is not found")
{
    TestDatabase test;
    Database& db = test.db();
    const QList<Id> visits = addSample(db);
    for (const Id visit : visits) {
        CHECK(gapFor(db, visit, QStringLiteral("pl")).isEmpty());
    }

    // In a database written in Ukrainian, the Polish texts are the translations.
    REQUIRE(SettingsRepository(db).setContentLanguage(QStringLiteral("uk")).ok());
    const TranslationGap polish = gapFor(db, visits.at(1), QStringLiteral("pl"));
    CHECK(polish.untitledSessions.size() > 0);
    CHECK(polish.visitTitle);
    CHECK(gapFor(db, visits.at(1), QStringLiteral("uk")).isEmpty());

    const auto missing = TranslationCoverage::forVisit(db, 9999, QStringLiteral("uk"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}
