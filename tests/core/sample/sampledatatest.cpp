// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sampledata.h"

#include "core/storage/costrepository.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

QList<Id> addSample(Database& db)
{
    const auto added = SampleData::add(db);
    if (!added) {
        INFO(added.error().message().toStdString());
    }
    REQUIRE(added.ok());
    REQUIRE(added->size() == 6); // three visits, then the exchange group's three meetings
    return *added;
}

int count(Database& db, const QString& sql, Id visitId = 0)
{
    return scalar(db, QString(sql).replace(QStringLiteral(":visit"), QString::number(visitId))).toInt();
}

/// How many rows each table holds, to show that a refused or failed add changed nothing.
QStringList rowCounts(Database& db)
{
    QStringList counts;
    for (const char* table :
         {"institution", "institution_text", "person", "funding_project", "funding_project_partner",
          "exchange_group", "exchange_group_member", "visit", "visit_text", "visit_participant",
          "agenda_session", "agenda_session_text", "session_person", "session_audience", "travel_time"}) {
        counts << QStringLiteral("%1=%2")
                      .arg(QLatin1String(table))
                      .arg(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    }
    return counts;
}

/// Somewhere one can be: sessions with no venue, address or city (transfers, free time) are
/// the time between places.
bool hasPlace(const Session& session)
{
    return session.kind != SessionKind::Transfer && session.kind != SessionKind::FreeTime &&
           (session.venueInstitutionId != 0 || !session.address.isEmpty() || !session.city.isEmpty());
}

bool samePlace(const Session& a, const Session& b)
{
    return a.venueInstitutionId == b.venueInstitutionId && a.room == b.room && a.address == b.address &&
           a.city == b.city;
}

} // namespace

TEST_CASE("The sample adds a one-day, a seven-day two-city and a three-day visit")
{
    TestDatabase test;
    Database& db = test.db();
    const QList<Id> ids = addSample(db);
    VisitRepository visits(db);

    const auto oneDay = visits.get(ids.at(0));
    REQUIRE(oneDay.ok());
    CHECK(oneDay->firstDay == QDate(2026, 8, 26));
    CHECK(oneDay->lastDay == oneDay->firstDay);
    CHECK(oneDay->sendingCountry == QStringLiteral("UA"));
    CHECK(oneDay->status == VisitStatus::Confirmed);
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM visit_participant WHERE visit_id = :visit AND role IN "
                               "('delegation_leader', 'delegation_member')"),
                ids.at(0)) == 20);

    const auto sevenDays = visits.get(ids.at(1));
    REQUIRE(sevenDays.ok());
    CHECK(sevenDays->firstDay == QDate(2026, 5, 19));
    CHECK(sevenDays->lastDay == QDate(2026, 5, 25));
    CHECK(sevenDays->sendingCountry == QStringLiteral("UA"));
    CHECK(sevenDays->status == VisitStatus::Planned);
    CHECK(sevenDays->title.hasTranslation(QStringLiteral("uk")));
    const auto programme = ProgrammeRepository(db).listForVisit(ids.at(1));
    REQUIRE(programme.ok());
    CHECK(programme->size() >= 30);
    CHECK(programme->size() <= 40);
    QSet<QString> cities;
    QSet<QDate> days;
    for (const ProgrammeRow& row : *programme) {
        INFO(row.session.title.text.toStdString());
        CHECK(row.session.title.hasTranslation(QStringLiteral("uk")));
        if (!row.session.city.isEmpty()) {
            cities.insert(row.session.city);
        }
        days.insert(row.session.startsAt.date());
    }
    CHECK(cities == QSet<QString>{QStringLiteral("Warszawa"), QStringLiteral("Płock")});
    CHECK(days.size() == 7);
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM agenda_session WHERE visit_id = :visit AND "
                               "interpretation_mode = 'consecutive' AND interpreted_into = 'uk'"),
                ids.at(1)) > programme->size() / 2);
    const auto project = FundingProjectRepository(db).get(sevenDays->fundingProjectId);
    REQUIRE(project.ok());
    CHECK(project->currency == QStringLiteral("PLN"));
    CHECK(project->totalValue > project->coFinancing);
    CHECK(project->coFinancing > 0);
    CHECK_FALSE(project->acronym.isEmpty());
    CHECK_FALSE(project->funder.isEmpty());
    CHECK_FALSE(project->agreementNumber.isEmpty());
    CHECK(project->partnerInstitutionIds.size() >= 2);

    const auto threeDays = visits.get(ids.at(2));
    REQUIRE(threeDays.ok());
    CHECK(threeDays->firstDay == QDate(2026, 12, 10));
    CHECK(threeDays->lastDay == QDate(2026, 12, 12));
    CHECK(threeDays->sendingCountry == QStringLiteral("CZ"));
    CHECK(threeDays->status == VisitStatus::Draft);
    CHECK(count(db,
                QStringLiteral(
                    "SELECT count(*) FROM agenda_session_text t JOIN agenda_session s ON s.id = "
                    "t.session_id WHERE s.visit_id = :visit AND t.field = 'title' AND t.language = 'cs'"),
                ids.at(2)) >= 3);

    // Names in Cyrillic carry their Latin form for badges and bookings.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE country = 'UA'")) >= 30);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE country = 'UA' AND "
                                   "(latin_given_name = '' OR latin_family_name = '')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM exchange_group_member")) == 6);
    CHECK(SettingsRepository(db).travelMinutes(QStringLiteral("Warszawa"), QStringLiteral("Płock")).value() ==
          120);
}

TEST_CASE("The sample's exchange group met three times before the visits, each time at another member")
{
    TestDatabase test;
    Database& db = test.db();
    const QList<Id> ids = addSample(db);
    VisitRepository visits(db);
    const auto lviv = visits.get(ids.at(1));
    REQUIRE(lviv.ok());
    const Id group = scalar(db, QStringLiteral("SELECT id FROM exchange_group")).toLongLong();
    QSet<Id> hosts;
    QDate previous;
    for (const Id id : ids.mid(3)) {
        const auto meeting = visits.get(id);
        REQUIRE(meeting.ok());
        INFO(meeting->title.text.toStdString());
        CHECK(meeting->kind == VisitKind::ExchangeGroupMeeting);
        CHECK(meeting->status == VisitStatus::Completed);
        CHECK(meeting->exchangeGroupId == group);
        CHECK(meeting->lastDay == meeting->firstDay.addDays(1));
        CHECK(meeting->lastDay < lviv->firstDay);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM exchange_group_member WHERE group_id = %1 AND "
                                       "institution_id = %2")
                            .arg(group)
                            .arg(meeting->hostInstitutionId)) == 1);
        hosts.insert(meeting->hostInstitutionId);
        if (previous.isValid()) {
            // About every two months.
            CHECK(previous.daysTo(meeting->firstDay) >= 50);
            CHECK(previous.daysTo(meeting->firstDay) <= 75);
        }
        previous = meeting->firstDay;
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM agenda_session WHERE visit_id = :visit"), id) >=
              4);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit_participant WHERE visit_id = :visit"),
                    id) >= 5);
    }
    CHECK(hosts.size() == 3);

    // Sochaczew, 29–30 April: the standards adopted, the city seen, and a cultural programme for
    // those who wish only.
    const auto sochaczew = visits.get(ids.at(5));
    REQUIRE(sochaczew.ok());
    CHECK(sochaczew->firstDay == QDate(2026, 4, 29));
    const auto programme = ProgrammeRepository(db).listForVisit(ids.at(5));
    REQUIRE(programme.ok());
    QStringList optional;
    for (const ProgrammeRow& row : *programme) {
        if (!row.session.wholeDelegation) {
            CHECK(row.session.kind == SessionKind::CulturalProgramme);
            CHECK_FALSE(row.session.audienceParticipantIds.isEmpty());
            optional << row.session.title.text;
        }
    }
    CHECK(optional.size() == 2);
    CHECK(optional.join(u' ').contains(QStringLiteral("paralotni")));
    CHECK(optional.join(u' ').contains(QStringLiteral("Koncert")));
    const auto titled = [&](const QString& part) {
        return std::any_of(programme->cbegin(), programme->cend(),
                           [&](const ProgrammeRow& row) { return row.session.title.text.contains(part); });
    };
    CHECK(titled(QStringLiteral("Koalicja na Rzecz Seniorów")));
    CHECK(titled(QStringLiteral("Standardy usług opiekuńczych")));
    CHECK(titled(QStringLiteral("Zwiedzanie")));
    CHECK(titled(QStringLiteral("zastępcy burmistrza")));
}

TEST_CASE("The Lviv visit's costs are paid by its project and own funds in two currencies")
{
    TestDatabase test;
    Database& db = test.db();
    const QList<Id> ids = addSample(db);
    const auto visit = VisitRepository(db).get(ids.at(1));
    REQUIRE(visit.ok());
    const auto lines = CostRepository(db).listForVisit(ids.at(1));
    REQUIRE(lines.ok());
    CHECK(lines->size() == 8);
    QSet<QString> currencies;
    QSet<Id> funders;
    int awaitingInvoice = 0;
    for (const CostLine& line : *lines) {
        currencies.insert(line.currency);
        funders.insert(line.fundingProjectId);
        awaitingInvoice += line.actual ? 0 : 1;
    }
    CHECK(currencies == QSet<QString>{QStringLiteral("PLN"), QStringLiteral("EUR")});
    CHECK(funders == QSet<Id>{0, visit->fundingProjectId});
    CHECK(awaitingInvoice == 2);
}

TEST_CASE("Every sample session lies within its visit's days and ends after it starts")
{
    TestDatabase test;
    Database& db = test.db();
    addSample(db);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM agenda_session")) > 50);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM agenda_session s JOIN visit v ON v.id = s.visit_id "
                                   "WHERE substr(s.starts_at, 1, 10) < v.first_day "
                                   "OR substr(s.ends_at, 1, 10) > v.last_day OR s.ends_at <= s.starts_at")) ==
          0);
}

TEST_CASE("Sample participants have their roles and nobody is in two sessions at once")
{
    TestDatabase test;
    Database& db = test.db();
    const QList<Id> ids = addSample(db);
    // The study visits; the group's meetings have hosts, an organiser and the members' people.
    for (const Id visitId : ids.mid(0, 3)) {
        const auto counts = ParticipantRepository(db).countsByRole(visitId);
        REQUIRE(counts.ok());
        INFO("visit " << visitId);
        CHECK(counts->value(ParticipantRole::DelegationLeader) == 1);
        CHECK(counts->value(ParticipantRole::DelegationMember) >= 6);
        CHECK(counts->value(ParticipantRole::Interpreter) >= 1);
        CHECK(counts->value(ParticipantRole::Organiser) == 1);
        CHECK(counts->value(ParticipantRole::Host) >= 1);
    }
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT role) FROM session_person")) == 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE diet <> 'none'")) >= 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE accessibility_needs <> ''")) >= 1);

    // Who is in a session: its presenters, moderators and interpreters, and its audience (everyone
    // in the visit for a whole-delegation session). Any two sessions one person is in must not overlap.
    const QString attendance =
        QStringLiteral("WITH attendance (session_id, person_id) AS ("
                       " SELECT session_id, person_id FROM session_person"
                       " UNION SELECT s.id, p.person_id FROM agenda_session s"
                       "  JOIN visit_participant p ON p.visit_id = s.visit_id WHERE s.whole_delegation = 1"
                       " UNION SELECT a.session_id, p.person_id FROM session_audience a"
                       "  JOIN visit_participant p ON p.id = a.participant_id) ");
    CHECK(count(db, attendance + QStringLiteral("SELECT count(*) FROM attendance")) > 500);
    CHECK(count(db, attendance +
                        QStringLiteral("SELECT count(*) FROM attendance x JOIN attendance y "
                                       "ON y.person_id = x.person_id AND y.session_id > x.session_id "
                                       "JOIN agenda_session a ON a.id = x.session_id "
                                       "JOIN agenda_session b ON b.id = y.session_id "
                                       "WHERE a.starts_at < b.ends_at AND b.starts_at < a.ends_at")) == 0);
    // The programme splits the Lviv delegation once, into two groups in two places at the same time;
    // in Sochaczew the paraglider flights and the concert are for those who wish.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM agenda_session WHERE whole_delegation = 0")) == 4);
    // No room holds two sessions at once.
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM agenda_session a JOIN agenda_session b "
                        "ON b.id > a.id AND b.venue_institution_id = a.venue_institution_id "
                        "AND b.room = a.room WHERE a.starts_at < b.ends_at AND b.starts_at < a.ends_at")) ==
          0);
}

TEST_CASE("The sample programmes leave time to travel, give interpreters breaks and keep to arrivals")
{
    TestDatabase test;
    Database& db = test.db();
    const QList<Id> ids = addSample(db);
    const auto travel = SettingsRepository(db).travelTimeTable();
    REQUIRE(travel.ok());
    const int interpreterMaximum = SettingsRepository(db).interpreterMaxMinutes().value();
    int transitions = 0;
    for (const Id visitId : ids) {
        const auto rows = ProgrammeRepository(db).listForVisit(visitId);
        const auto participants = ParticipantRepository(db).listForVisit(visitId);
        REQUIRE(rows.ok());
        REQUIRE(participants.ok());

        for (const ParticipantRow& row : *participants) {
            const VisitParticipant& participant = row.participant;
            const Session* previous = nullptr;
            for (const ProgrammeRow& programmeRow : *rows) {
                const Session& session = programmeRow.session;
                const bool attends = session.wholeDelegation
                                         ? true
                                         : session.audienceParticipantIds.contains(participant.id) ||
                                               std::any_of(session.people.cbegin(), session.people.cend(),
                                                           [&](const SessionPerson& person) {
                                                               return person.personId == participant.personId;
                                                           });
                if (!attends) {
                    continue;
                }
                INFO(row.displayName.toStdString() << ": " << session.title.text.toStdString());
                if (participant.arrival.isValid()) {
                    CHECK(session.startsAt >= participant.arrival);
                }
                if (participant.departure.isValid()) {
                    CHECK(session.endsAt <= participant.departure);
                }
                if (!hasPlace(session)) {
                    continue;
                }
                if (previous != nullptr && !samePlace(*previous, session)) {
                    ++transitions;
                    CHECK(previous->endsAt.secsTo(session.startsAt) / 60 >=
                          travel->minutes(previous->city, session.city));
                }
                previous = &session;
            }
        }

        // An interpreter's work: sessions less than 30 minutes apart count as one stretch.
        QHash<Id, QList<const Session*>> interpreting;
        for (const ProgrammeRow& row : *rows) {
            for (const SessionPerson& person : row.session.people) {
                if (person.role == SessionRole::Interpreter) {
                    interpreting[person.personId].append(&row.session);
                }
            }
        }
        // The group's meetings are in Polish only.
        CHECK(interpreting.isEmpty() == (ids.indexOf(visitId) >= 3));
        for (const QList<const Session*>& sessions : std::as_const(interpreting)) {
            QDateTime stretchStart;
            QDateTime stretchEnd;
            for (const Session* session : sessions) {
                if (!stretchEnd.isValid() || stretchEnd.secsTo(session->startsAt) >= 30 * 60) {
                    stretchStart = session->startsAt;
                }
                stretchEnd = session->endsAt;
                INFO(session->title.text.toStdString());
                CHECK(stretchStart.secsTo(stretchEnd) / 60 <= interpreterMaximum);
            }
        }
    }
    CHECK(transitions > 100);
}

TEST_CASE("The sample leaves the database sound")
{
    TestDatabase test;
    addSample(test.db());
    const auto problems = test.db().check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("Adding the sample a second time is refused and adds nothing")
{
    TestDatabase test;
    Database& db = test.db();
    addSample(db);
    const QStringList before = rowCounts(db);
    const auto again = SampleData::add(db);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == Error::Kind::Validation);
    CHECK(again.error().message() == QStringLiteral("The sample visits are already in this database."));
    CHECK(rowCounts(db) == before);
}

TEST_CASE("A sample that cannot be written completely is not written at all")
{
    TestDatabase test;
    Database& db = test.db();
    const QStringList before = rowCounts(db);
    // The very last session of the sample fails: everything before it must go too.
    run(db, QStringLiteral("CREATE TRIGGER refuse_last BEFORE INSERT ON agenda_session WHEN NEW.title = "
                           "'Obiad i zakończenie spotkania' BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    const auto added = SampleData::add(db);
    REQUIRE_FALSE(added.ok());
    CHECK(rowCounts(db) == before);

    run(db, QStringLiteral("DROP TRIGGER refuse_last"));
    addSample(db);
}

TEST_CASE("The sample keeps a travel time the coordinator has set")
{
    TestDatabase test;
    Database& db = test.db();
    SettingsRepository settings(db);
    REQUIRE(settings.setTravelTime(QStringLiteral("płock"), QStringLiteral("Warszawa"), 150).ok());
    addSample(db);
    CHECK(settings.travelMinutes(QStringLiteral("Warszawa"), QStringLiteral("Płock")).value() == 150);
    CHECK(settings.travelMinutes(QStringLiteral("Warszawa"), QStringLiteral("Przasnysz")).value() == 100);
}
