// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sampleloader.h"

#include "core/storage/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace {

/// What more than one visit needs, the exchange group and the travel times.
QString sharedFile()
{
    return QStringLiteral("shared.json");
}

/// The one-day, the seven-day and the three-day visit: the order SampleData::add returns them in.
QStringList visitFiles()
{
    return {QStringLiteral("zhytomyr.json"), QStringLiteral("lviv.json"), QStringLiteral("vsetin.json")};
}

/// The exchange group's past meetings, oldest first, each in the city of its host; written after the
/// group, and returned by SampleData::add after the visits.
QStringList meetingFiles()
{
    return {QStringLiteral("czestochowa.json"), QStringLiteral("konin.json"),
            QStringLiteral("sochaczew.json")};
}

} // namespace

SampleLoader::SampleLoader(Database& database, const QString& what, QString directory)
    : m_directory(std::move(directory)), m_problem(what), m_institutions(database), m_people(database),
      m_projects(database), m_groups(database), m_visits(database), m_participants(database),
      m_programme(database), m_settings(database), m_costs(database)
{}

bool SampleLoader::Keys::contains(Kind kind, const QString& key) const
{
    return ids[static_cast<int>(kind)].contains(key) || (shared != nullptr && shared->contains(kind, key));
}

Id SampleLoader::Keys::find(Kind kind, const QString& key) const
{
    const Id id = ids[static_cast<int>(kind)].value(key);
    return id != 0 || shared == nullptr ? id : shared->find(kind, key);
}

std::optional<SampleItem> SampleLoader::open(const QString& name)
{
    const QString path = m_directory + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // A compiled-in file missing is one left out of core/CMakeLists.txt.
        m_problem.report(path, {}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        const auto line = std::count(data.cbegin(), data.cbegin() + parsed.offset, '\n') + 1;
        m_problem.report(path, {}, QStringLiteral("line %1: %2").arg(line).arg(parsed.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        m_problem.report(path, {}, QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    return SampleItem(document.object(), path, m_problem);
}

void SampleLoader::refused(SampleItem& item, const Error& error)
{
    // A record the repository refuses comes from a data file written wrongly, and is named like any
    // other problem in one; the database's own troubles (busy, full, read-only) stay what they are.
    if (error.kind() == Error::Kind::Validation || error.kind() == Error::Kind::Constraint) {
        item.fail(error.message());
    } else {
        m_problem.keep(error);
    }
}

template <typename Repository, typename Record>
Id SampleLoader::write(SampleItem& item, Repository& repository, const Record& record)
{
    item.finish();
    if (m_problem.found()) {
        return 0;
    }
    const Result<Id> written = repository.create(record);
    if (!written) {
        refused(item, written.error());
        return 0;
    }
    return *written;
}

QString SampleLoader::claimKey(SampleItem& item, Kind kind, const Keys& keys)
{
    const QString key = item.text("key");
    if (!key.isEmpty() && keys.contains(kind, key)) {
        item.fail(QStringLiteral("another record has the same key"), "key");
    }
    return key;
}

Id SampleLoader::find(SampleItem& item, const char* field, Kind kind, const Keys& keys, bool required)
{
    const QString key = item.text(field);
    const Id id = key.isEmpty() ? 0 : keys.find(kind, key);
    if (id == 0 && !key.isEmpty() && !item.failed()) {
        item.fail(QStringLiteral("no record before it has the key “%1”").arg(key), field);
    } else if (id == 0 && required && !item.failed()) {
        item.fail(QStringLiteral("missing"), field);
    }
    return id;
}

QList<Id> SampleLoader::findAll(SampleItem& item, const char* field, Kind kind, const Keys& keys)
{
    QList<Id> ids;
    for (const QString& key : item.texts(field)) {
        const Id id = keys.find(kind, key);
        if (id == 0 && !item.failed()) {
            item.fail(QStringLiteral("no record before it has the key “%1”").arg(key), field);
        }
        ids << id;
    }
    return ids;
}

Result<QList<SampleVisitHeading>> SampleLoader::headings()
{
    QList<SampleVisitHeading> headings;
    for (const QString& name : visitFiles() + meetingFiles()) {
        std::optional<SampleItem> file = open(name);
        if (!file) {
            return m_problem.error();
        }
        SampleItem visit = file->item("visit");
        const SampleVisitHeading heading{visit.localized("title").text, visit.date("firstDay"),
                                         visit.date("lastDay")};
        if (!visit.failed() &&
            (heading.title.isEmpty() || !heading.firstDay.isValid() || !heading.lastDay.isValid())) {
            visit.fail(QStringLiteral("a visit needs a title, a first day and a last day"));
        }
        if (m_problem.found()) {
            return m_problem.error();
        }
        headings << heading;
    }
    return headings;
}

Result<QList<Id>> SampleLoader::write()
{
    std::optional<SampleItem> shared = open(sharedFile());
    if (!shared) {
        return m_problem.error();
    }
    Keys sharedKeys;
    for (SampleItem& item : shared->items("institutions")) {
        writeInstitution(item, sharedKeys);
    }
    for (SampleItem& item : shared->items("people")) {
        writePerson(item, sharedKeys);
    }
    QList<Id> visits;
    for (const QString& name : visitFiles()) {
        std::optional<SampleItem> file = open(name);
        if (!file) {
            return m_problem.error();
        }
        Keys keys{&sharedKeys, {}};
        visits << writeVisitFile(*file, keys);
    }
    for (SampleItem& item : shared->items("exchangeGroups")) {
        writeExchangeGroup(item, sharedKeys);
    }
    for (const QString& name : meetingFiles()) {
        std::optional<SampleItem> file = open(name);
        if (!file) {
            return m_problem.error();
        }
        Keys keys{&sharedKeys, {}};
        visits << writeVisitFile(*file, keys);
    }
    for (SampleItem& item : shared->items("travelTimes")) {
        writeTravelTime(item);
    }
    shared->finish();
    if (m_problem.found()) {
        return m_problem.error();
    }
    return visits;
}

Id SampleLoader::writeInstitution(SampleItem& item, Keys& keys)
{
    const QString key = claimKey(item, Kind::Institution, keys);
    Institution institution;
    institution.name = item.localized("name");
    institution.shortName = item.text("shortName");
    institution.kind = item.choice("kind", institution.kind);
    institution.country = item.text("country");
    institution.city = item.text("city");
    institution.address = item.text("address");
    institution.phone = item.text("phone");
    institution.email = item.text("email");
    institution.website = item.text("website");
    institution.notes = item.text("notes");
    const Id id = write(item, m_institutions, institution);
    keys.ids[static_cast<int>(Kind::Institution)].insert(key, id);
    m_cities.insert(id, institution.city);
    return id;
}

/// `person` holds what the item may leave out: a delegation's country, languages and consent date.
Id SampleLoader::writePerson(SampleItem& item, Keys& keys, Person person)
{
    const QString key = claimKey(item, Kind::Person, keys);
    person.givenName = item.text("givenName");
    person.familyName = item.text("familyName");
    person.latinGivenName = item.text("latinGivenName");
    person.latinFamilyName = item.text("latinFamilyName");
    person.institutionId = find(item, "institution", Kind::Institution, keys);
    person.position = item.text("position");
    person.country = item.text("country", person.country);
    person.languages = item.texts("languages", person.languages);
    person.email = item.text("email");
    person.phone = item.text("phone");
    person.diet = item.choice("diet", person.diet);
    person.dietNote = item.text("dietNote");
    person.accessibilityNeeds = item.text("accessibilityNeeds");
    person.consentDate = item.date("consentDate", person.consentDate);
    person.notes = item.text("notes");
    const Id id = write(item, m_people, person);
    keys.ids[static_cast<int>(Kind::Person)].insert(key, id);
    return id;
}

Id SampleLoader::writeProject(SampleItem& item, Keys& keys)
{
    const QString key = claimKey(item, Kind::Project, keys);
    FundingProject project;
    project.name = item.text("name");
    project.acronym = item.text("acronym");
    project.funder = item.text("funder");
    project.agreementNumber = item.text("agreementNumber");
    project.firstDay = item.date("firstDay");
    project.lastDay = item.date("lastDay");
    project.totalValue = item.integer("totalValue").value_or(project.totalValue);
    project.coFinancing = item.integer("coFinancing").value_or(project.coFinancing);
    project.currency = item.text("currency", project.currency);
    project.notes = item.text("notes");
    project.partnerInstitutionIds = findAll(item, "partnerInstitutions", Kind::Institution, keys);
    const Id id = write(item, m_projects, project);
    keys.ids[static_cast<int>(Kind::Project)].insert(key, id);
    return id;
}

Id SampleLoader::writeVisitFile(SampleItem& file, Keys& keys)
{
    for (SampleItem& item : file.items("institutions")) {
        writeInstitution(item, keys);
    }
    for (SampleItem& item : file.items("people")) {
        writePerson(item, keys);
    }

    SampleItem delegation = file.item("delegation");
    Person member;
    member.country = delegation.text("country");
    member.languages = delegation.texts("languages");
    member.consentDate = delegation.date("consentDate");
    VisitParticipant delegate;
    delegate.arrival = delegation.dateTime("arrival");
    delegate.departure = delegation.dateTime("departure");
    delegate.accommodation = delegation.text("accommodation");
    QList<SampleItem> members = delegation.items("members");
    delegation.finish();
    QList<Id> memberIds;
    for (SampleItem& item : members) {
        memberIds << writePerson(item, keys, member);
    }

    for (SampleItem& item : file.items("fundingProjects")) {
        writeProject(item, keys);
    }
    SampleItem visit = file.item("visit");
    const Id visitId = writeVisit(visit, keys);

    // The participants by person, for the sessions with an audience.
    QHash<Id, Id> participantOf;
    delegate.visitId = visitId;
    for (qsizetype i = 0; i < members.size(); ++i) {
        delegate.personId = memberIds.at(i);
        delegate.role = i == 0 ? ParticipantRole::DelegationLeader : ParticipantRole::DelegationMember;
        participantOf.insert(delegate.personId, write(members[i], m_participants, delegate));
    }
    for (SampleItem& item : file.items("participants")) {
        VisitParticipant participant;
        participant.visitId = visitId;
        participant.personId = find(item, "person", Kind::Person, keys, true);
        participant.role = item.choice("role", participant.role);
        participant.arrival = item.dateTime("arrival");
        participant.departure = item.dateTime("departure");
        participant.accommodation = item.text("accommodation");
        participant.notes = item.text("notes");
        participantOf.insert(participant.personId, write(item, m_participants, participant));
    }

    SampleItem programme = file.item("programme");
    const ProgrammeDefaults defaults{programme.text("city"), programme.text("language"),
                                     programme.choice("interpretation", InterpretationMode::None),
                                     programme.texts("interpretedInto")};
    for (SampleItem& item : programme.items("sessions")) {
        writeSession(item, visitId, defaults, keys, participantOf);
    }
    programme.finish();
    for (SampleItem& item : file.items("costs")) {
        writeCost(item, visitId, keys);
    }
    file.finish();
    return visitId;
}

void SampleLoader::writeCost(SampleItem& item, Id visitId, const Keys& keys)
{
    CostLine cost;
    cost.visitId = visitId;
    cost.category = item.choice("category", cost.category);
    cost.description = item.text("description");
    cost.planned = item.integer("planned").value_or(0);
    cost.actual = item.integer("actual");
    cost.currency = item.text("currency", cost.currency);
    cost.fundingProjectId = find(item, "fundingProject", Kind::Project, keys);
    cost.paid = item.flag("paid");
    cost.invoiceReference = item.text("invoice");
    write(item, m_costs, cost);
}

Id SampleLoader::writeVisit(SampleItem& item, const Keys& keys)
{
    Visit visit;
    visit.title = item.localized("title");
    visit.kind = item.choice("kind", visit.kind);
    visit.status = item.choice("status", visit.status);
    visit.firstDay = item.date("firstDay");
    visit.lastDay = item.date("lastDay");
    visit.timeZone = item.text("timeZone", visit.timeZone);
    visit.hostInstitutionId = find(item, "hostInstitution", Kind::Institution, keys);
    visit.sendingInstitutionId = find(item, "sendingInstitution", Kind::Institution, keys);
    visit.sendingCountry = item.text("sendingCountry");
    visit.sendingRegion = item.text("sendingRegion");
    visit.fundingProjectId = find(item, "fundingProject", Kind::Project, keys);
    visit.exchangeGroupId = find(item, "exchangeGroup", Kind::Group, keys);
    visit.workingLanguages = item.texts("workingLanguages");
    visit.printLanguages = item.texts("printLanguages");
    visit.coordinatorId = find(item, "coordinator", Kind::Person, keys);
    visit.notes = item.text("notes");
    return write(item, m_visits, visit);
}

void SampleLoader::writeSession(SampleItem& item, Id visitId, const ProgrammeDefaults& defaults,
                                const Keys& keys, const QHash<Id, Id>& participantOf)
{
    Session session;
    session.visitId = visitId;
    const QDate day = item.date("day");
    const QTime start = item.time("start");
    const QTime end = item.time("end");
    if (!item.failed() && (!day.isValid() || !start.isValid() || !end.isValid())) {
        item.fail(QStringLiteral("a session needs a day, a start and an end"));
    }
    session.startsAt = QDateTime(day, start, Qt::UTC);
    session.endsAt = QDateTime(day, end, Qt::UTC);
    session.kind = item.choice("kind", session.kind);
    session.title = item.localized("title");
    session.description = item.localized("description");
    session.venueInstitutionId = find(item, "venue", Kind::Institution, keys);
    session.room = item.text("room");
    session.address = item.text("address");
    session.city = item.text("city");
    session.language = item.text("language", defaults.language);
    session.interpretation = item.choice("interpretation", InterpretationMode::None);
    session.interpretedInto = item.texts("interpretedInto");
    for (SampleItem& person : item.items("people")) {
        session.people.append({find(person, "person", Kind::Person, keys, true),
                               person.choice("role", SessionRole::Presenter)});
        person.finish();
    }
    if (item.has("audience")) {
        session.wholeDelegation = false;
        for (const Id personId : findAll(item, "audience", Kind::Person, keys)) {
            if (!participantOf.contains(personId) && !item.failed()) {
                item.fail(QStringLiteral("someone in it is not a participant of the visit"), "audience");
            }
            session.audienceParticipantIds << participantOf.value(personId);
        }
    }
    session.notes = item.text("notes");

    if (session.city.isEmpty() && session.venueInstitutionId != 0) {
        session.city = m_cities.value(session.venueInstitutionId);
    } else if (session.city.isEmpty() && !session.address.isEmpty()) {
        session.city = defaults.city;
    }
    const bool interpreted =
        std::any_of(session.people.cbegin(), session.people.cend(),
                    [](const SessionPerson& person) { return person.role == SessionRole::Interpreter; });
    if (interpreted && session.interpretation == InterpretationMode::None) {
        session.interpretation = defaults.interpretation;
        session.interpretedInto = defaults.interpretedInto;
    }
    write(item, m_programme, session);
}

void SampleLoader::writeExchangeGroup(SampleItem& item, Keys& keys)
{
    // Institutions that are in the sample only as members of the group, and the people they send to
    // its meetings.
    for (SampleItem& institution : item.items("institutions")) {
        writeInstitution(institution, keys);
    }
    for (SampleItem& person : item.items("people")) {
        writePerson(person, keys);
    }
    const QString key = claimKey(item, Kind::Group, keys);
    ExchangeGroup group;
    group.name = item.text("name");
    if (const std::optional<qint64> days = item.integer("meetingIntervalDays")) {
        group.meetingIntervalDays = static_cast<int>(*days);
    }
    group.notes = item.text("notes");
    group.memberInstitutionIds = findAll(item, "members", Kind::Institution, keys);
    keys.ids[static_cast<int>(Kind::Group)].insert(key, write(item, m_groups, group));
}

/// Sets the travel time unless the coordinator already has one for the pair.
void SampleLoader::writeTravelTime(SampleItem& item)
{
    const QString cityA = item.text("cityA");
    const QString cityB = item.text("cityB");
    const std::optional<qint64> minutes = item.integer("minutes");
    if (!minutes && !item.failed()) {
        item.fail(QStringLiteral("a travel time needs its minutes"));
    }
    item.finish();
    if (m_problem.found()) {
        return;
    }
    const auto times = m_settings.travelTimes();
    if (!times) {
        m_problem.keep(times.error());
        return;
    }
    const auto same = [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    for (const TravelTime& time : *times) {
        if ((same(time.cityA, cityA) && same(time.cityB, cityB)) ||
            (same(time.cityA, cityB) && same(time.cityB, cityA))) {
            return;
        }
    }
    if (Status set = m_settings.setTravelTime(cityA, cityB, static_cast<int>(*minutes)); !set) {
        refused(item, set.error());
    }
}
