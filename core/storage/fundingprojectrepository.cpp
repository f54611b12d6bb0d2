// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fundingprojectrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

#include <algorithm>

namespace {

const QString projectColumns =
    QStringLiteral("name, acronym, funder, agreement_number, first_day, last_day, total_value, co_financing, "
                   "currency, logo, notes");

void bindProject(SqlQuery& query, const FundingProject& project)
{
    query.bind(QStringLiteral(":name"), project.name.trimmed())
        .bind(QStringLiteral(":acronym"), project.acronym.trimmed())
        .bind(QStringLiteral(":funder"), project.funder.trimmed())
        .bind(QStringLiteral(":agreement_number"), project.agreementNumber.trimmed())
        .bind(QStringLiteral(":first_day"), SqlValue::fromDay(project.firstDay))
        .bind(QStringLiteral(":last_day"), SqlValue::fromDay(project.lastDay))
        .bind(QStringLiteral(":total_value"), project.totalValue)
        .bind(QStringLiteral(":co_financing"), project.coFinancing)
        .bind(QStringLiteral(":currency"), project.currency.trimmed().toUpper())
        .bind(QStringLiteral(":logo"), project.logo.isEmpty() ? SqlValue::null() : QVariant(project.logo))
        .bind(QStringLiteral(":notes"), project.notes);
}

} // namespace

Result<Id> FundingProjectRepository::create(const FundingProject& project)
{
    if (const FieldErrors errors = FundingProjectValidator::validate(project); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the funding project");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    // An id given by the caller is kept: undoing a deletion brings the project back as it was.
    SqlQuery insert(
        m_database,
        QStringLiteral("INSERT INTO funding_project (id, %1) VALUES (:id, :name, :acronym, :funder, "
                       ":agreement_number, :first_day, :last_day, :total_value, :co_financing, "
                       ":currency, :logo, :notes)")
            .arg(projectColumns));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(project.id));
    bindProject(insert, project);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    const Id id = insert.lastInsertId();
    if (Status done = writePartners(id, project.partnerInstitutionIds, what); !done) {
        return done.error();
    }
    m_database.markChanged(ChangeNotifier::Topic::FundingProjects);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<FundingProject> FundingProjectRepository::get(Id id) const
{
    const QString what = tr("Reading the funding project");
    SqlQuery query(m_database,
                   QStringLiteral("SELECT %1 FROM funding_project WHERE id = :id").arg(projectColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(what); !done) {
        return done.error();
    }
    if (!query.next()) {
        //: %1 is a number
        return Error::notFound(tr("Funding project %1").arg(id));
    }
    FundingProject project;
    project.id = id;
    project.name = query.text(0);
    project.acronym = query.text(1);
    project.funder = query.text(2);
    project.agreementNumber = query.text(3);
    project.firstDay = query.day(4);
    project.lastDay = query.day(5);
    project.totalValue = query.value(6).toLongLong();
    project.coFinancing = query.value(7).toLongLong();
    project.currency = query.text(8);
    project.logo = query.value(9).toByteArray();
    project.notes = query.text(10);

    SqlQuery partners(m_database, QStringLiteral("SELECT institution_id FROM funding_project_partner "
                                                 "WHERE project_id = :id ORDER BY institution_id"));
    partners.bind(QStringLiteral(":id"), id);
    if (Status done = partners.exec(what); !done) {
        return done.error();
    }
    while (partners.next()) {
        project.partnerInstitutionIds.append(partners.id(0));
    }
    return project;
}

Status FundingProjectRepository::update(const FundingProject& project)
{
    if (const FieldErrors errors = FundingProjectValidator::validate(project); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the funding project");
    RecordUpdate update;
    update.what = what;
    update.statement =
        QStringLiteral("UPDATE funding_project SET name = :name, acronym = :acronym, funder = :funder, "
                       "agreement_number = :agreement_number, first_day = :first_day, "
                       "last_day = :last_day, total_value = :total_value, "
                       "co_financing = :co_financing, currency = :currency, logo = :logo, "
                       "notes = :notes WHERE id = :id");
    update.id = project.id;
    update.missing = tr("Funding project %1").arg(project.id);
    update.changed = ChangeNotifier::Topic::FundingProjects;
    update.bind = [&project](SqlQuery& query) { bindProject(query, project); };
    update.writeAlso = [&] { return writePartners(project.id, project.partnerInstitutionIds, what); };
    return RecordWrites::update(m_database, update);
}

Status FundingProjectRepository::remove(Id id)
{
    // The visits it funded lose their project (ON DELETE SET NULL), so visit views refresh too.
    return RecordWrites::remove(m_database, tr("Deleting the funding project"),
                                QStringLiteral("funding_project"), id, tr("Funding project %1").arg(id),
                                ChangeNotifier::Topic::FundingProjects | ChangeNotifier::Topic::Visits);
}

Result<bool> FundingProjectRepository::any() const
{
    return SqlQuery::exists(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM funding_project)"),
                            tr("Reading the funding projects"));
}

Result<QList<FundingProjectSummary>> FundingProjectRepository::list() const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT p.id, p.name, p.acronym, p.funder, p.first_day, p.last_day, "
                                  "p.total_value, p.currency, "
                                  "(SELECT count(*) FROM visit v WHERE v.funding_project_id = p.id) "
                                  "FROM funding_project p ORDER BY p.id"));
    if (Status done = query.exec(tr("Reading the funding projects")); !done) {
        return done.error();
    }
    QList<FundingProjectSummary> projects;
    while (query.next()) {
        FundingProjectSummary summary;
        summary.id = query.id(0);
        summary.name = query.text(1);
        summary.acronym = query.text(2);
        summary.funder = query.text(3);
        summary.firstDay = query.day(4);
        summary.lastDay = query.day(5);
        summary.totalValue = query.value(6).toLongLong();
        summary.currency = query.text(7);
        summary.visitCount = query.value(8).toInt();
        projects.append(summary);
    }
    return projects;
}

Result<QList<FundedVisit>> FundingProjectRepository::visits(Id projectId) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, title, first_day, last_day FROM visit "
                                              "WHERE funding_project_id = :id ORDER BY first_day, id"));
    query.bind(QStringLiteral(":id"), projectId);
    if (Status done = query.exec(tr("Reading the visits of the funding project")); !done) {
        return done.error();
    }
    QList<FundedVisit> visits;
    while (query.next()) {
        FundedVisit visit;
        visit.id = query.id(0);
        visit.title = query.text(1);
        visit.firstDay = query.day(2);
        visit.lastDay = query.day(3);
        visits.append(visit);
    }
    return visits;
}

Result<FundingProjectUsage> FundingProjectRepository::usage(Id id) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT count(*) FROM visit WHERE funding_project_id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading the visits of the funding project")); !done) {
        return done.error();
    }
    FundingProjectUsage usage;
    if (query.next()) {
        usage.visits = query.value(0).toInt();
    }
    return usage;
}

Status FundingProjectRepository::writePartners(Id projectId, const QList<Id>& institutionIds,
                                               const QString& what)
{
    SqlQuery clear(m_database, QStringLiteral("DELETE FROM funding_project_partner WHERE project_id = :id"));
    clear.bind(QStringLiteral(":id"), projectId);
    if (Status done = clear.exec(what); !done) {
        return done;
    }
    QList<Id> unique = institutionIds;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const Id institutionId : std::as_const(unique)) {
        SqlQuery insert(m_database, QStringLiteral("INSERT INTO funding_project_partner (project_id, "
                                                   "institution_id) VALUES (:project, :institution)"));
        insert.bind(QStringLiteral(":project"), projectId)
            .bind(QStringLiteral(":institution"), institutionId);
        if (Status done = insert.exec(what); !done) {
            return done;
        }
    }
    return success();
}
