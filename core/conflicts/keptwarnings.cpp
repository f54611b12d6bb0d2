// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conflicts/keptwarnings.h"

#include "core/storage/database.h"
#include "core/storage/readertext.h"
#include "core/storage/sqlquery.h"

#include <QSet>

#include <algorithm>
#include <set>
#include <tuple>

namespace {

/// The visits with a day in the period, as a condition on the table `visit`.
const QString inPeriod = QStringLiteral("last_day >= :first AND first_day <= :last");

void bindPeriod(SqlQuery& query, const QDate& first, const QDate& last)
{
    query.bind(QStringLiteral(":first"), SqlValue::fromDay(first));
    query.bind(QStringLiteral(":last"), SqlValue::fromDay(last));
}

} // namespace

Status KeptWarnings::prepare(int rules, const QString& language)
{
    m_usable = false;
    const QString what = tr("Preparing the conflict check");
    SqlQuery state(m_database, QStringLiteral("SELECT rules, language FROM kept_check"));
    if (Status done = state.exec(what); !done) {
        return done;
    }
    if (state.next() && state.id(0) == rules && state.text(1) == language) {
        m_usable = true;
        return success();
    }
    if (m_database.isReadOnly()) {
        return success(); // checked without what is kept, and without keeping it
    }
    WriteTransaction transaction(m_database);
    SqlQuery note(m_database, QStringLiteral("INSERT INTO kept_check (rules, language) "
                                             "VALUES (:rules, :language)"));
    note.bind(QStringLiteral(":rules"), rules);
    note.bind(QStringLiteral(":language"), language);
    // Kept warnings only save time: when they cannot be forgotten (a full disk), the check goes on
    // without them, and says nothing of it.
    if (transaction.begin(what) &&
        SqlQuery::execAll(
            m_database, {QStringLiteral("DELETE FROM kept_visit"), QStringLiteral("DELETE FROM kept_check")},
            what) &&
        note.exec(what) && transaction.commit()) {
        m_usable = true;
    }
    return success();
}

bool KeptWarnings::canKeep() const
{
    return m_usable && !m_database.isReadOnly();
}

Status KeptWarnings::forget()
{
    WriteTransaction transaction(m_database);
    const QString what = tr("Checking the programmes");
    if (Status begun = transaction.begin(what); !begun) {
        return begun;
    }
    if (Status done = SqlQuery::execAll(m_database, {QStringLiteral("DELETE FROM kept_visit")}, what);
        !done) {
        return done;
    }
    m_usable = false;
    return transaction.commit();
}

Result<QList<PeriodVisit>> KeptWarnings::unkeptIn(const QDate& first, const QDate& last) const
{
    const QString unkept =
        m_usable ? QStringLiteral("AND id NOT IN (SELECT visit_id FROM kept_visit) ") : QString();
    SqlQuery query(m_database,
                   QStringLiteral("SELECT id, %3, first_day, last_day FROM visit v WHERE %1 %2"
                                  "ORDER BY first_day, id")
                       .arg(inPeriod, unkept,
                            ReaderText::translated(QStringLiteral("visit_text"), QStringLiteral("visit_id"),
                                                   QStringLiteral("v"), QStringLiteral("title"))));
    bindPeriod(query, first, last);
    ReaderText::bind(query);
    if (Status done = query.exec(tr("Checking the programmes")); !done) {
        return done.error();
    }
    QList<PeriodVisit> visits;
    while (query.next()) {
        visits.append({query.id(0), query.text(1), query.day(2), query.day(3)});
    }
    return visits;
}

Status KeptWarnings::keep(const QList<Id>& visits, const QList<PlacedWarning>& warnings)
{
    Q_ASSERT(canKeep());
    const QString what = tr("Checking the programmes");
    const QVariant ids = SqlValue::fromIds(visits);
    SqlQuery forget(m_database, QStringLiteral("DELETE FROM kept_visit "
                                               "WHERE visit_id IN (SELECT value FROM json_each(:visits))"));
    forget.bind(QStringLiteral(":visits"), ids);
    SqlQuery kept(m_database, QStringLiteral("INSERT INTO kept_visit (visit_id) "
                                             "SELECT value FROM json_each(:visits)"));
    kept.bind(QStringLiteral(":visits"), ids);
    SqlQuery row(m_database, QStringLiteral("INSERT INTO kept_warning (visit_id, rule, session_id, "
                                            "other_session_id, person_id, message, start, other_start) "
                                            "VALUES (:visit, :rule, :session, :other, :person, :message, "
                                            ":start, :otherStart)"));
    // All or nothing: a visit is kept with every warning of it.
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun;
    }
    if (Status done = forget.exec(what); !done) {
        return done;
    }
    if (Status done = kept.exec(what); !done) {
        return done;
    }
    const QSet<Id> keptVisits(visits.cbegin(), visits.cend());
    for (const PlacedWarning& placed : warnings) {
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
            if (Status done = row.exec(what); !done) {
                return done;
            }
        }
    }
    return transaction.commit();
}

Result<QList<ConflictWarning>> KeptWarnings::read(const QDate& first, const QDate& last,
                                                  const QList<PlacedWarning>& found) const
{
    QList<PlacedWarning> listed = found;
    if (m_usable) {
        SqlQuery query(m_database, QStringLiteral("SELECT rule, session_id, other_session_id, person_id, "
                                                  "message, start, other_start FROM kept_warning "
                                                  "WHERE visit_id IN (SELECT id FROM visit WHERE %1)")
                                       .arg(inPeriod));
        bindPeriod(query, first, last);
        if (Status done = query.exec(tr("Checking the programmes")); !done) {
            return done.error();
        }
        while (query.next()) {
            PlacedWarning kept;
            kept.warning.rule = static_cast<ConflictWarning::Rule>(query.id(0));
            kept.warning.sessionId = query.id(1);
            kept.warning.otherSessionId = query.id(2);
            kept.warning.personId = query.id(3);
            kept.warning.message = query.text(4);
            kept.start = query.id(5);
            kept.otherStart = query.id(6);
            listed.append(std::move(kept));
        }
    }
    std::sort(listed.begin(), listed.end(),
              [](const PlacedWarning& a, const PlacedWarning& b) { return a.listedBefore(b); });
    // A warning about two kept visits is kept for each; one just found may be kept already.
    QList<ConflictWarning> warnings;
    warnings.reserve(listed.size());
    std::set<std::tuple<int, Id, Id, Id>> seen;
    for (const PlacedWarning& one : std::as_const(listed)) {
        const ConflictWarning& w = one.warning;
        if (seen.insert({static_cast<int>(w.rule), w.sessionId, w.otherSessionId, w.personId}).second) {
            warnings.append(one.warning);
        }
    }
    return warnings;
}
