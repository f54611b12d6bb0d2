// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/personrepository.h"

#include "core/storage/database.h"
#include "core/storage/readertext.h"
#include "core/storage/recordwrites.h"
#include "core/storage/sqlquery.h"

namespace {

const QString personColumns = QStringLiteral(
    "given_name, family_name, latin_given_name, latin_family_name, institution_id, position, country, "
    "languages, email, phone, diet, diet_note, accessibility_needs, consent_date, notes");

QString joinCodes(const QStringList& codes)
{
    QStringList trimmed;
    for (const QString& code : codes) {
        trimmed.append(code.trimmed());
    }
    return trimmed.join(QLatin1Char(','));
}

void bindPerson(SqlQuery& query, const Person& person)
{
    query.bind(QStringLiteral(":given_name"), person.givenName.trimmed())
        .bind(QStringLiteral(":family_name"), person.familyName.trimmed())
        .bind(QStringLiteral(":latin_given_name"), person.latinGivenName.trimmed())
        .bind(QStringLiteral(":latin_family_name"), person.latinFamilyName.trimmed())
        .bind(QStringLiteral(":institution_id"), SqlValue::fromId(person.institutionId))
        .bind(QStringLiteral(":position"), person.position.trimmed())
        .bind(QStringLiteral(":country"), person.country.trimmed().toUpper())
        .bind(QStringLiteral(":languages"), joinCodes(person.languages))
        .bind(QStringLiteral(":email"), person.email.trimmed())
        .bind(QStringLiteral(":phone"), person.phone.trimmed())
        .bind(QStringLiteral(":diet"), enumKey(person.diet))
        .bind(QStringLiteral(":diet_note"), person.dietNote.trimmed())
        .bind(QStringLiteral(":accessibility_needs"), person.accessibilityNeeds)
        .bind(QStringLiteral(":consent_date"), SqlValue::fromDay(person.consentDate))
        .bind(QStringLiteral(":notes"), person.notes);
}

} // namespace

Result<Id> PersonRepository::create(const Person& person)
{
    if (const FieldErrors errors = PersonValidator::validate(person); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the person");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    // An id given by the caller is kept: undoing a deletion brings the person back as they were.
    SqlQuery insert(m_database,
                    QStringLiteral("INSERT INTO person (id, %1) VALUES (:id, :given_name, :family_name, "
                                   ":latin_given_name, :latin_family_name, :institution_id, :position, "
                                   ":country, :languages, :email, :phone, :diet, :diet_note, "
                                   ":accessibility_needs, :consent_date, :notes)")
                        .arg(personColumns));
    insert.bind(QStringLiteral(":id"), SqlValue::fromId(person.id));
    bindPerson(insert, person);
    if (Status done = insert.exec(what); !done) {
        return done.error();
    }
    const Id id = insert.lastInsertId();
    m_database.markChanged(ChangeNotifier::Topic::People);
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<Person> PersonRepository::get(Id id) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT %1 FROM person WHERE id = :id").arg(personColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading the person")); !done) {
        return done.error();
    }
    if (!query.next()) {
        //: %1 is a number
        return Error::notFound(tr("Person %1").arg(id));
    }
    Person person;
    person.id = id;
    person.givenName = query.text(0);
    person.familyName = query.text(1);
    person.latinGivenName = query.text(2);
    person.latinFamilyName = query.text(3);
    person.institutionId = SqlValue::toId(query.value(4));
    person.position = query.text(5);
    person.country = query.text(6);
    person.languages = query.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
    person.email = query.text(8);
    person.phone = query.text(9);
    person.diet = enumFromKey<DietCategory>(query.text(10)).value_or(DietCategory::None);
    person.dietNote = query.text(11);
    person.accessibilityNeeds = query.text(12);
    person.consentDate = query.day(13);
    person.notes = query.text(14);
    return person;
}

Status PersonRepository::update(const Person& person)
{
    if (const FieldErrors errors = PersonValidator::validate(person); !errors.isEmpty()) {
        return validationError(errors);
    }
    const QString what = tr("Saving the person");
    RecordUpdate update;
    update.what = what;
    update.statement =
        QStringLiteral("UPDATE person SET given_name = :given_name, family_name = :family_name, "
                       "latin_given_name = :latin_given_name, latin_family_name = :latin_family_name, "
                       "institution_id = :institution_id, position = :position, country = :country, "
                       "languages = :languages, email = :email, phone = :phone, diet = :diet, "
                       "diet_note = :diet_note, accessibility_needs = :accessibility_needs, "
                       "consent_date = :consent_date, notes = :notes WHERE id = :id");
    update.id = person.id;
    update.missing = tr("Person %1").arg(person.id);
    update.changed = ChangeNotifier::Topic::People;
    update.bind = [&person](SqlQuery& query) { bindPerson(query, person); };
    return RecordWrites::update(m_database, update);
}

Status PersonRepository::remove(Id id)
{
    // The schema takes their participations and session roles and unlinks visits they coordinate.
    return RecordWrites::remove(m_database, tr("Deleting the person"), QStringLiteral("person"), id,
                                tr("Person %1").arg(id),
                                ChangeNotifier::Topic::People | ChangeNotifier::Topic::Participants |
                                    ChangeNotifier::Topic::Sessions | ChangeNotifier::Topic::Visits);
}

Result<bool> PersonRepository::any() const
{
    return SqlQuery::exists(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM person)"),
                            tr("Reading the people"));
}

Result<PersonSummaryList> PersonRepository::list(Id institutionId) const
{
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT p.id, %1, p.latin_given_name, p.latin_family_name, "
                       "coalesce(nullif(i.short_name, ''), %2, ''), p.position, p.country, p.email, "
                       "(SELECT count(*) FROM visit_participant vp WHERE vp.person_id = p.id) "
                       "FROM person p LEFT JOIN institution i ON i.id = p.institution_id%3 ORDER BY p.id")
            .arg(displayNameSql(QStringLiteral("p")), ReaderText::institutionName(QStringLiteral("i")),
                 institutionId > 0 ? QStringLiteral(" WHERE p.institution_id = :institution_id")
                                   : QString()));
    ReaderText::bind(query);
    if (institutionId > 0) {
        query.bind(QStringLiteral(":institution_id"), institutionId);
    }
    if (Status done = query.exec(tr("Reading the people")); !done) {
        return done.error();
    }
    PersonSummaryList people;
    while (query.next()) {
        PersonSummaryList::Utf8Row row;
        row.id = query.id(0);
        row.displayName = query.utf8(1);
        row.latinGivenName = query.utf8(2);
        row.latinFamilyName = query.utf8(3);
        row.institutionName = query.utf8(4); // the short name when there is one
        row.position = query.utf8(5);
        row.country = query.utf8(6);
        row.email = query.utf8(7);
        row.visitCount = static_cast<int>(query.id(8));
        people.append(row);
    }
    return people;
}

QString PersonRepository::displayNameSql(const QString& alias)
{
    return QStringLiteral("CASE WHEN %1.given_name = '' THEN %1.family_name ELSE %1.given_name || ' ' || "
                          "%1.family_name END")
        .arg(alias);
}

Result<QHash<Id, QString>> PersonRepository::displayNames(const QList<Id>& ids) const
{
    QHash<Id, QString> names;
    if (ids.isEmpty()) {
        return names;
    }
    SqlQuery query(m_database, QStringLiteral("SELECT id, given_name, family_name FROM person "
                                              "WHERE id IN (SELECT value FROM json_each(:ids))"));
    query.bind(QStringLiteral(":ids"), SqlValue::fromIds(ids));
    if (Status done = query.exec(tr("Reading the people")); !done) {
        return done.error();
    }
    while (query.next()) {
        names.insert(query.id(0), Person::joinName(query.text(1), query.text(2)));
    }
    return names;
}

Result<QList<PersonVisit>> PersonRepository::visits(Id personId) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT v.id, v.title, v.first_day, v.last_day, vp.role "
                                              "FROM visit_participant vp JOIN visit v ON v.id = vp.visit_id "
                                              "WHERE vp.person_id = :id ORDER BY v.first_day, v.id"));
    query.bind(QStringLiteral(":id"), personId);
    if (Status done = query.exec(tr("Reading the person's visits")); !done) {
        return done.error();
    }
    QList<PersonVisit> visits;
    while (query.next()) {
        PersonVisit visit;
        visit.visitId = query.id(0);
        visit.title = query.text(1);
        visit.firstDay = query.day(2);
        visit.lastDay = query.day(3);
        visit.role = enumFromKey<ParticipantRole>(query.text(4)).value_or(ParticipantRole::DelegationMember);
        visits.append(visit);
    }
    return visits;
}

Result<PersonUsage> PersonRepository::usage(Id id) const
{
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT (SELECT count(*) FROM visit_participant WHERE person_id = :id), "
                       "(SELECT count(DISTINCT session_id) FROM session_person WHERE person_id = :id), "
                       "(SELECT count(*) FROM visit WHERE coordinator_id = :id)"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(tr("Reading where the person is named")); !done) {
        return done.error();
    }
    PersonUsage usage;
    if (query.next()) {
        usage.visits = query.value(0).toInt();
        usage.sessions = query.value(1).toInt();
        usage.coordinatedVisits = query.value(2).toInt();
    }
    return usage;
}
