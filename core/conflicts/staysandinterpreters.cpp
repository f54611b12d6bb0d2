// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions outside the visit's days or a participant's stay, and interpreters working too long without a
// break.
#include "core/conflicts/conflictchecker.h"
#include "core/conflicts/scan.h"
#include "core/languages/dayrange.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Conflicts {

void Scan::outsideVisitDays()
{
    for (const qsizetype i : std::as_const(m_order)) {
        const Item& it = m_items.at(i);
        const VisitInfo& visit = m_visits.at(it.visit);
        if (!visit.subject || !visit.firstDay.isValid() || !visit.lastDay.isValid()) {
            continue;
        }
        if (it.start >= seconds(dayStart(visit.firstDay)) &&
            it.end <= seconds(dayStart(visit.lastDay.addDays(1)))) {
            continue;
        }
        //: %1 is a session's title in quotation marks, %2 its day and times, %3 the visit's days
        add(ConflictWarning::Rule::OutsideVisitDays, i, -1, 0,
            ConflictChecker::tr("%1 (%2) is not within the visit's days (%3).")
                .arg(label(i, it.visit), spanText(it.session().startsAt, it.session().endsAt),
                     formatDayRange(visit.firstDay, visit.lastDay)));
    }
}

void Scan::interpretersWithoutBreak()
{
    QList<std::pair<Id, qsizetype>> work; // interpreter, session; by interpreter, then start
    for (const qsizetype i : std::as_const(m_order)) {
        for (const SessionPerson& person : m_items.at(i).session().people) {
            if (person.role == SessionRole::Interpreter) {
                work.append({person.personId, i});
            }
        }
    }
    std::stable_sort(work.begin(), work.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<qsizetype> stretch;
    qint64 stretchEnd = 0;
    for (qsizetype w = 0; w < work.size(); ++w) {
        const auto& [personId, item] = work.at(w);
        const Item& it = m_items.at(item);
        const bool sameStretch =
            w > 0 && work.at(w - 1).first == personId && it.start - stretchEnd < interpreterBreakMinutes * 60;
        if (!sameStretch) {
            if (!stretch.isEmpty()) {
                checkStretch(work.at(w - 1).first, stretch, stretchEnd);
            }
            stretch.clear();
            stretchEnd = it.end;
        }
        stretch.append(item);
        stretchEnd = std::max(stretchEnd, it.end);
    }
    if (!stretch.isEmpty()) {
        checkStretch(work.constLast().first, stretch, stretchEnd);
    }
}

void Scan::checkStretch(Id personId, const QList<qsizetype>& stretch, qint64 stretchEnd)
{
    const Item& first = m_items.at(stretch.constFirst());
    const qint64 limit = m_limits.interpreterMaxMinutes * 60;
    if (stretchEnd - first.start <= limit) {
        return;
    }
    // Shown on the session in which the limit is passed, or the first checked one after it.
    const auto subject = [this](qsizetype i) { return isSubject(i); };
    const auto passed = std::find_if(stretch.cbegin(), stretch.cend(),
                                     [&](qsizetype i) { return m_items.at(i).end - first.start > limit; });
    if (std::none_of(stretch.cbegin(), stretch.cend(), subject)) {
        return;
    }
    auto shownAt = m_shownOn == ShownOn::Earlier ? passed : std::find_if(passed, stretch.cend(), subject);
    if (shownAt == stretch.cend()) {
        shownAt = std::find_if(stretch.cbegin(), stretch.cend(), subject);
    }
    const qsizetype shown = *shownAt;
    const qsizetype own = m_items.at(shown).visit;
    const qsizetype last =
        *std::max_element(stretch.cbegin(), stretch.cend(),
                          [this](qsizetype a, qsizetype b) { return m_items.at(a).end < m_items.at(b).end; });
    const QString span = spanText(first.session().startsAt, m_items.at(last).session().endsAt);
    const QString worked = minutesText((stretchEnd - first.start) / 60);
    const QString allowed = minutesText(m_limits.interpreterMaxMinutes);
    QString message;
    if (stretch.size() == 1) {
        //: %1 is a person, %2 and %3 numbers of minutes, %4 a session's title in quotation marks,
        //: %5 a day and times
        message = ConflictChecker::tr("%1 interprets for %2 without a break (limit: %3) in %4, %5.")
                      .arg(personName(personId), worked, allowed, label(shown, own), span);
    } else {
        //: %1 is a person, %2 and %3 numbers of minutes, %4 and %5 sessions' titles in quotation
        //: marks, %6 a day and times
        message = ConflictChecker::tr("%1 interprets for %2 without a break (limit: %3) from %4 to %5, %6.")
                      .arg(personName(personId), worked, allowed, label(stretch.constFirst(), own),
                           label(last, own), span);
    }
    const qsizetype other = stretch.constFirst() == shown ? -1 : stretch.constFirst();
    add(ConflictWarning::Rule::InterpreterWithoutBreak, shown, other, personId, message);
}

void Scan::outsideStays()
{
    // Participants arriving (or leaving) together, on one train, are one warning per session.
    struct Stay
    {
        bool arriving = true;
        QDateTime moment;
        QList<Id> people;
        QString firstName;
    };
    for (const qsizetype i : std::as_const(m_order)) {
        if (!isSubject(i)) {
            continue;
        }
        const Item& it = m_items.at(i);
        QList<Stay> stays;
        const auto note = [&stays](bool arriving, const QDateTime& moment,
                                   const ParticipantRow& participant) {
            auto stay = std::find_if(stays.begin(), stays.end(), [&](const Stay& s) {
                return s.arriving == arriving && s.moment == moment;
            });
            if (stay == stays.end()) {
                stays.append({arriving, moment, {}, participant.displayName});
                stay = stays.end() - 1;
            }
            stay->people.append(participant.participant.personId);
        };
        for (const ParticipantRow* participant : attendees(i)) {
            const VisitParticipant& stay = participant->participant;
            if (stay.arrival.isValid() && it.start < seconds(stay.arrival)) {
                note(true, stay.arrival, *participant);
            }
            if (stay.departure.isValid() && it.end > seconds(stay.departure)) {
                note(false, stay.departure, *participant);
            }
        }
        if (stays.isEmpty()) {
            continue; // the usual case: the time is written only for a warning
        }
        const QString span = spanText(it.session().startsAt, it.session().endsAt);
        for (const Stay& stay : std::as_const(stays)) {
            const int others = static_cast<int>(stay.people.size() - 1);
            QString message;
            if (stay.arriving && others == 0) {
                //: %1 is a person, %2 a session's title in quotation marks, %3 its day and times,
                //: %4 the day and time the person arrives
                message = ConflictChecker::tr("%1 attends %2 (%3) before arriving (%4).");
            } else if (stay.arriving) {
                //: %1 is a person, %2 a session's title in quotation marks, %3 its day and times,
                //: %4 the day and time they all arrive
                message = ConflictChecker::tr(
                    "%1 and %n other participant(s) attend %2 (%3) before arriving (%4).", nullptr, others);
            } else if (others == 0) {
                //: %1 is a person, %2 a session's title in quotation marks, %3 its day and times,
                //: %4 the day and time the person leaves
                message = ConflictChecker::tr("%1 attends %2 (%3) after leaving (%4).");
            } else {
                //: %1 is a person, %2 a session's title in quotation marks, %3 its day and times,
                //: %4 the day and time they all leave
                message = ConflictChecker::tr(
                    "%1 and %n other participant(s) attend %2 (%3) after leaving (%4).", nullptr, others);
            }
            add(ConflictWarning::Rule::OutsideStay, i, -1, stay.people.constFirst(),
                message.arg(stay.firstName, label(i, it.visit), span, momentText(stay.moment)));
        }
    }
}

} // namespace Conflicts
