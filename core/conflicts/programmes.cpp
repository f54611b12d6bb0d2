// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conflicts/programmes.h"

#include "core/conflicts/conflictchecker.h"
#include "core/languages/dayrange.h"

#include <QLocale>

namespace Conflicts {

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

} // namespace Conflicts
