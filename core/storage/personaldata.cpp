// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/personaldata.h"

#include "core/languages/dayrange.h"
#include "core/storage/database.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/visitrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

Result<ErasureOutcome> PersonalData::eraseForVisit(Database& database, Id visitId, const QDate& today)
{
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    if (visit->lastDay >= today) {
        //: %1 is the visit's last day
        return Error(Error::Kind::Validation,
                     tr("The visit is not over yet (its last day is %1): its participants' details are still "
                        "needed.")
                         .arg(formatShortDate(visit->lastDay)));
    }
    const QString what = tr("Erasing personal data");
    ErasureOutcome outcome;
    {
        WriteTransaction transaction(database);
        if (Status begun = transaction.begin(what); !begun) {
            return begun.error();
        }
        // People whose every visit is over lose what only the visits needed.
        SqlQuery people(
            database,
            QStringLiteral("UPDATE person SET email = '', phone = '', diet = 'none', diet_note = '', "
                           "accessibility_needs = '', notes = '' "
                           "WHERE id IN (SELECT person_id FROM visit_participant WHERE visit_id = :visit) "
                           "AND NOT EXISTS (SELECT 1 FROM visit_participant other JOIN visit v ON v.id = "
                           "other.visit_id WHERE other.person_id = person.id AND v.last_day >= :today)"));
        people.bind(QStringLiteral(":visit"), visitId);
        people.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
        if (Status done = people.exec(what); !done) {
            return done.error();
        }
        outcome.people = people.rowsAffected();
        SqlQuery stays(database, QStringLiteral("UPDATE visit_participant SET accommodation = '', notes = '' "
                                                "WHERE visit_id = :visit"));
        stays.bind(QStringLiteral(":visit"), visitId);
        if (Status done = stays.exec(what); !done) {
            return done.error();
        }
        outcome.participants = stays.rowsAffected();
        SqlQuery kept(database,
                      QStringLiteral("SELECT count(DISTINCT vp.person_id) FROM visit_participant vp "
                                     "JOIN visit_participant other ON other.person_id = vp.person_id "
                                     "JOIN visit v ON v.id = other.visit_id "
                                     "WHERE vp.visit_id = :visit AND v.last_day >= :today"));
        kept.bind(QStringLiteral(":visit"), visitId);
        kept.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
        if (Status done = kept.exec(what); !done) {
            return done.error();
        }
        outcome.keptForUpcoming = kept.next() ? kept.value(0).toInt() : 0;
        database.markChanged(ChangeNotifier::Topic::People | ChangeNotifier::Topic::Participants);
        if (Status committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }
    // The old text is overwritten in the file (secure_delete is on for every connection); the
    // write-ahead log, which held the pages as they were, is copied back and emptied.
    SqlQuery checkpoint(database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (Status done = checkpoint.exec(what); !done) {
        return done.error();
    }
    return outcome;
}

Result<QByteArray> PersonalData::exportPerson(Database& database, Id personId)
{
    const auto person = PersonRepository(database).get(personId);
    if (!person) {
        return person.error();
    }
    QJsonObject json;
    json.insert(QStringLiteral("givenName"), person->givenName);
    json.insert(QStringLiteral("familyName"), person->familyName);
    json.insert(QStringLiteral("latinGivenName"), orNull(person->latinGivenName));
    json.insert(QStringLiteral("latinFamilyName"), orNull(person->latinFamilyName));
    json.insert(QStringLiteral("position"), orNull(person->position));
    json.insert(QStringLiteral("country"), orNull(person->country));
    json.insert(QStringLiteral("languages"), QJsonArray::fromStringList(person->languages));
    json.insert(QStringLiteral("email"), orNull(person->email));
    json.insert(QStringLiteral("phone"), orNull(person->phone));
    json.insert(QStringLiteral("diet"), enumKey(person->diet));
    json.insert(QStringLiteral("dietNote"), orNull(person->dietNote));
    json.insert(QStringLiteral("accessibilityNeeds"), orNull(person->accessibilityNeeds));
    json.insert(QStringLiteral("consentDate"), person->consentDate.isValid()
                                                   ? QJsonValue(person->consentDate.toString(Qt::ISODate))
                                                   : QJsonValue());
    json.insert(QStringLiteral("notes"), orNull(person->notes));
    if (person->institutionId != 0) {
        const auto institution = InstitutionRepository(database).get(person->institutionId);
        if (!institution) {
            return institution.error();
        }
        json.insert(QStringLiteral("institution"), institution->name.text);
    }

    const QString what = tr("Reading the person's data");
    SqlQuery participations(
        database, QStringLiteral("SELECT v.title, v.first_day, v.last_day, vp.role, vp.arrival, "
                                 "vp.departure, vp.accommodation, vp.notes FROM visit_participant vp "
                                 "JOIN visit v ON v.id = vp.visit_id WHERE vp.person_id = :person "
                                 "ORDER BY v.first_day"));
    participations.bind(QStringLiteral(":person"), personId);
    if (Status done = participations.exec(what); !done) {
        return done.error();
    }
    QJsonArray visits;
    while (participations.next()) {
        QJsonObject visit;
        visit.insert(QStringLiteral("visit"), participations.text(0));
        visit.insert(QStringLiteral("firstDay"), participations.text(1));
        visit.insert(QStringLiteral("lastDay"), participations.text(2));
        visit.insert(QStringLiteral("role"), participations.text(3));
        visit.insert(QStringLiteral("arrival"), orNull(participations.text(4)));
        visit.insert(QStringLiteral("departure"), orNull(participations.text(5)));
        visit.insert(QStringLiteral("accommodation"), orNull(participations.text(6)));
        visit.insert(QStringLiteral("notes"), orNull(participations.text(7)));
        visits.append(visit);
    }
    json.insert(QStringLiteral("participations"), visits);

    SqlQuery roles(database,
                   QStringLiteral("SELECT s.title, s.starts_at, s.ends_at, sp.role, v.title "
                                  "FROM session_person sp JOIN agenda_session s ON s.id = sp.session_id "
                                  "JOIN visit v ON v.id = s.visit_id WHERE sp.person_id = :person "
                                  "ORDER BY s.starts_at"));
    roles.bind(QStringLiteral(":person"), personId);
    if (Status done = roles.exec(what); !done) {
        return done.error();
    }
    QJsonArray sessions;
    while (roles.next()) {
        QJsonObject session;
        session.insert(QStringLiteral("session"), roles.text(0));
        session.insert(QStringLiteral("startsAt"), roles.text(1));
        session.insert(QStringLiteral("endsAt"), roles.text(2));
        session.insert(QStringLiteral("role"), roles.text(3));
        session.insert(QStringLiteral("visit"), roles.text(4));
        sessions.append(session);
    }
    json.insert(QStringLiteral("sessionRoles"), sessions);

    QJsonObject document;
    document.insert(QStringLiteral("exportedBy"), QStringLiteral("Wizyta " WIZYTA_VERSION));
    document.insert(QStringLiteral("person"), json);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
