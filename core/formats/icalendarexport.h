// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

/// A visit's programme as an iCalendar file (RFC 5545) for delegates' phone calendars: one event per
/// session, with its title, venue and address, description and the people presenting, moderating and
/// interpreting it, all in one language.
///
/// Times are the wall-clock times of the visit's time zone, given with that zone (TZID) and its
/// VTIMEZONE, so a phone in another zone shows each session at the right moment, summer time and
/// sessions past midnight included. Each event's UID comes from the session and the visit, so
/// importing a newer export updates the events instead of adding them again. Fixed labels follow
/// the calendar's language (DocumentLanguage), never the interface's; a text with no translation
/// into it is given in the content language. Written through libical.
class ICalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarExport)

public:
    /// The programme of visit `visitId` in `language` (ISO 639-1), stamped `stamp` (DTSTAMP, UTC).
    ///
    /// A visit that does not exist is NotFound; a language that is not an ISO 639-1 code, or a
    /// visit's time zone the calendar library does not know, is refused as Validation.
    static Result<QByteArray> programme(Database& database, Id visitId, const QString& language,
                                        const QDateTime& stamp = QDateTime::currentDateTimeUtc());
    /// Writes it to `path` with QSaveFile (replaced only once complete). Io / DiskFull errors name the file.
    static Status writeFile(Database& database, Id visitId, const QString& language, const QString& path);
};
