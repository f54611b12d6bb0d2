// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

#include <utility>

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

/// A stored time ('2026-05-19T09:30') a day earlier or later, written as stored times are.
QString shifted(const QString& time, const QString& days)
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M', %1, '%2 day')").arg(time, days);
}

/// The kept visits whose warnings a change to a session may change, given the session's visit,
/// start and end and a SELECT of its interpreters: its own visit; visits with a session at the same
/// time (double bookings); visits with a session within a day that one of those interpreters also
/// interprets (a working stretch runs on through sessions of any visit, but not for a day). Sessions
/// last at most a day, which bounds the search by start to the index.
QString affected(const QString& visit, const QString& start, const QString& end, const QString& interpreters)
{
    return QStringLiteral("visit_id = %1 "
                          "OR visit_id IN (SELECT o.visit_id FROM agenda_session o WHERE o.starts_at < %3 "
                          "AND o.ends_at > %2 AND o.starts_at > %4) "
                          "OR visit_id IN (SELECT o.visit_id FROM session_person them "
                          "JOIN agenda_session o ON o.id = them.session_id WHERE them.role = 'interpreter' "
                          "AND them.person_id IN (%6) AND o.starts_at < %5 AND o.ends_at > %4)")
        .arg(visit, start, end, shifted(start, QStringLiteral("-1")), shifted(end, QStringLiteral("+1")),
             interpreters);
}

/// For a row (NEW or OLD) of agenda_session.
QString affectedBySession(const QString& row)
{
    return affected(row + QStringLiteral(".visit_id"), row + QStringLiteral(".starts_at"),
                    row + QStringLiteral(".ends_at"),
                    QStringLiteral("SELECT person_id FROM session_person WHERE session_id = %1.id "
                                   "AND role = 'interpreter'")
                        .arg(row));
}

/// For a row of session_person: only its person's stretch can change.
QString affectedByPerson(const QString& row)
{
    const auto ofSession = [&row](const char* column) {
        return QStringLiteral("(SELECT %1 FROM agenda_session WHERE id = %2.session_id)")
            .arg(QLatin1String(column), row);
    };
    return affected(ofSession("visit_id"), ofSession("starts_at"), ofSession("ends_at"),
                    QStringLiteral("SELECT %1.person_id WHERE %1.role = 'interpreter'").arg(row));
}

/// A trigger that runs `body` on `event` ("AFTER INSERT", "BEFORE DELETE", ...) when warnings are
/// kept at all and `when` holds: with none kept, an import of sessions pays nothing for them.
QString forgetting(const QString& name, const QString& event, const QString& table, const QString& body,
                   const QString& when = {})
{
    const QString anyKept = QStringLiteral("EXISTS (SELECT 1 FROM kept_visit)");
    return QStringLiteral("CREATE TRIGGER kept_forget_%1 %2 ON %3 WHEN %4 BEGIN %5 END")
        .arg(name, event, table, when.isEmpty() ? anyKept : QStringLiteral("%1 AND (%2)").arg(anyKept, when),
             body);
}

QString forgetWhere(const QString& condition)
{
    return QStringLiteral("DELETE FROM kept_visit WHERE %1;").arg(condition);
}

QString forgetAll()
{
    return QStringLiteral("DELETE FROM kept_visit;");
}

/// The conflict check's warnings kept per visit (KeptWarnings), and the triggers that forget a
/// visit's warnings whenever something they are made of changes, whichever program writes it.
/// Nothing in them is the coordinator's data: it can always be worked out again from the rest.
QStringList version2()
{
    const QString old = QStringLiteral("OLD");
    const QString now = QStringLiteral("NEW");
    const QString session = QStringLiteral("agenda_session");
    const QString presenters = QStringLiteral("session_person");
    const QString audience = QStringLiteral("session_audience");
    const QString participants = QStringLiteral("visit_participant");
    const QString inserted = QStringLiteral("AFTER INSERT");
    const QString updated = QStringLiteral("AFTER UPDATE");
    const QString deleted = QStringLiteral("AFTER DELETE");
    const QString audienceOf =
        QStringLiteral("visit_id IN (SELECT s.visit_id FROM agenda_session s WHERE s.id = %1.session_id)");
    QStringList statements{
        // One row: the rules and the language the kept warnings were found by and written in.
        QStringLiteral(R"(CREATE TABLE kept_check (
    rules INTEGER NOT NULL,
    language TEXT NOT NULL
))"),
        // No foreign keys: a program writing to the file without PRAGMA foreign_keys would not
        // cascade them. Triggers fire for every program.
        QStringLiteral(R"(CREATE TABLE kept_visit (
    visit_id INTEGER PRIMARY KEY
))"),
        // A warning naming sessions of two visits is kept for both.
        QStringLiteral(R"(CREATE TABLE kept_warning (
    visit_id INTEGER NOT NULL,
    rule INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    other_session_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    message TEXT NOT NULL,
    start INTEGER NOT NULL,
    other_start INTEGER NOT NULL
))"),
        QStringLiteral("CREATE INDEX kept_warning_visit ON kept_warning (visit_id)"),
        QStringLiteral("CREATE TRIGGER kept_forget_warnings AFTER DELETE ON kept_visit BEGIN "
                       "DELETE FROM kept_warning WHERE visit_id = OLD.visit_id; END"),
        forgetting(QStringLiteral("session_insert"), inserted, session, forgetWhere(affectedBySession(now))),
        forgetting(QStringLiteral("session_update"), updated, session,
                   forgetWhere(affectedBySession(old) + QStringLiteral(" OR ") + affectedBySession(now))),
        // Before: its interpreters are deleted with it.
        forgetting(QStringLiteral("session_delete"), QStringLiteral("BEFORE DELETE"), session,
                   forgetWhere(affectedBySession(old))),
        forgetting(QStringLiteral("person_in_session_insert"), inserted, presenters,
                   forgetWhere(affectedByPerson(now))),
        forgetting(QStringLiteral("person_in_session_update"), updated, presenters,
                   forgetWhere(affectedByPerson(old) + QStringLiteral(" OR ") + affectedByPerson(now))),
        forgetting(QStringLiteral("person_in_session_delete"), deleted, presenters,
                   forgetWhere(affectedByPerson(old))),
        forgetting(QStringLiteral("audience_insert"), inserted, audience, forgetWhere(audienceOf.arg(now))),
        forgetting(QStringLiteral("audience_update"), updated, audience,
                   forgetWhere(audienceOf.arg(old) + QStringLiteral(" OR ") + audienceOf.arg(now))),
        forgetting(QStringLiteral("audience_delete"), deleted, audience, forgetWhere(audienceOf.arg(old))),
        forgetting(QStringLiteral("participant_insert"), inserted, participants,
                   forgetWhere(QStringLiteral("visit_id = NEW.visit_id"))),
        forgetting(QStringLiteral("participant_update"), updated, participants,
                   forgetWhere(QStringLiteral("visit_id IN (OLD.visit_id, NEW.visit_id)"))),
        forgetting(QStringLiteral("participant_delete"), deleted, participants,
                   forgetWhere(QStringLiteral("visit_id = OLD.visit_id"))),
        forgetting(QStringLiteral("visit_days"), updated, QStringLiteral("visit"),
                   forgetWhere(QStringLiteral("visit_id = NEW.id")),
                   QStringLiteral("OLD.first_day IS NOT NEW.first_day OR OLD.last_day IS NOT NEW.last_day")),
        // Other visits' warnings name the visit by its title.
        forgetting(QStringLiteral("visit_title"), updated, QStringLiteral("visit"), forgetAll(),
                   QStringLiteral("OLD.title IS NOT NEW.title")),
        forgetting(QStringLiteral("visit_delete"), deleted, QStringLiteral("visit"),
                   forgetWhere(QStringLiteral("visit_id = OLD.id"))),
        forgetting(
            QStringLiteral("person_name"), updated, QStringLiteral("person"), forgetAll(),
            QStringLiteral("OLD.given_name IS NOT NEW.given_name OR OLD.family_name IS NOT NEW.family_name")),
        forgetting(QStringLiteral("institution_update"), updated, QStringLiteral("institution"), forgetAll(),
                   QStringLiteral("OLD.name IS NOT NEW.name OR OLD.city IS NOT NEW.city")),
        forgetting(QStringLiteral("institution_delete"), deleted, QStringLiteral("institution"), forgetAll()),
    };
    // The travel times and the interpreter's limit.
    for (const QString& table : {QStringLiteral("setting"), QStringLiteral("travel_time")}) {
        for (const QString& event : {inserted, updated, deleted}) {
            statements << forgetting(table + QLatin1Char('_') + event.section(QLatin1Char(' '), 1).toLower(),
                                     event, table, forgetAll());
        }
    }
    return statements;
}

/// The institutions taking part in a visit besides its host and sender: an exchange group's members
/// invited to its meeting, the partners at a conference.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE visit_institution (
    visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    PRIMARY KEY (visit_id, institution_id)
))"),
        QStringLiteral("CREATE INDEX visit_institution_institution ON visit_institution (institution_id)"),
    };
}

/// A session's interpretation as data (mode and languages) in place of a free text in one language,
/// so that each printed language words it. The old text is read as well as it can be: "pl→uk,
/// tłumaczenie konsekutywne" becomes consecutive into uk (and pl the session's language when it had
/// none); a text not fully understood is also added to the session's notes, so nothing is lost.
QStringList version4()
{
    // The text, with "->" and "ua" as people write them, in lower case (ASCII only: Ukrainian
    // words are matched as written in lower case).
    const QString text = QStringLiteral("replace(lower(interpretation), '->', '→')");
    const QString arrow = QStringLiteral("instr(%1, '→')").arg(text);
    const QString after = QStringLiteral("substr(ltrim(substr(%1, %2 + 1)), 1, 2)").arg(text, arrow);
    const QString before = QStringLiteral("substr(rtrim(substr(%1, 1, %2 - 1)), -2, 2)").arg(text, arrow);
    const QString code = QStringLiteral("CASE WHEN %1 = 'ua' THEN 'uk' WHEN %1 GLOB '[a-z][a-z]' THEN %1 "
                                        "ELSE '' END");
    const QString into = QStringLiteral("CASE WHEN %1 > 0 THEN %2 ELSE '' END").arg(arrow, code.arg(after));
    const QString from = QStringLiteral("CASE WHEN %1 > 1 THEN %2 ELSE '' END").arg(arrow, code.arg(before));
    const QString mode =
        QStringLiteral("CASE WHEN %1 GLOB '*symult*' OR %1 GLOB '*simult*' OR %1 GLOB '*синхрон*' "
                       "THEN 'simultaneous' "
                       "WHEN %1 GLOB '*szept*' OR %1 GLOB '*whisper*' OR %1 GLOB '*chucho*' OR "
                       "%1 GLOB '*пошепки*' OR %1 GLOB '*шушот*' THEN 'whispered' "
                       "WHEN %1 GLOB '*konsekut*' OR %1 GLOB '*consecut*' OR %1 GLOB '*послідовн*' "
                       "THEN 'consecutive' ELSE '' END")
            .arg(text);
    QStringList statements = {
        QStringLiteral(
            "ALTER TABLE agenda_session ADD COLUMN interpretation_mode TEXT NOT NULL DEFAULT 'none' "
            "CHECK (interpretation_mode IN ('none', 'consecutive', 'simultaneous', 'whispered'))"),
        QStringLiteral("ALTER TABLE agenda_session ADD COLUMN interpreted_into TEXT NOT NULL DEFAULT ''"),
        // Understood: a known mode and a language to interpret into.
        QStringLiteral("UPDATE agenda_session SET notes = CASE WHEN notes = '' THEN interpretation "
                       "ELSE notes || char(10) || interpretation END "
                       "WHERE interpretation <> '' AND ((%1) = '' OR (%2) = '')")
            .arg(mode, into),
        QStringLiteral(
            "UPDATE agenda_session SET interpretation_mode = coalesce(nullif(%1, ''), 'consecutive'), "
            "interpreted_into = %2, language = CASE WHEN language = '' THEN %3 ELSE language END "
            "WHERE interpretation <> '' AND (%2 <> '' OR %1 <> '')")
            .arg(mode, into, from),
        QStringLiteral("ALTER TABLE agenda_session DROP COLUMN interpretation"),
    };
    // Warnings name sessions, visits and venues in the reader's language (ReaderText): a change to
    // one of those translations forgets what is kept, as a change to the text as written does.
    const struct
    {
        const char* table;
        const char* field;
    } translations[] = {
        {"agenda_session_text", "title"}, {"visit_text", "title"}, {"institution_text", "name"}};
    for (const auto& translation : translations) {
        const QString table = QLatin1String(translation.table);
        for (const auto& [event, row] : {std::pair{QStringLiteral("AFTER INSERT"), QStringLiteral("NEW")},
                                         std::pair{QStringLiteral("AFTER UPDATE"), QStringLiteral("NEW")},
                                         std::pair{QStringLiteral("AFTER DELETE"), QStringLiteral("OLD")}}) {
            statements << forgetting(
                table + QLatin1Char('_') + event.section(QLatin1Char(' '), 1).toLower(), event, table,
                forgetAll(), QStringLiteral("%1.field = '%2'").arg(row, QLatin1String(translation.field)));
        }
    }
    return statements;
}

/// After the visit. What it cost and who paid: lines by category with planned and actual amounts in
/// integer minor units of their own currency, each paid by one of the funding projects or the
/// institution's own funds (no project). What came of it: agreements, letters of intent,
/// recommendations and standards adopted, and the follow-up tasks it left.
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE cost_line (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    category TEXT NOT NULL DEFAULT 'other' CHECK (category IN ('accommodation', 'meals', 'interpreting',
        'transport', 'venue', 'materials', 'other')),
    description TEXT NOT NULL DEFAULT '',
    planned_amount INTEGER NOT NULL DEFAULT 0 CHECK (planned_amount >= 0),
    actual_amount INTEGER CHECK (actual_amount IS NULL OR actual_amount >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    funding_project_id INTEGER REFERENCES funding_project (id) ON DELETE SET NULL,
    paid INTEGER NOT NULL DEFAULT 0 CHECK (paid IN (0, 1)),
    invoice_reference TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX cost_line_visit ON cost_line (visit_id)"),
        QStringLiteral("CREATE INDEX cost_line_project ON cost_line (funding_project_id)"),
        QStringLiteral(R"(CREATE TABLE outcome (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'agreement' CHECK (kind IN ('agreement', 'letter_of_intent', 'recommendation',
        'standard', 'other')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    partner_institution_id INTEGER REFERENCES institution (id) ON DELETE SET NULL,
    made_on TEXT CHECK (made_on IS NULL OR length(made_on) = 10),
    notes TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX outcome_visit ON outcome (visit_id)"),
        QStringLiteral("CREATE INDEX outcome_partner ON outcome (partner_institution_id)"),
        QStringLiteral(R"(CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    task TEXT NOT NULL CHECK (length(trim(task)) > 0),
    owner_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    due_on TEXT CHECK (due_on IS NULL OR length(due_on) = 10),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled'))
))"),
        QStringLiteral("CREATE INDEX follow_up_visit ON follow_up (visit_id)"),
        QStringLiteral("CREATE INDEX follow_up_open ON follow_up (due_on) WHERE status = 'open'"),
        QStringLiteral("CREATE INDEX follow_up_owner ON follow_up (owner_person_id)"),
    };
}

} // namespace

namespace Schema {

QString isDataTable()
{
    return QStringLiteral("name NOT LIKE 'sqlite%' AND name NOT LIKE 'kept%'");
}

int currentVersion()
{
    return 5;
}

QStringList upgradeStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    default:
        return {};
    }
}

} // namespace Schema
