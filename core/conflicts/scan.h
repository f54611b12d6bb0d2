// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conflicts/keptwarnings.h"
#include "core/conflicts/programmes.h"
#include "core/model/error.h"
#include "core/model/result.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <utility>

class Database;

namespace Conflicts {

/// Produces the warnings from loaded programmes; each rule is one pass over sessions sorted by start.
/// The rules are in groups of their own: scan.cpp (what they share), doublebooking.cpp (people and
/// venues in two sessions at once), travel.cpp (time between places) and staysandinterpreters.cpp
/// (sessions outside the visit's days or a participant's stay, interpreters without a break).
class Scan final
{
public:
    Scan(Database& database, const Programmes& programmes, const Limits& limits, ShownOn shownOn);

    Result<QList<PlacedWarning>> run();

private:
    /// A person in a session: with a role in it, or in its audience.
    struct Membership
    {
        Id personId = 0;
        qsizetype item = 0;
        bool role = false;
    };

    bool earlier(qsizetype a, qsizetype b) const;

    bool isSubject(qsizetype item) const { return m_visits.at(m_items.at(item).visit).subject; }

    void add(ConflictWarning::Rule rule, qsizetype item, qsizetype other, Id personId,
             const QString& message);

    /// Of two sessions, the earlier first, the one a warning is shown on (see ShownOn).
    std::pair<qsizetype, qsizetype> shownOn(qsizetype first, qsizetype second) const;

    /// The session's title, with its visit's when it belongs to another visit than `ownVisit`.
    QString label(qsizetype item, qsizetype ownVisit) const;

    QString personName(Id personId);

    /// The participants attending a session of a checked visit.
    QList<const ParticipantRow*> attendees(qsizetype item) const;

    void outsideVisitDays();

    void doubleBookedPeople();

    void personDoubleBooked(qsizetype first, qsizetype second, QList<Id> people);

    void doubleBookedVenues();

    void venueDoubleBooked(qsizetype first, qsizetype second);

    /// Where a session is, as a key equal for one place (rooms of one institution are one place);
    /// empty for transfers, which are the travel itself, free time and sessions with no place.
    static QString placeKey(const Session& session);

    QString cityOf(const Session& session);

    QString placeText(const Item& it);

    void noTimeToTravel();

    void followSequence(const QList<qsizetype>& sequence, QSet<std::pair<qsizetype, qsizetype>>& reported);

    void checkTravel(qsizetype from, qsizetype to, QSet<std::pair<qsizetype, qsizetype>>& reported);

    void interpretersWithoutBreak();

    void checkStretch(Id personId, const QList<qsizetype>& stretch, qint64 stretchEnd);

    void outsideStays();

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

} // namespace Conflicts
