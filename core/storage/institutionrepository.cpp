// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/institutionrepository.h"

#include "core/storage/database.h"
#include "core/storage/readertext.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

namespace {

const QString institutionColumns =
    QStringLiteral("name, short_name, kind, country, city, address, phone, email, website, notes");

void bindInstitution(SqlQuery& query, const Institution& institution)
{
    query.bind(QStringLiteral(":name"), institution.name.text.trimmed())
        .bind(QStringLiteral(":short_name"), institution.shortName.trimmed())
        .bind(QStringLiteral(":kind"), enumKey(institution.kind))
        .bind(QStringLiteral(":country"), institution.country.trimmed().toUpper())
        .bind(QStringLiteral(":city"), institution.city.trimmed())
        .bind(QStringLiteral(":address"), institution.address.trimmed())
        .bind(QStringLiteral(":phone"), institution.phone.trimmed())
        .bind(QStringLiteral(":email"), institution.email.trimmed())
        .bind(QStringLiteral(":website"), institution.website.trimmed())
        .bind(QStringLiteral(":notes"), institution.notes);
}

} // namespace

Result<Id> InstitutionRepository::create(const Institution& institution)
{
    if (const FieldErrors errors = InstitutionValidator::validate(institution); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the institution");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    // An id given by the caller is kept: undoing a deletion brings the institution back as it was.
    SqlQuery insert(m_database,
                    QStringLiteral("INSERT INTO institution (id, %1) VALUES (:id, :name, :short_name, :kind, "
                                   ":country, :city, :address, :phone, :email, :website, :notes)")
                        .arg(institutionColumns));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(institution.id));
    bindInstitution(insert, institution);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    Institution stored = institution;
    stored.id = insert.lastInsertId();
    if (Status done = writeNameTranslations(stored, what); !done) {
        return done.error();
    }
    m_database.markChanged(ChangeNotifier::Topic::Institutions);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return stored.id;
}

Result<Institution> InstitutionRepository::get(Id id) const
{
    const QString what = tr("Reading the institution");
    SqlQuery query(m_database,
                   QStringLiteral("SELECT %1 FROM institution WHERE id = :id").arg(institutionColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(what); !done) {
        return done.error();
    }
    if (!query.next()) {
        //: %1 is a number
        return Error::notFound(tr("Institution %1").arg(id));
    }
    Institution institution;
    institution.id = id;
    institution.name.text = query.text(0);
    institution.shortName = query.text(1);
    institution.kind = enumFromKey<InstitutionKind>(query.text(2)).value_or(InstitutionKind::Other);
    institution.country = query.text(3);
    institution.city = query.text(4);
    institution.address = query.text(5);
    institution.phone = query.text(6);
    institution.email = query.text(7);
    institution.website = query.text(8);
    institution.notes = query.text(9);

    SqlQuery texts(m_database, QStringLiteral("SELECT language, text FROM institution_text "
                                              "WHERE institution_id = :id AND field = 'name'"));
    texts.bind(QStringLiteral(":id"), id);
    if (Status done = texts.exec(what); !done) {
        return done.error();
    }
    while (texts.next()) {
        institution.name.translations.insert(texts.text(0), texts.text(1));
    }
    return institution;
}

Status InstitutionRepository::update(const Institution& institution)
{
    if (const FieldErrors errors = InstitutionValidator::validate(institution); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the institution");
    RecordUpdate update;
    update.what = what;
    update.statement =
        QStringLiteral("UPDATE institution SET name = :name, short_name = :short_name, kind = :kind, "
                       "country = :country, city = :city, address = :address, phone = :phone, "
                       "email = :email, website = :website, notes = :notes WHERE id = :id");
    update.id = institution.id;
    update.missing = tr("Institution %1").arg(institution.id);
    update.changed = ChangeNotifier::Topic::Institutions;
    update.bind = [&institution](SqlQuery& query) { bindInstitution(query, institution); };
    update.writeAlso = [&] { return writeNameTranslations(institution, what); };
    return RecordWrites::update(m_database, update);
}

Status InstitutionRepository::remove(Id id)
{
    // The schema unlinks people, visits and sessions and drops project and group memberships.
    return RecordWrites::remove(m_database, tr("Deleting the institution"), QStringLiteral("institution"), id,
                                tr("Institution %1").arg(id),
                                ChangeNotifier::Topic::Institutions | ChangeNotifier::Topic::People |
                                    ChangeNotifier::Topic::Visits | ChangeNotifier::Topic::Sessions |
                                    ChangeNotifier::Topic::FundingProjects |
                                    ChangeNotifier::Topic::ExchangeGroups);
}

Result<bool> InstitutionRepository::any() const
{
    return SqlQuery::exists(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM institution)"),
                            tr("Reading the institutions"));
}

Result<QList<InstitutionSummary>> InstitutionRepository::list(const QString& city) const
{
    const QString wantedCity = city.trimmed();
    SqlQuery query(m_database,
                   QStringLiteral("SELECT i.id, %1, i.short_name, i.kind, i.city, i.country, "
                                  "(SELECT count(*) FROM person p WHERE p.institution_id = i.id) "
                                  "FROM institution i%2 ORDER BY i.id")
                       .arg(ReaderText::institutionName(QStringLiteral("i")),
                            wantedCity.isEmpty() ? QString() : QStringLiteral(" WHERE i.city = :city")));
    ReaderText::bind(query);
    if (!wantedCity.isEmpty()) {
        query.bind(QStringLiteral(":city"), wantedCity);
    }
    if (Status done = query.exec(tr("Reading the institutions")); !done) {
        return done.error();
    }
    QList<InstitutionSummary> institutions;
    while (query.next()) {
        InstitutionSummary summary;
        summary.id = query.id(0);
        summary.name = query.text(1);
        summary.shortName = query.text(2);
        summary.kind = enumFromKey<InstitutionKind>(query.text(3)).value_or(InstitutionKind::Other);
        summary.city = query.text(4);
        summary.country = query.text(5);
        summary.peopleCount = query.value(6).toInt();
        institutions.append(summary);
    }
    return institutions;
}

Result<InstitutionUsage> InstitutionRepository::usage(Id id) const
{
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT (SELECT count(*) FROM person WHERE institution_id = :id), "
                       "(SELECT count(*) FROM visit WHERE host_institution_id = :id), "
                       "(SELECT count(*) FROM visit WHERE sending_institution_id = :id), "
                       "(SELECT count(*) FROM agenda_session WHERE venue_institution_id = :id), "
                       "(SELECT count(*) FROM funding_project_partner WHERE institution_id = :id), "
                       "(SELECT count(*) FROM exchange_group_member WHERE institution_id = :id)"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading where the institution is used")); !done) {
        return done.error();
    }
    InstitutionUsage usage;
    if (query.next()) {
        usage.people = query.value(0).toInt();
        usage.hostedVisits = query.value(1).toInt();
        usage.sentVisits = query.value(2).toInt();
        usage.sessions = query.value(3).toInt();
        usage.projects = query.value(4).toInt();
        usage.exchangeGroups = query.value(5).toInt();
    }
    return usage;
}

Result<QList<HostedSession>> InstitutionRepository::sessionsHosted(Id id) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT s.id, v.id, v.title, s.starts_at, s.title "
                                  "FROM agenda_session s JOIN visit v ON v.id = s.visit_id "
                                  "WHERE s.venue_institution_id = :id ORDER BY s.starts_at, s.id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading the sessions held at the institution")); !done) {
        return done.error();
    }
    QList<HostedSession> sessions;
    while (query.next()) {
        HostedSession session;
        session.sessionId = query.id(0);
        session.visitId = query.id(1);
        session.visitTitle = query.text(2);
        session.startsAt = query.localTime(3);
        session.sessionTitle = query.text(4);
        sessions.append(session);
    }
    return sessions;
}

Status InstitutionRepository::writeNameTranslations(const Institution& institution, const QString& what)
{
    SqlQuery clear(m_database, QStringLiteral("DELETE FROM institution_text "
                                              "WHERE institution_id = :id AND field = 'name'"));
    clear.bind(QStringLiteral(":id"), institution.id);
    if (Status done = clear.exec(what); !done) {
        return done;
    }
    for (auto it = institution.name.translations.cbegin(); it != institution.name.translations.cend(); ++it) {
        if (it.value().trimmed().isEmpty()) {
            continue;
        }
        SqlQuery insert(m_database,
                        QStringLiteral("INSERT INTO institution_text (institution_id, field, language, text) "
                                       "VALUES (:id, 'name', :language, :text)"));
        insert.bind(QStringLiteral(":id"), institution.id)
            .bind(QStringLiteral(":language"), it.key())
            .bind(QStringLiteral(":text"), it.value().trimmed());
        if (Status done = insert.exec(what); !done) {
            return done;
        }
    }
    return success();
}
