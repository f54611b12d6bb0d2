// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

// Written in SQL that PostgreSQL also accepts where SQLite allows it: INTEGER PRIMARY KEY ids,
// ISO 8601 text for days ('2026-05-19') and local wall-clock times ('2026-05-19T09:30'),
// money as integer minor units beside an ISO 4217 currency code.
//
// ON DELETE rules, chosen for what a coordinator expects when deleting:
// - a visit takes its participants, sessions and their links with it (CASCADE);
// - a person takes their participations and session roles with them (CASCADE);
// - an institution, project, group or coordinator that something merely refers to is unlinked
//   (SET NULL), so deleting a venue never deletes a session.
// The user interface says what goes with a deletion before it happens.

namespace {

QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE institution (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('social_welfare_centre', 'regional_centre',
        'day_support_home', 'care_home', 'ngo_foundation', 'ngo_association', 'city_hall', 'labour_office',
        'police', 'court', 'library', 'school_university', 'health', 'other')),
    country TEXT NOT NULL DEFAULT '' CHECK (country = '' OR length(country) = 2),
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX institution_city ON institution (city)"),

        QStringLiteral(R"(CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
    latin_given_name TEXT NOT NULL DEFAULT '',
    latin_family_name TEXT NOT NULL DEFAULT '',
    institution_id INTEGER REFERENCES institution (id) ON DELETE SET NULL,
    position TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '' CHECK (country = '' OR length(country) = 2),
    languages TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    diet TEXT NOT NULL DEFAULT 'none' CHECK (diet IN ('none', 'vegetarian', 'vegan', 'gluten_free',
        'lactose_free', 'halal', 'kosher', 'allergy', 'other')),
    diet_note TEXT NOT NULL DEFAULT '',
    accessibility_needs TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    notes TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX person_institution ON person (institution_id)"),
        QStringLiteral("CREATE INDEX person_family_name ON person (family_name)"),

        QStringLiteral(R"(CREATE TABLE funding_project (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    acronym TEXT NOT NULL DEFAULT '',
    funder TEXT NOT NULL DEFAULT '',
    agreement_number TEXT NOT NULL DEFAULT '',
    first_day TEXT,
    last_day TEXT,
    total_value INTEGER NOT NULL DEFAULT 0 CHECK (total_value >= 0),
    co_financing INTEGER NOT NULL DEFAULT 0 CHECK (co_financing >= 0),
    currency TEXT NOT NULL DEFAULT 'PLN' CHECK (length(currency) = 3),
    logo BLOB,
    notes TEXT NOT NULL DEFAULT '',
    CHECK (first_day IS NULL OR last_day IS NULL OR last_day >= first_day)
))"),
        QStringLiteral(R"(CREATE TABLE funding_project_partner (
    project_id INTEGER NOT NULL REFERENCES funding_project (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, institution_id)
))"),
        QStringLiteral(
            "CREATE INDEX funding_project_partner_institution ON funding_project_partner (institution_id)"),

        QStringLiteral(R"(CREATE TABLE exchange_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    meeting_interval_days INTEGER CHECK (meeting_interval_days IS NULL OR meeting_interval_days > 0),
    notes TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral(R"(CREATE TABLE exchange_group_member (
    group_id INTEGER NOT NULL REFERENCES exchange_group (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, institution_id)
))"),
        QStringLiteral(
            "CREATE INDEX exchange_group_member_institution ON exchange_group_member (institution_id)"),

        QStringLiteral(R"(CREATE TABLE visit (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind TEXT NOT NULL DEFAULT 'incoming_study_visit' CHECK (kind IN ('incoming_study_visit',
        'outgoing_study_visit', 'exchange_group_meeting', 'conference', 'working_meeting')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'planned', 'confirmed', 'in_progress',
        'completed', 'cancelled')),
    first_day TEXT NOT NULL CHECK (length(first_day) = 10),
    last_day TEXT NOT NULL CHECK (length(last_day) = 10),
    time_zone TEXT NOT NULL DEFAULT 'Europe/Warsaw',
    host_institution_id INTEGER REFERENCES institution (id) ON DELETE SET NULL,
    sending_institution_id INTEGER REFERENCES institution (id) ON DELETE SET NULL,
    sending_country TEXT NOT NULL DEFAULT '' CHECK (sending_country = '' OR length(sending_country) = 2),
    sending_region TEXT NOT NULL DEFAULT '',
    funding_project_id INTEGER REFERENCES funding_project (id) ON DELETE SET NULL,
    exchange_group_id INTEGER REFERENCES exchange_group (id) ON DELETE SET NULL,
    working_languages TEXT NOT NULL DEFAULT '',
    print_languages TEXT NOT NULL DEFAULT '',
    coordinator_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    CHECK (last_day >= first_day)
))"),
        QStringLiteral("CREATE INDEX visit_days ON visit (first_day, last_day)"),
        QStringLiteral("CREATE INDEX visit_host ON visit (host_institution_id)"),
        QStringLiteral("CREATE INDEX visit_sending ON visit (sending_institution_id)"),
        QStringLiteral("CREATE INDEX visit_project ON visit (funding_project_id)"),
        QStringLiteral("CREATE INDEX visit_group ON visit (exchange_group_id)"),
        QStringLiteral("CREATE INDEX visit_coordinator ON visit (coordinator_id)"),

        QStringLiteral(R"(CREATE TABLE visit_participant (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'delegation_member' CHECK (role IN ('delegation_leader', 'delegation_member',
        'host', 'presenter', 'moderator', 'interpreter', 'guide_driver', 'organiser')),
    arrival TEXT,
    departure TEXT,
    accommodation TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (visit_id, person_id),
    CHECK (arrival IS NULL OR departure IS NULL OR departure >= arrival)
))"),
        QStringLiteral("CREATE INDEX visit_participant_person ON visit_participant (person_id)"),

        QStringLiteral(R"(CREATE TABLE agenda_session (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL CHECK (length(starts_at) = 16),
    ends_at TEXT NOT NULL CHECK (length(ends_at) = 16),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'presentation' CHECK (kind IN ('presentation', 'panel_discussion', 'workshop',
        'site_visit', 'meeting', 'meal', 'transfer', 'cultural_programme', 'free_time', 'other')),
    venue_institution_id INTEGER REFERENCES institution (id) ON DELETE SET NULL,
    room TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    interpretation TEXT NOT NULL DEFAULT '',
    whole_delegation INTEGER NOT NULL DEFAULT 1 CHECK (whole_delegation IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    CHECK (ends_at > starts_at)
))"),
        QStringLiteral("CREATE INDEX agenda_session_visit ON agenda_session (visit_id, starts_at)"),
        QStringLiteral(
            "CREATE INDEX agenda_session_venue ON agenda_session (venue_institution_id, starts_at)"),
        QStringLiteral("CREATE INDEX agenda_session_time ON agenda_session (starts_at)"),

        QStringLiteral(R"(CREATE TABLE session_person (
    session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('presenter', 'moderator', 'interpreter')),
    PRIMARY KEY (session_id, person_id, role)
))"),
        QStringLiteral("CREATE INDEX session_person_person ON session_person (person_id)"),

        QStringLiteral(R"(CREATE TABLE session_audience (
    session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES visit_participant (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, participant_id)
))"),
        QStringLiteral("CREATE INDEX session_audience_participant ON session_audience (participant_id)"),

        // Translations of content: the column in the owning table holds the text in the database's
        // content language; these hold the same field in other languages (ISO 639-1 codes).
        QStringLiteral(R"(CREATE TABLE institution_text (
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('name')),
    language TEXT NOT NULL CHECK (length(language) = 2),
    text TEXT NOT NULL,
    PRIMARY KEY (institution_id, field, language)
))"),
        QStringLiteral(R"(CREATE TABLE visit_text (
    visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title')),
    language TEXT NOT NULL CHECK (length(language) = 2),
    text TEXT NOT NULL,
    PRIMARY KEY (visit_id, field, language)
))"),
        QStringLiteral(R"(CREATE TABLE agenda_session_text (
    session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title', 'description')),
    language TEXT NOT NULL CHECK (length(language) = 2),
    text TEXT NOT NULL,
    PRIMARY KEY (session_id, field, language)
))"),

        // The coordinator's travel-time table; a pair of cities is stored once, in collation order.
        QStringLiteral(R"(CREATE TABLE travel_time (
    city_a TEXT NOT NULL,
    city_b TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    PRIMARY KEY (city_a, city_b),
    CHECK (city_a < city_b)
))"),
        QStringLiteral(R"(CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
))"),
        QStringLiteral(R"(INSERT INTO setting (key, value) VALUES
    ('content_language', 'pl'),
    ('travel_minutes_same_city', '15'),
    ('travel_minutes_other_city', '60'),
    ('interpreter_max_minutes', '90'))"),
    };
}

} // namespace

namespace Schema {

int currentVersion()
{
    return 1;
}

QStringList upgradeStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    default:
        return {};
    }
}

} // namespace Schema
