// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/studyvisitplanner.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/generator/participantbooking.h"
#include "tests/bench/generator/text.h"
#include "tests/bench/generator/visitparticulars.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

StudyVisitPlanner::StudyVisitPlanner(OfficePlan& plan, Random& random, VisitParticulars& particulars,
                                     ParticipantBooking& booking)
    : m_plan(plan), m_random(random), m_particulars(particulars), m_booking(booking)
{}

QString StudyVisitPlanner::incomingCountry(const QDate& day)
{
    static const QString codes[] = {u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s, u"PL"_s};
    return codes[day < fullScaleWar ? m_random.weighted({50, 9, 9, 7, 7, 5, 13})
                                    : m_random.weighted({72, 7, 6, 4, 4, 2, 5})];
}

QString StudyVisitPlanner::outgoingCountry(const QDate& day)
{
    static const QString codes[] = {u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s};
    if (day < fullScaleWar) {
        return codes[m_random.weighted({30, 22, 15, 10, 13, 10})];
    }
    const int ukraine = day < QDate(2023, 1, 1) ? 0 : 12;
    return codes[m_random.weighted({ukraine, 28, 18, 14, 16, 12})];
}

void StudyVisitPlanner::planIncoming(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    QString from = incomingCountry(day);
    int sending = m_plan.pickPartner(m_random, from);
    if (sending < 0) {
        from = u"PL"_s;
        sending = m_plan.pickPartner(m_random, from);
    }
    m_particulars.setCityAndZone(
        visit, m_plan.home >= 0 && m_random.percent(8) ? m_plan.home : m_plan.pickPolishHost(m_random));
    visit.sending = sending;
    const City* origin =
        sending >= 0 ? &m_plan.cities[std::size_t(m_plan.institutions[std::size_t(sending)].city)] : nullptr;
    visit.sendingCountry = origin ? from : QString();
    visit.sendingRegion = origin ? origin->region : QString();
    m_particulars.setLanguages(visit, from);
    m_particulars.assignProject(visit, from, 60);

    std::vector<int> delegation;
    if (origin) {
        m_booking.takeDelegation(
            {&m_plan.staff[std::size_t(sending)], &origin->people, &m_plan.peopleByCountry[from]}, visit,
            index, m_random.between(7, 12), delegation);
    }
    for (std::size_t k = 0; k < delegation.size(); ++k) {
        m_booking.addParticipant(visit, delegation[k], k == 0 ? u"delegation_leader" : u"delegation_member",
                                 true);
    }
    std::vector<int> locals;
    if (visit.host >= 0) {
        m_booking.takeFree(m_plan.staff[std::size_t(visit.host)], visit, index, m_random.between(1, 2),
                           locals);
    }
    for (const int person : locals) {
        m_booking.addParticipant(visit, person, u"host", false);
    }
    locals.clear();
    if (visit.city >= 0) {
        m_booking.takeFree(m_plan.cities[std::size_t(visit.city)].people, visit, index,
                           m_random.between(1, 3), locals);
    }
    for (const int person : locals) {
        m_booking.addParticipant(visit, person, u"presenter", false);
    }
    const int days = visit.lastDay - visit.firstDay + 1;
    if (!visit.guestLanguage.isEmpty() && m_random.percent(85)) {
        m_booking.addInterpreters(visit, index, days >= 5 && m_random.percent(40) ? 2 : 1);
    }
    if (m_random.percent(50)) {
        m_booking.addOrganiser(visit, index,
                               visit.city >= 0 && m_plan.cities[std::size_t(visit.city)].name != u"Warszawa");
    }
    if (days > 1 && m_random.percent(30)) {
        m_booking.addGuide(visit, index);
    }

    // The title, and the delegation's own
    const bool ukrainian = from == u"UA";
    const Topic subject = m_particulars.topic(day, ukrainian, visit);
    const QString fromPl = origin ? origin->from : u"z zagranicy"_s;
    visit.ukTexts = ukrainian ? m_random.percent(92) : m_particulars.colleagueTranslates(day);
    if (ukrainian && origin) {
        const QString hostIn = visit.city >= 0 ? m_plan.cities[std::size_t(visit.city)].in : QString();
        const int pattern = m_random.weighted({35, 25, 20, hostIn.isEmpty() ? 0 : 20});
        const QString genitive = withoutPreposition(origin->from);
        const QString genitiveUk = withoutPreposition(origin->fromUk);
        switch (pattern) {
        case 0:
            visit.title = u"Wizyta studyjna delegacji %1: %2"_s.arg(fromPl, subject.pl);
            visit.titleUk = u"Навчальний візит делегації %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        case 1:
            visit.title = u"%1 – doświadczenia dla %2"_s.arg(capitalized(subject.pl), genitive);
            visit.titleUk = u"%1 – досвід для %2"_s.arg(capitalized(subject.uk), genitiveUk);
            break;
        case 2:
            visit.title = u"Goście %1: %2"_s.arg(fromPl, subject.pl);
            visit.titleUk = u"Гості %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        default:
            visit.title = u"Samorządowcy %1 %2: %3"_s.arg(fromPl, hostIn, subject.pl);
            visit.titleUk = u"Представники громади %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        }
    } else {
        const bool guests = m_random.percent(40);
        visit.title = (guests ? u"Goście %1: %2"_s : u"Wizyta studyjna %1: %2"_s).arg(fromPl, subject.pl);
        if (origin) {
            visit.titleUk = (from == u"PL" ? u"Навчальний візит гостей з міста %1: %2"_s
                                           : u"Навчальний візит делегації з міста %1: %2"_s)
                                .arg(origin->uk, subject.uk);
        }
        if (from != u"PL" && origin && m_random.percent(50)) {
            visit.titleEn = u"Study visit of a delegation from %1: %2"_s.arg(origin->name, subject.en);
        }
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
}

void StudyVisitPlanner::planOutgoing(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    QString to = outgoingCountry(day);
    int host = m_plan.pickPartner(m_random, to);
    for (const QString& fallback : {u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s, u"UA"_s}) {
        if (host < 0) {
            to = fallback;
            host = m_plan.pickPartner(m_random, to);
        }
    }
    if (host < 0) {
        visit.kind = u"incoming_study_visit"_s;
        planIncoming(visit, index);
        return;
    }
    m_particulars.setCityAndZone(visit, host);
    const int sending =
        m_plan.home >= 0 && m_random.percent(70) ? m_plan.home : m_plan.pickPolishHost(m_random);
    visit.sending = sending;
    visit.sendingCountry = u"PL"_s;
    const City* home =
        sending >= 0 ? &m_plan.cities[std::size_t(m_plan.institutions[std::size_t(sending)].city)] : nullptr;
    visit.sendingRegion = home ? home->region : QString();
    m_particulars.setLanguages(visit, to);
    m_particulars.assignProject(visit, to, 70);

    std::vector<int> delegation;
    if (home) {
        m_booking.takeDelegation(
            {&m_plan.staff[std::size_t(sending)], &home->people, &m_plan.peopleByCountry[u"PL"_s]}, visit,
            index, m_random.between(6, 12), delegation);
    }
    for (std::size_t k = 0; k < delegation.size(); ++k) {
        m_booking.addParticipant(visit, delegation[k], k == 0 ? u"delegation_leader" : u"delegation_member",
                                 true);
    }
    std::vector<int> locals;
    m_booking.takeFree(m_plan.staff[std::size_t(host)], visit, index, m_random.between(1, 3), locals);
    for (const int person : locals) {
        m_booking.addParticipant(visit, person, u"host", false);
    }
    locals.clear();
    m_booking.takeFree(m_plan.cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 2),
                       locals);
    for (const int person : locals) {
        m_booking.addParticipant(visit, person, u"presenter", false);
    }
    if (m_random.percent(80)) {
        m_booking.addInterpreters(visit, index, 1);
    }
    if (m_random.percent(70)) {
        m_booking.addOrganiser(visit, index, true);
    }

    const City& city = m_plan.cities[std::size_t(visit.city)];
    const bool ukrainian = to == u"UA";
    const Topic subject = m_particulars.topic(day, ukrainian, visit);
    visit.title = u"Wyjazd studyjny do %1: %2"_s.arg(city.genitive, subject.pl);
    visit.ukTexts = ukrainian ? m_random.percent(75) : m_particulars.colleagueTranslates(day);
    if (visit.ukTexts) {
        visit.titleUk =
            ukrainian ? u"Навчальний візит польської делегації до %1: %2"_s.arg(
                            withoutPreposition(city.fromUk), subject.uk)
                      : u"Навчальний візит польської делегації до міста %1: %2"_s.arg(city.uk, subject.uk);
    }
    if (!ukrainian && m_random.percent(50)) {
        visit.titleEn = u"Study visit to %1: %2"_s.arg(city.name, subject.en);
    }
}

} // namespace BenchmarkData
