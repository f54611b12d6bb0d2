// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"
#include "tests/bench/vocabulary/programmes.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace BenchmarkData {

/// Who in a visit does what, for the sessions' people.
struct VisitRoles
{
    std::vector<int> speakers;     // people: presenters and hosts
    std::vector<int> hosts;        // people
    std::vector<int> moderators;   // people
    std::vector<int> interpreters; // people
    std::vector<int> participantIds;
    int leader = -1; // person
    int turn = 0;    // the next interpreter
};

/// What a day of a programme needs to know while its sessions are made.
struct ProgrammeDay
{
    QString iso;
    int city = -1;
    int fromCity = -1; // for a day elsewhere: where the coach comes from
    int travelMinutes = 0;
    bool first = false;
    bool last = false;
    bool conference = false;
    int venue = -1; // the last institution visited
    QString hall;   // a conference's room
};

void addPerson(Session& session, int person, QStringView role);

/// Makes one session of a visit's programme into a presentation, a visit to an institution, a
/// workshop, a panel, a meeting, a meal, a cultural evening or a transfer: its place, texts, people and
/// interpretation.
class SessionMaker final
{
    Q_DISABLE_COPY_MOVE(SessionMaker)

public:
    SessionMaker(Random& random, const OfficePlan& plan);

    /// Before the visit's first session.
    void startVisit(const Visit& visit);
    const VisitRoles& roles() const { return m_roles; }
    /// An interpreter of the visit, taking turns when there are two; the visit must have one.
    int nextInterpreter();

    void presentation(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void siteVisit(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void workshop(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void panel(Session& s, const Visit& visit, ProgrammeDay& day);
    void meeting(Session& s, const Visit& visit, ProgrammeDay& day, const SessionText& text, int venue);
    void meal(Session& s, const Visit& visit, ProgrammeDay& day, bool dinner);
    void cultural(Session& s, const Visit& visit, const ProgrammeDay& day);
    void transfer(Session& s, const Visit& visit, int from, int to, int minutes);
    void texts(Session& s, const Visit& visit, const QString& pl, const QString& uk,
               QStringView descriptionPl, QStringView descriptionUk);
    void at(Session& s, int venue, bool withRoom);
    void atAddress(Session& s, const QString& address, int city);
    int venueIn(int city, bool siteVisit, int avoid);
    int presenterFor(int venue);
    void interpret(Session& s, const Visit& visit, bool conference);
    void chooseAudience(Session& s);
    QString streetIn(int city);

private:
    Random& m_random;
    const OfficePlan& m_plan;
    VisitRoles m_roles;
};

} // namespace BenchmarkData
