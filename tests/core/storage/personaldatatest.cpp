// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data: erased once a visit is over, leaving no trace in the file, and given out on request.
#include "core/storage/personaldata.h"

#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

const QDate today(2026, 11, 26);

Id addVisit(Database& db, const QDate& first, const QDate& last)
{
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta studyjna");
    visit.firstDay = first;
    visit.lastDay = last;
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

Id addPerson(Database& db, const QString& family, const QString& email)
{
    Person person;
    person.givenName = QStringLiteral("Olena");
    person.familyName = family;
    person.email = email;
    person.phone = QStringLiteral("+380 67 555 12 34");
    person.diet = DietCategory::Allergy;
    person.dietNote = QStringLiteral("orzechy-%1").arg(family);
    person.accessibilityNeeds = QStringLiteral("wózek-%1").arg(family);
    const auto id = PersonRepository(db).create(person);
    REQUIRE(id.ok());
    return *id;
}

void addParticipant(Database& db, Id visitId, Id personId)
{
    VisitParticipant participant;
    participant.visitId = visitId;
    participant.personId = personId;
    participant.accommodation = QStringLiteral("Hotel Wisła, pokój 12");
    participant.notes = QStringLiteral("prosi o pokój na parterze %1-%2").arg(visitId).arg(personId);
    REQUIRE(ParticipantRepository(db).create(participant).ok());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace

TEST_CASE("Erasing a past visit's personal data leaves names and counts, and no trace in the file or its WAL")
{
    TestDatabase test;
    const Id past = addVisit(test.db(), QDate(2026, 5, 19), QDate(2026, 5, 25));
    const Id done =
        addPerson(test.db(), QStringLiteral("Kravets"), QStringLiteral("olena.kravets@example.org"));
    const Id returning =
        addPerson(test.db(), QStringLiteral("Melnyk"), QStringLiteral("o.melnyk@example.org"));
    addParticipant(test.db(), past, done);
    addParticipant(test.db(), past, returning);
    // Melnyk comes again next spring: her details are still needed.
    addParticipant(test.db(), addVisit(test.db(), QDate(2027, 3, 1), QDate(2027, 3, 3)), returning);

    const auto erased = PersonalData::eraseForVisit(test.db(), past, today);
    REQUIRE(erased.ok());
    CHECK(erased->people == 1);
    CHECK(erased->participants == 2);
    CHECK(erased->keptForUpcoming == 1);

    const auto person = PersonRepository(test.db()).get(done);
    REQUIRE(person.ok());
    CHECK(person->familyName == QStringLiteral("Kravets"));
    CHECK(person->email.isEmpty());
    CHECK(person->phone.isEmpty());
    CHECK(person->diet == DietCategory::None);
    CHECK(person->dietNote.isEmpty());
    CHECK(person->accessibilityNeeds.isEmpty());
    CHECK(PersonRepository(test.db()).get(returning)->email == QStringLiteral("o.melnyk@example.org"));
    // The counts a funder's report needs remain.
    const auto counts = ParticipantRepository(test.db()).countsByRole(past);
    REQUIRE(counts.ok());
    CHECK(counts->value(ParticipantRole::DelegationMember) == 2);

    // The erased text is in neither the file nor its write-ahead log.
    for (const QString& file : {test.path(), test.path() + QStringLiteral("-wal")}) {
        INFO(file.toStdString());
        const QByteArray bytes = fileBytes(file);
        CHECK_FALSE(bytes.contains("olena.kravets@example.org"));
        CHECK_FALSE(bytes.contains("orzechy-Kravets"));
        CHECK_FALSE(bytes.contains(QStringLiteral("parterze %1-%2").arg(past).arg(done).toUtf8()));
    }
    test.close();
    CHECK_FALSE(fileBytes(test.path()).contains("olena.kravets@example.org"));
}

TEST_CASE("The personal data of a visit not yet over is not erased")
{
    TestDatabase test;
    const Id upcoming = addVisit(test.db(), QDate(2026, 11, 25), QDate(2026, 11, 28));
    const Id person = addPerson(test.db(), QStringLiteral("Kravets"), QStringLiteral("olena@example.org"));
    addParticipant(test.db(), upcoming, person);
    const auto refused = PersonalData::eraseForVisit(test.db(), upcoming, today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);
    CHECK(PersonRepository(test.db()).get(person)->email == QStringLiteral("olena@example.org"));
}

TEST_CASE("Everything stored about a person is given out as JSON")
{
    TestDatabase test;
    const Id visit = addVisit(test.db(), QDate(2026, 5, 19), QDate(2026, 5, 25));
    const Id person = addPerson(test.db(), QStringLiteral("Kravets"), QStringLiteral("olena@example.org"));
    addParticipant(test.db(), visit, person);
    const auto json = PersonalData::exportPerson(test.db(), person);
    REQUIRE(json.ok());
    const QJsonObject document = QJsonDocument::fromJson(*json).object();
    const QJsonObject data = document.value(QStringLiteral("person")).toObject();
    CHECK(data.value(QStringLiteral("familyName")).toString() == QStringLiteral("Kravets"));
    CHECK(data.value(QStringLiteral("email")).toString() == QStringLiteral("olena@example.org"));
    CHECK(data.value(QStringLiteral("dietNote")).toString() == QStringLiteral("orzechy-Kravets"));
    const auto visits = data.value(QStringLiteral("participations")).toArray();
    REQUIRE(visits.size() == 1);
    CHECK(visits.first().toObject().value(QStringLiteral("accommodation")).toString() ==
          QStringLiteral("Hotel Wisła, pokój 12"));
    CHECK_FALSE(PersonalData::exportPerson(test.db(), 4711).ok());
}
