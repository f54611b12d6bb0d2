// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/session.h"

#include "core/languages/dayrange.h"
#include "core/model/codes.h"
#include "core/model/textlimits.h"

#include <QLocale>
#include <QSet>

namespace {

// Times are stored to the minute: compare them as they will be stored.
QDateTime toMinute(const QDateTime& time)
{
    QDateTime minute = time;
    minute.setTime(QTime(time.time().hour(), time.time().minute()));
    return minute;
}

QString badLanguageCode(const LocalizedText& text)
{
    for (auto it = text.translations.cbegin(); it != text.translations.cend(); ++it) {
        if (!Codes::isLanguageCode(it.key())) {
            return it.key();
        }
    }
    return {};
}

} // namespace

FieldErrors SessionValidator::validate(const Session& session)
{
    FieldErrors errors;
    if (session.title.text.trimmed().isEmpty()) {
        errors.append({QStringLiteral("session.title"), tr("Title: a session needs a title.")});
    }
    TextLimits::check(errors, QStringLiteral("session.title"), tr("Title"), session.title,
                      TextLimits::sessionTitle);
    if (const QString code = badLanguageCode(session.title); !code.isNull()) {
        //: %1 is what was entered as a language code
        errors.append({QStringLiteral("session.title"),
                       tr("Title: \"%1\" is not a two-letter language code such as uk.").arg(code)});
    }
    if (const QString code = badLanguageCode(session.description); !code.isNull()) {
        //: %1 is what was entered as a language code
        errors.append({QStringLiteral("session.description"),
                       tr("Description: \"%1\" is not a two-letter language code such as uk.").arg(code)});
    }
    if (!session.startsAt.isValid()) {
        errors.append({QStringLiteral("session.start"), tr("Start: enter when the session starts.")});
    }
    if (!session.endsAt.isValid()) {
        errors.append({QStringLiteral("session.end"), tr("End: enter when the session ends.")});
    }
    if (session.startsAt.isValid() && session.endsAt.isValid()) {
        const QDateTime start = toMinute(session.startsAt);
        const QDateTime end = toMinute(session.endsAt);
        const QLocale locale;
        // On one day the times say enough; across days the dates are the point.
        const bool sameDay = start.date() == end.date();
        const QString startText = sameDay ? locale.toString(start.time(), QLocale::ShortFormat)
                                          : formatShortDateTime(start, locale);
        const QString endText =
            sameDay ? locale.toString(end.time(), QLocale::ShortFormat) : formatShortDateTime(end, locale);
        if (end <= start) {
            //: %1 and %2 are times of day, with the dates when the days differ
            errors.append(
                {QStringLiteral("session.end"),
                 tr("End: the session ends at %1, before or when it starts (%2).").arg(endText, startText)});
        } else if (start.secsTo(end) > maximumSeconds) {
            //: %1 and %2 are dates with times of day
            errors.append({QStringLiteral("session.end"),
                           tr("End: a session lasts at most 24 hours; this one starts at %1 "
                              "and ends at %2.")
                               .arg(startText, endText)});
        }
    }
    if (!session.language.trimmed().isEmpty() &&
        !Codes::isLanguageCode(session.language.trimmed().toLower())) {
        errors.append({QStringLiteral("session.language"),
                       tr("Language: use the two-letter language code, for example pl or uk.")});
    }
    if (session.interpretation != InterpretationMode::None) {
        for (const QString& code : session.interpretedInto) {
            if (!Codes::isLanguageCode(code)) {
                //: %1 is what was entered as a language code
                errors.append(
                    {QStringLiteral("session.interpretation"),
                     tr("Interpretation: \"%1\" is not a two-letter language code such as uk.").arg(code)});
                break;
            }
        }
    }

    QList<SessionPerson> seen;
    for (const SessionPerson& person : session.people) {
        if (person.personId <= 0) {
            errors.append({QStringLiteral("session.people"), tr("People: choose a person for each role.")});
            break;
        }
        if (seen.contains(person)) {
            errors.append({QStringLiteral("session.people"),
                           tr("People: the same person is listed twice in the same role.")});
            break;
        }
        seen.append(person);
    }
    QSet<Id> audience;
    for (const Id participantId : session.audienceParticipantIds) {
        if (participantId <= 0 || audience.contains(participantId)) {
            errors.append(
                {QStringLiteral("session.audience"), tr("Audience: choose each participant once.")});
            break;
        }
        audience.insert(participantId);
    }
    return errors;
}

SessionPlace SessionPlace::of(const Session& session, const Institution* venue)
{
    SessionPlace place{session.room, session.address, session.city};
    if (venue) {
        if (place.address.trimmed().isEmpty()) {
            place.address = venue->address;
        }
        if (place.city.trimmed().isEmpty()) {
            place.city = venue->city;
        }
    }
    return place;
}

QString SessionPlace::describe(const QString& venueName) const
{
    QStringList parts;
    const QString cityName = city.trimmed();
    const bool cityInAddress = !cityName.isEmpty() && address.contains(cityName, Qt::CaseInsensitive);
    for (const QString& part : {venueName, room, address, cityInAddress ? QString() : city}) {
        if (!part.trimmed().isEmpty()) {
            parts << part.trimmed();
        }
    }
    return parts.join(QStringLiteral(", "));
}

Result<SessionCredits> SessionCredits::of(const Session& session,
                                          const std::function<Result<QString>(Id)>& nameOf)
{
    SessionCredits credits;
    for (const SessionPerson& person : session.people) {
        const auto name = nameOf(person.personId);
        if (!name) {
            return name.error();
        }
        switch (person.role) {
        case SessionRole::Presenter:
            credits.presenters << *name;
            break;
        case SessionRole::Moderator:
            credits.moderators << *name;
            break;
        case SessionRole::Interpreter:
            credits.interpreters << *name;
            break;
        }
    }
    return credits;
}
