// SPDX-License-Identifier: GPL-3.0-or-later
// What the rules share: the sessions in order, warnings placed and worded, names and places read when first
// needed.
#include "core/conflicts/scan.h"

#include "core/conflicts/conflictchecker.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Conflicts {

Scan::Scan(Database& database, const Programmes& programmes, const Limits& limits, ShownOn shownOn)
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

Result<QList<PlacedWarning>> Scan::run()
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

bool Scan::earlier(qsizetype a, qsizetype b) const
{
    const Item& x = m_items.at(a);
    const Item& y = m_items.at(b);
    return std::tie(x.start, x.end, x.row.session.id) < std::tie(y.start, y.end, y.row.session.id);
}

void Scan::add(ConflictWarning::Rule rule, qsizetype item, qsizetype other, Id personId,
               const QString& message)
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

std::pair<qsizetype, qsizetype> Scan::shownOn(qsizetype first, qsizetype second) const
{
    return m_shownOn == ShownOn::Earlier || isSubject(first) ? std::pair{first, second}
                                                             : std::pair{second, first};
}

QString Scan::label(qsizetype item, qsizetype ownVisit) const
{
    const Item& it = m_items.at(item);
    if (it.visit == ownVisit) {
        //: %1 is a session's title; use the language's quotation marks
        return ConflictChecker::tr("‘%1’").arg(it.session().title.forReader());
    }
    //: %1 is a session's title, %2 the title of the other visit it belongs to
    return ConflictChecker::tr("‘%1’ (visit ‘%2’)")
        .arg(it.session().title.forReader(), m_visits.at(it.visit).title);
}

QString Scan::personName(Id personId)
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

QList<const ParticipantRow*> Scan::attendees(qsizetype item) const
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

QString Scan::placeKey(const Session& session)
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

QString Scan::cityOf(const Session& session)
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

QString Scan::placeText(const Item& it)
{
    const Session& session = it.session();
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

} // namespace Conflicts
