// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/participantbooking.h"

#include "tests/bench/generator/calendar.h"
#include "tests/bench/vocabulary/visits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace BenchmarkData {

ParticipantBooking::ParticipantBooking(OfficePlan& plan, Random& random) : m_plan(plan), m_random(random) {}

bool ParticipantBooking::isFree(int person, const Visit& visit, int index) const
{
    const Person& p = m_plan.people[std::size_t(person)];
    return p.lastVisit != index && p.busyUntil < visit.firstDay;
}

void ParticipantBooking::book(int person, const Visit& visit, int index)
{
    Person& p = m_plan.people[std::size_t(person)];
    p.busyUntil = std::max(p.busyUntil, visit.lastDay);
    p.lastVisit = index;
    if (p.firstVisit == 0) {
        p.firstVisit = visit.firstDay;
    }
}

/// Adds up to `count` people from `pool` who are free on the visit's days to `taken`, booking them.
int ParticipantBooking::takeFree(const std::vector<int>& pool, const Visit& visit, int index, int count,
                                 std::vector<int>& taken)
{
    const int size = int(pool.size());
    int found = 0;
    if (size == 0 || count <= 0) {
        return 0;
    }
    const auto take = [&](int person) {
        if (isFree(person, visit, index)) {
            book(person, visit, index);
            taken.push_back(person);
            ++found;
        }
    };
    if (size <= 64) {
        const int start = m_random.below(size);
        for (int k = 0; k < size && found < count; ++k) {
            take(pool[std::size_t((start + k) % size)]);
        }
    } else {
        for (int attempt = 0; attempt < count * 6 && found < count; ++attempt) {
            take(m_random.pick(pool));
        }
    }
    return found;
}

/// A delegation: from its institution first, then its city, then its country.
void ParticipantBooking::takeDelegation(const std::vector<const std::vector<int>*>& pools, const Visit& visit,
                                        int index, int count, std::vector<int>& taken)
{
    for (const std::vector<int>* pool : pools) {
        const int missing = count - int(taken.size());
        if (missing <= 0) {
            return;
        }
        // From its own institution most, but not all: delegations come from several.
        takeFree(*pool, visit, index,
                 pool == pools.front() ? (missing + 1) / 2 + m_random.below(missing / 2 + 1) : missing,
                 taken);
    }
}

void ParticipantBooking::addParticipant(Visit& visit, int person, QStringView role, bool travels)
{
    Participant participant;
    participant.id = m_nextParticipantId++;
    participant.person = person;
    participant.role = role.toString();
    const bool nights = visit.lastDay > visit.firstDay;
    if (travels && m_random.percent(92)) {
        if (nights && m_random.percent(60)) {
            participant.arrival =
                stamp(isoDay(visit.firstDay - 1), m_random.between(60, 86) * 15); // 15:00–21:30
        } else {
            participant.arrival = stamp(isoDay(visit.firstDay), m_random.between(26, 32) * 15); // 06:30–08:00
        }
        if (m_random.percent(2)) {
            participant.arrival = stamp(isoDay(visit.firstDay), 11 * 60); // misses the morning: a warning
        }
        if (nights && m_random.percent(50)) {
            participant.departure =
                stamp(isoDay(visit.lastDay + 1), m_random.between(32, 48) * 15); // 08:00–12:00
        } else {
            participant.departure =
                stamp(isoDay(visit.lastDay), m_random.between(87, 90) * 15); // 21:45–22:30
        }
        if (nights && !visit.hotel.isEmpty()) {
            participant.accommodation = visit.hotel;
            if (m_random.percent(15)) {
                participant.accommodation += u"; pokój jednoosobowy"_s;
            }
        }
    }
    if (m_random.percent(3)) {
        participant.notes = m_random.pick(participantNotes).toString();
    }
    visit.participants.push_back(std::move(participant));
}

void ParticipantBooking::addInterpreters(Visit& visit, int index, int count)
{
    const QString language = visit.venueLanguage != u"pl" ? visit.venueLanguage : visit.guestLanguage;
    auto pool = m_plan.interpreters.find(language);
    if (pool == m_plan.interpreters.end() || pool->second.empty()) {
        pool = m_plan.interpreters.find(u"en"_s);
    }
    if (pool == m_plan.interpreters.end()) {
        return;
    }
    std::vector<int> taken;
    takeFree(pool->second, visit, index, count, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"interpreter", true);
    }
}

void ParticipantBooking::addOrganiser(Visit& visit, int index, bool travels)
{
    if (visit.coordinator >= 0 && isFree(visit.coordinator, visit, index)) {
        book(visit.coordinator, visit, index);
        addParticipant(visit, visit.coordinator, u"organiser", travels);
    }
}

void ParticipantBooking::addGuide(Visit& visit, int index)
{
    std::vector<int> taken;
    takeFree(m_plan.guides, visit, index, 1, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"guide_driver", true);
    }
}

/// Makes the first participant who is not a host the delegation's leader (the one per visit).
void promoteLeader(Visit& visit)
{
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_leader") {
            return;
        }
    }
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_member") {
            participant.role = u"delegation_leader"_s;
            return;
        }
    }
}

} // namespace BenchmarkData
