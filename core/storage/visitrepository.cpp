// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/visitrepository.h"

#include "core/storage/database.h"
#include "core/storage/readertext.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

#include <algorithm>

namespace {

const QString visitColumns = QStringLiteral(
    "title, kind, status, first_day, last_day, time_zone, host_institution_id, sending_institution_id, "
    "sending_country, sending_region, funding_project_id, exchange_group_id, working_languages, "
    "print_languages, coordinator_id, notes");

void bindVisit(SqlQuery& query, const Visit& visit)
{
    query.bind(QStringLiteral(":title"), visit.title.text.trimmed())
        .bind(QStringLiteral(":kind"), enumKey(visit.kind))
        .bind(QStringLiteral(":status"), enumKey(visit.status))
        .bind(QStringLiteral(":first_day"), SqlValue::fromDay(visit.firstDay))
        .bind(QStringLiteral(":last_day"), SqlValue::fromDay(visit.lastDay))
        .bind(QStringLiteral(":time_zone"), visit.timeZone)
        .bind(QStringLiteral(":host_institution_id"), SqlValue::fromId(visit.hostInstitutionId))
        .bind(QStringLiteral(":sending_institution_id"), SqlValue::fromId(visit.sendingInstitutionId))
        .bind(QStringLiteral(":sending_country"), visit.sendingCountry.toUpper())
        .bind(QStringLiteral(":sending_region"), visit.sendingRegion)
        .bind(QStringLiteral(":funding_project_id"), SqlValue::fromId(visit.fundingProjectId))
        .bind(QStringLiteral(":exchange_group_id"), SqlValue::fromId(visit.exchangeGroupId))
        .bind(QStringLiteral(":working_languages"), visit.workingLanguages.join(QLatin1Char(',')))
        .bind(QStringLiteral(":print_languages"), visit.printLanguages.join(QLatin1Char(',')))
        .bind(QStringLiteral(":coordinator_id"), SqlValue::fromId(visit.coordinatorId))
        .bind(QStringLiteral(":notes"), visit.notes);
}

QStringList splitCodes(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

Result<Id> VisitRepository::create(const Visit& visit)
{
    if (const FieldErrors errors = VisitValidator::validate(visit); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the visit");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    // An id given by the caller is kept: undoing a deletion brings the visit back as it was.
    SqlQuery insert(m_database,
                    QStringLiteral("INSERT INTO visit (id, %1) VALUES (:id, :title, :kind, :status, "
                                   ":first_day, :last_day, :time_zone, :host_institution_id, "
                                   ":sending_institution_id, :sending_country, :sending_region, "
                                   ":funding_project_id, :exchange_group_id, :working_languages, "
                                   ":print_languages, :coordinator_id, :notes)")
                        .arg(visitColumns));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(visit.id));
    bindVisit(insert, visit);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    Visit stored = visit;
    stored.id = insert.lastInsertId();
    if (Status done = writeDetails(stored, what); !done) {
        return done.error();
    }
    m_database.markChanged(ChangeNotifier::Topic::Visits);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return stored.id;
}

Result<Visit> VisitRepository::get(Id id) const
{
    const QString what = tr("Reading the visit");
    SqlQuery query(m_database, QStringLiteral("SELECT %1 FROM visit WHERE id = :id").arg(visitColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(what); !done) {
        return done.error();
    }
    if (!query.next()) {
        //: %1 is a number
        return Error::notFound(tr("Visit %1").arg(id));
    }
    Visit visit;
    visit.id = id;
    visit.title.text = query.text(0);
    visit.kind = enumFromKey<VisitKind>(query.text(1)).value_or(VisitKind::IncomingStudyVisit);
    visit.status = enumFromKey<VisitStatus>(query.text(2)).value_or(VisitStatus::Draft);
    visit.firstDay = query.day(3);
    visit.lastDay = query.day(4);
    visit.timeZone = query.text(5);
    visit.hostInstitutionId = SqlValue::toId(query.value(6));
    visit.sendingInstitutionId = SqlValue::toId(query.value(7));
    visit.sendingCountry = query.text(8);
    visit.sendingRegion = query.text(9);
    visit.fundingProjectId = SqlValue::toId(query.value(10));
    visit.exchangeGroupId = SqlValue::toId(query.value(11));
    visit.workingLanguages = splitCodes(query.text(12));
    visit.printLanguages = splitCodes(query.text(13));
    visit.coordinatorId = SqlValue::toId(query.value(14));
    visit.notes = query.text(15);

    SqlQuery texts(
        m_database,
        QStringLiteral("SELECT language, text FROM visit_text WHERE visit_id = :id AND field = 'title'"));
    texts.bind(QStringLiteral(":id"), id);
    if (Status done = texts.exec(what); !done) {
        return done.error();
    }
    while (texts.next()) {
        visit.title.translations.insert(texts.text(0), texts.text(1));
    }
    SqlQuery invited(m_database, QStringLiteral("SELECT institution_id FROM visit_institution "
                                                "WHERE visit_id = :id ORDER BY institution_id"));
    invited.bind(QStringLiteral(":id"), id);
    if (Status done = invited.exec(what); !done) {
        return done.error();
    }
    while (invited.next()) {
        visit.invitedInstitutionIds.append(invited.id(0));
    }
    return visit;
}

Status VisitRepository::update(const Visit& visit)
{
    if (const FieldErrors errors = VisitValidator::validate(visit); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the visit");
    RecordUpdate update;
    update.what = what;
    update.statement =
        QStringLiteral("UPDATE visit SET title = :title, kind = :kind, status = :status, "
                       "first_day = :first_day, last_day = :last_day, time_zone = :time_zone, "
                       "host_institution_id = :host_institution_id, "
                       "sending_institution_id = :sending_institution_id, "
                       "sending_country = :sending_country, sending_region = :sending_region, "
                       "funding_project_id = :funding_project_id, exchange_group_id = :exchange_group_id, "
                       "working_languages = :working_languages, print_languages = :print_languages, "
                       "coordinator_id = :coordinator_id, notes = :notes WHERE id = :id");
    update.id = visit.id;
    update.missing = tr("Visit %1").arg(visit.id);
    update.changed = ChangeNotifier::Topic::Visits;
    update.bind = [&visit](SqlQuery& query) { bindVisit(query, visit); };
    update.writeAlso = [&] { return writeDetails(visit, what); };
    return RecordWrites::update(m_database, update);
}

Status VisitRepository::remove(Id id)
{
    return RecordWrites::remove(m_database, tr("Deleting the visit"), QStringLiteral("visit"), id,
                                tr("Visit %1").arg(id),
                                ChangeNotifier::Topic::Visits | ChangeNotifier::Topic::Participants |
                                    ChangeNotifier::Topic::Sessions);
}

Result<bool> VisitRepository::any() const
{
    return SqlQuery::exists(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM visit)"),
                            tr("Reading the visits"));
}

Result<QHash<Id, QString>> VisitRepository::titles(const QList<Id>& ids) const
{
    QHash<Id, QString> titles;
    if (ids.isEmpty()) {
        return titles;
    }
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT v.id, %1 FROM visit v WHERE v.id IN (SELECT value FROM json_each(:ids))")
            .arg(ReaderText::translated(QStringLiteral("visit_text"), QStringLiteral("visit_id"),
                                        QStringLiteral("v"), QStringLiteral("title"))));
    query.bind(QStringLiteral(":ids"), SqlValue::fromIds(ids));
    ReaderText::bind(query);
    if (Status done = query.exec(tr("Reading the visits")); !done) {
        return done.error();
    }
    while (query.next()) {
        titles.insert(query.id(0), query.text(1));
    }
    return titles;
}

Result<QList<VisitSummary>> VisitRepository::list(const VisitFilter& filter) const
{
    QStringList conditions;
    if (filter.status) {
        conditions << QStringLiteral("v.status = :status");
    }
    if (filter.kind) {
        conditions << QStringLiteral("v.kind = :kind");
    }
    QDate from = filter.from;
    QDate to = filter.to;
    if (filter.year) {
        const QDate yearStart(*filter.year, 1, 1);
        const QDate yearEnd(*filter.year, 12, 31);
        from = from.isValid() ? std::max(from, yearStart) : yearStart;
        to = to.isValid() ? std::min(to, yearEnd) : yearEnd;
    }
    if (from.isValid()) {
        conditions << QStringLiteral("v.last_day >= :from");
    }
    if (to.isValid()) {
        conditions << QStringLiteral("v.first_day <= :to");
    }
    if (filter.ids) {
        conditions << QStringLiteral("v.id IN (SELECT value FROM json_each(:ids))");
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // A translation, looked up by its primary key, stands in for the content-language text.
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT v.id, coalesce(nullif((SELECT t.text FROM visit_text t "
                       "WHERE t.visit_id = v.id AND t.field = 'title' AND t.language = :language), ''), "
                       "v.title), v.kind, v.status, v.first_day, v.last_day, "
                       "coalesce(nullif(i.short_name, ''), nullif((SELECT n.text FROM institution_text n "
                       "WHERE n.institution_id = i.id AND n.field = 'name' AND n.language = :language), "
                       "''), i.name, ''), v.sending_country, "
                       "(SELECT count(*) FROM visit_participant p WHERE p.visit_id = v.id) "
                       "FROM visit v LEFT JOIN institution i ON i.id = v.host_institution_id%1 "
                       "ORDER BY v.first_day, v.id")
            .arg(where));
    query.bind(QStringLiteral(":language"), filter.language.toLower());
    if (filter.status) {
        query.bind(QStringLiteral(":status"), enumKey(*filter.status));
    }
    if (filter.kind) {
        query.bind(QStringLiteral(":kind"), enumKey(*filter.kind));
    }
    if (from.isValid()) {
        query.bind(QStringLiteral(":from"), SqlValue::fromDay(from));
    }
    if (to.isValid()) {
        query.bind(QStringLiteral(":to"), SqlValue::fromDay(to));
    }
    if (filter.ids) {
        query.bind(QStringLiteral(":ids"), SqlValue::fromIds(*filter.ids));
    }
    if (Status done = query.exec(tr("Reading the visits")); !done) {
        return done.error();
    }
    QList<VisitSummary> visits;
    while (query.next()) {
        VisitSummary summary;
        summary.id = query.id(0);
        summary.title = query.text(1);
        summary.kind = enumFromKey<VisitKind>(query.text(2)).value_or(VisitKind::IncomingStudyVisit);
        summary.status = enumFromKey<VisitStatus>(query.text(3)).value_or(VisitStatus::Draft);
        summary.firstDay = query.day(4);
        summary.lastDay = query.day(5);
        summary.hostName = query.text(6); // the short name when there is one
        summary.sendingCountry = query.text(7);
        summary.participantCount = static_cast<int>(query.id(8));
        visits.append(std::move(summary));
    }
    return visits;
}

Status VisitRepository::writeDetails(const Visit& visit, const QString& what)
{
    if (Status done = writeTitleTranslations(visit, what); !done) {
        return done;
    }
    SqlQuery clear(m_database, QStringLiteral("DELETE FROM visit_institution WHERE visit_id = :id"));
    clear.bind(QStringLiteral(":id"), visit.id);
    if (Status done = clear.exec(what); !done) {
        return done;
    }
    QList<Id> invited = visit.invitedInstitutionIds;
    std::sort(invited.begin(), invited.end());
    invited.erase(std::unique(invited.begin(), invited.end()), invited.end());
    for (const Id institutionId : std::as_const(invited)) {
        SqlQuery insert(m_database, QStringLiteral("INSERT INTO visit_institution (visit_id, institution_id) "
                                                   "VALUES (:visit, :institution)"));
        insert.bind(QStringLiteral(":visit"), visit.id).bind(QStringLiteral(":institution"), institutionId);
        if (Status done = insert.exec(what); !done) {
            return done;
        }
    }
    return success();
}

Status VisitRepository::writeTitleTranslations(const Visit& visit, const QString& what)
{
    SqlQuery clear(m_database,
                   QStringLiteral("DELETE FROM visit_text WHERE visit_id = :id AND field = 'title'"));
    clear.bind(QStringLiteral(":id"), visit.id);
    if (Status done = clear.exec(what); !done) {
        return done;
    }
    for (auto it = visit.title.translations.cbegin(); it != visit.title.translations.cend(); ++it) {
        if (it.value().trimmed().isEmpty()) {
            continue;
        }
        SqlQuery insert(m_database, QStringLiteral("INSERT INTO visit_text (visit_id, field, language, text) "
                                                   "VALUES (:id, 'title', :language, :text)"));
        insert.bind(QStringLiteral(":id"), visit.id)
            .bind(QStringLiteral(":language"), it.key())
            .bind(QStringLiteral(":text"), it.value().trimmed());
        if (Status done = insert.exec(what); !done) {
            return done;
        }
    }
    return success();
}
