// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/fundingproject.h"
#include "core/model/id.h"
#include "core/model/institution.h"
#include "core/model/person.h"
#include "core/model/result.h"
#include "core/model/session.h"
#include "core/model/visit.h"

#include <QDate>
#include <QList>

#include <optional>

class Database;

/// What a visit's report tells of it, gathered from the repositories: who came and from where, when,
/// hosted and funded by whom, and day by day the institutions the delegation went to and who presented
/// there for which institution. The report's text is written from it elsewhere (VisitReportDraft).
struct VisitStory
{
    /// Someone who presented a session, with the institution they work for.
    struct Presenter
    {
        Person person;
        std::optional<Institution> institution;
    };

    /// A session the report tells of, with where it was held and who presented it.
    struct Item
    {
        Session session;
        std::optional<Institution> venue;
        QList<Presenter> presenters; ///< in the order entered
    };

    /// A day of the visit, or a day a session lies on outside the visit's days.
    struct Day
    {
        QDate date;
        /// The institutions its sessions were held at, each once, in the order first gone to.
        QList<Institution> venues;
        /// Its sessions the report tells of, by time.
        QList<Item> items;
    };

    Visit visit;
    std::optional<Institution> host;
    /// Who the delegation came from: the sending institution, the institutions invited to the visit
    /// (an exchange group's members), then those the delegation's members work for, each once; never
    /// the host.
    QList<Institution> senders;
    /// The delegation's leaders and members.
    int delegationSize = 0;
    std::optional<FundingProject> funding;
    /// Every day of the visit, then any other day a session lies on, in order.
    QList<Day> days;

    /// Whether a report tells of a session of `kind`: not of meals, transfers and free time.
    static bool tells(SessionKind kind);

    /// Reads visit `visitId` and what its report tells. Refused: a visit that does not exist
    /// (NotFound), a database error.
    static Result<VisitStory> read(Database& database, Id visitId);
};
