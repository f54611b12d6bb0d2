// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/meetingplanner.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/generator/participantbooking.h"
#include "tests/bench/generator/visitparticulars.h"
#include "tests/bench/vocabulary/visits.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

MeetingPlanner::MeetingPlanner(OfficePlan& plan, Random& random, VisitParticulars& particulars,
                               ParticipantBooking& booking)
    : m_plan(plan), m_random(random), m_particulars(particulars), m_booking(booking)
{}

bool MeetingPlanner::planGroupMeeting(Visit& visit, int index)
{
    // The group whose next meeting is most overdue.
    int chosen = -1;
    qint64 mostOverdue = -1;
    for (std::size_t i = 0; i < m_plan.groups.size(); ++i) {
        const Group& group = m_plan.groups[i];
        if (group.fromDay > visit.firstDay || group.members.size() < 2) {
            continue;
        }
        const qint64 overdue = qint64(visit.firstDay - group.lastMeeting) * 1000 / group.intervalDays;
        if (overdue > mostOverdue) {
            mostOverdue = overdue;
            chosen = int(i);
        }
    }
    if (chosen < 0) {
        return false;
    }
    Group& group = m_plan.groups[std::size_t(chosen)];
    group.lastMeeting = visit.firstDay;
    visit.group = chosen;
    const int host = group.members[std::size_t(group.nextHost++) % group.members.size()];
    m_particulars.setCityAndZone(visit, host);
    QString partner = u"PL"_s;
    for (const QString& code : group.countries) {
        if (code != u"PL") {
            partner = code;
            break;
        }
    }
    m_particulars.setLanguages(visit, partner);
    m_particulars.assignProject(visit, partner, 35);

    std::vector<int> taken;
    m_booking.takeFree(m_plan.staff[std::size_t(host)], visit, index, 2, taken);
    for (const int person : taken) {
        m_booking.addParticipant(visit, person, u"host", false);
    }
    for (const int member : group.members) {
        if (member == host || visit.participants.size() >= 17) {
            continue;
        }
        taken.clear();
        m_booking.takeFree(m_plan.staff[std::size_t(member)], visit, index, m_random.between(1, 2), taken);
        const bool sameCity = m_plan.institutions[std::size_t(member)].city == visit.city;
        for (const int person : taken) {
            m_booking.addParticipant(visit, person, u"delegation_member", !sameCity);
        }
    }
    // The office's own people lead when it is a member and not the host.
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_member" &&
            m_plan.people[std::size_t(participant.person)].institution == m_plan.home) {
            participant.role = u"delegation_leader"_s;
            break;
        }
    }
    promoteLeader(visit);
    taken.clear();
    m_booking.takeFree(m_plan.cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 2),
                       taken);
    for (const int person : taken) {
        m_booking.addParticipant(visit, person, u"presenter", false);
    }
    if (partner != u"PL" && m_random.percent(70)) {
        m_booking.addInterpreters(visit, index, 1);
    }

    const City& city = m_plan.cities[std::size_t(visit.city)];
    visit.title = u"%1 – %2"_s.arg(group.meetingPl, city.name);
    visit.ukTexts = group.countries.contains(u"UA"_s)
                        ? m_random.percent(85)
                        : m_particulars.colleagueTranslates(QDate::fromJulianDay(visit.firstDay));
    if (visit.ukTexts) {
        visit.titleUk = u"%1 – %2"_s.arg(group.meetingUk, city.uk);
    }
    return true;
}

void MeetingPlanner::planConference(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    // A city hall or a regional or welfare centre organises a conference.
    int host = m_plan.home;
    if (m_plan.home < 0 || !m_random.percent(25)) {
        host = m_plan.pickPolishHost(m_random);
        for (int attempt = 0; attempt < 12 && host >= 0; ++attempt) {
            const QString& kind = m_plan.institutions[std::size_t(host)].kind;
            if (kind == u"city_hall" || kind == u"regional_centre" || kind == u"social_welfare_centre") {
                break;
            }
            host = m_plan.pickPolishHost(m_random);
        }
    }
    m_particulars.setCityAndZone(visit, host);
    QString partner = u"PL"_s;
    int guestInstitution = -1;
    if (m_random.percent(35)) {
        static const QString others[] = {u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s};
        partner = m_random.percent(day >= fullScaleWar ? 65 : 40) ? u"UA"_s : m_random.pick(others);
        guestInstitution = m_plan.pickPartner(m_random, partner);
        if (guestInstitution < 0) {
            partner = u"PL"_s;
        }
    }
    m_particulars.setLanguages(visit, partner);
    m_particulars.assignProject(visit, partner, 40);

    if (guestInstitution >= 0) {
        const City& origin =
            m_plan.cities[std::size_t(m_plan.institutions[std::size_t(guestInstitution)].city)];
        std::vector<int> guests;
        m_booking.takeDelegation({&m_plan.staff[std::size_t(guestInstitution)], &origin.people}, visit, index,
                                 m_random.between(3, 4), guests);
        for (std::size_t k = 0; k < guests.size(); ++k) {
            m_booking.addParticipant(visit, guests[k], k == 0 ? u"delegation_leader" : u"delegation_member",
                                     true);
        }
        m_booking.addInterpreters(visit, index, 2);
    }
    std::vector<int> taken;
    m_booking.takeFree(m_plan.peopleByCountry[u"PL"_s], visit, index, m_random.between(6, 10), taken);
    for (const int person : taken) {
        const bool sameCity =
            m_plan.institutions[std::size_t(m_plan.people[std::size_t(person)].institution)].city ==
            visit.city;
        m_booking.addParticipant(visit, person, u"delegation_member", !sameCity);
    }
    promoteLeader(visit);
    taken.clear();
    m_booking.takeFree(m_plan.experts, visit, index, m_random.between(1, 2), taken);
    if (visit.city >= 0) {
        m_booking.takeFree(m_plan.cities[std::size_t(visit.city)].people, visit, index,
                           m_random.between(2, 3), taken);
    }
    for (const int person : taken) {
        m_booking.addParticipant(visit, person, u"presenter", false);
    }
    taken.clear();
    m_booking.takeFree(m_plan.experts, visit, index, 1, taken);
    for (const int person : taken) {
        m_booking.addParticipant(visit, person, u"moderator", false);
    }
    if (m_random.percent(80)) {
        m_booking.addOrganiser(visit, index, false);
    }

    const City* city = visit.city >= 0 ? &m_plan.cities[std::size_t(visit.city)] : nullptr;
    const QString cityName = city ? city->name : u"Warszawa"_s;
    const QString cityUk = city ? city->uk : u"Варшава"_s;
    const QString year = QString::number(day.year());
    visit.ukTexts = partner == u"UA" ? m_random.percent(90) : m_particulars.colleagueTranslates(day);
    if (m_random.percent(70)) {
        const Topic& theme = m_random.pick(conferenceThemes);
        visit.title = u"Konferencja „%1” – %2 %3"_s.arg(theme.pl, cityName, year);
        visit.titleUk = u"Конференція «%1» – %2 %3"_s.arg(theme.uk, cityUk, year);
        visit.titleEn = u"Conference “%1” – %2 %3"_s.arg(theme.en, cityName, year);
    } else {
        visit.title = u"Doroczna konferencja współpracy – %1 %2"_s.arg(cityName, year);
        visit.titleUk = u"Щорічна конференція співпраці – %1 %2"_s.arg(cityUk, year);
        visit.titleEn = u"Annual cooperation conference – %1 %2"_s.arg(cityName, year);
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
    if (partner == u"PL" || partner == u"UA" || m_random.percent(50)) {
        visit.titleEn.clear();
    }
}

void MeetingPlanner::planWorkingMeeting(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    m_particulars.assignProject(visit, {}, 80);
    const Project* project = visit.project >= 0 ? &m_plan.projects[std::size_t(visit.project)] : nullptr;
    int host = m_plan.home;
    if (project && m_random.percent(50)) {
        for (const int partner : project->partners) {
            if (m_plan.institutions[std::size_t(partner)].country == u"PL") {
                host = partner;
            }
        }
    } else if (m_random.percent(50) || m_plan.home < 0) {
        host = m_plan.pickPolishHost(m_random);
    }
    m_particulars.setCityAndZone(visit, host);
    QString partnerCountry = u"PL"_s;
    if (project) {
        for (const QString& code : project->focus) {
            if (code != u"PL") {
                partnerCountry = code;
                break;
            }
        }
    }
    m_particulars.setLanguages(visit, partnerCountry);

    std::vector<int> taken;
    if (host >= 0) {
        m_booking.takeFree(m_plan.staff[std::size_t(host)], visit, index, m_random.between(1, 2), taken);
    }
    for (const int person : taken) {
        m_booking.addParticipant(visit, person, u"host", false);
    }
    bool foreigners = false;
    if (project) {
        for (const int partner : project->partners) {
            if (partner == host) {
                continue;
            }
            taken.clear();
            m_booking.takeFree(m_plan.staff[std::size_t(partner)], visit, index, m_random.between(1, 2),
                               taken);
            const Institution& institution = m_plan.institutions[std::size_t(partner)];
            foreigners = foreigners || (!taken.empty() && institution.country != u"PL");
            for (const int person : taken) {
                m_booking.addParticipant(visit, person, u"delegation_member", institution.city != visit.city);
            }
        }
    }
    if (visit.participants.size() < 6) {
        taken.clear();
        if (visit.city >= 0) {
            m_booking.takeFree(m_plan.cities[std::size_t(visit.city)].people, visit, index,
                               m_random.between(2, 4), taken);
        }
        m_booking.takeFree(m_plan.peopleByCountry[u"PL"_s], visit, index, m_random.between(2, 4), taken);
        for (const int person : taken) {
            m_booking.addParticipant(visit, person, u"delegation_member", false);
        }
    }
    promoteLeader(visit);
    if (foreigners && m_random.percent(60)) {
        m_booking.addInterpreters(visit, index, 1);
    }
    if (m_random.percent(40)) {
        m_booking.addOrganiser(visit, index, false);
    }

    const bool ukrainian = partnerCountry == u"UA";
    visit.ukTexts = ukrainian ? m_random.percent(85) : m_particulars.colleagueTranslates(day);
    const Topic subject = m_particulars.topic(day, ukrainian, visit);
    const int pattern = m_random.weighted({project ? 60 : 0, 30, 10});
    if (pattern == 0) {
        visit.title = u"Spotkanie robocze partnerów projektu %1"_s.arg(project->acronym);
        visit.titleUk = u"Робоча зустріч партнерів проєкту %1"_s.arg(project->acronym);
        visit.titleEn = u"Project partners’ working meeting – %1"_s.arg(project->acronym);
    } else if (pattern == 1) {
        visit.title = u"Spotkanie robocze: %1"_s.arg(subject.pl);
        visit.titleUk = u"Робоча зустріч: %1"_s.arg(subject.uk);
        visit.titleEn = u"Working meeting: %1"_s.arg(subject.en);
    } else {
        const QString next = QString::number(day.year() + 1);
        visit.title = u"Planowanie wizyt studyjnych na rok %1"_s.arg(next);
        visit.titleUk = u"Планування навчальних візитів на %1 рік"_s.arg(next);
        visit.titleEn = u"Planning study visits for %1"_s.arg(next);
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
    if (partnerCountry == u"PL" || ukrainian || m_random.percent(50)) {
        visit.titleEn.clear();
    }
}

} // namespace BenchmarkData
