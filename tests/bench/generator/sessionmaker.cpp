// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/sessionmaker.h"

#include "tests/bench/vocabulary/places.h"
#include "tests/bench/vocabulary/programmes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

namespace {

VisitRoles rolesOf(const Visit& visit)
{
    VisitRoles roles;
    for (const Participant& participant : visit.participants) {
        roles.participantIds.push_back(participant.id);
        if (participant.role == u"presenter" || participant.role == u"host") {
            roles.speakers.push_back(participant.person);
        }
        if (participant.role == u"host") {
            roles.hosts.push_back(participant.person);
        }
        if (participant.role == u"moderator") {
            roles.moderators.push_back(participant.person);
        }
        if (participant.role == u"interpreter") {
            roles.interpreters.push_back(participant.person);
        }
        if (participant.role == u"delegation_leader") {
            roles.leader = participant.person;
        }
    }
    return roles;
}

} // namespace

void addPerson(Session& session, int person, QStringView role)
{
    if (person < 0) {
        return;
    }
    for (const auto& [who, what] : session.people) {
        if (who == person && what == role) {
            return;
        }
    }
    session.people.emplace_back(person, role.toString());
}

SessionMaker::SessionMaker(Random& random, const OfficePlan& plan) : m_random(random), m_plan(plan) {}

void SessionMaker::startVisit(const Visit& visit)
{
    m_roles = rolesOf(visit);
}

int SessionMaker::nextInterpreter()
{
    return m_roles.interpreters[std::size_t(m_roles.turn++) % m_roles.interpreters.size()];
}

void SessionMaker::presentation(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const SessionText& text = m_random.pick(presentations);
    s.kind = u"presentation"_s;
    at(s, sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, false, day.venue), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
    if (m_random.percent(95)) {
        addPerson(s, presenterFor(s.venue), u"presenter");
    }
    interpret(s, visit, false);
}

void SessionMaker::siteVisit(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const int venue = sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, true, day.venue);
    if (venue < 0) {
        presentation(s, visit, day, false);
        return;
    }
    s.kind = u"site_visit"_s;
    at(s, venue, m_random.percent(30));
    day.venue = venue;
    const Institution& place = m_plan.institutions[std::size_t(venue)];
    const QString& shown = place.uk.isEmpty() ? place.name : place.uk;
    static const SessionText descriptions[] = {
        {u"", u"", u"Zwiedzanie placówki, rozmowa z kadrą i uczestnikami zajęć.",
         u"Огляд закладу, розмова з персоналом та учасниками занять."},
        {u"", u"", u"Prezentacja oferty placówki i jej miejsca w lokalnym systemie wsparcia.",
         u"Презентація послуг закладу та його місця в місцевій системі підтримки."},
    };
    const SessionText& description = m_random.pick(descriptions);
    if (m_random.percent(50)) {
        texts(s, visit, u"Wizyta w placówce: "_s + place.name, u"Відвідування закладу: "_s + shown,
              description.descriptionPl, description.descriptionUk);
    } else {
        texts(s, visit, place.name + u": zwiedzanie i rozmowa z kadrą"_s,
              shown + u": огляд і розмова з персоналом"_s, description.descriptionPl,
              description.descriptionUk);
    }
    if (m_random.percent(55)) {
        addPerson(s, presenterFor(venue), u"presenter");
    }
    interpret(s, visit, false);
}

void SessionMaker::workshop(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const SessionText& text = m_random.pick(workshops);
    s.kind = u"workshop"_s;
    at(s, sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, false, day.venue), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    s.room = m_random.percent(50) ? u"sala warsztatowa"_s : s.room;
    texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
    if (m_random.percent(85)) {
        addPerson(s, presenterFor(s.venue), u"presenter");
    }
    interpret(s, visit, false);
}

void SessionMaker::panel(Session& s, const Visit& visit, ProgrammeDay& day)
{
    const SessionText& text = m_random.pick(panels);
    s.kind = u"panel_discussion"_s;
    at(s, day.venue >= 0 && m_random.percent(50) ? day.venue : venueIn(day.city, false, -1), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    texts(s, visit, text.pl.toString(), text.uk.toString(),
          u"Goście panelu odpowiadają na pytania uczestników.",
          u"Учасники панелі відповідають на запитання аудиторії.");
    addPerson(s, presenterFor(s.venue), u"presenter");
    addPerson(s, presenterFor(-1), u"presenter");
    const int moderator = !m_roles.moderators.empty() ? m_roles.moderators.front()
                          : !m_roles.hosts.empty()    ? m_random.pick(m_roles.hosts)
                                                      : -1;
    addPerson(s, moderator, u"moderator");
    interpret(s, visit, false);
}

void SessionMaker::meeting(Session& s, const Visit& visit, ProgrammeDay& day, const SessionText& text,
                           int venue)
{
    s.kind = u"meeting"_s;
    if (venue < 0 && visit.host >= 0 && m_plan.institutions[std::size_t(visit.host)].city == day.city) {
        venue = visit.host;
    }
    at(s, venue >= 0 ? venue : venueIn(day.city, false, -1), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    if (!text.pl.isEmpty()) {
        texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
        if (m_random.percent(35)) {
            addPerson(s, presenterFor(s.venue), u"presenter");
        }
        interpret(s, visit, false);
    }
}

void SessionMaker::meal(Session& s, const Visit& visit, ProgrammeDay& day, bool dinner)
{
    s.kind = u"meal"_s;
    if (!dinner && day.venue >= 0 && m_random.percent(35)) {
        at(s, day.venue, false);
        s.room = u"stołówka"_s;
    } else {
        atAddress(s, m_random.pick(restaurants).toString() + u", "_s + streetIn(day.city), day.city);
    }
    QString title = dinner ? u"Kolacja"_s : u"Obiad"_s;
    QString uk = dinner ? u"Вечеря"_s : u"Обід"_s;
    if (dinner && day.first) {
        title = u"Kolacja powitalna"_s;
        uk = u"Вітальна вечеря"_s;
    } else if (dinner && day.last) {
        title = u"Kolacja pożegnalna"_s;
        uk = u"Прощальна вечеря"_s;
    } else if (!dinner && m_random.percent(20)) {
        title = u"Lunch roboczy"_s;
        uk = u"Робочий обід"_s;
    }
    texts(s, visit, title, uk, u"Dania wegetariańskie i bezglutenowe według listy uczestników.",
          u"Вегетаріанські та безглютенові страви згідно зі списком учасників.");
}

void SessionMaker::cultural(Session& s, const Visit& visit, const ProgrammeDay& day)
{
    s.kind = u"cultural_programme"_s;
    const City* city = day.city >= 0 ? &m_plan.cities[std::size_t(day.city)] : nullptr;
    if (city && m_random.percent(40)) {
        atAddress(s, u"Stare Miasto – zbiórka przy ratuszu"_s, day.city);
        texts(s, visit, u"Zwiedzanie %1 z przewodnikiem"_s.arg(city->genitive),
              u"Екскурсія містом %1"_s.arg(city->uk), u"Spacer z przewodnikiem; wygodne obuwie.",
              u"Прогулянка з екскурсоводом; зручне взуття.");
        return;
    }
    const SessionText& text = m_random.pick(culture);
    atAddress(s, m_random.pick(culturalPlaces).toString() + u", "_s + streetIn(day.city), day.city);
    texts(s, visit, text.pl.toString(), text.uk.toString(), u"", u"");
}

void SessionMaker::transfer(Session& s, const Visit& visit, int from, int to, int minutes)
{
    s.kind = u"transfer"_s;
    if (from >= 0 && to >= 0) {
        const City& a = m_plan.cities[std::size_t(from)];
        const City& b = m_plan.cities[std::size_t(to)];
        texts(s, visit, u"Przejazd autokarem %1 → %2"_s.arg(a.name, b.name),
              u"Переїзд автобусом %1 → %2"_s.arg(a.uk, b.uk), u"Czas przejazdu ok. %1 min."_s.arg(minutes),
              u"Час у дорозі – близько %1 хв."_s.arg(minutes));
        return;
    }
    texts(s, visit, u"Przejazd autokarem na kolejne spotkanie"_s, u"Переїзд автобусом на наступну зустріч"_s,
          u"Autokar czeka przed budynkiem.", u"Автобус чекає перед будівлею.");
}

/// The title in Polish, and for a visit with Ukrainian texts mostly in Ukrainian too; a description
/// for about half.
void SessionMaker::texts(Session& s, const Visit& visit, const QString& pl, const QString& uk,
                         QStringView descriptionPl, QStringView descriptionUk)
{
    s.title = pl;
    const bool translated = visit.ukTexts && !uk.isEmpty() && m_random.percent(78);
    if (translated) {
        s.titleUk = uk;
    }
    if (!descriptionPl.isEmpty() && m_random.percent(72)) {
        s.description = descriptionPl.toString();
        if (translated && !descriptionUk.isEmpty() && m_random.percent(45)) {
            s.descriptionUk = descriptionUk.toString();
        }
    }
}

void SessionMaker::at(Session& s, int venue, bool withRoom)
{
    s.venue = venue;
    if (venue < 0) {
        return;
    }
    s.city = m_plan.cities[std::size_t(m_plan.institutions[std::size_t(venue)].city)].name;
    if (withRoom) {
        s.room = m_random.pick(rooms).toString();
    }
}

void SessionMaker::atAddress(Session& s, const QString& address, int city)
{
    s.venue = -1;
    s.address = address;
    s.city = city >= 0 ? m_plan.cities[std::size_t(city)].name : QString();
}

QString SessionMaker::streetIn(int city)
{
    if (city < 0) {
        return m_random.pick(streetsPl).toString() + u' ' + QString::number(m_random.between(1, 60));
    }
    const City& place = m_plan.cities[std::size_t(city)];
    if (place.country == u"UA") {
        return m_random.pick(streetsUk).toString() + u", "_s + QString::number(m_random.between(1, 60));
    }
    for (const StreetList& list : foreignStreets) {
        if (list.country == place.country) {
            return m_random.pick(list.streets).toString() + u' ' + QString::number(m_random.between(1, 60));
        }
    }
    return m_random.pick(streetsPl).toString() + u' ' + QString::number(m_random.between(1, 60));
}

/// An institution in the city, preferring the kinds a group visits (day centres, care homes,
/// NGOs) or the kinds that present (offices, centres), and another than the last one.
int SessionMaker::venueIn(int city, bool siteVisit, int avoid)
{
    if (city < 0 || m_plan.cities[std::size_t(city)].institutions.empty()) {
        return -1;
    }
    const std::vector<int>& pool = m_plan.cities[std::size_t(city)].institutions;
    int venue = m_random.pick(pool);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QString& kind = m_plan.institutions[std::size_t(venue)].kind;
        const bool visitable = kind == u"day_support_home" || kind == u"care_home" ||
                               kind.startsWith(u"ngo") || kind == u"other" || kind == u"school_university" ||
                               kind == u"library";
        if (venue != avoid && visitable == siteVisit) {
            break;
        }
        venue = m_random.pick(pool);
    }
    return venue;
}

/// Someone of the visit's presenters and hosts, best of the venue's own staff; now and then one of
/// the venue's staff who is not on the participant list.
int SessionMaker::presenterFor(int venue)
{
    if (!m_roles.speakers.empty() && m_random.percent(80)) {
        const int start = m_random.below(int(m_roles.speakers.size()));
        for (std::size_t k = 0; k < m_roles.speakers.size(); ++k) {
            const int person = m_roles.speakers[(std::size_t(start) + k) % m_roles.speakers.size()];
            if (venue >= 0 && m_plan.people[std::size_t(person)].institution == venue) {
                return person;
            }
        }
        return m_roles.speakers[std::size_t(start)];
    }
    if (venue >= 0 && !m_plan.staff[std::size_t(venue)].empty()) {
        return m_random.pick(m_plan.staff[std::size_t(venue)]);
    }
    return m_roles.speakers.empty() ? -1 : m_random.pick(m_roles.speakers);
}

/// An interpreter of the visit for most sessions, taking turns when there are two.
void SessionMaker::interpret(Session& s, const Visit& visit, bool conference)
{
    if (m_roles.interpreters.empty() || !m_random.percent(conference ? 90 : 75)) {
        return;
    }
    addPerson(s, nextInterpreter(), u"interpreter");
    const QString into = visit.venueLanguage != u"pl"    ? u"pl"_s
                         : visit.guestLanguage.isEmpty() ? u"en"_s
                                                         : visit.guestLanguage;
    s.interpretation = conference ? u"simultaneous"_s : m_random.pick(interpretationModes).toString();
    s.interpretedInto = into;
}

/// A session for some of the participants only: a smaller group goes.
void SessionMaker::chooseAudience(Session& s)
{
    const std::vector<int>& ids = m_roles.participantIds;
    if (ids.size() < 6 || !m_random.percent(6)) {
        return;
    }
    std::vector<int> chosen = ids;
    m_random.shuffle(chosen);
    chosen.resize(std::size_t(m_random.between(3, std::min(8, int(ids.size()) - 2))));
    std::sort(chosen.begin(), chosen.end());
    s.wholeDelegation = false;
    s.audience = std::move(chosen);
}

} // namespace BenchmarkData
