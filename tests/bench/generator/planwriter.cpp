// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/planwriter.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/generator/programmeplanner.h"
#include "tests/bench/vocabulary/places.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

namespace {

/// A prepared INSERT; text that is null is written as '' (text columns hold '' for "nothing").
class Statement final
{
public:
    Statement(const QSqlDatabase& db, const QString& sql, QString what) : m_query(db), m_what(std::move(what))
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Status run(std::initializer_list<QVariant> values)
    {
        static const QString empty = QString(QLatin1String(""));
        int position = 0;
        for (const QVariant& value : values) {
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            m_query.bindValue(position++, nullText ? QVariant(empty) : value);
        }
        if (!m_prepared || !m_query.exec()) {
            return Error::fromSql(m_query.lastError(), m_what);
        }
        return success();
    }

private:
    QSqlQuery m_query;
    QString m_what;
    bool m_prepared = false;
};

/// The row id of the item at `index`, or NULL for none (-1).
QVariant rowId(int index)
{
    return index >= 0 ? QVariant(index + 1) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dayOrNull(int julianDay)
{
    return julianDay > 0 ? QVariant(isoDay(julianDay)) : QVariant();
}

} // namespace

#define WIZYTA_TRY(expression)                                                                               \
    if (Status done = (expression); !done) {                                                                 \
        return done;                                                                                         \
    }

PlanWriter::PlanWriter(const OfficePlan& plan, Random& random) : m_plan(plan), m_random(random) {}

Status PlanWriter::write(QSqlDatabase connection)
{
    WIZYTA_TRY(writeInstitutions(connection));
    WIZYTA_TRY(writePeople(connection));
    WIZYTA_TRY(writeProjectsAndGroups(connection));
    WIZYTA_TRY(writeVisits(connection));
    WIZYTA_TRY(writeProgrammes(connection));
    return writeSettings(connection);
}

Status PlanWriter::writeInstitutions(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO institution (id, name, short_name, kind, country, city, address, phone, email, "
        "website, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the institutions"_s);
    Statement text(
        db,
        u"INSERT INTO institution_text (institution_id, field, language, text) VALUES (?, 'name', ?, ?)"_s,
        u"Writing the institutions' names"_s);
    for (std::size_t i = 0; i < m_plan.institutions.size(); ++i) {
        const Institution& institution = m_plan.institutions[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(
            insert.run({id, institution.name, institution.shortName, institution.kind, institution.country,
                        m_plan.cities[std::size_t(institution.city)].name, institution.address,
                        institution.phone, institution.email, institution.website, institution.notes}));
        if (!institution.pl.isEmpty()) {
            WIZYTA_TRY(text.run({id, u"pl"_s, institution.pl}));
        }
        if (!institution.uk.isEmpty()) {
            WIZYTA_TRY(text.run({id, u"uk"_s, institution.uk}));
        }
    }
    return success();
}

Status PlanWriter::writePeople(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO person (id, given_name, family_name, latin_given_name, latin_family_name, "
        "institution_id, position, country, languages, email, phone, diet, diet_note, "
        "accessibility_needs, consent_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the people"_s);
    for (std::size_t i = 0; i < m_plan.people.size(); ++i) {
        const Person& p = m_plan.people[i];
        WIZYTA_TRY(insert.run({rowId(int(i)), p.given, p.family, p.latinGiven, p.latinFamily,
                               rowId(p.institution), p.position, p.country, p.languages, p.email, p.phone,
                               p.diet, p.dietNote, p.accessibility, dayOrNull(p.consentDay), p.notes}));
    }
    return success();
}

Status PlanWriter::writeProjectsAndGroups(QSqlDatabase& db)
{
    Statement project(
        db,
        u"INSERT INTO funding_project (id, name, acronym, funder, agreement_number, first_day, last_day, "
        "total_value, co_financing, currency, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the funding projects"_s);
    Statement partner(db, u"INSERT INTO funding_project_partner (project_id, institution_id) VALUES (?, ?)"_s,
                      u"Writing the project partners"_s);
    for (std::size_t i = 0; i < m_plan.projects.size(); ++i) {
        const Project& p = m_plan.projects[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(project.run({id, p.name, p.acronym, p.funder, p.agreement, dayOrNull(p.firstDay),
                                dayOrNull(p.lastDay), p.totalValue, p.coFinancing, p.currency, p.notes}));
        for (const int institution : p.partners) {
            WIZYTA_TRY(partner.run({id, rowId(institution)}));
        }
    }
    Statement group(
        db, u"INSERT INTO exchange_group (id, name, meeting_interval_days, notes) VALUES (?, ?, ?, ?)"_s,
        u"Writing the exchange groups"_s);
    Statement member(db, u"INSERT INTO exchange_group_member (group_id, institution_id) VALUES (?, ?)"_s,
                     u"Writing the exchange groups' members"_s);
    for (std::size_t i = 0; i < m_plan.groups.size(); ++i) {
        const Group& g = m_plan.groups[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(group.run({id, g.name, g.intervalDays, g.notes}));
        for (const int institution : g.members) {
            WIZYTA_TRY(member.run({id, rowId(institution)}));
        }
    }
    return success();
}

Status PlanWriter::writeVisits(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO visit (id, title, kind, status, first_day, last_day, time_zone, "
        "host_institution_id, sending_institution_id, sending_country, sending_region, "
        "funding_project_id, exchange_group_id, working_languages, print_languages, coordinator_id, "
        "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the visits"_s);
    Statement text(db,
                   u"INSERT INTO visit_text (visit_id, field, language, text) VALUES (?, 'title', ?, ?)"_s,
                   u"Writing the visits' titles"_s);
    Statement participant(
        db,
        u"INSERT INTO visit_participant (id, visit_id, person_id, role, arrival, departure, "
        "accommodation, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the participants"_s);
    for (const Visit& v : m_plan.visits) {
        WIZYTA_TRY(insert.run({v.id, v.title, v.kind, v.status, isoDay(v.firstDay), isoDay(v.lastDay),
                               v.timeZone, rowId(v.host), rowId(v.sending), v.sendingCountry, v.sendingRegion,
                               rowId(v.project), rowId(v.group), v.workingLanguages, v.printLanguages,
                               rowId(v.coordinator), v.notes}));
        if (!v.titleUk.isEmpty()) {
            WIZYTA_TRY(text.run({v.id, u"uk"_s, v.titleUk}));
        }
        if (!v.titleEn.isEmpty()) {
            WIZYTA_TRY(text.run({v.id, u"en"_s, v.titleEn}));
        }
        for (const Participant& p : v.participants) {
            WIZYTA_TRY(participant.run({p.id, v.id, rowId(p.person), p.role, textOrNull(p.arrival),
                                        textOrNull(p.departure), p.accommodation, p.notes}));
        }
    }
    return success();
}

Status PlanWriter::writeProgrammes(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title, description, kind, "
        "venue_institution_id, room, address, city, language, interpretation_mode, interpreted_into, "
        "whole_delegation, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the sessions"_s);
    Statement text(
        db, u"INSERT INTO agenda_session_text (session_id, field, language, text) VALUES (?, ?, 'uk', ?)"_s,
        u"Writing the sessions' translations"_s);
    Statement person(db, u"INSERT INTO session_person (session_id, person_id, role) VALUES (?, ?, ?)"_s,
                     u"Writing the sessions' people"_s);
    Statement audience(db, u"INSERT INTO session_audience (session_id, participant_id) VALUES (?, ?)"_s,
                       u"Writing the sessions' audiences"_s);
    const QString title = u"title"_s;
    const QString description = u"description"_s;
    ProgrammePlanner programmes(m_random, m_plan);
    int nextId = 1;
    for (const Visit& v : m_plan.visits) {
        for (const Session& s : programmes.programme(v)) {
            const int id = nextId++;
            WIZYTA_TRY(insert.run({id, v.id, s.startsAt, s.endsAt, s.title, s.description, s.kind,
                                   rowId(s.venue), s.room, s.address, s.city, s.language,
                                   s.interpretation.isEmpty() ? u"none"_s : s.interpretation,
                                   s.interpretedInto, s.wholeDelegation ? 1 : 0, s.notes}));
            if (!s.titleUk.isEmpty()) {
                WIZYTA_TRY(text.run({id, title, s.titleUk}));
            }
            if (!s.descriptionUk.isEmpty()) {
                WIZYTA_TRY(text.run({id, description, s.descriptionUk}));
            }
            for (const auto& [who, role] : s.people) {
                WIZYTA_TRY(person.run({id, rowId(who), role}));
            }
            for (const int participantId : s.audience) {
                WIZYTA_TRY(audience.run({id, participantId}));
            }
        }
    }
    return success();
}

/// The travel-time table and the settings a new database holds after the sample data.
Status PlanWriter::writeSettings(QSqlDatabase& db)
{
    Statement travel(db, u"INSERT INTO travel_time (city_a, city_b, minutes) VALUES (?, ?, ?)"_s,
                     u"Writing the travel times"_s);
    for (const TravelData& pair : travelTimes) {
        QString a = pair.a.toString();
        QString b = pair.b.toString();
        // In the order SQLite compares text (UTF-8 bytes), as the table's CHECK (city_a < city_b) wants.
        if (b.toUtf8() < a.toUtf8()) {
            std::swap(a, b);
        }
        WIZYTA_TRY(travel.run({a, b, pair.minutes}));
    }
    Statement setting(db,
                      u"INSERT INTO setting (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                      u"Writing the settings"_s);
    WIZYTA_TRY(setting.run({u"content_language"_s, u"pl"_s}));
    WIZYTA_TRY(setting.run({u"travel_minutes_same_city"_s, u"15"_s}));
    WIZYTA_TRY(setting.run({u"travel_minutes_other_city"_s, u"60"_s}));
    return setting.run({u"interpreter_max_minutes"_s, u"90"_s});
}

#undef WIZYTA_TRY

} // namespace BenchmarkData
