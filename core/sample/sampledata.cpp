// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sampledata.h"

#include "core/storage/database.h"
#include "core/storage/exchangegrouprepository.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"

#include <QHash>

#include <algorithm>
#include <optional>

// The sample is almost all text: Qt's u""_s literal (QStringLiteral's shorter spelling) keeps it
// readable as data.
using namespace Qt::StringLiterals;

// The records are written as designated initializers naming only the fields they set, or with
// trailing fields left out; GCC 12 warns about the fields not named, which keep their defaults on
// purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

// The programmes are consistent on purpose, so that a new user's first look at the conflict list
// is an empty one: no session outside its visit's days, nobody in two sessions at once, at least
// 15 minutes between two places in one city and the table's time between cities (Warszawa–Płock
// 120 minutes), interpreters alternating or resting at least 30 minutes after at most 90, and
// everyone's sessions between their arrival and departure. Transfers and free time have no place:
// they are the time between places, not a place.

namespace {

/// A sample visit as the "already there" check and the visit itself both need it.
struct SampleVisit
{
    QString title;
    QDate firstDay;
    QDate lastDay;
};

SampleVisit zhytomyrVisit()
{
    return {u"Samorządowcy z obwodu żytomierskiego w Przasnyszu"_s, QDate(2026, 8, 26), QDate(2026, 8, 26)};
}

SampleVisit lvivVisit()
{
    return {u"Model pomocy społecznej na Mazowszu – doświadczenia dla Lwowa"_s, QDate(2026, 5, 19),
            QDate(2026, 5, 25)};
}

SampleVisit vsetinVisit()
{
    return {u"Goście z Vsetína: współpraca międzynarodowa służb społecznych"_s, QDate(2026, 12, 10),
            QDate(2026, 12, 12)};
}

Result<bool> isPresent(Database& database)
{
    VisitRepository visits(database);
    for (const SampleVisit& sample : {zhytomyrVisit(), lvivVisit(), vsetinVisit()}) {
        VisitFilter filter;
        filter.from = sample.firstDay;
        filter.to = sample.lastDay;
        const auto found = visits.list(filter);
        if (!found) {
            return found.error();
        }
        for (const VisitSummary& visit : *found) {
            if (visit.title == sample.title && visit.firstDay == sample.firstDay &&
                visit.lastDay == sample.lastDay) {
                return true;
            }
        }
    }
    return false;
}

QDateTime at(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

/// Writes through the repositories and keeps the first error, so that the data below reads as a
/// list of records rather than as error handling. After an error it writes nothing more.
class SampleWriter final
{
    Q_DISABLE_COPY_MOVE(SampleWriter)

public:
    explicit SampleWriter(Database& database)
        : m_institutions(database), m_people(database), m_projects(database), m_groups(database),
          m_visits(database), m_participants(database), m_programme(database), m_settings(database)
    {}

    Id institution(const Institution& institution)
    {
        const Id id = failed() ? 0 : keep(m_institutions.create(institution));
        m_cities.insert(id, institution.city);
        return id;
    }
    QString cityOf(Id institutionId) const { return m_cities.value(institutionId); }

    Id person(const Person& person) { return failed() ? 0 : keep(m_people.create(person)); }
    Id project(const FundingProject& project) { return failed() ? 0 : keep(m_projects.create(project)); }
    Id group(const ExchangeGroup& group) { return failed() ? 0 : keep(m_groups.create(group)); }
    Id visit(const Visit& visit) { return failed() ? 0 : keep(m_visits.create(visit)); }
    Id participant(Id visitId, Id personId, ParticipantRole role, const QDateTime& arrival = {},
                   const QDateTime& departure = {}, const QString& accommodation = {},
                   const QString& notes = {})
    {
        if (failed()) {
            return 0;
        }
        VisitParticipant participant;
        participant.visitId = visitId;
        participant.personId = personId;
        participant.role = role;
        participant.arrival = arrival;
        participant.departure = departure;
        participant.accommodation = accommodation;
        participant.notes = notes;
        return keep(m_participants.create(participant));
    }
    Id session(const Session& session) { return failed() ? 0 : keep(m_programme.create(session)); }

    /// Sets the travel time unless the coordinator already has one for the pair.
    void travelTime(const QString& cityA, const QString& cityB, int minutes)
    {
        if (failed()) {
            return;
        }
        const auto times = m_settings.travelTimes();
        if (!times) {
            m_error = times.error();
            return;
        }
        for (const TravelTime& time : *times) {
            const auto same = [](const QString& a, const QString& b) {
                return a.compare(b, Qt::CaseInsensitive) == 0;
            };
            if ((same(time.cityA, cityA) && same(time.cityB, cityB)) ||
                (same(time.cityA, cityB) && same(time.cityB, cityA))) {
                return;
            }
        }
        if (Status set = m_settings.setTravelTime(cityA, cityB, minutes); !set) {
            m_error = set.error();
        }
    }

    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

private:
    Id keep(const Result<Id>& result)
    {
        if (!result) {
            m_error = result.error();
            return 0;
        }
        return *result;
    }

    InstitutionRepository m_institutions;
    PersonRepository m_people;
    FundingProjectRepository m_projects;
    ExchangeGroupRepository m_groups;
    VisitRepository m_visits;
    ParticipantRepository m_participants;
    ProgrammeRepository m_programme;
    SettingsRepository m_settings;
    QHash<Id, QString> m_cities;
    std::optional<Error> m_error;
};

/// One programme item being written down, in the chained style of a printed programme line.
class SessionDraft final
{
public:
    SessionDraft(Session session, QString translationLanguage)
        : m_session(std::move(session)), m_language(std::move(translationLanguage))
    {}

    SessionDraft& venue(Id institutionId, const QString& room = {})
    {
        m_session.venueInstitutionId = institutionId;
        m_session.room = room;
        return *this;
    }
    SessionDraft& place(const QString& address, const QString& city = {})
    {
        m_session.address = address;
        m_session.city = city;
        return *this;
    }
    SessionDraft& describe(const QString& text, const QString& translation = {})
    {
        m_session.description.text = text;
        if (!translation.isEmpty()) {
            m_session.description.translations.insert(m_language, translation);
        }
        return *this;
    }
    SessionDraft& presenter(Id personId) { return with(personId, SessionRole::Presenter); }
    SessionDraft& moderator(Id personId) { return with(personId, SessionRole::Moderator); }
    SessionDraft& interpreter(Id personId) { return with(personId, SessionRole::Interpreter); }
    SessionDraft& speaking(const QString& language, const QString& interpretation = {})
    {
        m_session.language = language;
        m_session.interpretation = interpretation;
        return *this;
    }
    SessionDraft& audience(const QList<Id>& participantIds)
    {
        m_session.wholeDelegation = false;
        m_session.audienceParticipantIds = participantIds;
        return *this;
    }
    SessionDraft& note(const QString& notes)
    {
        m_session.notes = notes;
        return *this;
    }

    const Session& session() const { return m_session; }

private:
    SessionDraft& with(Id personId, SessionRole role)
    {
        m_session.people.append({personId, role});
        return *this;
    }

    Session m_session;
    QString m_language;
};

/// Writes one visit's programme: days counted from the first, titles in Polish and in the
/// delegation's language, the city and the interpretation filled in where they go without saying.
class Programme final
{
public:
    Programme(SampleWriter& writer, Id visitId, const QDate& firstDay, QString language, QString homeCity,
              QString interpretation)
        : m_writer(writer), m_visitId(visitId), m_firstDay(firstDay), m_language(std::move(language)),
          m_homeCity(std::move(homeCity)), m_interpretation(std::move(interpretation))
    {}

    /// A session on the visit's day `day` (0 is the first day); `translatedTitle` is in the
    /// delegation's language and may be empty.
    SessionDraft at(int day, QTime start, QTime end, SessionKind kind, const QString& title,
                    const QString& translatedTitle = {}) const
    {
        Session session;
        session.visitId = m_visitId;
        session.startsAt = QDateTime(m_firstDay.addDays(day), start, Qt::UTC);
        session.endsAt = QDateTime(m_firstDay.addDays(day), end, Qt::UTC);
        session.kind = kind;
        session.title.text = title;
        if (!translatedTitle.isEmpty()) {
            session.title.translations.insert(m_language, translatedTitle);
        }
        session.language = u"pl"_s;
        return SessionDraft(session, m_language);
    }

    void add(const SessionDraft& draft)
    {
        Session session = draft.session();
        if (session.city.isEmpty() && session.venueInstitutionId != 0) {
            session.city = m_writer.cityOf(session.venueInstitutionId);
        } else if (session.city.isEmpty() && !session.address.isEmpty()) {
            session.city = m_homeCity;
        }
        const bool interpreted =
            std::any_of(session.people.cbegin(), session.people.cend(),
                        [](const SessionPerson& person) { return person.role == SessionRole::Interpreter; });
        if (interpreted && session.interpretation.isEmpty()) {
            session.interpretation = m_interpretation;
        }
        m_writer.session(session);
    }

private:
    SampleWriter& m_writer;
    Id m_visitId;
    QDate m_firstDay;
    QString m_language;
    QString m_homeCity;
    QString m_interpretation;
};

/// A member of a delegation, as the sending institution's list gives them.
struct Delegate
{
    QString givenName;
    QString familyName;
    QString latinGivenName; ///< empty for names already in Latin script
    QString latinFamilyName;
    QString position;
    Id institutionId = 0;
    DietCategory diet = DietCategory::None;
    QString dietNote;
    QString accessibilityNeeds;
};

/// Adds the delegates as people of `country` who speak `languages`; the first one leads.
QList<Id> addDelegation(SampleWriter& writer, const QList<Delegate>& delegates, const QString& country,
                        const QStringList& languages, const QDate& consentDate)
{
    QList<Id> ids;
    for (const Delegate& delegate : delegates) {
        Person person;
        person.givenName = delegate.givenName;
        person.familyName = delegate.familyName;
        person.latinGivenName = delegate.latinGivenName;
        person.latinFamilyName = delegate.latinFamilyName;
        person.institutionId = delegate.institutionId;
        person.position = delegate.position;
        person.country = country;
        person.languages = languages;
        person.diet = delegate.diet;
        person.dietNote = delegate.dietNote;
        person.accessibilityNeeds = delegate.accessibilityNeeds;
        person.consentDate = consentDate;
        ids.append(writer.person(person));
    }
    return ids;
}

/// Makes the delegates participants: the first as the leader, the rest as members, all with the
/// same journey and hotel. Returns the participant ids in the same order.
QList<Id> addDelegates(SampleWriter& writer, Id visitId, const QList<Id>& personIds, const QDateTime& arrival,
                       const QDateTime& departure, const QString& accommodation)
{
    QList<Id> ids;
    for (const Id personId : personIds) {
        const ParticipantRole role =
            ids.isEmpty() ? ParticipantRole::DelegationLeader : ParticipantRole::DelegationMember;
        ids.append(writer.participant(visitId, personId, role, arrival, departure, accommodation));
    }
    return ids;
}

Id addExchangeGroup(SampleWriter& writer, Id warsawMember)
{
    const auto mops = [&writer](const QString& name, const QString& shortName, const QString& city,
                                const QString& address) {
        Institution institution;
        institution.name.text = name;
        institution.shortName = shortName;
        institution.kind = InstitutionKind::SocialWelfareCentre;
        institution.country = u"PL"_s;
        institution.city = city;
        institution.address = address;
        return writer.institution(institution);
    };
    ExchangeGroup group;
    group.name = u"Grupa Wymiany Doświadczeń w zakresie usług opiekuńczych"_s;
    group.meetingIntervalDays = 60;
    group.notes =
        u"Spotkania mniej więcej co dwa miesiące, gospodarz rotacyjnie. Dwa dni: prezentacje dobrych "
        u"praktyk, standardy usług opiekuńczych realizowanych jako zadania własne gminy, program "
        u"kulturalny."_s;
    group.memberInstitutionIds = {
        mops(u"Miejski Ośrodek Pomocy Społecznej w Częstochowie"_s, u"MOPS Częstochowa"_s, u"Częstochowa"_s,
             u"ul. Polna 12, 42-200 Częstochowa"_s),
        warsawMember,
        mops(u"Miejski Ośrodek Pomocy Rodzinie w Koninie"_s, u"MOPR Konin"_s, u"Konin"_s,
             u"ul. Kolejowa 4, 62-500 Konin"_s),
        mops(u"Ośrodek Pomocy Społecznej w Szamotułach"_s, u"OPS Szamotuły"_s, u"Szamotuły"_s,
             u"ul. Lipowa 8, 64-500 Szamotuły"_s),
        mops(u"Miejski Ośrodek Pomocy Społecznej w Sopocie"_s, u"MOPS Sopot"_s, u"Sopot"_s,
             u"ul. Morska 21, 81-700 Sopot"_s),
        mops(u"Miejski Ośrodek Pomocy Społecznej w Sochaczewie"_s, u"MOPS Sochaczew"_s, u"Sochaczew"_s,
             u"ul. Łąkowa 3, 96-500 Sochaczew"_s),
    };
    return writer.group(group);
}

/// A host, presenter or organiser from a Polish institution.
Id addLocal(SampleWriter& writer, Id institutionId, const QString& givenName, const QString& familyName,
            const QString& position, const QString& email = {})
{
    Person person;
    person.givenName = givenName;
    person.familyName = familyName;
    person.institutionId = institutionId;
    person.position = position;
    person.country = u"PL"_s;
    person.languages = {u"pl"_s};
    person.email = email;
    return writer.person(person);
}

/// People and places more than one sample visit needs.
struct Shared
{
    Id kravets = 0;      ///< an interpreter both Ukrainian delegations work with
    Id warsawCentre = 0; ///< visited from Lviv, and a member of the exchange group
};

Shared addShared(SampleWriter& writer)
{
    Shared shared;
    shared.kravets = writer.person({.givenName = u"Олена"_s,
                                    .familyName = u"Кравець"_s,
                                    .latinGivenName = u"Olena"_s,
                                    .latinFamilyName = u"Kravets"_s,
                                    .position = u"tłumaczka przysięgła języka ukraińskiego"_s,
                                    .country = u"UA"_s,
                                    .languages = {u"uk"_s, u"pl"_s, u"en"_s},
                                    .email = u"olena.kravets@tlumacze.example"_s,
                                    .phone = u"+48 600 000 417"_s,
                                    .notes = u"Mieszka w Warszawie; tłumaczenie konsekutywne i szeptane."_s});
    shared.warsawCentre = writer.institution(
        {.name = {u"Centrum Pomocy Społecznej Dzielnicy Śródmieście m.st. Warszawy"_s,
                  {{u"uk"_s, u"Центр соціальної допомоги району Середмістя м. Варшави"_s}}},
         .shortName = u"CPS Śródmieście"_s,
         .kind = InstitutionKind::SocialWelfareCentre,
         .country = u"PL"_s,
         .city = u"Warszawa"_s,
         .address = u"ul. Wilcza 21, 00-544 Warszawa"_s,
         .phone = u"+48 22 000 36 10"_s,
         .email = u"sekretariat@cps-srodmiescie.example"_s});
    return shared;
}

Id addZhytomyrVisit(SampleWriter& w, const Shared& shared)
{
    const QString przasnysz = u"Przasnysz"_s;
    const QString pl = u"PL"_s;
    const QString ua = u"UA"_s;
    const QString uk = u"uk"_s;
    const Id mops = w.institution({.name = {u"Miejski Ośrodek Pomocy Społecznej w Przasnyszu"_s,
                                            {{uk, u"Міський центр соціальної допомоги в Пшасниші"_s}}},
                                   .shortName = u"MOPS Przasnysz"_s,
                                   .kind = InstitutionKind::SocialWelfareCentre,
                                   .country = pl,
                                   .city = przasnysz,
                                   .address = u"ul. Świerkowa 14, 06-300 Przasnysz"_s,
                                   .phone = u"+48 29 000 21 40"_s,
                                   .email = u"sekretariat@mops-przasnysz.example"_s,
                                   .website = u"https://mops-przasnysz.example"_s});
    const Id cityHall =
        w.institution({.name = {u"Urząd Miasta Przasnysz"_s, {{uk, u"Міська рада Пшасниша"_s}}},
                       .shortName = u"UM Przasnysz"_s,
                       .kind = InstitutionKind::CityHall,
                       .country = pl,
                       .city = przasnysz,
                       .address = u"ul. Rynek 2, 06-300 Przasnysz"_s,
                       .phone = u"+48 29 000 20 00"_s});
    const Id library = w.institution(
        {.name = {u"Miejska Biblioteka Publiczna w Przasnyszu"_s,
                  {{uk, u"Міська публічна бібліотека в Пшасниші"_s}}},
         .shortName = u"MBP Przasnysz"_s,
         .kind = InstitutionKind::Library,
         .country = pl,
         .city = przasnysz,
         .address = u"ul. Kościuszki 9, 06-300 Przasnysz"_s,
         .phone = u"+48 29 000 24 60"_s,
         .notes =
             u"Sala konferencyjna na 40 osób na parterze, pętla indukcyjna; catering z kawiarni biblioteki."_s});
    const Id police = w.institution({.name = {u"Komenda Powiatowa Policji w Przasnyszu"_s,
                                              {{uk, u"Повітове управління поліції в Пшасниші"_s}}},
                                     .shortName = u"KPP Przasnysz"_s,
                                     .kind = InstitutionKind::Police,
                                     .country = pl,
                                     .city = przasnysz,
                                     .address = u"ul. Sądowa 6, 06-300 Przasnysz"_s});
    const Id dayHome = w.institution({.name = {u"Środowiskowy Dom Samopomocy w Przasnyszu"_s,
                                               {{uk, u"Центр денної самодопомоги в Пшасниші"_s}}},
                                      .shortName = u"ŚDS Przasnysz"_s,
                                      .kind = InstitutionKind::DaySupportHome,
                                      .country = pl,
                                      .city = przasnysz,
                                      .address = u"ul. Sportowa 3, 06-300 Przasnysz"_s,
                                      .phone = u"+48 29 000 25 15"_s,
                                      .notes = u"Dom dziennego pobytu dla 30 osób; budynek bez barier."_s});
    const Id association =
        w.institution({.name = {u"Stowarzyszenie na rzecz Aktywności Społecznej „Razem”"_s,
                                {{uk, u"Товариство сприяння соціальній активності «Разом»"_s}}},
                       .shortName = u"Stowarzyszenie „Razem”"_s,
                       .kind = InstitutionKind::NgoAssociation,
                       .country = pl,
                       .city = przasnysz,
                       .address = u"ul. Ogrodowa 5/2, 06-300 Przasnysz"_s,
                       .email = u"kontakt@razem-przasnysz.example"_s});
    const Id foundation =
        w.institution({.name = {u"Fundacja Współpracy Wschodniej"_s, {{uk, u"Фонд східної співпраці"_s}}},
                       .shortName = u"FWW"_s,
                       .kind = InstitutionKind::NgoFoundation,
                       .country = pl,
                       .city = u"Warszawa"_s,
                       .address = u"ul. Chmielna 28 lok. 4, 00-020 Warszawa"_s,
                       .phone = u"+48 22 000 14 70"_s,
                       .email = u"biuro@fww.example"_s,
                       .website = u"https://fww.example"_s});
    const Id regionalCentre =
        w.institution({.name = {u"Obwodowe Centrum Usług Socjalnych w Żytomierzu"_s,
                                {{uk, u"Житомирський обласний центр соціальних служб"_s}}},
                       .shortName = u"OCUS Żytomierz"_s,
                       .kind = InstitutionKind::RegionalCentre,
                       .country = ua,
                       .city = u"Żytomierz"_s,
                       .address = u"вул. Велика Бердичівська, 25, Житомир, 10014"_s,
                       .email = u"ocss@zhytomyr-region.example"_s});
    const Id berdychiv =
        w.institution({.name = {u"Rada Miejska w Berdyczowie"_s, {{uk, u"Бердичівська міська рада"_s}}},
                       .shortName = u"RM Berdyczów"_s,
                       .kind = InstitutionKind::CityHall,
                       .country = ua,
                       .city = u"Berdyczów"_s,
                       .address = u"пл. Соборна, 23, Бердичів, 13300"_s});
    const Id korostyshiv =
        w.institution({.name = {u"Rada Miejska w Korostyszowie"_s, {{uk, u"Коростишівська міська рада"_s}}},
                       .shortName = u"RM Korostyszów"_s,
                       .kind = InstitutionKind::CityHall,
                       .country = ua,
                       .city = u"Korostyszów"_s,
                       .address = u"вул. Соборна, 7, Коростишів, 12501"_s});
    const Id chudniv =
        w.institution({.name = {u"Centrum Usług Socjalnych Hromady Cudnów"_s,
                                {{uk, u"Центр надання соціальних послуг Чуднівської міської громади"_s}}},
                       .shortName = u"CUS Cudnów"_s,
                       .kind = InstitutionKind::SocialWelfareCentre,
                       .country = ua,
                       .city = u"Cudnów"_s,
                       .address = u"вул. Миру, 4, Чуднів, 13201"_s});

    const Id sokolowska = addLocal(w, mops, u"Barbara"_s, u"Sokołowska"_s, u"dyrektor MOPS"_s,
                                   u"b.sokolowska@mops-przasnysz.example"_s);
    const Id zalewska =
        addLocal(w, mops, u"Ewa"_s, u"Zalewska"_s, u"koordynatorka projektu „Razem w gminie”"_s);
    const Id kaczmarek = addLocal(w, mops, u"Monika"_s, u"Kaczmarek"_s, u"starsza pracownica socjalna"_s);
    const Id mayor = addLocal(w, cityHall, u"Tomasz"_s, u"Jabłoński"_s, u"burmistrz miasta"_s);
    const Id kowalewska =
        addLocal(w, cityHall, u"Renata"_s, u"Kowalewska"_s, u"naczelniczka Wydziału Spraw Społecznych"_s);
    const Id dabrowski = addLocal(w, police, u"Marek"_s, u"Dąbrowski"_s,
                                  u"aspirant sztabowy, Zespół Profilaktyki Społecznej"_s);
    const Id lis = addLocal(w, library, u"Dorota"_s, u"Lis"_s, u"dyrektor biblioteki"_s);
    const Id pietrzak = addLocal(w, association, u"Grzegorz"_s, u"Pietrzak"_s, u"prezes stowarzyszenia"_s);
    const Id wojcik = addLocal(w, dayHome, u"Katarzyna"_s, u"Wójcik"_s, u"kierowniczka ŚDS"_s);
    const Id szymanski = w.person({.givenName = u"Michał"_s,
                                   .familyName = u"Szymański"_s,
                                   .institutionId = foundation,
                                   .position = u"koordynator programów wschodnich"_s,
                                   .country = pl,
                                   .languages = {u"pl"_s, uk, u"en"_s},
                                   .email = u"m.szymanski@fww.example"_s,
                                   .phone = u"+48 600 000 231"_s});
    const Id wisniewska = w.person({.givenName = u"Marta"_s,
                                    .familyName = u"Wiśniewska"_s,
                                    .position = u"tłumaczka języka ukraińskiego"_s,
                                    .country = pl,
                                    .languages = {u"pl"_s, uk},
                                    .email = u"marta.wisniewska@tlumacze.example"_s});
    const Id driver = addLocal(w, foundation, u"Zbigniew"_s, u"Sadowski"_s, u"kierowca autokaru"_s);

    const QList<Id> delegation = addDelegation(
        w,
        {
            {u"Віктор"_s, u"Павленко"_s, u"Viktor"_s, u"Pavlenko"_s, u"dyrektor OCUS"_s, regionalCentre},
            {u"Світлана"_s, u"Ткаченко"_s, u"Svitlana"_s, u"Tkachenko"_s, u"zastępczyni dyrektora"_s,
             regionalCentre},
            {u"Людмила"_s, u"Гончарук"_s, u"Liudmyla"_s, u"Honcharuk"_s,
             u"specjalistka ds. usług socjalnych"_s, regionalCentre, DietCategory::Vegetarian},
            {u"Анатолій"_s, u"Марчук"_s, u"Anatolii"_s, u"Marchuk"_s, u"sekretarz rady miejskiej"_s,
             berdychiv},
            {u"Тетяна"_s, u"Кравчук"_s, u"Tetiana"_s, u"Kravchuk"_s,
             u"naczelniczka wydziału ochrony socjalnej"_s, berdychiv},
            {u"Ігор"_s, u"Савицький"_s, u"Ihor"_s, u"Savytskyi"_s, u"radny"_s, berdychiv},
            {u"Валентина"_s, u"Мороз"_s, u"Valentyna"_s, u"Moroz"_s, u"dyrektorka centrum usług socjalnych"_s,
             chudniv},
            {u"Оксана"_s, u"Поліщук"_s, u"Oksana"_s, u"Polishchuk"_s, u"pracowniczka socjalna"_s, chudniv,
             DietCategory::GlutenFree, u"celiakia"_s},
            {u"Сергій"_s, u"Литвиненко"_s, u"Serhii"_s, u"Lytvynenko"_s, u"zastępca burmistrza"_s,
             korostyshiv},
            {u"Наталія"_s, u"Ковальчук"_s, u"Nataliia"_s, u"Kovalchuk"_s,
             u"specjalistka ds. ochrony praw dziecka"_s, korostyshiv},
            {u"Галина"_s, u"Кучер"_s, u"Halyna"_s, u"Kucher"_s, u"psycholożka"_s, regionalCentre},
            {u"Роман"_s, u"Шевчишин"_s, u"Roman"_s, u"Shevchyshyn"_s, u"specjalista ds. wsparcia weteranów"_s,
             regionalCentre},
            {u"Ірина"_s, u"Дячук"_s, u"Iryna"_s, u"Diachuk"_s, u"pracowniczka socjalna"_s, berdychiv},
            {u"Олександр"_s, u"Бойко"_s, u"Oleksandr"_s, u"Boiko"_s, u"naczelnik wydziału oświaty"_s,
             korostyshiv},
            {u"Марія"_s, u"Руденко"_s, u"Mariia"_s, u"Rudenko"_s, u"pracowniczka socjalna"_s, korostyshiv},
            {u"Юрій"_s, u"Ничипорук"_s, u"Yurii"_s, u"Nychyporuk"_s,
             u"przewodniczący komisji ds. socjalnych"_s, chudniv, DietCategory::None, QString(),
             u"Porusza się o kulach: sale bez schodów lub z windą, miejsce siedzące przy wejściu."_s},
            {u"Лариса"_s, u"Гнатюк"_s, u"Larysa"_s, u"Hnatiuk"_s,
             u"koordynatorka ds. osób z niepełnosprawnościami"_s, regionalCentre},
            {u"Василь"_s, u"Зінченко"_s, u"Vasyl"_s, u"Zinchenko"_s, u"kierownik służby ds. dzieci"_s,
             berdychiv},
            {u"Олена"_s, u"Степанюк"_s, u"Olena"_s, u"Stepaniuk"_s,
             u"specjalistka ds. przeciwdziałania przemocy"_s, chudniv},
            {u"Андрій"_s, u"Коваль"_s, u"Andrii"_s, u"Koval"_s, u"specjalista ds. projektów"_s,
             regionalCentre},
        },
        ua, {uk, u"ru"_s}, QDate(2026, 8, 10));

    FundingProject project;
    project.name = u"Samorząd blisko ludzi – wizyty studyjne samorządowców z Ukrainy"_s;
    project.acronym = u"SBL 2026"_s;
    project.funder = u"Ministerstwo Spraw Zagranicznych RP – program Polska pomoc rozwojowa 2026"_s;
    project.agreementNumber = u"PPR/2026/WS/0147"_s;
    project.firstDay = QDate(2026, 3, 1);
    project.lastDay = QDate(2026, 12, 15);
    project.totalValue = 38'640'000; // 386 400,00 zł
    project.coFinancing = 36'000'000;
    project.notes = u"Trzy wizyty studyjne po ok. 20 osób: przejazdy, noclegi, tłumaczenie, wyżywienie. "
                    u"Lista obecności z podpisami po każdym dniu."_s;
    project.partnerInstitutionIds = {foundation, regionalCentre};
    const Id projectId = w.project(project);

    const SampleVisit sample = zhytomyrVisit();
    Visit visit;
    visit.title = {sample.title, {{uk, u"Представники громад Житомирщини в Пшасниші"_s}}};
    visit.kind = VisitKind::IncomingStudyVisit;
    visit.status = VisitStatus::Confirmed;
    visit.firstDay = sample.firstDay;
    visit.lastDay = sample.lastDay;
    visit.hostInstitutionId = mops;
    visit.sendingInstitutionId = regionalCentre;
    visit.sendingCountry = ua;
    visit.sendingRegion = u"obwód żytomierski"_s;
    visit.fundingProjectId = projectId;
    visit.workingLanguages = {u"pl"_s, uk};
    visit.printLanguages = {uk, u"pl"_s};
    visit.coordinatorId = szymanski;
    visit.notes =
        u"Grupa ok. 20 osób z samorządów i służb socjalnych obwodu żytomierskiego; przyjazd "
        u"autokarem z Warszawy, gdzie grupa nocuje. Sale udostępnia Miejska Biblioteka Publiczna."_s;
    const Id visitId = w.visit(visit);

    const QDateTime arrival = at(sample.firstDay, 9, 15);
    const QDateTime departure = at(sample.firstDay, 18, 0);
    addDelegates(w, visitId, delegation, arrival, departure,
                 u"Hotel „Nowogrodzki”, Warszawa (noclegi 25–27 sierpnia, rezerwuje FWW)"_s);
    w.participant(visitId, szymanski, ParticipantRole::Organiser, arrival, departure, {},
                  u"Jedzie z grupą autokarem; telefon dla gospodarzy."_s);
    w.participant(visitId, shared.kravets, ParticipantRole::Interpreter, arrival, departure);
    w.participant(visitId, wisniewska, ParticipantRole::Interpreter, arrival, departure);
    w.participant(visitId, driver, ParticipantRole::GuideOrDriver, arrival, departure, {},
                  u"Autokar 49 miejsc, parking przy bibliotece."_s);
    w.participant(visitId, sokolowska, ParticipantRole::Host);
    w.participant(visitId, mayor, ParticipantRole::Host);
    w.participant(visitId, zalewska, ParticipantRole::Presenter);

    const QString hall = u"Sala konferencyjna"_s;
    const QString activities = u"Sala zajęć"_s;
    Programme p(w, visitId, sample.firstDay, uk, przasnysz, u"pl→uk, tłumaczenie konsekutywne"_s);
    p.add(p.at(0, {9, 30}, {10, 0}, SessionKind::Other, u"Powitanie, kawa i rejestracja uczestników"_s,
               u"Вітання, кава та реєстрація учасників"_s)
              .venue(library, hall));
    p.add(p.at(0, {10, 0}, {11, 30}, SessionKind::Presentation,
               u"Otwarcie konferencji: samorząd i pomoc społeczna w Przasnyszu"_s,
               u"Відкриття конференції: самоврядування та соціальна допомога в Пшасниші"_s)
              .describe(
                  u"Powitanie gości przez burmistrza. Dyrektor MOPS przedstawia najważniejsze etapy rozwoju "
                  u"ośrodka: zmiany przepisów, zadania statutowe i inicjatywy pracowników."_s,
                  u"Вітальне слово бурмістра. Директорка центру розповідає про найважливіші етапи розвитку "
                  u"установи: зміни законодавства, статутні завдання та ініціативи працівників."_s)
              .venue(library, hall)
              .presenter(mayor)
              .presenter(sokolowska)
              .interpreter(shared.kravets));
    p.add(p.at(0, {11, 30}, {11, 45}, SessionKind::Meal, u"Przerwa kawowa"_s, u"Перерва на каву"_s)
              .venue(library, hall));
    p.add(p.at(0, {11, 45}, {12, 30}, SessionKind::Presentation,
               u"Projekt „Razem w gminie” – przeciwdziałanie dziedziczeniu biedy"_s,
               u"Проєкт «Разом у громаді» – протидія успадкуванню бідності"_s)
              .describe(u"Praca socjalna z rodzinami, kluby dla młodzieży i współpraca ze szkołami."_s,
                        u"Соціальна робота з сім’ями, молодіжні клуби та співпраця зі школами."_s)
              .venue(library, hall)
              .presenter(zalewska)
              .presenter(kaczmarek)
              .interpreter(wisniewska));
    p.add(
        p.at(0, {12, 45}, {14, 15}, SessionKind::PanelDiscussion,
             u"Panel: usługi społeczne w mieście – MOPS, urząd, policja, biblioteka i organizacje pozarządowe"_s,
             u"Панель: соціальні послуги в місті – центр соціальної допомоги, міська рада, поліція, "
             u"бібліотека "
             u"та громадські організації"_s)
            .describe(u"Jak miasto organizuje usługi społeczne; na zakończenie działania samorządu na rzecz "
                      u"seniorów."_s,
                      u"Як місто організовує соціальні послуги; наприкінці – діяльність самоврядування для "
                      u"людей похилого віку."_s)
            .venue(library, hall)
            .moderator(sokolowska)
            .presenter(kowalewska)
            .presenter(dabrowski)
            .presenter(lis)
            .presenter(pietrzak)
            .interpreter(shared.kravets));
    p.add(p.at(0, {14, 15}, {15, 0}, SessionKind::Meal, u"Obiad"_s, u"Обід"_s).venue(library, hall));
    p.add(p.at(0, {15, 30}, {16, 0}, SessionKind::CulturalProgramme,
               u"Pokaz filmu „Nasz dom” nakręconego przez uczestników ŚDS"_s,
               u"Показ фільму «Наш дім», знятого учасниками центру"_s)
              .venue(dayHome, activities)
              .speaking(u"pl"_s, u"napisy w języku ukraińskim"_s));
    p.add(p.at(0, {16, 0}, {17, 0}, SessionKind::SiteVisit,
               u"Środowiskowy Dom Samopomocy: działalność i uczestnicy – rozmowa z kierowniczką"_s,
               u"Центр денної самодопомоги: діяльність і учасники – розмова з керівницею"_s)
              .venue(dayHome, activities)
              .presenter(wojcik)
              .interpreter(wisniewska));
    p.add(p.at(0, {17, 0}, {17, 30}, SessionKind::Meeting, u"Podsumowanie wizyty i pożegnanie"_s,
               u"Підсумки візиту та прощання"_s)
              .venue(dayHome, activities)
              .moderator(szymanski)
              .presenter(sokolowska)
              .interpreter(shared.kravets));
    return visitId;
}

Id addLvivVisit(SampleWriter& w, const Shared& shared)
{
    const QString warsaw = u"Warszawa"_s;
    const QString plock = u"Płock"_s;
    const QString pl = u"PL"_s;
    const QString ua = u"UA"_s;
    const QString uk = u"uk"_s;
    const auto polish = [&](const QString& name, const QString& ukrainian, const QString& shortName,
                            InstitutionKind kind, const QString& city, const QString& address,
                            const QString& email = {}) {
        return w.institution({.name = {name, {{uk, ukrainian}}},
                              .shortName = shortName,
                              .kind = kind,
                              .country = pl,
                              .city = city,
                              .address = address,
                              .email = email});
    };
    const Id regionalCentre =
        polish(u"Mazowieckie Centrum Polityki Społecznej"_s, u"Мазовецький центр соціальної політики"_s,
               u"MCPS"_s, InstitutionKind::RegionalCentre, warsaw, u"ul. Ogrodowa 24, 00-896 Warszawa"_s,
               u"sekretariat@mcps.example"_s);
    const Id childFoundation =
        polish(u"Fundacja „Bezpieczne Dzieciństwo”"_s, u"Фонд «Безпечне дитинство»"_s, u"Fundacja BD"_s,
               InstitutionKind::NgoFoundation, warsaw, u"ul. Lipowa 7, 00-316 Warszawa"_s,
               u"biuro@bezpieczne-dziecinstwo.example"_s);
    const Id intergenerational =
        polish(u"Centrum Aktywności Międzypokoleniowej na Muranowie"_s,
               u"Центр міжпоколінної активності на Мурануві"_s, u"CAM Muranów"_s, InstitutionKind::Other,
               warsaw, u"ul. Nowolipki 19, 00-151 Warszawa"_s);
    const Id addictionNgo =
        polish(u"Stowarzyszenie Profilaktyki i Terapii Uzależnień „Przystań”"_s,
               u"Товариство профілактики та терапії залежностей «Пристань»"_s, u"Stowarzyszenie „Przystań”"_s,
               InstitutionKind::NgoAssociation, warsaw, u"ul. Madalińskiego 38, 02-513 Warszawa"_s);
    const Id nationalCentre = polish(u"Krajowe Centrum Przeciwdziałania Uzależnieniom"_s,
                                     u"Національний центр протидії залежностям"_s, u"KCPU"_s,
                                     InstitutionKind::Health, warsaw, u"ul. Dereniowa 52, 02-776 Warszawa"_s);
    const Id cityOffice =
        polish(u"Biuro Pomocy i Projektów Społecznych Urzędu m.st. Warszawy"_s,
               u"Бюро допомоги та соціальних проєктів Варшавської міської ради"_s, u"BPiPS UM Warszawy"_s,
               InstitutionKind::CityHall, warsaw, u"ul. Kredytowa 3, 00-056 Warszawa"_s);
    const Id ngoNetwork =
        polish(u"Stowarzyszenie „Sieć Współpracy Organizacji Pozarządowych”"_s,
               u"Асоціація «Мережа співпраці громадських організацій»"_s, u"Sieć Współpracy"_s,
               InstitutionKind::NgoAssociation, warsaw, u"ul. Mokotowska 55, 00-542 Warszawa"_s);
    const Id districtOffice = polish(
        u"Urząd Dzielnicy Śródmieście m.st. Warszawy"_s, u"Управа району Середмістя м. Варшави"_s,
        u"UD Śródmieście"_s, InstitutionKind::CityHall, warsaw, u"ul. Nowogrodzka 43, 00-691 Warszawa"_s);
    const Id seniorsHome = polish(u"Dom Dziennego Pobytu „Złota Jesień”"_s,
                                  u"Будинок денного перебування «Золота осінь»"_s, u"DDP Złota Jesień"_s,
                                  InstitutionKind::DaySupportHome, warsaw, u"ul. Hoża 11, 00-528 Warszawa"_s);
    const Id crisisCentre =
        polish(u"Ośrodek Wsparcia i Interwencji Kryzysowej CPS Śródmieście"_s,
               u"Центр підтримки та кризового втручання району Середмістя"_s, u"OWIK Śródmieście"_s,
               InstitutionKind::SocialWelfareCentre, warsaw, u"ul. Solec 30, 00-403 Warszawa"_s);
    const Id plockCentre = polish(
        u"Miejski Ośrodek Pomocy Społecznej w Płocku"_s, u"Міський центр соціальної допомоги в Плоцьку"_s,
        u"MOPS Płock"_s, InstitutionKind::SocialWelfareCentre, plock, u"ul. Zielona 8, 09-400 Płock"_s);
    const Id plockCrisis = polish(
        u"Ośrodek Interwencji Kryzysowej w Płocku"_s, u"Центр кризового втручання в Плоцьку"_s,
        u"OIK Płock"_s, InstitutionKind::SocialWelfareCentre, plock, u"ul. Kolegialna 14, 09-402 Płock"_s);
    const Id plockCityHall = polish(u"Urząd Miasta Płocka"_s, u"Міська рада Плоцька"_s, u"UM Płock"_s,
                                    InstitutionKind::CityHall, plock, u"Stary Rynek 1, 09-400 Płock"_s);
    const Id lvivCouncil =
        w.institution({.name = {u"Lwowska Rada Miejska"_s, {{uk, u"Львівська міська рада"_s}}},
                       .shortName = u"LRM"_s,
                       .kind = InstitutionKind::CityHall,
                       .country = ua,
                       .city = u"Lwów"_s,
                       .address = u"пл. Ринок, 1, Львів, 79008"_s,
                       .website = u"https://city-adm.lviv.example"_s});
    const Id lvivCentre = w.institution({.name = {u"Lwowskie Miejskie Centrum Usług Socjalnych"_s,
                                                  {{uk, u"Львівський міський центр соціальних служб"_s}}},
                                         .shortName = u"LMCUS"_s,
                                         .kind = InstitutionKind::SocialWelfareCentre,
                                         .country = ua,
                                         .city = u"Lwów"_s,
                                         .address = u"вул. Городоцька, 104, Львів, 79016"_s});

    const Id czarnecka = addLocal(w, regionalCentre, u"Anna"_s, u"Czarnecka"_s, u"dyrektor MCPS"_s,
                                  u"a.czarnecka@mcps.example"_s);
    const Id rutkowski =
        addLocal(w, regionalCentre, u"Piotr"_s, u"Rutkowski"_s, u"zastępca dyrektora MCPS"_s);
    const Id wroblewska = w.person({.givenName = u"Agnieszka"_s,
                                    .familyName = u"Wróblewska"_s,
                                    .institutionId = regionalCentre,
                                    .position = u"koordynatorka współpracy zagranicznej"_s,
                                    .country = pl,
                                    .languages = {u"pl"_s, uk, u"en"_s},
                                    .email = u"a.wroblewska@mcps.example"_s,
                                    .phone = u"+48 600 000 518"_s});
    const Id krawczyk = addLocal(w, childFoundation, u"Magdalena"_s, u"Krawczyk"_s,
                                 u"psycholożka, trenerka standardów ochrony dzieci"_s);
    const Id nowicki =
        addLocal(w, childFoundation, u"Łukasz"_s, u"Nowicki"_s, u"koordynator punktu konsultacyjnego"_s);
    const Id gorska = addLocal(w, intergenerational, u"Elżbieta"_s, u"Górska"_s, u"kierowniczka centrum"_s);
    const Id zawadzki =
        addLocal(w, addictionNgo, u"Jakub"_s, u"Zawadzki"_s, u"prezes zarządu, terapeuta uzależnień"_s);
    const Id sikora = addLocal(w, addictionNgo, u"Paulina"_s, u"Sikora"_s, u"kierowniczka poradni"_s);
    const Id adamczyk = addLocal(w, nationalCentre, u"Robert"_s, u"Adamczyk"_s,
                                 u"naczelnik Wydziału Profilaktyki"_s, u"r.adamczyk@kcpu.example"_s);
    const Id michalska =
        addLocal(w, nationalCentre, u"Iwona"_s, u"Michalska"_s, u"specjalistka ds. programów gminnych"_s);
    const Id kolodziej = addLocal(w, cityOffice, u"Marcin"_s, u"Kołodziej"_s, u"zastępca dyrektora biura"_s);
    const Id baran = addLocal(w, cityOffice, u"Aleksandra"_s, u"Baran"_s,
                              u"pełnomocniczka ds. osób z niepełnosprawnościami"_s);
    const Id szczepanski = addLocal(w, ngoNetwork, u"Kamil"_s, u"Szczepański"_s, u"prezes stowarzyszenia"_s);
    const Id levchuk = w.person({.givenName = u"Оксана"_s,
                                 .familyName = u"Левчук"_s,
                                 .latinGivenName = u"Oksana"_s,
                                 .latinFamilyName = u"Levchuk"_s,
                                 .institutionId = ngoNetwork,
                                 .position = u"koordynatorka programu dla uchodźców"_s,
                                 .country = ua,
                                 .languages = {uk, u"pl"_s}});
    const Id kubiak =
        addLocal(w, districtOffice, u"Ewelina"_s, u"Kubiak"_s, u"zastępczyni burmistrza dzielnicy"_s);
    const Id glowacki = addLocal(w, shared.warsawCentre, u"Sławomir"_s, u"Głowacki"_s, u"dyrektor CPS"_s);
    const Id borkowska = addLocal(w, seniorsHome, u"Teresa"_s, u"Borkowska"_s, u"kierowniczka domu"_s);
    const Id petruk = w.person({.givenName = u"Галина"_s,
                                .familyName = u"Петрук"_s,
                                .latinGivenName = u"Halyna"_s,
                                .latinFamilyName = u"Petruk"_s,
                                .institutionId = crisisCentre,
                                .position = u"specjalistka pracy socjalnej"_s,
                                .country = ua,
                                .languages = {uk, u"pl"_s}});
    const Id kalinowski = addLocal(w, plockCentre, u"Wojciech"_s, u"Kalinowski"_s, u"dyrektor MOPS"_s);
    const Id szulc = addLocal(w, plockCrisis, u"Beata"_s, u"Szulc"_s, u"psycholożka, kierowniczka ośrodka"_s);
    const Id jasinska = addLocal(w, plockCityHall, u"Justyna"_s, u"Jasińska"_s,
                                 u"pełnomocniczka prezydenta ds. integracji cudzoziemców"_s);
    const Id boichuk = w.person({.givenName = u"Тарас"_s,
                                 .familyName = u"Бойчук"_s,
                                 .latinGivenName = u"Taras"_s,
                                 .latinFamilyName = u"Boichuk"_s,
                                 .position = u"przewodnik miejski po Warszawie"_s,
                                 .country = ua,
                                 .languages = {uk, u"pl"_s, u"en"_s},
                                 .phone = u"+48 600 000 902"_s});
    const Id bielecka = w.person({.givenName = u"Iwona"_s,
                                  .familyName = u"Bielecka"_s,
                                  .position = u"tłumaczka języka ukraińskiego"_s,
                                  .country = pl,
                                  .languages = {u"pl"_s, uk, u"ru"_s},
                                  .email = u"i.bielecka@tlumacze.example"_s});

    const QList<Id> delegation = addDelegation(
        w,
        {
            {u"Оксана"_s, u"Мельник"_s, u"Oksana"_s, u"Melnyk"_s,
             u"dyrektorka Departamentu Polityki Humanitarnej"_s, lvivCouncil},
            {u"Андрій"_s, u"Бондаренко"_s, u"Andrii"_s, u"Bondarenko"_s,
             u"naczelnik Zarządu Ochrony Socjalnej"_s, lvivCouncil},
            {u"Ірина"_s, u"Гук"_s, u"Iryna"_s, u"Huk"_s, u"główna specjalistka Służby ds. Dzieci"_s,
             lvivCouncil, DietCategory::Vegetarian},
            {u"Тарас"_s, u"Гнатишин"_s, u"Taras"_s, u"Hnatyshyn"_s,
             u"specjalista ds. przeciwdziałania uzależnieniom"_s, lvivCouncil},
            {u"Наталія"_s, u"Романюк"_s, u"Nataliia"_s, u"Romaniuk"_s, u"dyrektorka centrum"_s, lvivCentre},
            {u"Юлія"_s, u"Савчук"_s, u"Yuliia"_s, u"Savchuk"_s, u"psycholożka"_s, lvivCentre,
             DietCategory::GlutenFree, u"bez glutenu, także w przerwach kawowych"_s},
            {u"Богдан"_s, u"Левицький"_s, u"Bohdan"_s, u"Levytskyi"_s,
             u"kierownik działu wsparcia osób bezdomnych"_s, lvivCentre},
            {u"Христина"_s, u"Федорук"_s, u"Khrystyna"_s, u"Fedoruk"_s,
             u"specjalistka ds. współpracy z organizacjami pozarządowymi"_s, lvivCouncil},
            {u"Ольга"_s, u"Шевчук"_s, u"Olha"_s, u"Shevchuk"_s, u"koordynatorka programów dla seniorów"_s,
             lvivCentre},
            {u"Маркіян"_s, u"Дзюба"_s, u"Markiian"_s, u"Dziuba"_s,
             u"specjalista ds. weteranów i ich rodzin"_s, lvivCouncil},
        },
        ua, {uk, u"pl"_s}, QDate(2026, 4, 28));

    FundingProject project;
    project.name = u"Mazowsze–Lwów: wymiana doświadczeń w pomocy i integracji społecznej"_s;
    project.acronym = u"MAZ-LWÓW"_s;
    project.funder = u"Unia Europejska – Europejski Fundusz Społeczny Plus, program Fundusze Europejskie dla "
                     u"Rozwoju Społecznego 2021–2027"_s;
    project.agreementNumber = u"FERS.04.12-IP.07-0031/25-00"_s;
    project.firstDay = QDate(2025, 10, 1);
    project.lastDay = QDate(2027, 3, 31);
    project.totalValue = 128'456'000;  // 1 284 560,00 zł
    project.coFinancing = 122'033'200; // 95%
    project.notes = u"Współpraca ponadnarodowa: dwie wizyty studyjne w Polsce i jedna we Lwowie, podręcznik "
                    u"dobrych praktyk po polsku i ukraińsku."_s;
    project.partnerInstitutionIds = {regionalCentre, lvivCouncil, lvivCentre};
    const Id projectId = w.project(project);

    const SampleVisit sample = lvivVisit();
    Visit visit;
    visit.title = {sample.title,
                   {{uk, u"Модель соціальної допомоги в Мазовецькому воєводстві – досвід для Львова"_s}}};
    visit.kind = VisitKind::IncomingStudyVisit;
    visit.status = VisitStatus::Planned;
    visit.firstDay = sample.firstDay;
    visit.lastDay = sample.lastDay;
    visit.hostInstitutionId = regionalCentre;
    visit.sendingInstitutionId = lvivCouncil;
    visit.sendingCountry = ua;
    visit.sendingRegion = u"obwód lwowski"_s;
    visit.fundingProjectId = projectId;
    visit.workingLanguages = {u"pl"_s, uk};
    visit.printLanguages = {uk, u"pl"_s};
    visit.coordinatorId = wroblewska;
    visit.notes =
        u"Dwa miasta: Warszawa i Płock (piątek 22 maja). Tłumaczenie konsekutywne pl→uk: dwie tłumaczki "
        u"zmieniają się co sesję. W poniedziałek rano grupa dzieli się na dwie."_s;
    const Id visitId = w.visit(visit);

    const QList<Id> delegates =
        addDelegates(w, visitId, delegation, at(sample.firstDay, 7, 30), at(sample.lastDay, 15, 30),
                     u"Hotel „Wisła”, ul. Tamka 12, Warszawa"_s);
    const Id organiser = w.participant(visitId, wroblewska, ParticipantRole::Organiser, {}, {}, {},
                                       u"Towarzyszy grupie przez cały tydzień."_s);
    w.participant(visitId, shared.kravets, ParticipantRole::Interpreter);
    w.participant(visitId, bielecka, ParticipantRole::Interpreter);
    w.participant(visitId, boichuk, ParticipantRole::GuideOrDriver, {}, {}, {},
                  u"Przewodnik w sobotę i niedzielę."_s);
    w.participant(visitId, czarnecka, ParticipantRole::Host);
    w.participant(visitId, adamczyk, ParticipantRole::Presenter);
    w.participant(visitId, michalska, ParticipantRole::Moderator);
    // Monday's split: seniors and disability with one group, crisis and homelessness with the other.
    const QList<Id> groupA = {delegates.value(0), delegates.value(5), delegates.value(7),
                              delegates.value(8), delegates.value(9), organiser};
    const QList<Id> groupB = {delegates.value(1), delegates.value(2), delegates.value(3), delegates.value(4),
                              delegates.value(6)};

    const QString room204 = u"Sala 204"_s;
    const QString lunchPlace = u"Restauracja „Pod Arkadami”, ul. Chmielna 10"_s;
    const QString dinnerPlace = u"Restauracja „Stara Kamienica”, ul. Miodowa 4"_s;
    Programme p(w, visitId, sample.firstDay, uk, warsaw, u"pl→uk, tłumaczenie konsekutywne"_s);
    const auto lunch = [&](int day, QTime start, QTime end, const QString& place, const QString& city = {}) {
        p.add(p.at(day, start, end, SessionKind::Meal, u"Obiad"_s, u"Обід"_s).place(place, city));
    };

    // Tuesday: the regional centre, child protection, the intergenerational centre.
    p.add(p.at(0, {9, 30}, {10, 0}, SessionKind::Meeting, u"Otwarcie wizyty i omówienie programu"_s,
               u"Відкриття візиту та огляд програми"_s)
              .venue(regionalCentre, room204)
              .presenter(czarnecka)
              .moderator(wroblewska)
              .interpreter(shared.kravets));
    p.add(p.at(0, {10, 0}, {11, 30}, SessionKind::Presentation,
               u"System pomocy społecznej w Polsce i rola regionalnego ośrodka polityki społecznej"_s,
               u"Система соціальної допомоги в Польщі та роль регіонального центру соціальної політики"_s)
              .describe(
                  u"Zadania gminy, powiatu i samorządu województwa, finansowanie świadczeń i usług, zlecanie "
                  u"zadań organizacjom pozarządowym."_s,
                  u"Завдання гміни, повіту та воєводського самоврядування, фінансування виплат і послуг, "
                  u"делегування завдань громадським організаціям."_s)
              .venue(regionalCentre, room204)
              .presenter(rutkowski)
              .interpreter(bielecka));
    lunch(0, {11, 45}, {12, 45}, lunchPlace);
    p.add(p.at(0, {13, 15}, {14, 45}, SessionKind::Workshop, u"Standardy ochrony dzieci – warsztat"_s,
               u"Стандарти захисту дітей – воркшоп"_s)
              .describe(
                  u"Jak instytucja pracująca z dziećmi wprowadza standardy ochrony małoletnich: polityka, "
                  u"procedury interwencji, szkolenie personelu."_s,
                  u"Як установа, що працює з дітьми, запроваджує стандарти захисту дітей: політика, "
                  u"процедури втручання, навчання персоналу."_s)
              .venue(childFoundation)
              .presenter(krawczyk)
              .interpreter(shared.kravets));
    p.add(p.at(0, {15, 0}, {15, 45}, SessionKind::SiteVisit,
               u"Punkt konsultacyjny fundacji: pomoc psychologiczna i prawna dla dzieci i rodziców"_s,
               u"Консультаційний пункт фонду: психологічна та правова допомога дітям і батькам"_s)
              .venue(childFoundation)
              .presenter(nowicki)
              .interpreter(bielecka));
    p.add(p.at(0, {16, 15}, {17, 30}, SessionKind::Meeting,
               u"Centrum Aktywności Międzypokoleniowej: spotkanie z seniorami i osobami z Ukrainy"_s,
               u"Центр міжпоколінної активності: зустріч із людьми похилого віку та українцями, які живуть у "
               u"Варшаві"_s)
              .venue(intergenerational)
              .presenter(gorska)
              .interpreter(shared.kravets));
    p.add(p.at(0, {19, 0}, {20, 30}, SessionKind::Meal, u"Kolacja powitalna"_s, u"Вітальна вечеря"_s)
              .place(dinnerPlace));

    // Wednesday: addiction prevention, an NGO and the national centre.
    p.add(p.at(1, {9, 30}, {11, 0}, SessionKind::Presentation,
               u"Profilaktyka i terapia uzależnień w organizacji pozarządowej"_s,
               u"Профілактика та терапія залежностей у громадській організації"_s)
              .describe(
                  u"Historia i działalność stowarzyszenia: programy profilaktyczne w szkołach, terapia, "
                  u"reintegracja społeczna."_s,
                  u"Історія та діяльність товариства: профілактичні програми в школах, терапія, соціальна "
                  u"реінтеграція."_s)
              .venue(addictionNgo)
              .presenter(zawadzki)
              .interpreter(bielecka));
    p.add(p.at(1, {11, 15}, {12, 15}, SessionKind::SiteVisit,
               u"Poradnia stowarzyszenia: wsparcie dla osób uzależnionych i ich rodzin"_s,
               u"Консультаційний центр товариства: підтримка людей із залежностями та їхніх родин"_s)
              .venue(addictionNgo)
              .presenter(sikora)
              .interpreter(shared.kravets));
    lunch(1, {12, 30}, {13, 30}, u"Bar „Mokotowski”, ul. Puławska 40"_s);
    p.add(p.at(1, {14, 0}, {15, 30}, SessionKind::Presentation,
               u"Zdrowie publiczne i profilaktyka uzależnień – zadania państwa i gmin"_s,
               u"Громадське здоров’я та профілактика залежностей – завдання держави та громад"_s)
              .venue(nationalCentre, u"Sala A"_s)
              .presenter(adamczyk)
              .interpreter(bielecka));
    p.add(p.at(1, {15, 30}, {16, 30}, SessionKind::PanelDiscussion,
               u"Dyskusja: gminne programy profilaktyki i rozwiązywania problemów alkoholowych"_s,
               u"Дискусія: місцеві програми профілактики та розв’язання проблем, пов’язаних з алкоголем"_s)
              .venue(nationalCentre, u"Sala A"_s)
              .moderator(michalska)
              .presenter(adamczyk)
              .interpreter(shared.kravets));

    // Thursday: the city's social policy and NGOs working with it.
    const QString conferenceRoom = u"Sala konferencyjna, III piętro"_s;
    p.add(p.at(2, {9, 30}, {11, 0}, SessionKind::Presentation,
               u"Polityka społeczna Warszawy: dzieci, rodziny i seniorzy"_s,
               u"Соціальна політика Варшави: діти, сім’ї та люди похилого віку"_s)
              .describe(u"Wsparcie dla dzieci, rodzin, seniorów i osób z niepełnosprawnościami w programach "
                        u"miasta."_s,
                        u"Підтримка дітей, сімей, людей похилого віку та людей з інвалідністю в міських "
                        u"програмах."_s)
              .venue(cityOffice, conferenceRoom)
              .presenter(kolodziej)
              .interpreter(shared.kravets));
    p.add(p.at(2, {11, 15}, {12, 30}, SessionKind::Presentation,
               u"Osoby z niepełnosprawnościami w polityce miasta"_s,
               u"Люди з інвалідністю в політиці міста"_s)
              .venue(cityOffice, conferenceRoom)
              .presenter(baran)
              .interpreter(bielecka));
    lunch(2, {12, 45}, {13, 45}, lunchPlace);
    p.add(p.at(2, {14, 15}, {15, 45}, SessionKind::Workshop,
               u"Jak organizacje pozarządowe współpracują z samorządem – warsztat"_s,
               u"Як громадські організації співпрацюють з органами місцевого самоврядування – воркшоп"_s)
              .venue(ngoNetwork)
              .presenter(szczepanski)
              .interpreter(shared.kravets));
    p.add(p.at(2, {16, 0}, {17, 0}, SessionKind::Meeting,
               u"Organizacje pozarządowe wspierające uchodźców z Ukrainy"_s,
               u"Громадські організації, що підтримують біженців з України"_s)
              .venue(ngoNetwork)
              .presenter(levchuk)
              .speaking(uk));
    p.add(p.at(2, {19, 30}, {21, 30}, SessionKind::CulturalProgramme, u"Spektakl w Teatrze Polskim"_s,
               u"Вистава в Польському театрі"_s)
              .place(u"Teatr Polski, ul. Karasia 2"_s)
              .note(u"Bilety grupowe odbiera koordynatorka."_s));

    // Friday: a day in Płock.
    p.add(p.at(3, {7, 30}, {9, 30}, SessionKind::Transfer, u"Przejazd autokarem Warszawa → Płock"_s,
               u"Переїзд автобусом Варшава → Плоцьк"_s)
              .describe(u"Zbiórka o 7:15 przed hotelem."_s, u"Збір о 7:15 біля готелю."_s));
    p.add(p.at(3, {10, 0}, {11, 30}, SessionKind::Presentation,
               u"MOPS w Płocku: przeciwdziałanie bezdomności i uzależnieniom"_s,
               u"Міський центр соціальної допомоги в Плоцьку: протидія бездомності та залежностям"_s)
              .venue(plockCentre)
              .presenter(kalinowski)
              .interpreter(shared.kravets));
    p.add(p.at(3, {11, 45}, {12, 45}, SessionKind::SiteVisit,
               u"Ośrodek Interwencji Kryzysowej: pomoc w sytuacjach kryzysowych"_s,
               u"Центр кризового втручання: допомога в кризових ситуаціях"_s)
              .venue(plockCrisis)
              .presenter(szulc)
              .interpreter(bielecka));
    lunch(3, {13, 0}, {14, 0}, u"Restauracja „Nad Wisłą”, ul. Tumska 3"_s, plock);
    p.add(p.at(3, {14, 15}, {15, 30}, SessionKind::Meeting, u"Wsparcie uchodźców z Ukrainy w Płocku"_s,
               u"Підтримка біженців з України в Плоцьку"_s)
              .venue(plockCityHall)
              .presenter(jasinska)
              .interpreter(shared.kravets));
    p.add(p.at(3, {15, 45}, {16, 45}, SessionKind::CulturalProgramme, u"Spacer po Wzgórzu Tumskim"_s,
               u"Прогулянка Тумським пагорбом"_s)
              .place(u"Wzgórze Tumskie"_s, plock)
              .presenter(jasinska)
              .interpreter(bielecka));
    p.add(p.at(3, {17, 0}, {19, 0}, SessionKind::Transfer, u"Przejazd autokarem Płock → Warszawa"_s,
               u"Переїзд автобусом Плоцьк → Варшава"_s));

    // The weekend: the city with a Ukrainian-speaking guide, and the delegation's own meeting.
    p.add(p.at(4, {10, 0}, {13, 0}, SessionKind::CulturalProgramme,
               u"Stare Miasto z przewodnikiem w języku ukraińskim"_s, u"Старе місто з україномовним гідом"_s)
              .place(u"Plac Zamkowy (zbiórka przy Kolumnie Zygmunta)"_s)
              .presenter(boichuk)
              .speaking(uk));
    lunch(4, {13, 30}, {14, 30}, dinnerPlace);
    p.add(p.at(4, {15, 0}, {19, 0}, SessionKind::FreeTime, u"Czas wolny"_s, u"Вільний час"_s));
    p.add(p.at(5, {11, 0}, {13, 0}, SessionKind::CulturalProgramme, u"Spacer po Łazienkach Królewskich"_s,
               u"Прогулянка Королівськими Лазенками"_s)
              .place(u"Łazienki Królewskie (wejście od Alej Ujazdowskich)"_s)
              .presenter(boichuk)
              .speaking(uk));
    lunch(5, {13, 30}, {14, 30}, u"Restauracja „Belweder”, ul. Bagatela 9"_s);
    p.add(p.at(5, {16, 0}, {17, 30}, SessionKind::Meeting,
               u"Spotkanie robocze delegacji: wnioski dla Lwowa"_s,
               u"Робоча зустріч делегації: висновки для Львова"_s)
              .describe(u"Wybór rozwiązań do wdrożenia we Lwowie i podział pracy nad raportem z wizyty."_s,
                        u"Вибір рішень для впровадження у Львові та розподіл роботи над звітом про візит."_s)
              .place(u"Hotel „Wisła”, sala B, ul. Tamka 12"_s)
              .moderator(delegation.value(0))
              .speaking(uk));

    // Monday: the district centre, two groups in two places, the summary and the journey home.
    p.add(
        p.at(6, {9, 0}, {10, 30}, SessionKind::Meeting,
             u"Centrum Pomocy Społecznej Dzielnicy Śródmieście: spotkanie z zastępczynią burmistrza i "
             u"dyrektorami wydziałów"_s,
             u"Центр соціальної допомоги району Середмістя: зустріч із заступницею бурмістра та керівниками "
             u"відділів"_s)
            .describe(
                u"Świadczenia i inne formy pomocy rodzinom, seniorom i osobom z niepełnosprawnościami; "
                u"przeciwdziałanie przemocy domowej i bezdomności. Po spotkaniu grupa dzieli się na dwie."_s,
                u"Виплати та інші форми допомоги сім’ям, людям похилого віку та людям з інвалідністю; "
                u"протидія домашньому насильству та бездомності. Після зустрічі група ділиться на дві."_s)
            .venue(shared.warsawCentre, u"Sala narad"_s)
            .presenter(kubiak)
            .moderator(glowacki)
            .interpreter(shared.kravets));
    p.add(p.at(6, {10, 45}, {12, 0}, SessionKind::SiteVisit,
               u"Grupa A: Dom Dziennego Pobytu „Złota Jesień” – usługi dla seniorów"_s,
               u"Група А: Будинок денного перебування «Золота осінь» – послуги для людей похилого віку"_s)
              .venue(seniorsHome)
              .presenter(borkowska)
              .interpreter(bielecka)
              .audience(groupA));
    p.add(p.at(6, {10, 45}, {12, 0}, SessionKind::SiteVisit,
               u"Grupa B: Ośrodek Wsparcia i Interwencji Kryzysowej – przemoc domowa i bezdomność"_s,
               u"Група Б: Центр підтримки та кризового втручання – домашнє насильство і бездомність"_s)
              .venue(crisisCentre)
              .presenter(petruk)
              .speaking(uk)
              .audience(groupB));
    lunch(6, {12, 15}, {13, 15}, lunchPlace);
    p.add(p.at(6, {13, 30}, {14, 30}, SessionKind::Meeting, u"Podsumowanie wizyty i wręczenie zaświadczeń"_s,
               u"Підсумки візиту та вручення сертифікатів"_s)
              .venue(regionalCentre, room204)
              .presenter(czarnecka)
              .moderator(wroblewska)
              .interpreter(shared.kravets));
    p.add(p.at(6, {14, 45}, {15, 15}, SessionKind::Transfer,
               u"Przejazd na dworzec autobusowy Warszawa Zachodnia"_s,
               u"Переїзд на автовокзал Варшава-Західна"_s)
              .describe(u"Autokar do Lwowa odjeżdża o 16:00."_s,
                        u"Автобус до Львова відправляється о 16:00."_s));
    return visitId;
}

Id addVsetinVisit(SampleWriter& w)
{
    const QString krakow = u"Kraków"_s;
    const QString pl = u"PL"_s;
    const QString cz = u"CZ"_s;
    const QString cs = u"cs"_s;
    const Id mops = w.institution({.name = {u"Miejski Ośrodek Pomocy Społecznej w Krakowie"_s,
                                            {{cs, u"Městské středisko sociální pomoci v Krakově"_s}}},
                                   .shortName = u"MOPS Kraków"_s,
                                   .kind = InstitutionKind::SocialWelfareCentre,
                                   .country = pl,
                                   .city = krakow,
                                   .address = u"ul. Józefińska 14, 30-529 Kraków"_s,
                                   .phone = u"+48 12 000 50 00"_s,
                                   .email = u"sekretariat@mops-krakow.example"_s,
                                   .website = u"https://mops-krakow.example"_s});
    const Id dayCentre = w.institution({.name = {u"Placówka Wsparcia Dziennego „Kompas”"_s,
                                                 {{cs, u"Denní centrum pro děti a mládež Kompas"_s}}},
                                        .shortName = u"PWD Kompas"_s,
                                        .kind = InstitutionKind::DaySupportHome,
                                        .country = pl,
                                        .city = krakow,
                                        .address = u"ul. Wysłouchów 22, 30-611 Kraków"_s});
    const Id violenceCentre =
        w.institution({.name = {u"Ośrodek Wsparcia dla Osób Doznających Przemocy w Rodzinie"_s,
                                {{cs, u"Centrum podpory pro oběti domácího násilí"_s}}},
                       .shortName = u"Ośrodek Wsparcia"_s,
                       .kind = InstitutionKind::SocialWelfareCentre,
                       .country = pl,
                       .city = krakow,
                       .notes = u"Adres poufny: nie podawać w programie ani w materiałach dla gości."_s});
    const Id shelter =
        w.institution({.name = {u"Dom azylowy dla kobiet i matek z dziećmi „Domov” w Vsetínie"_s,
                                {{cs, u"Azylový dům pro ženy a matky s dětmi Domov, o.p.s."_s}}},
                       .shortName = u"AD Domov Vsetín"_s,
                       .kind = InstitutionKind::Other,
                       .country = cz,
                       .city = u"Vsetín"_s,
                       .address = u"Nádražní 18, 755 01 Vsetín"_s,
                       .email = u"info@azyl-domov.example"_s,
                       .notes = u"Obecně prospěšná společnost (o.p.s.)."_s});
    const Id slovakTown = w.institution(
        {.name = {u"Urząd Miasta Stara Lubowla"_s, {{u"sk"_s, u"Mestský úrad Stará Ľubovňa"_s}}},
         .shortName = u"MsÚ Stará Ľubovňa"_s,
         .kind = InstitutionKind::CityHall,
         .country = u"SK"_s,
         .city = u"Stará Ľubovňa"_s,
         .address = u"Obchodná 1, 064 01 Stará Ľubovňa"_s});

    const Id kwiatkowska =
        addLocal(w, mops, u"Małgorzata"_s, u"Kwiatkowska"_s, u"zastępczyni dyrektora ds. pomocy rodzinie"_s);
    const Id duda = w.person({.givenName = u"Karolina"_s,
                              .familyName = u"Duda"_s,
                              .institutionId = mops,
                              .position = u"koordynatorka projektu"_s,
                              .country = pl,
                              .languages = {u"pl"_s, cs, u"en"_s},
                              .email = u"k.duda@mops-krakow.example"_s,
                              .phone = u"+48 600 000 774"_s});
    const Id wilk =
        addLocal(w, mops, u"Adam"_s, u"Wilk"_s, u"specjalista ds. przeciwdziałania przemocy w rodzinie"_s);
    const Id grabowska =
        addLocal(w, mops, u"Natalia"_s, u"Grabowska"_s, u"kierowniczka zespołu pracy z rodziną"_s);
    const Id urban = addLocal(w, mops, u"Bartosz"_s, u"Urban"_s, u"animator Programu Aktywności Lokalnej"_s);
    const Id mroz = addLocal(w, dayCentre, u"Sebastian"_s, u"Mróz"_s, u"wychowawca, koordynator placówki"_s);
    const Id pawlowska = addLocal(w, violenceCentre, u"Urszula"_s, u"Pawłowska"_s, u"kierowniczka ośrodka"_s);
    const Id kovacova = w.person({.givenName = u"Zuzana"_s,
                                  .familyName = u"Kováčová"_s,
                                  .institutionId = slovakTown,
                                  .position = u"referentka ds. społecznych"_s,
                                  .country = u"SK"_s,
                                  .languages = {u"sk"_s, cs, u"pl"_s},
                                  .email = u"zuzana.kovacova@mesto-sl.example"_s});
    const Id czerwinska = w.person({.givenName = u"Magdalena"_s,
                                    .familyName = u"Czerwińska"_s,
                                    .position = u"tłumaczka języka czeskiego"_s,
                                    .country = pl,
                                    .languages = {u"pl"_s, cs, u"sk"_s},
                                    .email = u"m.czerwinska@tlumacze.example"_s});

    const QList<Id> team = addDelegation(
        w,
        {
            {u"Jana"_s, u"Nováková"_s, {}, {}, u"dyrektorka"_s, shelter},
            {u"Martina"_s, u"Kučerová"_s, {}, {}, u"kierowniczka domu azylowego"_s, shelter},
            {u"Petra"_s, u"Dvořáková"_s, {}, {}, u"pracownica socjalna"_s, shelter},
            {u"Lucie"_s, u"Horáková"_s, {}, {}, u"psycholożka"_s, shelter},
            {u"Tereza"_s, u"Pokorná"_s, {}, {}, u"pracownica socjalna"_s, shelter, DietCategory::Vegetarian},
            {u"Eva"_s, u"Marková"_s, {}, {}, u"pedagożka"_s, shelter},
            {u"Kateřina"_s, u"Veselá"_s, {}, {}, u"kierowniczka projektu"_s, shelter},
        },
        cz, {cs, u"en"_s}, QDate(2026, 11, 20));

    FundingProject project;
    project.name = u"Współpraca międzynarodowa służb społecznych"_s;
    project.acronym = u"WMSS"_s;
    project.funder =
        u"Unia Europejska – Europejski Fundusz Społeczny Plus, Program Zatrudnienie Plus (Czechy)"_s;
    project.agreementNumber = u"CZ.03.02.02/00/24_021/0004412"_s;
    project.firstDay = QDate(2026, 1, 1);
    project.lastDay = QDate(2027, 12, 31);
    project.totalValue = 245'000'000; // 2 450 000,00 Kč
    project.coFinancing = 208'250'000;
    project.currency = u"CZK"_s;
    project.notes = u"Wymiana doświadczeń partnerów z Polski, Czech i Słowacji w pomocy rodzinom z dziećmi; "
                    u"lider: dom azylowy w Vsetínie."_s;
    project.partnerInstitutionIds = {mops, shelter, slovakTown};
    const Id projectId = w.project(project);

    const SampleVisit sample = vsetinVisit();
    Visit visit;
    visit.title = {sample.title, {{cs, u"Hosté ze Vsetína: mezinárodní spolupráce sociálních služeb"_s}}};
    visit.kind = VisitKind::IncomingStudyVisit;
    visit.status = VisitStatus::Draft;
    visit.firstDay = sample.firstDay;
    visit.lastDay = sample.lastDay;
    visit.hostInstitutionId = mops;
    visit.sendingInstitutionId = shelter;
    visit.sendingCountry = cz;
    visit.sendingRegion = u"kraj zliński"_s;
    visit.fundingProjectId = projectId;
    visit.workingLanguages = {u"pl"_s, cs};
    visit.printLanguages = {cs, u"pl"_s};
    visit.coordinatorId = duda;
    visit.notes =
        u"Siedmioosobowy zespół domu azylowego; przyjazd busem z Vsetína. Seminarium polsko-czeskie "
        u"„Zapobieganie wykluczeniu społecznemu rodzin z dziećmi”."_s;
    const Id visitId = w.visit(visit);

    const QString hotel = u"Hotel „Józefina”, ul. Józefa 20, Kraków"_s;
    addDelegates(w, visitId, team, at(sample.firstDay, 11, 30), at(sample.lastDay, 14, 30), hotel);
    w.participant(visitId, duda, ParticipantRole::Organiser);
    w.participant(visitId, czerwinska, ParticipantRole::Interpreter);
    w.participant(visitId, kwiatkowska, ParticipantRole::Host);
    w.participant(visitId, kovacova, ParticipantRole::Presenter, at(sample.firstDay, 10, 0),
                  at(sample.lastDay, 14, 30), hotel, u"Partner słowacki projektu."_s);

    const QString hall = u"Sala konferencyjna"_s;
    const QString restaurant = u"Restauracja „U Mikołaja”, ul. Józefińska 8"_s;
    Programme p(w, visitId, sample.firstDay, cs, krakow, u"pl→cs, tłumaczenie konsekutywne"_s);
    p.add(p.at(0, {12, 0}, {13, 0}, SessionKind::Meal, u"Obiad powitalny"_s).place(restaurant));
    p.add(p.at(0, {13, 30}, {15, 0}, SessionKind::Presentation,
               u"Seminarium polsko-czeskie, cz. 1: praca z rodzinami zagrożonymi wykluczeniem – "
               u"doświadczenia z "
               u"Vsetína"_s,
               u"Polsko-český seminář, 1. část: práce s rodinami ohroženými sociálním vyloučením – "
               u"zkušenosti ze "
               u"Vsetína"_s)
              .describe(u"Seminarium „Zapobieganie wykluczeniu społecznemu rodzin z dziećmi”."_s,
                        u"Seminář „Prevence sociálního vyloučení rodin s dětmi“."_s)
              .venue(mops, hall)
              .presenter(team.value(0))
              .presenter(team.value(1))
              .interpreter(czerwinska)
              .speaking(cs, u"cs→pl, tłumaczenie konsekutywne"_s));
    p.add(p.at(0, {15, 30}, {17, 0}, SessionKind::Presentation,
               u"Seminarium, cz. 2: Program pracy z rodziną z problemami opiekuńczo-wychowawczymi"_s,
               u"Seminář, 2. část: Program práce s rodinami s výchovnými problémy"_s)
              .venue(mops, hall)
              .presenter(grabowska)
              .interpreter(czerwinska));
    p.add(p.at(1, {9, 30}, {11, 0}, SessionKind::Presentation,
               u"Seminarium, cz. 3: Program przeciwdziałania przemocy w rodzinie"_s,
               u"Seminář, 3. část: Program prevence domácího násilí"_s)
              .venue(mops, hall)
              .presenter(wilk)
              .interpreter(czerwinska));
    p.add(p.at(1, {11, 30}, {12, 30}, SessionKind::PanelDiscussion,
               u"Panel: współpraca polsko-czesko-słowacka w projekcie"_s)
              .venue(mops, hall)
              .moderator(duda)
              .presenter(kovacova)
              .presenter(team.value(6))
              .presenter(kwiatkowska)
              .interpreter(czerwinska)
              .speaking(u"pl"_s, u"pl↔cs, tłumaczenie konsekutywne"_s));
    p.add(p.at(1, {12, 45}, {13, 45}, SessionKind::Meal, u"Obiad"_s).place(restaurant));
    p.add(p.at(1, {14, 30}, {16, 0}, SessionKind::SiteVisit,
               u"Placówka Wsparcia Dziennego „Kompas”: zajęcia dla dzieci i młodzieży"_s,
               u"Denní centrum „Kompas“: aktivity pro děti a mládež"_s)
              .venue(dayCentre)
              .presenter(mroz)
              .interpreter(czerwinska));
    p.add(p.at(1, {16, 30}, {17, 30}, SessionKind::Meeting,
               u"Program Aktywności Lokalnej „Osiedle Zielone”: aktywizacja rodziców, dzieci i młodzieży"_s)
              .place(u"Klub Osiedlowy „Zielone”, os. Zielone 15"_s)
              .presenter(urban)
              .interpreter(czerwinska));
    p.add(p.at(1, {19, 0}, {21, 0}, SessionKind::CulturalProgramme,
               u"Kolacja i wieczorny spacer po Kazimierzu"_s)
              .place(u"Plac Nowy (Kazimierz)"_s));
    p.add(p.at(2, {9, 30}, {11, 0}, SessionKind::SiteVisit,
               u"Ośrodek Wsparcia dla Osób Doznających Przemocy w Rodzinie"_s)
              .venue(violenceCentre)
              .presenter(pawlowska)
              .interpreter(czerwinska)
              .note(u"Adres poufny: grupa jedzie busem MOPS spod hotelu o 9:00. Bez zdjęć."_s));
    p.add(p.at(2, {11, 30}, {12, 45}, SessionKind::Meeting,
               u"Podsumowanie seminarium i plan dalszej współpracy"_s,
               u"Shrnutí semináře a plán další spolupráce"_s)
              .place(u"Hotel „Józefina”, sala seminaryjna, ul. Józefa 20"_s)
              .moderator(duda)
              .presenter(team.value(0))
              .interpreter(czerwinska));
    p.add(p.at(2, {13, 0}, {14, 0}, SessionKind::Meal, u"Obiad pożegnalny"_s).place(restaurant));
    return visitId;
}

} // namespace

Result<QList<Id>> SampleData::add(Database& database)
{
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(tr("Adding the sample visits")); !begun) {
        return begun.error();
    }
    const auto present = isPresent(database);
    if (!present) {
        return present.error();
    }
    if (*present) {
        return Error(Error::Kind::Validation, tr("The sample visits are already in this database."));
    }

    SampleWriter writer(database);
    const Shared shared = addShared(writer);
    QList<Id> visits;
    visits << addZhytomyrVisit(writer, shared);
    visits << addLvivVisit(writer, shared);
    visits << addVsetinVisit(writer);
    addExchangeGroup(writer, shared.warsawCentre);
    writer.travelTime(u"Warszawa"_s, u"Płock"_s, 120);
    writer.travelTime(u"Warszawa"_s, u"Przasnysz"_s, 100);
    writer.travelTime(u"Kraków"_s, u"Vsetín"_s, 210);
    if (writer.failed()) {
        return writer.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return visits;
}
