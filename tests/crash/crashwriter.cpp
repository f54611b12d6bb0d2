// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta_crash_writer DATABASE [SEED]: edits the database through the repositories until it is
// killed, as a coordinator would, only faster. The core tests kill it at random moments and check
// that the file stays sound and keeps every edit the writer reported saved.
//
// Each edit is one write transaction holding one repository call. Inside it, just before the
// COMMIT, the writer prints "committing " followed by the edit's report; after the COMMIT it
// prints the report alone, for example
//
//     saved institution 3 "Centrum Usług Społecznych 17"
//     saved person 42 "Anna Nowak 17" institution 3
//     saved visit 5 "Wizyta studyjna 12" host 3
//     saved participant 8 visit 5 person 42
//     saved session 7 visit 5 "Warsztat 3" presenter 42 venue 3
//     deleted session 5
//
// A report alone means the edit is in the file. A "committing" line without its report means the
// writer was killed during the COMMIT: the edit is either wholly in the file or not at all.
// Every line is flushed before the writer goes on. Ids of 0 mean "none".
#include "core/storage/database.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace {

/// Writes one line to stdout and flushes it, so that it reaches the reader before the next edit.
void say(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& message)
{
    const QByteArray bytes = QStringLiteral("wizyta_crash_writer: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::exit(EXIT_FAILURE);
}

template <typename T>
T valueOrFail(Result<T> result)
{
    if (!result) {
        fail(result.error().message());
    }
    return std::move(result).value();
}

struct ParticipantEntry
{
    Id id = 0;
    Id visitId = 0;
    Id personId = 0;
};

/// The ids in the file, read again before each edit (as a window reloads its lists).
struct Contents
{
    QList<Id> institutions;
    QList<Id> people;
    QList<Id> visits;
    QList<ParticipantEntry> participants;
    QList<Id> sessions; ///< ascending: the first is the oldest

    static Contents read(Database& db)
    {
        Contents contents;
        for (const InstitutionSummary& institution : valueOrFail(InstitutionRepository(db).list())) {
            contents.institutions << institution.id;
        }
        for (const PersonSummary& person : valueOrFail(PersonRepository(db).list())) {
            contents.people << person.id;
        }
        for (const VisitSummary& visit : valueOrFail(VisitRepository(db).list())) {
            contents.visits << visit.id;
            for (const ParticipantRow& row : valueOrFail(ParticipantRepository(db).listForVisit(visit.id))) {
                contents.participants
                    << ParticipantEntry{row.participant.id, visit.id, row.participant.personId};
            }
            for (const ProgrammeRow& row : valueOrFail(ProgrammeRepository(db).listForVisit(visit.id))) {
                contents.sessions << row.session.id;
            }
        }
        std::sort(contents.sessions.begin(), contents.sessions.end());
        return contents;
    }
};

const QStringList givenNames = {
    QStringLiteral("Anna"),   QStringLiteral("Katarzyna"), QStringLiteral("Piotr"),
    QStringLiteral("Tomasz"), QStringLiteral("Олена"),     QStringLiteral("Андрій"),
    QStringLiteral("Jana"),   QStringLiteral("Mikuláš"),   QStringLiteral("Małgorzata"),
    QStringLiteral("Іванна"),
};
const QStringList familyNames = {
    QStringLiteral("Nowak"),     QStringLiteral("Kowalska"),   QStringLiteral("Wiśniewski"),
    QStringLiteral("Шевчук"),    QStringLiteral("Гнатюк"),     QStringLiteral("Novotná"),
    QStringLiteral("Zielińska"), QStringLiteral("Бондаренко"),
};
const QStringList institutionNames = {
    QStringLiteral("Miejski Ośrodek Pomocy Rodzinie"),
    QStringLiteral("Centrum Usług Społecznych"),
    QStringLiteral("Fundacja Dajemy Dzieciom Siłę"),
    QStringLiteral("Львівський міський центр соціальних служб"),
    QStringLiteral("Powiatowy Urząd Pracy"),
    QStringLiteral("Dom Pomocy Społecznej"),
};
const QStringList visitTitles = {
    QStringLiteral("Wizyta studyjna"),
    QStringLiteral("Lwów na Mazowszu"),
    QStringLiteral("Spotkanie grupy wymiany"),
    QStringLiteral("Konferencja o asystencji rodzinnej"),
};
const QStringList sessionTitles = {
    QStringLiteral("Warsztat"), QStringLiteral("Powitanie"),   QStringLiteral("Wizyta w ośrodku"),
    QStringLiteral("Obiad"),    QStringLiteral("Prezentacja"), QStringLiteral("Panel dyskusyjny"),
};

/// Makes one edit inside the open transaction and returns its report.
class Editor
{
public:
    Editor(Database& db, quint32 seed) : m_db(db), m_random(seed) {}

    QString edit(const Contents& contents)
    {
        if (contents.institutions.size() < 2) {
            return createInstitution();
        }
        if (contents.people.size() < 3) {
            return createPerson(contents);
        }
        if (contents.visits.isEmpty()) {
            return createVisit(contents);
        }
        const int roll = static_cast<int>(m_random.bounded(100));
        if (roll < 6) {
            return contents.institutions.size() < 8 ? createInstitution() : deleteInstitution(contents);
        }
        if (roll < 16) {
            return contents.people.size() < 25 ? createPerson(contents) : deletePerson(contents);
        }
        if (roll < 21) {
            return contents.visits.size() < 6 ? createVisit(contents) : deleteVisit(contents);
        }
        if (roll < 32) {
            if (const std::optional<QString> report = addParticipant(contents)) {
                return *report;
            }
            return deleteParticipant(contents);
        }
        if (roll < 50) {
            return contents.sessions.size() < 40 ? createSession(contents) : deleteOldestSession(contents);
        }
        if (roll < 58) {
            return updateVisit(contents);
        }
        if (roll < 66) {
            return updatePerson(contents);
        }
        if (roll < 76 && !contents.sessions.isEmpty()) {
            return updateSession(contents);
        }
        if (roll < 86 && !contents.sessions.isEmpty()) {
            return deleteOldestSession(contents);
        }
        if (roll < 93 && !contents.participants.isEmpty()) {
            return deleteParticipant(contents);
        }
        if (roll < 96) {
            return deletePerson(contents);
        }
        if (roll < 99) {
            return deleteInstitution(contents);
        }
        return deleteVisit(contents);
    }

private:
    template <typename T>
    T pick(const QList<T>& list)
    {
        return list.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(list.size()))));
    }
    /// An id from `ids`, or 0 ("none") one time in four.
    Id pickOrNone(const QList<Id>& ids) { return m_random.bounded(4) == 0 ? 0 : pick(ids); }
    QString numbered(const QStringList& names)
    {
        return pick(names) + QLatin1Char(' ') + QString::number(m_random.bounded(1000));
    }
    /// Notes or a description of a few kilobytes, as pasted from a letter: rows that span pages.
    QString paragraphs()
    {
        QString text;
        for (int i = 0, count = 50 + static_cast<int>(m_random.bounded(200)); i < count; ++i) {
            text += QStringLiteral("Uzgodnienie %1: transport z dworca, tłumaczenie pl→uk, obiad o 13:00. ")
                        .arg(m_random.bounded(100000));
        }
        return text.trimmed();
    }

    QString createInstitution()
    {
        Institution institution;
        institution.name.text = numbered(institutionNames);
        institution.name.translations.insert(QStringLiteral("en"), QStringLiteral("Social services centre"));
        institution.kind = InstitutionKind::SocialWelfareCentre;
        institution.country = QStringLiteral("PL");
        institution.city = QStringLiteral("Kraków");
        const Id id = valueOrFail(InstitutionRepository(m_db).create(institution));
        return QStringLiteral("saved institution %1 \"%2\"").arg(id).arg(institution.name.text);
    }

    QString deleteInstitution(const Contents& contents)
    {
        const Id id = pick(contents.institutions);
        valueOrFail(InstitutionRepository(m_db).remove(id));
        return QStringLiteral("deleted institution %1").arg(id);
    }

    static QString personReport(Id id, const Person& person)
    {
        return QStringLiteral("saved person %1 \"%2\" institution %3")
            .arg(id)
            .arg(person.displayName())
            .arg(person.institutionId);
    }

    QString createPerson(const Contents& contents)
    {
        Person person;
        person.givenName = pick(givenNames);
        person.familyName = numbered(familyNames);
        person.institutionId = contents.institutions.isEmpty() ? 0 : pickOrNone(contents.institutions);
        person.country = QStringLiteral("UA");
        person.languages = {QStringLiteral("uk"), QStringLiteral("pl")};
        person.diet = DietCategory::Vegetarian;
        person.notes = paragraphs();
        const Id id = valueOrFail(PersonRepository(m_db).create(person));
        return personReport(id, person);
    }

    QString updatePerson(const Contents& contents)
    {
        Person person = valueOrFail(PersonRepository(m_db).get(pick(contents.people)));
        person.familyName = numbered(familyNames);
        person.institutionId = pickOrNone(contents.institutions);
        person.notes = paragraphs();
        valueOrFail(PersonRepository(m_db).update(person));
        return personReport(person.id, person);
    }

    QString deletePerson(const Contents& contents)
    {
        const Id id = pick(contents.people);
        valueOrFail(PersonRepository(m_db).remove(id));
        return QStringLiteral("deleted person %1").arg(id);
    }

    static QString visitReport(Id id, const Visit& visit)
    {
        return QStringLiteral("saved visit %1 \"%2\" host %3")
            .arg(id)
            .arg(visit.title.text)
            .arg(visit.hostInstitutionId);
    }

    QString createVisit(const Contents& contents)
    {
        Visit visit;
        visit.title.text = numbered(visitTitles);
        visit.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Навчальний візит"));
        visit.firstDay = QDate(2026, 1, 1).addDays(m_random.bounded(360));
        visit.lastDay = visit.firstDay.addDays(m_random.bounded(5));
        visit.hostInstitutionId = contents.institutions.isEmpty() ? 0 : pickOrNone(contents.institutions);
        visit.coordinatorId = contents.people.isEmpty() ? 0 : pickOrNone(contents.people);
        visit.sendingCountry = QStringLiteral("UA");
        visit.workingLanguages = {QStringLiteral("pl"), QStringLiteral("uk")};
        visit.notes = paragraphs();
        const Id id = valueOrFail(VisitRepository(m_db).create(visit));
        return visitReport(id, visit);
    }

    QString updateVisit(const Contents& contents)
    {
        Visit visit = valueOrFail(VisitRepository(m_db).get(pick(contents.visits)));
        visit.title.text = numbered(visitTitles);
        visit.hostInstitutionId = pickOrNone(contents.institutions);
        valueOrFail(VisitRepository(m_db).update(visit));
        return visitReport(visit.id, visit);
    }

    QString deleteVisit(const Contents& contents)
    {
        const Id id = pick(contents.visits);
        valueOrFail(VisitRepository(m_db).remove(id));
        return QStringLiteral("deleted visit %1").arg(id);
    }

    /// Adds a person not yet in the visit; nothing when everyone already is, or there are enough.
    std::optional<QString> addParticipant(const Contents& contents)
    {
        if (contents.participants.size() >= 30) {
            return std::nullopt;
        }
        const Id visitId = pick(contents.visits);
        QList<Id> candidates = contents.people;
        for (const ParticipantEntry& entry : contents.participants) {
            if (entry.visitId == visitId) {
                candidates.removeAll(entry.personId);
            }
        }
        if (candidates.isEmpty()) {
            return std::nullopt;
        }
        VisitParticipant participant;
        participant.visitId = visitId;
        participant.personId = pick(candidates);
        participant.role = ParticipantRole::DelegationMember;
        participant.accommodation = QStringLiteral("Hotel Pod Różą");
        const Id id = valueOrFail(ParticipantRepository(m_db).create(participant));
        return QStringLiteral("saved participant %1 visit %2 person %3")
            .arg(id)
            .arg(visitId)
            .arg(participant.personId);
    }

    QString deleteParticipant(const Contents& contents)
    {
        if (contents.participants.isEmpty()) {
            return createSession(contents);
        }
        const Id id = pick(contents.participants).id;
        valueOrFail(ParticipantRepository(m_db).remove(id));
        return QStringLiteral("deleted participant %1").arg(id);
    }

    /// Fills in what the session report tells: title, presenter and venue.
    void retitle(Session& session, const Contents& contents)
    {
        session.title.text = numbered(sessionTitles);
        session.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Семінар"));
        session.description.text = paragraphs();
        session.people.clear();
        if (const Id presenter = pickOrNone(contents.people); presenter != 0) {
            session.people.append({presenter, SessionRole::Presenter});
        }
        session.venueInstitutionId = pickOrNone(contents.institutions);
    }

    static QString sessionReport(Id id, const Session& session)
    {
        return QStringLiteral("saved session %1 visit %2 \"%3\" presenter %4 venue %5")
            .arg(id)
            .arg(session.visitId)
            .arg(session.title.text)
            .arg(session.people.isEmpty() ? 0 : session.people.constFirst().personId)
            .arg(session.venueInstitutionId);
    }

    QString createSession(const Contents& contents)
    {
        const Visit visit = valueOrFail(VisitRepository(m_db).get(pick(contents.visits)));
        Session session;
        session.visitId = visit.id;
        const QDate day = visit.firstDay.addDays(m_random.bounded(visit.firstDay.daysTo(visit.lastDay) + 1));
        session.startsAt = QDateTime(day, QTime(8 + static_cast<int>(m_random.bounded(10)), 0), Qt::UTC);
        session.endsAt = session.startsAt.addSecs(60 * (30 + 15 * m_random.bounded(7)));
        session.kind = SessionKind::Workshop;
        session.language = QStringLiteral("pl");
        session.interpretation = InterpretationMode::Consecutive;
        session.interpretedInto = {QStringLiteral("uk")};
        retitle(session, contents);
        const Id id = valueOrFail(ProgrammeRepository(m_db).create(session));
        return sessionReport(id, session);
    }

    QString updateSession(const Contents& contents)
    {
        Session session = valueOrFail(ProgrammeRepository(m_db).get(pick(contents.sessions)));
        retitle(session, contents);
        valueOrFail(ProgrammeRepository(m_db).update(session));
        return sessionReport(session.id, session);
    }

    QString deleteOldestSession(const Contents& contents)
    {
        if (contents.sessions.isEmpty()) {
            return createSession(contents);
        }
        const Id id = contents.sessions.constFirst();
        valueOrFail(ProgrammeRepository(m_db).remove(id));
        return QStringLiteral("deleted session %1").arg(id);
    }

    Database& m_db;
    QRandomGenerator m_random;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.size() > 3) {
        fail(QStringLiteral("usage: wizyta_crash_writer DATABASE [SEED]"));
    }
    bool seedOk = true;
    const quint32 seed = arguments.size() == 3 ? arguments.at(2).toUInt(&seedOk) : 1;
    if (!seedOk) {
        fail(QStringLiteral("the seed must be a whole number, not %1").arg(arguments.at(2)));
    }

    std::unique_ptr<Database> db = valueOrFail(Database::open(arguments.at(1)));
    Editor editor(*db, seed);
    for (;;) {
        const Contents contents = Contents::read(*db);
        WriteTransaction transaction(*db);
        valueOrFail(transaction.begin(QStringLiteral("Saving an edit")));
        const QString report = editor.edit(contents);
        say(QStringLiteral("committing ") + report);
        valueOrFail(transaction.commit());
        say(report);
    }
}
