// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptwarnings.h"

#include "database.h"
#include "sqlquery.h"

#include <QSet>

namespace {

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

/// `event` is "AFTER INSERT", "BEFORE DELETE" and the like.
QString trigger(const QString& name, const QString& event, const QString& table, const QString& body,
                const QString& when = {})
{
    return QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS wizyta_kept_%1 %2 ON main.%3 %4 BEGIN %5 END")
        .arg(name, event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when, body);
}

QString forgetWhere(const QString& condition)
{
    return QStringLiteral("DELETE FROM wizyta_kept_visit WHERE %1;").arg(condition);
}

QString forgetAll()
{
    return QStringLiteral("DELETE FROM wizyta_kept_visit; DELETE FROM wizyta_kept_warning;");
}

/// Forgets a visit's kept warnings whenever something they are made of changes.
QStringList triggers()
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
        trigger(QStringLiteral("session_insert"), inserted, session, forgetWhere(affectedBySession(now))),
        trigger(QStringLiteral("session_update"), updated, session,
                forgetWhere(affectedBySession(old) + QStringLiteral(" OR ") + affectedBySession(now))),
        // Before: its interpreters are deleted with it.
        trigger(QStringLiteral("session_delete"), QStringLiteral("BEFORE DELETE"), session,
                forgetWhere(affectedBySession(old))),
        trigger(QStringLiteral("person_in_session_insert"), inserted, presenters,
                forgetWhere(affectedByPerson(now))),
        trigger(QStringLiteral("person_in_session_update"), updated, presenters,
                forgetWhere(affectedByPerson(old) + QStringLiteral(" OR ") + affectedByPerson(now))),
        trigger(QStringLiteral("person_in_session_delete"), deleted, presenters,
                forgetWhere(affectedByPerson(old))),
        trigger(QStringLiteral("audience_insert"), inserted, audience, forgetWhere(audienceOf.arg(now))),
        trigger(QStringLiteral("audience_update"), updated, audience,
                forgetWhere(audienceOf.arg(old) + QStringLiteral(" OR ") + audienceOf.arg(now))),
        trigger(QStringLiteral("audience_delete"), deleted, audience, forgetWhere(audienceOf.arg(old))),
        trigger(QStringLiteral("participant_insert"), inserted, participants,
                forgetWhere(QStringLiteral("visit_id = NEW.visit_id"))),
        trigger(QStringLiteral("participant_update"), updated, participants,
                forgetWhere(QStringLiteral("visit_id IN (OLD.visit_id, NEW.visit_id)"))),
        trigger(QStringLiteral("participant_delete"), deleted, participants,
                forgetWhere(QStringLiteral("visit_id = OLD.visit_id"))),
        trigger(QStringLiteral("visit_days"), updated, QStringLiteral("visit"),
                forgetWhere(QStringLiteral("visit_id = NEW.id")),
                QStringLiteral("OLD.first_day IS NOT NEW.first_day OR OLD.last_day IS NOT NEW.last_day")),
        // Other visits' warnings name the visit by its title.
        trigger(QStringLiteral("visit_title"), updated, QStringLiteral("visit"), forgetAll(),
                QStringLiteral("OLD.title IS NOT NEW.title")),
        trigger(QStringLiteral("visit_delete"), deleted, QStringLiteral("visit"),
                forgetWhere(QStringLiteral("visit_id = OLD.id"))),
        trigger(
            QStringLiteral("person_name"), updated, QStringLiteral("person"), forgetAll(),
            QStringLiteral("OLD.given_name IS NOT NEW.given_name OR OLD.family_name IS NOT NEW.family_name")),
        trigger(QStringLiteral("institution_update"), updated, QStringLiteral("institution"), forgetAll(),
                QStringLiteral("OLD.name IS NOT NEW.name OR OLD.city IS NOT NEW.city")),
        trigger(QStringLiteral("institution_delete"), deleted, QStringLiteral("institution"), forgetAll()),
    };
    // The travel times and the interpreter's limit.
    for (const QString& table : {QStringLiteral("setting"), QStringLiteral("travel_time")}) {
        for (const QString& event : {inserted, updated, deleted}) {
            statements << trigger(table + QLatin1Char('_') + event.section(QLatin1Char(' '), 1).toLower(),
                                  event, table, forgetAll());
        }
    }
    return statements;
}

} // namespace

Status KeptWarnings::install()
{
    QStringList statements{
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS wizyta_kept_state (language TEXT NOT NULL, "
                       "data_version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS wizyta_kept_visit (visit_id INTEGER PRIMARY KEY)"),
        QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS wizyta_kept_warning (visit_id INTEGER NOT NULL, "
            "rule INTEGER NOT NULL, session_id INTEGER NOT NULL, other_session_id INTEGER NOT NULL, "
            "person_id INTEGER NOT NULL, message TEXT NOT NULL, start INTEGER NOT NULL, "
            "other_start INTEGER NOT NULL, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS temp.wizyta_kept_warning_visit "
                       "ON wizyta_kept_warning (visit_id)"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS wizyta_kept_forget AFTER DELETE ON "
                       "temp.wizyta_kept_visit BEGIN DELETE FROM wizyta_kept_warning "
                       "WHERE visit_id = OLD.visit_id; END"),
    };
    statements << triggers();
    return SqlQuery::execAll(m_database, statements, tr("Preparing the conflict check"));
}

Status KeptWarnings::ensureInstalled()
{
    SqlQuery installed(m_database, QStringLiteral("SELECT count(*) FROM temp.sqlite_master "
                                                  "WHERE name = 'wizyta_kept_state'"));
    if (Status done = installed.exec(tr("Preparing the conflict check")); !done) {
        return done;
    }
    return installed.next() && installed.id(0) != 0 ? success() : install();
}

Status KeptWarnings::prepare(const QString& language)
{
    const QString what = tr("Preparing the conflict check");
    if (Status installed = ensureInstalled(); !installed) {
        return installed;
    }
    SqlQuery version(m_database, QStringLiteral("PRAGMA data_version"));
    if (Status done = version.exec(what); !done) {
        return done;
    }
    const qint64 dataVersion = version.next() ? version.id(0) : 0;
    SqlQuery state(m_database, QStringLiteral("SELECT language, data_version FROM wizyta_kept_state"));
    if (Status done = state.exec(what); !done) {
        return done;
    }
    if (state.next() && state.text(0) == language && state.id(1) == dataVersion) {
        return success();
    }
    if (Status forgotten = forget(); !forgotten) {
        return forgotten;
    }
    SqlQuery remember(m_database, QStringLiteral("INSERT INTO wizyta_kept_state (language, data_version) "
                                                 "VALUES (:language, :version)"));
    remember.bind(QStringLiteral(":language"), language);
    remember.bind(QStringLiteral(":version"), dataVersion);
    if (Status cleared =
            SqlQuery::execAll(m_database, {QStringLiteral("DELETE FROM wizyta_kept_state")}, what);
        !cleared) {
        return cleared;
    }
    return remember.exec(what);
}

Status KeptWarnings::forget()
{
    if (Status installed = ensureInstalled(); !installed) {
        return installed;
    }
    return SqlQuery::execAll(
        m_database,
        {QStringLiteral("DELETE FROM wizyta_kept_visit"), QStringLiteral("DELETE FROM wizyta_kept_warning")},
        tr("Checking the programmes"));
}

Result<QList<PeriodVisit>> KeptWarnings::unkeptIn(const QDate& first, const QDate& last) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT v.id, v.title, v.first_day, v.last_day FROM visit v "
                                              "WHERE v.last_day >= :first AND v.first_day <= :last "
                                              "AND v.id NOT IN (SELECT visit_id FROM wizyta_kept_visit) "
                                              "ORDER BY v.first_day, v.id"));
    query.bind(QStringLiteral(":first"), SqlValue::fromDay(first));
    query.bind(QStringLiteral(":last"), SqlValue::fromDay(last));
    if (Status done = query.exec(tr("Checking the programmes")); !done) {
        return done.error();
    }
    QList<PeriodVisit> visits;
    while (query.next()) {
        visits.append(
            {query.id(0), query.text(1), SqlValue::toDay(query.value(2)), SqlValue::toDay(query.value(3))});
    }
    return visits;
}

Status KeptWarnings::keep(const QList<Id>& visits, const QList<PlacedWarning>& warnings)
{
    const QString what = tr("Checking the programmes");
    const QVariant ids = SqlValue::fromIds(visits);
    SqlQuery forget(m_database, QStringLiteral("DELETE FROM wizyta_kept_visit "
                                               "WHERE visit_id IN (SELECT value FROM json_each(:visits))"));
    forget.bind(QStringLiteral(":visits"), ids);
    SqlQuery kept(m_database, QStringLiteral("INSERT INTO wizyta_kept_visit (visit_id) "
                                             "SELECT value FROM json_each(:visits)"));
    kept.bind(QStringLiteral(":visits"), ids);
    SqlQuery row(m_database, QStringLiteral("INSERT INTO wizyta_kept_warning (visit_id, rule, session_id, "
                                            "other_session_id, person_id, message, start, other_start, seq) "
                                            "VALUES (:visit, :rule, :session, :other, :person, :message, "
                                            ":start, :otherStart, :seq)"));
    const auto store = [&]() -> Status {
        if (Status done = forget.exec(what); !done) {
            return done;
        }
        if (Status done = kept.exec(what); !done) {
            return done;
        }
        const QSet<Id> keptVisits(visits.cbegin(), visits.cend());
        for (qsizetype seq = 0; seq < warnings.size(); ++seq) {
            const PlacedWarning& placed = warnings.at(seq);
            // Kept for each visit it names, so that it is found from either.
            QList<Id> owners{placed.visitId};
            if (placed.otherVisitId != 0 && placed.otherVisitId != placed.visitId) {
                owners.append(placed.otherVisitId);
            }
            for (const Id visit : std::as_const(owners)) {
                if (!keptVisits.contains(visit)) {
                    continue;
                }
                row.bind(QStringLiteral(":visit"), visit);
                row.bind(QStringLiteral(":rule"), static_cast<int>(placed.warning.rule));
                row.bind(QStringLiteral(":session"), placed.warning.sessionId);
                row.bind(QStringLiteral(":other"), placed.warning.otherSessionId);
                row.bind(QStringLiteral(":person"), placed.warning.personId);
                row.bind(QStringLiteral(":message"), placed.warning.message);
                row.bind(QStringLiteral(":start"), placed.start);
                row.bind(QStringLiteral(":otherStart"), placed.otherStart);
                row.bind(QStringLiteral(":seq"), static_cast<qint64>(seq));
                if (Status done = row.exec(what); !done) {
                    return done;
                }
            }
        }
        return success();
    };
    // All or nothing: a visit is kept with every warning of it.
    if (Status begun = SqlQuery::execAll(m_database, {QStringLiteral("SAVEPOINT wizyta_kept")}, what);
        !begun) {
        return begun;
    }
    if (Status stored = store(); !stored) {
        // What failed is what the coordinator needs to hear of; undoing the half kept cannot be skipped.
        const Status undone = SqlQuery::execAll(
            m_database, {QStringLiteral("ROLLBACK TO wizyta_kept"), QStringLiteral("RELEASE wizyta_kept")},
            what);
        Q_UNUSED(undone)
        return stored;
    }
    return SqlQuery::execAll(m_database, {QStringLiteral("RELEASE wizyta_kept")}, what);
}

Result<QList<ConflictWarning>> KeptWarnings::read(const QDate& first, const QDate& last) const
{
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT rule, session_id, other_session_id, person_id, message "
                       "FROM wizyta_kept_warning WHERE visit_id IN (SELECT id FROM visit "
                       "WHERE last_day >= :first AND first_day <= :last) "
                       "GROUP BY rule, session_id, other_session_id, person_id "
                       "ORDER BY min(start), session_id, rule, min(other_start), other_session_id, "
                       "person_id, min(seq)"));
    query.bind(QStringLiteral(":first"), SqlValue::fromDay(first));
    query.bind(QStringLiteral(":last"), SqlValue::fromDay(last));
    if (Status done = query.exec(tr("Checking the programmes")); !done) {
        return done.error();
    }
    QList<ConflictWarning> warnings;
    while (query.next()) {
        ConflictWarning warning;
        warning.rule = static_cast<ConflictWarning::Rule>(query.id(0));
        warning.sessionId = query.id(1);
        warning.otherSessionId = query.id(2);
        warning.personId = query.id(3);
        warning.message = query.text(4);
        warnings.append(warning);
    }
    return warnings;
}
