// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictchecker.h"

#include "agendarepository.h"
#include "dayrange.h"
#include "institutionrepository.h"
#include "keptwarnings.h"
#include "participantrepository.h"
#include "personrepository.h"
#include "settingsrepository.h"
#include "visitrepository.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace {

/// A pause shorter than this is no rest for an interpreter: the sessions on either side of it are one
/// working stretch, measured from the first start to the last end. A quarter of an hour is what
/// interpreters' associations count as the shortest break that lets a voice and an attention recover.
constexpr qint64 interpreterBreakMinutes = 15;

/// A visit whose sessions are checked (a subject) or that only holds sessions they may collide with.
struct VisitInfo
{
    Id id = 0;
    QString title;
    QDate firstDay;
    QDate lastDay;
    bool subject = false;
    QList<ParticipantRow> participants; ///< read for subjects only: audiences matter within a visit
};

/// A session as the rules see it; times in seconds, so that comparing them costs nothing.
struct Item
{
    AgendaRow row;
    qsizetype visit = 0; ///< index into the visits
    qint64 start = 0;
    qint64 end = 0;

    const AgendaSession& session() const { return row.session; }
};

/// Everything the rules read, loaded once for a visit or a period.
struct Programmes
{
    QList<VisitInfo> visits;
    QList<Item> items;
    QHash<Id, qsizetype> visitIndex;
};

/// The settings the rules need.
struct Limits
{
    TravelTimeTable travel;
    qint64 interpreterMaxMinutes = SettingsRepository::defaultInterpreterMaxMinutes;
};

qint64 seconds(const QDateTime& time)
{
    return time.toSecsSinceEpoch();
}

QDateTime dayStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

QString timeText(const QTime& time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString momentText(const QDateTime& time)
{
    //: %1 is a day, %2 a time of day
    return ConflictChecker::tr("%1, %2", "day and time").arg(formatDay(time.date()), timeText(time.time()));
}

/// "19 May 2026, 10:00–10:30", with both days when it runs past midnight.
QString spanText(const QDateTime& start, const QDateTime& end)
{
    if (start == end) {
        return momentText(start);
    }
    if (start.date() == end.date()) {
        //: %1 is a day, %2 and %3 times of day
        return ConflictChecker::tr("%1, %2–%3")
            .arg(formatDay(start.date()), timeText(start.time()), timeText(end.time()));
    }
    //: %1 and %2 are a day with a time of day each
    return ConflictChecker::tr("%1 – %2").arg(momentText(start), momentText(end));
}

QString minutesText(qint64 minutes)
{
    return ConflictChecker::tr("%n minute(s)", nullptr, static_cast<int>(minutes));
}

QString folded(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

/// Which of two sessions a warning about both is shown on.
enum class ShownOn {
    Checked, ///< the earlier, unless only the later belongs to a checked visit: a visit's own check
    Earlier, ///< the earlier, always: a period's warnings, the same whichever visits were checked with it
};

/// Produces the warnings from loaded programmes; each rule is one pass over sessions sorted by start.
class Scan final
{
public:
    Scan(Database& database, const Programmes& programmes, const Limits& limits, ShownOn shownOn)
        : m_database(database), m_visits(programmes.visits), m_items(programmes.items), m_limits(limits),
          m_shownOn(shownOn)
    {
        m_order.reserve(m_items.size());
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            m_order.append(i);
        }
        std::sort(m_order.begin(), m_order.end(), [this](qsizetype a, qsizetype b) { return earlier(a, b); });
        // Only a checked visit's audience is followed from place to place (noTimeToTravel()).
        m_places.reserve(m_items.size());
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            m_places.append(isSubject(i) ? placeKey(m_items.at(i).session()) : QString());
        }
        for (const VisitInfo& visit : m_visits) {
            for (const ParticipantRow& participant : visit.participants) {
                m_names.insert(participant.participant.personId, participant.displayName);
            }
        }
    }

    Result<QList<PlacedWarning>> run()
    {
        outsideVisitDays();
        doubleBookedPeople();
        doubleBookedVenues();
        noTimeToTravel();
        interpretersWithoutBreak();
        outsideStays();
        if (m_error) {
            return *m_error;
        }
        // The rules ran in a fixed order over sorted sessions: a stable sort keeps the rest of the order.
        std::stable_sort(m_found.begin(), m_found.end(),
                         [](const PlacedWarning& a, const PlacedWarning& b) { return a.listedBefore(b); });
        return m_found;
    }

private:
    /// A person in a session: with a role in it, or in its audience.
    struct Membership
    {
        Id personId = 0;
        qsizetype item = 0;
        bool role = false;
    };

    bool earlier(qsizetype a, qsizetype b) const
    {
        const Item& x = m_items.at(a);
        const Item& y = m_items.at(b);
        return std::tie(x.start, x.end, x.row.session.id) < std::tie(y.start, y.end, y.row.session.id);
    }

    bool isSubject(qsizetype item) const { return m_visits.at(m_items.at(item).visit).subject; }

    void add(ConflictWarning::Rule rule, qsizetype item, qsizetype other, Id personId, const QString& message)
    {
        PlacedWarning found;
        found.warning.rule = rule;
        found.warning.sessionId = m_items.at(item).session().id;
        found.warning.otherSessionId = other < 0 ? 0 : m_items.at(other).session().id;
        found.warning.personId = personId;
        found.warning.message = message;
        found.start = m_items.at(item).start;
        found.otherStart = other < 0 ? 0 : m_items.at(other).start;
        found.visitId = m_visits.at(m_items.at(item).visit).id;
        found.otherVisitId = other < 0 ? 0 : m_visits.at(m_items.at(other).visit).id;
        m_found.append(found);
    }

    /// Of two sessions, the earlier first, the one a warning is shown on (see ShownOn).
    std::pair<qsizetype, qsizetype> shownOn(qsizetype first, qsizetype second) const
    {
        return m_shownOn == ShownOn::Earlier || isSubject(first) ? std::pair{first, second}
                                                                 : std::pair{second, first};
    }

    /// The session's title, with its visit's when it belongs to another visit than `ownVisit`.
    QString label(qsizetype item, qsizetype ownVisit) const
    {
        const Item& it = m_items.at(item);
        if (it.visit == ownVisit) {
            //: %1 is a session's title; use the language's quotation marks
            return ConflictChecker::tr("‘%1’").arg(it.session().title.text);
        }
        //: %1 is a session's title, %2 the title of the other visit it belongs to
        return ConflictChecker::tr("‘%1’ (visit ‘%2’)")
            .arg(it.session().title.text, m_visits.at(it.visit).title);
    }

    QString personName(Id personId)
    {
        if (!m_names.contains(personId) && !m_allPeopleRead) {
            // Presenters and interpreters need not be participants: those of the checked sessions are
            // read at once, when the first is needed.
            m_allPeopleRead = true;
            QList<Id> named;
            for (const Item& item : m_items) {
                for (const SessionPerson& person : item.session().people) {
                    if (!m_names.contains(person.personId)) {
                        named.append(person.personId);
                    }
                }
            }
            const auto names = PersonRepository(m_database).displayNames(named);
            if (!names) {
                m_error = names.error();
                return {};
            }
            m_names.insert(*names);
        }
        return m_names.value(personId);
    }

    /// The participants attending a session of a checked visit.
    QList<const ParticipantRow*> attendees(qsizetype item) const
    {
        const Item& it = m_items.at(item);
        const VisitInfo& visit = m_visits.at(it.visit);
        QList<const ParticipantRow*> found;
        found.reserve(visit.participants.size());
        for (const ParticipantRow& participant : visit.participants) {
            if (it.session().wholeDelegation ||
                it.session().audienceParticipantIds.contains(participant.participant.id)) {
                found.append(&participant);
            }
        }
        return found;
    }

    void outsideVisitDays()
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

    void doubleBookedPeople()
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

    void personDoubleBooked(qsizetype first, qsizetype second, QList<Id> people)
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

    void doubleBookedVenues()
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

    void venueDoubleBooked(qsizetype first, qsizetype second)
    {
        const auto [item, other] = shownOn(first, second);
        const Item& a = m_items.at(item);
        const Item& b = m_items.at(other);
        const QDateTime from = std::max(a.session().startsAt, b.session().startsAt);
        const QDateTime to = std::min(a.session().endsAt, b.session().endsAt);
        const QString room = a.session().room.trimmed();
        const QString venue =
            room.isEmpty() ? a.row.venueName
                           //: %1 is an institution, %2 a room or an address there
                           : ConflictChecker::tr("%1, %2", "venue and room").arg(a.row.venueName, room);
        //: %1 is a venue, %2 and %3 sessions' titles in quotation marks, %4 a day and times
        add(ConflictWarning::Rule::VenueDoubleBooked, item, other, 0,
            ConflictChecker::tr("%1 holds %2 and %3 at the same time (%4).")
                .arg(venue, label(item, a.visit), label(other, a.visit), spanText(from, to)));
    }

    /// Where a session is, as a key equal for one place (rooms of one institution are one place);
    /// empty for transfers, which are the travel itself, free time and sessions with no place.
    static QString placeKey(const AgendaSession& session)
    {
        if (session.kind == SessionKind::Transfer || session.kind == SessionKind::FreeTime) {
            return {};
        }
        if (session.venueInstitutionId != 0) {
            return QString::number(session.venueInstitutionId) + QLatin1Char('\n') + folded(session.address);
        }
        if (session.address.trimmed().isEmpty() && session.city.trimmed().isEmpty()) {
            return {};
        }
        // Without a venue the city is part of where it is.
        return QLatin1String("0\n") + folded(session.address) + QLatin1Char('\n') + folded(session.city);
    }

    QString cityOf(const AgendaSession& session)
    {
        const QString city = session.city.trimmed();
        if (!city.isEmpty() || session.venueInstitutionId == 0) {
            return city;
        }
        if (!m_institutionCitiesRead) {
            m_institutionCitiesRead = true;
            const auto institutions = InstitutionRepository(m_database).list();
            if (!institutions) {
                m_error = institutions.error();
                return {};
            }
            for (const InstitutionSummary& institution : *institutions) {
                m_institutionCities.insert(institution.id, institution.city.trimmed());
            }
        }
        return m_institutionCities.value(session.venueInstitutionId);
    }

    QString placeText(const Item& it)
    {
        const AgendaSession& session = it.session();
        const QString address = session.address.trimmed();
        QString place = address;
        if (session.venueInstitutionId != 0) {
            place = address.isEmpty()
                        ? it.row.venueName
                        : ConflictChecker::tr("%1, %2", "venue and room").arg(it.row.venueName, address);
        }
        const QString city = cityOf(session);
        if (place.isEmpty()) {
            return city;
        }
        //: %1 is a place (an institution or an address), %2 its city
        return city.isEmpty() ? place : ConflictChecker::tr("%1 (%2)", "place and city").arg(place, city);
    }

    void noTimeToTravel()
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
                const AgendaSession& session = m_items.at(i).session();
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

    void followSequence(const QList<qsizetype>& sequence, QSet<std::pair<qsizetype, qsizetype>>& reported)
    {
        // The last place the audience was at, or none (-1). Not a std::optional: GCC 12 at -O2 warns
        // that its value may be read uninitialised.
        qsizetype last = -1;
        for (const qsizetype i : sequence) {
            const AgendaSession& session = m_items.at(i).session();
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

    void checkTravel(qsizetype from, qsizetype to, QSet<std::pair<qsizetype, qsizetype>>& reported)
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
        const qint64 needed = fromCity.isEmpty() || toCity.isEmpty()
                                  ? m_limits.travel.sameCityMinutes
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

    void interpretersWithoutBreak()
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
            const bool sameStretch = w > 0 && work.at(w - 1).first == personId &&
                                     it.start - stretchEnd < interpreterBreakMinutes * 60;
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

    void checkStretch(Id personId, const QList<qsizetype>& stretch, qint64 stretchEnd)
    {
        const Item& first = m_items.at(stretch.constFirst());
        const qint64 limit = m_limits.interpreterMaxMinutes * 60;
        if (stretchEnd - first.start <= limit) {
            return;
        }
        // Shown on the session in which the limit is passed, or the first checked one after it.
        const auto subject = [this](qsizetype i) { return isSubject(i); };
        const auto passed = std::find_if(stretch.cbegin(), stretch.cend(), [&](qsizetype i) {
            return m_items.at(i).end - first.start > limit;
        });
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
            *std::max_element(stretch.cbegin(), stretch.cend(), [this](qsizetype a, qsizetype b) {
                return m_items.at(a).end < m_items.at(b).end;
            });
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
            message =
                ConflictChecker::tr("%1 interprets for %2 without a break (limit: %3) from %4 to %5, %6.")
                    .arg(personName(personId), worked, allowed, label(stretch.constFirst(), own),
                         label(last, own), span);
        }
        const qsizetype other = stretch.constFirst() == shown ? -1 : stretch.constFirst();
        add(ConflictWarning::Rule::InterpreterWithoutBreak, shown, other, personId, message);
    }

    void outsideStays()
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
                        "%1 and %n other participant(s) attend %2 (%3) before arriving (%4).", nullptr,
                        others);
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

    Database& m_database;
    const QList<VisitInfo>& m_visits;
    const QList<Item>& m_items;
    const Limits& m_limits;
    ShownOn m_shownOn;
    QList<qsizetype> m_order; ///< the items by start, end, id
    QList<QString> m_places;  ///< each item's placeKey()
    QHash<Id, QString> m_names;
    bool m_allPeopleRead = false;
    QHash<Id, QString> m_institutionCities;
    bool m_institutionCitiesRead = false;
    std::optional<Error> m_error;
    QList<PlacedWarning> m_found;
};

/// Reads the programmes to check, and those of the other visits they may collide with.
class Loader final
{
public:
    explicit Loader(Database& database) : m_database(database) {}

    /// Adds the visits to check (subjects) with their programmes and participants, all in the same
    /// few queries however many visits there are. The others come with addOthers().
    Status addChecked(QList<VisitInfo> visits)
    {
        QList<Id> ids;
        for (const VisitInfo& visit : std::as_const(visits)) {
            Q_ASSERT(visit.subject);
            ids.append(visit.id);
        }
        auto rows = AgendaRepository(m_database).listForVisits(ids, AgendaRepository::Detail::ForChecking);
        if (!rows) {
            return rows.error();
        }
        auto participants = ParticipantRepository(m_database).staysForVisits(ids);
        if (!participants) {
            return participants.error();
        }
        QHash<Id, QList<ParticipantRow>> participantsOf;
        for (ParticipantRow& participant : participants.value()) {
            participantsOf[participant.participant.visitId].append(std::move(participant));
        }
        for (VisitInfo& visit : visits) {
            visit.participants = participantsOf.take(visit.id);
            extend(dayStart(visit.firstDay), dayStart(visit.lastDay.addDays(1)));
            addVisit(std::move(visit));
        }
        addItems(std::move(rows).value());
        return success();
    }

    /// Adds the other visits with sessions in the time the checked visits and their sessions span,
    /// with their whole programmes: an interpreter's working stretch may run on through them. Their
    /// audiences are not read: across visits only the people with a role in a session count.
    Status addOthers()
    {
        if (!m_from.isValid()) {
            return success();
        }
        // A quarter of an hour more on each side: an interpreter's working stretch may run on into them.
        const qint64 margin = interpreterBreakMinutes * 60;
        const auto found = AgendaRepository(m_database)
                               .visitsWithSessionsInRange(m_from.addSecs(-margin), m_to.addSecs(margin));
        if (!found) {
            return found.error();
        }
        QList<Id> others;
        for (const Id id : *found) {
            if (!m_programmes.visitIndex.contains(id)) {
                others.append(id);
            }
        }
        if (others.isEmpty()) {
            return success();
        }
        const auto titles = VisitRepository(m_database).titles(others);
        if (!titles) {
            return titles.error();
        }
        auto rows =
            AgendaRepository(m_database).listForVisits(others, AgendaRepository::Detail::ForCheckingAgainst);
        if (!rows) {
            return rows.error();
        }
        for (const Id id : std::as_const(others)) {
            addVisit({id, titles->value(id), {}, {}, false, {}});
        }
        addItems(std::move(rows).value());
        return success();
    }

    Result<Limits> limits() const
    {
        SettingsRepository settings(m_database);
        auto travel = settings.travelTimeTable();
        if (!travel) {
            return travel.error();
        }
        const auto interpreter = settings.interpreterMaxMinutes();
        if (!interpreter) {
            return interpreter.error();
        }
        return Limits{std::move(travel).value(), *interpreter};
    }

    const Programmes& programmes() const { return m_programmes; }

private:
    void addVisit(VisitInfo visit)
    {
        m_programmes.visitIndex.insert(visit.id, m_programmes.visits.size());
        m_programmes.visits.append(std::move(visit));
    }

    /// Adds sessions of visits added before.
    void addItems(QList<AgendaRow> rows)
    {
        m_programmes.items.reserve(m_programmes.items.size() + rows.size());
        for (AgendaRow& row : rows) {
            Item item;
            item.visit = m_programmes.visitIndex.value(row.session.visitId);
            item.start = seconds(row.session.startsAt);
            item.end = seconds(row.session.endsAt);
            if (m_programmes.visits.at(item.visit).subject) {
                extend(row.session.startsAt, row.session.endsAt);
            }
            item.row = std::move(row);
            m_programmes.items.append(std::move(item));
        }
    }

    void extend(const QDateTime& from, const QDateTime& to)
    {
        if (from.isValid() && (!m_from.isValid() || from < m_from)) {
            m_from = from;
        }
        if (to.isValid() && (!m_to.isValid() || to > m_to)) {
            m_to = to;
        }
    }

    Database& m_database;
    Programmes m_programmes;
    QDateTime m_from;
    QDateTime m_to;
};

Result<QList<PlacedWarning>> check(Database& database, Loader& loader, ShownOn shownOn)
{
    if (Status added = loader.addOthers(); !added) {
        return added.error();
    }
    const auto limits = loader.limits();
    if (!limits) {
        return limits.error();
    }
    return Scan(database, loader.programmes(), *limits, shownOn).run();
}

} // namespace

Result<QList<ConflictWarning>> ConflictChecker::checkVisit(Id visitId) const
{
    const auto visit = VisitRepository(m_database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    Loader loader(m_database);
    if (Status added =
            loader.addChecked({{visitId, visit->title.text, visit->firstDay, visit->lastDay, true, {}}});
        !added) {
        return added.error();
    }
    const auto placed = check(m_database, loader, ShownOn::Checked);
    if (!placed) {
        return placed.error();
    }
    QList<ConflictWarning> warnings;
    warnings.reserve(placed->size());
    for (const PlacedWarning& found : *placed) {
        warnings.append(found.warning);
    }
    return warnings;
}

Result<QList<ConflictWarning>> ConflictChecker::checkPeriod(const QDate& first, const QDate& last) const
{
    // Visits checked before, and not changed since, are not read again (KeptWarnings).
    KeptWarnings kept(m_database);
    if (Status prepared = kept.prepare(rulesVersion, QLocale().name()); !prepared) {
        return prepared.error();
    }
    const auto visits = kept.unkeptIn(first, last);
    if (!visits) {
        return visits.error();
    }
    QList<VisitInfo> unkept;
    QList<Id> ids;
    for (const PeriodVisit& visit : *visits) {
        unkept.append({visit.id, visit.title, visit.firstDay, visit.lastDay, true, {}});
        ids.append(visit.id);
    }
    QList<PlacedWarning> found;
    if (!unkept.isEmpty()) {
        Loader loader(m_database);
        if (Status added = loader.addChecked(std::move(unkept)); !added) {
            return added.error();
        }
        auto checked = check(m_database, loader, ShownOn::Earlier);
        if (!checked) {
            return checked.error();
        }
        // Those naming a session of a visit checked: a stretch of an interpreter's work may be
        // named by the sessions of two visits around it.
        const QSet<Id> checkedVisits(ids.cbegin(), ids.cend());
        for (PlacedWarning& placed : std::move(checked).value()) {
            if (checkedVisits.contains(placed.visitId) || checkedVisits.contains(placed.otherVisitId)) {
                found.append(std::move(placed));
            }
        }
        // Keeping only saves the next check its time: what was found is the answer either way, so
        // a file that cannot be written to (read-only, a full disk) does not fail the check.
        if (kept.canKeep()) {
            const Status stored = kept.keep(ids, found);
            Q_UNUSED(stored)
        }
    }
    return kept.read(first, last, found);
}
