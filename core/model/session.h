// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/id.h"
#include "core/model/institution.h"
#include "core/model/localizedtext.h"
#include "core/model/result.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// A person with a role in a session: who presents, moderates or interprets.
struct SessionPerson
{
    Id personId = 0;
    SessionRole role = SessionRole::Presenter;

    friend bool operator==(const SessionPerson&, const SessionPerson&) = default;
};

/// One item of a visit's programme.
struct Session
{
    Id id = 0;
    Id visitId = 0;
    /// Wall-clock times in the visit's time zone, to the minute, UTC spec as "no zone" (see sqlquery.h).
    QDateTime startsAt;
    QDateTime endsAt;
    LocalizedText title;
    LocalizedText description;
    SessionKind kind = SessionKind::Presentation;
    Id venueInstitutionId = 0;
    QString room;
    QString address; ///< when it differs from the venue's, or there is no venue
    QString city;
    QString language; ///< ISO 639-1 code of the language spoken
    /// How it is interpreted from `language`, and into which languages (ISO 639-1 codes); the
    /// languages are ignored without interpretation. Printed in each document's language.
    InterpretationMode interpretation = InterpretationMode::None;
    QStringList interpretedInto;
    bool wholeDelegation = true;
    /// The participants attending when not the whole delegation; kept but ignored while wholeDelegation.
    QList<Id> audienceParticipantIds;
    QList<SessionPerson> people; ///< in the order entered
    QString notes;

    friend bool operator==(const Session&, const Session&) = default;
};

/// A session as the programme table shows it.
struct ProgrammeRow
{
    Session session;
    QString
        venueName; ///< the venue institution's name in the reader's language (ReaderText); empty without one
};

/// What conflict checking needs of a session, across visits.
struct SessionSlot
{
    Id id = 0;
    Id visitId = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    Id venueInstitutionId = 0;
    QString room;
    QString city;
    QList<Id> personIds; ///< people with a role in it, each once
    bool wholeDelegation = true;
    QList<Id> audienceParticipantIds;
};

/// Where a session takes place as a reader is told: its own address and city, or else its venue's.
struct SessionPlace
{
    QString room;
    QString address;
    QString city;

    /// The place of `session` held at `venue` (nullptr without a venue).
    static SessionPlace of(const Session& session, const Institution* venue);
    /// "Venue, room, address, city", parts left out when empty, and the city when the address already
    /// ends with it ("ul. Józefińska 14, 30-529 Kraków").
    QString describe(const QString& venueName) const;
};

/// A session's people by role, as names (the interpretation in words: InterpretationText).
struct SessionCredits
{
    QStringList presenters;
    QStringList moderators;
    QStringList interpreters;

    /// `nameOf` gives a person's name as the reader should see it.
    static Result<SessionCredits> of(const Session& session,
                                     const std::function<Result<QString>(Id)>& nameOf);
};

class SessionValidator
{
    Q_DECLARE_TR_FUNCTIONS(SessionValidator)

public:
    /// The longest session accepted; longer is a typing error (a wrong day), not a programme item.
    static constexpr qint64 maximumSeconds = 24 * 60 * 60;

    /// What can be checked without the database: title, start before end, at most a day long,
    /// codes, people and audience listed once.
    static FieldErrors validate(const Session& session);
};
