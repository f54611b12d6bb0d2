// SPDX-License-Identifier: GPL-3.0-or-later
// A person or a venue in two sessions at once, within a visit or across visits.
#include "core/conflicts/conflictchecker.h"
#include "core/conflicts/scan.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Conflicts {

void Scan::doubleBookedPeople()
{
    QList<Membership> members;
    for (const qsizetype i : std::as_const(m_order)) {
        const qsizetype firstOfSession = members.size();
        for (const SessionPerson& person : m_items.at(i).session().people) {
            const bool listed =
                std::any_of(members.cbegin() + firstOfSession, members.cend(),
                            [&](const Membership& m) { return m.personId == person.personId; });
            if (!listed) {
                members.append({person.personId, i, true});
            }
        }
        if (!isSubject(i)) {
            continue;
        }
        for (const ParticipantRow* participant : attendees(i)) {
            const Id personId = participant->participant.personId;
            const bool listed = std::any_of(members.cbegin() + firstOfSession, members.cend(),
                                            [&](const Membership& m) { return m.personId == personId; });
            if (!listed) {
                members.append({personId, i, false});
            }
        }
    }
    // Grouped by person; the members were listed by start, and the sort keeps that order.
    std::stable_sort(members.begin(), members.end(),
                     [](const Membership& a, const Membership& b) { return a.personId < b.personId; });

    // Participants who merely attend are counted once per pair of sessions: a whole delegation
    // in two sessions at once is one mistake, not twenty.
    std::map<std::pair<qsizetype, qsizetype>, QList<Id>> attending;
    QList<Membership> active;
    for (qsizetype m = 0; m < members.size(); ++m) {
        const Membership& current = members.at(m);
        if (m == 0 || members.at(m - 1).personId != current.personId) {
            active.clear();
        }
        const Item& it = m_items.at(current.item);
        active.removeIf([&](const Membership& a) { return m_items.at(a.item).end <= it.start; });
        for (const Membership& before : std::as_const(active)) {
            const Item& other = m_items.at(before.item);
            if (!isSubject(before.item) && !isSubject(current.item)) {
                continue;
            }
            // Across visits only the roles count: an audience is a matter of its own visit.
            const bool sameVisit = other.visit == it.visit;
            if (!sameVisit && !(before.role && current.role)) {
                continue;
            }
            if (before.role || current.role) {
                personDoubleBooked(before.item, current.item, {current.personId});
            } else {
                attending[{before.item, current.item}].append(current.personId);
            }
        }
        active.append(current);
    }
    for (auto& [pair, people] : attending) {
        personDoubleBooked(pair.first, pair.second, people);
    }
}

void Scan::personDoubleBooked(qsizetype first, qsizetype second, QList<Id> people)
{
    const auto [item, other] = shownOn(first, second);
    const Item& a = m_items.at(item);
    const Item& b = m_items.at(other);
    const QDateTime from = std::max(a.session().startsAt, b.session().startsAt);
    const QDateTime to = std::min(a.session().endsAt, b.session().endsAt);
    // The visit's leaders come first in its participant list: name the first of them.
    const QList<ParticipantRow>& participants = m_visits.at(a.visit).participants;
    const auto position = [&](Id personId) {
        return std::find_if(participants.cbegin(), participants.cend(),
                            [&](const ParticipantRow& p) { return p.participant.personId == personId; }) -
               participants.cbegin();
    };
    std::stable_sort(people.begin(), people.end(), [&](Id x, Id y) { return position(x) < position(y); });
    const QString name = personName(people.constFirst());
    QString message;
    if (people.size() == 1) {
        //: %1 is a person, %2 and %3 sessions' titles in quotation marks, %4 a day and times
        message = ConflictChecker::tr("%1 is in %2 and %3 at the same time (%4).");
    } else {
        //: %1 is a person, %2 and %3 sessions' titles in quotation marks, %4 a day and times
        message =
            ConflictChecker::tr("%1 and %n other participant(s) are in %2 and %3 at the same time (%4).",
                                nullptr, static_cast<int>(people.size() - 1));
    }
    add(ConflictWarning::Rule::PersonDoubleBooked, item, other, people.constFirst(),
        message.arg(name, label(item, a.visit), label(other, a.visit), spanText(from, to)));
}

void Scan::doubleBookedVenues()
{
    // Sessions at one venue institution next to each other, each venue's by start. Two that
    // overlap there clash when they are in the same room; the rooms are compared case-folded,
    // and only for sessions that overlap: most never do.
    QList<std::pair<Id, qsizetype>> venues;
    for (const qsizetype i : std::as_const(m_order)) {
        if (const Id venue = m_items.at(i).session().venueInstitutionId; venue != 0) {
            venues.append({venue, i});
        }
    }
    std::stable_sort(venues.begin(), venues.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QHash<qsizetype, QString> rooms;
    const auto room = [&](qsizetype item) {
        auto found = rooms.constFind(item);
        if (found == rooms.cend()) {
            found = rooms.insert(item, folded(m_items.at(item).session().room));
        }
        return found.value();
    };
    QList<qsizetype> active;
    for (qsizetype v = 0; v < venues.size(); ++v) {
        if (v == 0 || venues.at(v - 1).first != venues.at(v).first) {
            active.clear();
        }
        const qsizetype current = venues.at(v).second;
        const Item& it = m_items.at(current);
        active.removeIf([&](qsizetype a) { return m_items.at(a).end <= it.start; });
        for (const qsizetype before : std::as_const(active)) {
            if ((isSubject(before) || isSubject(current)) && room(before) == room(current)) {
                venueDoubleBooked(before, current);
            }
        }
        active.append(current);
    }
}

void Scan::venueDoubleBooked(qsizetype first, qsizetype second)
{
    const auto [item, other] = shownOn(first, second);
    const Item& a = m_items.at(item);
    const Item& b = m_items.at(other);
    const QDateTime from = std::max(a.session().startsAt, b.session().startsAt);
    const QDateTime to = std::min(a.session().endsAt, b.session().endsAt);
    const QString room = a.session().room.trimmed();
    const QString venue = room.isEmpty()
                              ? a.row.venueName
                              //: %1 is an institution, %2 a room or an address there
                              : ConflictChecker::tr("%1, %2", "venue and room").arg(a.row.venueName, room);
    //: %1 is a venue, %2 and %3 sessions' titles in quotation marks, %4 a day and times
    add(ConflictWarning::Rule::VenueDoubleBooked, item, other, 0,
        ConflictChecker::tr("%1 holds %2 and %3 at the same time (%4).")
            .arg(venue, label(item, a.visit), label(other, a.visit), spanText(from, to)));
}

} // namespace Conflicts
