// SPDX-License-Identifier: GPL-3.0-or-later
// Too little time to travel between the places of one audience's consecutive sessions.
#include "core/conflicts/conflictchecker.h"
#include "core/conflicts/scan.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Conflicts {

void Scan::noTimeToTravel()
{
    // Each participant's day is followed on its own: groups split and meet again. A programme
    // whose participants are not entered yet is followed as the whole delegation's.
    QList<QList<qsizetype>> programmeOf(m_visits.size()); // each visit's items by start
    for (const qsizetype i : std::as_const(m_order)) {
        programmeOf[m_items.at(i).visit].append(i);
    }
    QSet<std::pair<qsizetype, qsizetype>> reported;
    for (qsizetype v = 0; v < m_visits.size(); ++v) {
        const VisitInfo& visit = m_visits.at(v);
        if (!visit.subject) {
            continue;
        }
        QHash<Id, qsizetype> sequenceOf;
        for (const ParticipantRow& participant : visit.participants) {
            sequenceOf.insert(participant.participant.id, sequenceOf.size());
        }
        QList<QList<qsizetype>> sequences(std::max<qsizetype>(visit.participants.size(), 1));
        for (const qsizetype i : std::as_const(programmeOf.at(v))) {
            const Session& session = m_items.at(i).session();
            if (session.wholeDelegation) {
                for (QList<qsizetype>& sequence : sequences) {
                    sequence.append(i);
                }
                continue;
            }
            for (const Id participantId : session.audienceParticipantIds) {
                if (const auto found = sequenceOf.constFind(participantId); found != sequenceOf.cend()) {
                    sequences[found.value()].append(i);
                }
            }
        }
        // Participants who go everywhere together are followed once.
        std::sort(sequences.begin(), sequences.end());
        sequences.erase(std::unique(sequences.begin(), sequences.end()), sequences.end());
        for (const QList<qsizetype>& sequence : std::as_const(sequences)) {
            followSequence(sequence, reported);
        }
    }
}

void Scan::followSequence(const QList<qsizetype>& sequence, QSet<std::pair<qsizetype, qsizetype>>& reported)
{
    // The last place the audience was at, or none (-1). Not a std::optional: GCC 12 at -O2 warns
    // that its value may be read uninitialised.
    qsizetype last = -1;
    for (const qsizetype i : sequence) {
        const Session& session = m_items.at(i).session();
        if (session.kind == SessionKind::Transfer) {
            // The coordinator planned the trip: it is not second-guessed with the table.
            last = -1;
            continue;
        }
        if (m_places.at(i).isEmpty()) {
            // Free time or a session with no place: the gap is measured around it.
            continue;
        }
        if (last >= 0 && m_places.at(last) != m_places.at(i)) {
            checkTravel(last, i, reported);
        }
        last = i;
    }
}

void Scan::checkTravel(qsizetype from, qsizetype to, QSet<std::pair<qsizetype, qsizetype>>& reported)
{
    const Item& a = m_items.at(from);
    const Item& b = m_items.at(to);
    const qint64 gap = (b.start - a.end) / 60;
    if (gap < 0 || reported.contains({from, to})) {
        return; // sessions that overlap are double-booked, not a journey
    }
    const QString fromCity = cityOf(a.session());
    const QString toCity = cityOf(b.session());
    // A venue whose city is not known is taken to be in the other's city: no alarm from a gap in the
    // data.
    const qint64 needed = fromCity.isEmpty() || toCity.isEmpty() ? m_limits.travel.sameCityMinutes
                                                                 : m_limits.travel.minutes(fromCity, toCity);
    if (gap >= needed) {
        return;
    }
    reported.insert({from, to});
    //: %1 is a number of minutes, %2 and %4 sessions' titles in quotation marks, %3 and %5 places
    //: with their cities, %6 a day and times, %7 a number of minutes
    add(ConflictWarning::Rule::NoTimeToTravel, to, from, 0,
        ConflictChecker::tr("Only %1 to get from %2 at %3 to %4 at %5 (%6); the trip takes %7.")
            .arg(minutesText(gap), label(from, b.visit), placeText(a), label(to, b.visit), placeText(b),
                 spanText(a.session().endsAt, b.session().startsAt), minutesText(needed)));
}

} // namespace Conflicts
