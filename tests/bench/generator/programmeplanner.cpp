// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/programmeplanner.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/generator/dayslots.h"
#include "tests/bench/vocabulary/programmes.h"

#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

ProgrammePlanner::ProgrammePlanner(Random& random, const OfficePlan& plan)
    : m_random(random), m_plan(plan), m_sessions(random, plan)
{}

std::vector<Session> ProgrammePlanner::programme(const Visit& visit)
{
    std::vector<Session> sessions;
    if (visit.sessions <= 0) {
        return sessions;
    }
    sessions.reserve(std::size_t(visit.sessions));
    m_sessions.startVisit(visit);
    const int days = visit.lastDay - visit.firstDay + 1;
    const bool conference = visit.kind == u"conference";

    // Arrival and departure days are lighter.
    std::vector<int> weights(std::size_t(days), 10);
    if (days > 1) {
        weights.front() = 8;
        weights.back() = 8;
    }
    const std::vector<int> perDay = apportion(visit.sessions, weights);

    // Now and then a day in a nearby city the coordinator has timed the trip to.
    int awayDay = -1;
    int awayCity = -1;
    int awayMinutes = 0;
    if (days >= 3 && visit.city >= 0 && !conference && m_random.percent(35)) {
        std::vector<std::pair<int, int>> reachable;
        for (const auto& [city, minutes] : m_plan.cities[std::size_t(visit.city)].travel) {
            if (!m_plan.cities[std::size_t(city)].institutions.empty() && minutes <= 180) {
                reachable.emplace_back(city, minutes);
            }
        }
        if (!reachable.empty()) {
            std::tie(awayCity, awayMinutes) = m_random.pick(reachable);
            awayDay = m_random.between(1, days - 2);
        }
    }

    for (int d = 0; d < days; ++d) {
        bool away = false;
        const std::vector<TimedSlot> timed =
            daySlots(m_random, perDay[std::size_t(d)], conference, d == awayDay ? awayMinutes : 0, away);
        ProgrammeDay day;
        day.iso = isoDay(visit.firstDay + d);
        day.city = away ? awayCity : visit.city;
        day.fromCity = visit.city;
        day.travelMinutes = awayMinutes;
        day.first = d == 0;
        day.last = d == days - 1;
        day.conference = conference;
        day.hall = m_random.pick({u"aula"_s, u"sala konferencyjna"_s, u"sala widowiskowa"_s});
        static constexpr int jitters[] = {0, 0, 0, 15, 30};
        const int jitter = away || conference ? 0 : m_random.pick(jitters);
        for (const TimedSlot& slot : timed) {
            sessions.push_back(make(visit, day, slot, slot.slot == Slot::TransferOut ? 0 : jitter));
        }
    }
    return sessions;
}

Session ProgrammePlanner::make(const Visit& visit, ProgrammeDay& day, const TimedSlot& slot, int jitter)
{
    Session s;
    s.startsAt = stamp(day.iso, slot.start + jitter);
    s.endsAt = stamp(day.iso, slot.end + jitter);
    s.language = visit.venueLanguage.isEmpty() ? u"pl"_s : visit.venueLanguage;
    if (day.conference) {
        fillConference(s, visit, day, slot.slot);
    } else {
        fillNormal(s, visit, day, slot.slot);
    }
    if (s.wholeDelegation && (s.kind == u"site_visit" || s.kind == u"workshop" || s.kind == u"meeting")) {
        m_sessions.chooseAudience(s);
    }
    if (m_random.percent(3)) {
        s.notes = m_random.pick(sessionNotes).toString();
    }
    return s;
}

void ProgrammePlanner::fillNormal(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot)
{
    const VisitRoles& roles = m_sessions.roles();
    const bool hostHere = visit.host >= 0 && m_plan.institutions[std::size_t(visit.host)].city == day.city;
    switch (slot) {
    case Slot::Briefing:
        m_sessions.meeting(s, visit, day, {u"Odprawa organizacyjna", u"Організаційна нарада", u"", u""}, -1);
        if (!visit.hotel.isEmpty()) {
            s.venue = -1;
            s.room.clear();
            m_sessions.atAddress(s, visit.hotel, day.city);
        }
        break;
    case Slot::Morning:
        if (day.first && hostHere) {
            static const SessionText welcomeDelegation = {
                u"Powitanie delegacji i przedstawienie programu wizyty",
                u"Привітання делегації та представлення програми візиту",
                u"Powitanie gości przez dyrekcję, przedstawienie uczestników i programu.",
                u"Привітання гостей керівництвом, знайомство учасників і представлення програми."};
            static const SessionText welcomeMeeting = {
                u"Powitanie uczestników i przedstawienie programu spotkania",
                u"Привітання учасників та представлення програми зустрічі", u"", u""};
            const bool studyVisit = visit.kind.endsWith(u"study_visit");
            m_sessions.meeting(s, visit, day, studyVisit ? welcomeDelegation : welcomeMeeting, visit.host);
            addPerson(s, roles.hosts.empty() ? m_sessions.presenterFor(visit.host) : roles.hosts.front(),
                      u"presenter");
            m_sessions.interpret(s, visit, false);
            break;
        }
        switch (m_random.weighted({50, 20, 15, 15})) {
        case 0:
            m_sessions.presentation(s, visit, day, false);
            break;
        case 1:
            m_sessions.siteVisit(s, visit, day, false);
            break;
        case 2: {
            const int venue = m_sessions.venueIn(day.city, false, -1);
            const QString name = venue >= 0 ? m_plan.institutions[std::size_t(venue)].shortName : QString();
            if (venue >= 0) {
                m_sessions.meeting(s, visit, day, {u"", u"", u"", u""}, venue);
                m_sessions.texts(s, visit, u"Spotkanie z dyrekcją: "_s + name,
                                 u"Зустріч з керівництвом: "_s + name, u"", u"");
                addPerson(s, m_sessions.presenterFor(venue), u"presenter");
                m_sessions.interpret(s, visit, false);
            } else {
                m_sessions.presentation(s, visit, day, false);
            }
            break;
        }
        default:
            m_sessions.panel(s, visit, day);
            break;
        }
        break;
    case Slot::LateMorning:
        switch (m_random.weighted({45, 35, 20})) {
        case 0:
            m_sessions.siteVisit(s, visit, day, m_random.percent(40));
            break;
        case 1:
            m_sessions.presentation(s, visit, day, m_random.percent(40));
            break;
        default:
            m_sessions.workshop(s, visit, day, m_random.percent(40));
            break;
        }
        break;
    case Slot::Lunch:
        m_sessions.meal(s, visit, day, false);
        break;
    case Slot::Transfer:
        m_sessions.transfer(s, visit, -1, -1, 0);
        break;
    case Slot::Afternoon:
        if (day.first && visit.kind == u"incoming_study_visit" && !visit.guestLanguage.isEmpty() &&
            roles.leader >= 0 && m_random.percent(50)) {
            // The guests present their own work, in their language.
            const bool ukrainian = visit.guestLanguage == u"uk";
            m_sessions.at(s, hostHere ? visit.host : m_sessions.venueIn(day.city, false, -1), true);
            s.kind = u"presentation"_s;
            m_sessions.texts(s, visit,
                             ukrainian
                                 ? u"Prezentacja strony ukraińskiej: usługi socjalne w hromadzie"_s
                                 : u"Prezentacja delegacji gości: system usług społecznych u partnera"_s,
                             ukrainian ? u"Презентація української сторони: соціальні послуги в громаді"_s
                                       : u"Презентація делегації гостей"_s,
                             u"", u"");
            s.language = visit.guestLanguage;
            addPerson(s, roles.leader, u"presenter");
            if (!roles.interpreters.empty()) {
                addPerson(s, m_sessions.nextInterpreter(), u"interpreter");
                s.interpretation = u"consecutive"_s;
                s.interpretedInto = u"pl"_s;
            }
            break;
        }
        switch (m_random.weighted({45, 30, 25})) {
        case 0:
            m_sessions.workshop(s, visit, day, false);
            break;
        case 1:
            m_sessions.siteVisit(s, visit, day, false);
            break;
        default:
            m_sessions.presentation(s, visit, day, false);
            break;
        }
        break;
    case Slot::LateAfternoon:
        if (day.last && !day.first && m_random.percent(70)) {
            m_sessions.meeting(s, visit, day,
                               {u"Podsumowanie wizyty i ewaluacja", u"Підсумки візиту та оцінювання",
                                u"Wnioski uczestników, ankieta ewaluacyjna, wręczenie zaświadczeń.",
                                u"Висновки учасників, анкета оцінювання, вручення сертифікатів."},
                               day.venue >= 0 ? day.venue : (hostHere ? visit.host : -1));
            break;
        }
        switch (m_random.weighted({35, 35, 15, 15})) {
        case 0:
            m_sessions.meeting(s, visit, day, m_random.pick(meetings), day.venue);
            break;
        case 1:
            m_sessions.siteVisit(s, visit, day, m_random.percent(50));
            break;
        case 2:
            m_sessions.panel(s, visit, day);
            break;
        default:
            m_sessions.presentation(s, visit, day, m_random.percent(50));
            break;
        }
        break;
    case Slot::Evening:
        if (m_random.percent(60)) {
            m_sessions.cultural(s, visit, day);
        } else {
            s.kind = u"free_time"_s;
            m_sessions.texts(s, visit, u"Czas wolny"_s, u"Вільний час"_s, u"", u"");
        }
        break;
    case Slot::Dinner:
        if (m_random.percent(75)) {
            m_sessions.meal(s, visit, day, true);
        } else {
            m_sessions.cultural(s, visit, day);
        }
        break;
    case Slot::TransferOut:
        m_sessions.transfer(s, visit, day.fromCity, day.city, day.travelMinutes);
        break;
    case Slot::TransferBack:
        m_sessions.transfer(s, visit, day.city, day.fromCity, day.travelMinutes);
        break;
    default:
        m_sessions.presentation(s, visit, day, true);
        break;
    }
}

void ProgrammePlanner::fillConference(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot)
{
    const VisitRoles& roles = m_sessions.roles();
    const int venue = visit.host;
    const auto inHall = [&] {
        m_sessions.at(s, venue, false);
        s.room = day.hall;
        if (venue < 0) {
            m_sessions.atAddress(s, u"Centrum Konferencyjne, "_s + m_sessions.streetIn(day.city), day.city);
        }
    };
    switch (slot) {
    case Slot::Opening:
        s.kind = u"meeting"_s;
        inHall();
        m_sessions.texts(
            s, visit, day.first ? u"Otwarcie konferencji"_s : u"Otwarcie drugiego dnia konferencji"_s,
            day.first ? u"Відкриття конференції"_s : u"Відкриття другого дня конференції"_s, u"", u"");
        addPerson(s, roles.hosts.empty() ? m_sessions.presenterFor(venue) : roles.hosts.front(),
                  u"presenter");
        addPerson(s, roles.moderators.empty() ? -1 : roles.moderators.front(), u"moderator");
        m_sessions.interpret(s, visit, true);
        break;
    case Slot::Talk:
    case Slot::Generic: {
        const SessionText& text = m_random.pick(presentations);
        s.kind = u"presentation"_s;
        inHall();
        m_sessions.texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl,
                         text.descriptionUk);
        addPerson(s, m_sessions.presenterFor(-1), u"presenter");
        if (m_random.percent(30)) {
            addPerson(s, m_sessions.presenterFor(-1), u"presenter"); // two institutions, one talk
        }
        m_sessions.interpret(s, visit, true);
        break;
    }
    case Slot::Coffee:
        s.kind = u"meal"_s;
        inHall();
        m_sessions.texts(s, visit, u"Przerwa kawowa"_s, u"Перерва на каву"_s, u"", u"");
        break;
    case Slot::Panel:
        m_sessions.panel(s, visit, day);
        inHall();
        break;
    case Slot::Workshop:
        m_sessions.workshop(s, visit, day, true);
        inHall();
        s.room = u"sala warsztatowa"_s;
        break;
    case Slot::Closing:
        s.kind = u"meeting"_s;
        inHall();
        m_sessions.texts(s, visit, u"Podsumowanie i zamknięcie konferencji"_s,
                         u"Підсумки та закриття конференції"_s, u"", u"");
        addPerson(s, roles.moderators.empty() ? m_sessions.presenterFor(venue) : roles.moderators.front(),
                  u"moderator");
        m_sessions.interpret(s, visit, true);
        break;
    case Slot::Lunch:
        s.kind = u"meal"_s;
        inHall();
        s.room = u"foyer"_s;
        m_sessions.texts(s, visit, u"Obiad"_s, u"Обід"_s,
                         u"Bufet; dania wegetariańskie i bezglutenowe według zgłoszeń.",
                         u"Шведський стіл; вегетаріанські та безглютенові страви за заявками.");
        break;
    default:
        m_sessions.meal(s, visit, day, true);
        break;
    }
}

} // namespace BenchmarkData
