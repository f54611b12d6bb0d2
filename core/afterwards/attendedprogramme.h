// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/result.h"
#include "core/model/session.h"
#include "core/model/visit.h"
#include "core/model/visitparticipant.h"

#include <QDate>
#include <QList>

class Database;

/// What one participant attended of a visit's programme.
struct ParticipantAttendance
{
    Id participantId = 0;
    /// Minutes of programme attended; sessions that overlap are counted once.
    qint64 minutes = 0;
    /// The days on which they attended some of the programme, earliest first.
    QList<QDate> days;
};

/// The programme each participant of a visit attended, for their certificate of participation and
/// the funder's figures.
///
/// A participant attends a session whose audience is the whole delegation or names them, as the
/// conflict check decides it (Conflicts::Scan::attendees), for the part of it within their stay: from
/// their arrival to their departure. An arrival or departure not entered is taken as the start of the
/// visit's first day or the end of its last, so that a session outside the visit's days never counts.
///
/// Only the professional programme counts — presentations, panels, workshops, site visits, meetings
/// and sessions of another kind: what an employer or a funder reads the hours of a study visit as.
/// Meals, transfers and free time are not programme; the cultural programme accompanies it (a film,
/// a walk through the old town) and is not counted either, as training certificates leave it out.
class AttendedProgramme final
{
public:
    explicit AttendedProgramme(Database& database) : m_database(database) {}

    /// Whether a session of `kind` counts as programme attended.
    static bool counts(SessionKind kind);

    /// What `participant` attended of `sessions`, the programme of `visit`.
    static ParticipantAttendance of(const Visit& visit, const VisitParticipant& participant,
                                    const QList<Session>& sessions);

    /// What each participant of visit `visitId` attended, in the order
    /// ParticipantRepository::listForVisit() gives them. A visit that does not exist is NotFound.
    Result<QList<ParticipantAttendance>> forVisit(Id visitId) const;

private:
    Database& m_database;
};
