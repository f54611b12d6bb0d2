// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/dayrange.h"

#include <QCoreApplication>

namespace {

// Qt's "MMMM" next to a day gives the month in the form a date needs (Polish "maja", Ukrainian "травня").
QString dayMonth(const QDate& day, const QLocale& locale)
{
    return locale.toString(day, QStringLiteral("d MMMM"));
}

QString yearSuffix(const QDate& day, const QLocale& locale)
{
    // Ukrainian writes "2026 р." after a date; the long date format carries that habit.
    const QString year = locale.toString(day, QStringLiteral("yyyy"));
    if (locale.language() == QLocale::Ukrainian) {
        return year + QStringLiteral(" р.");
    }
    return year;
}

} // namespace

QString formatDay(const QDate& day, const QLocale& locale)
{
    if (!day.isValid()) {
        return {};
    }
    return dayMonth(day, locale) + QLatin1Char(' ') + yearSuffix(day, locale);
}

QString formatDayRange(const QDate& first, const QDate& last, const QLocale& locale)
{
    if (!first.isValid() || !last.isValid()) {
        return formatDay(first.isValid() ? first : last, locale);
    }
    if (first == last) {
        return formatDay(first, locale);
    }
    const QString enDash = QStringLiteral("\u2013");
    if (first.year() == last.year() && first.month() == last.month()) {
        return locale.toString(first, QStringLiteral("d")) + enDash + formatDay(last, locale);
    }
    if (first.year() == last.year()) {
        return dayMonth(first, locale) + QLatin1Char(' ') + enDash + QLatin1Char(' ') +
               formatDay(last, locale);
    }
    return formatDay(first, locale) + QLatin1Char(' ') + enDash + QLatin1Char(' ') + formatDay(last, locale);
}

QString formatTimeRange(const QDateTime& start, const QDateTime& end, const QLocale& locale)
{
    const auto clock = [](const QTime& time) { return time.toString(QStringLiteral("HH:mm")); };
    if (start.date() == end.date()) {
        //: a session's start and end, e.g. 09:00–10:30
        return QCoreApplication::translate("TimeRange", "%1–%2").arg(clock(start.time()), clock(end.time()));
    }
    //: a session ending on another day: %1 start time, %2 end day, %3 end time
    return QCoreApplication::translate("TimeRange", "%1 – %2 %3")
        .arg(clock(start.time()), formatDay(end.date(), locale), clock(end.time()));
}

QString shortDateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

QString formatShortDate(const QDate& day, const QLocale& locale)
{
    return day.isValid() ? locale.toString(day, shortDateFormat(locale)) : QString();
}

QString formatShortDateTime(const QDateTime& moment, const QLocale& locale)
{
    // 24-hour time, as the time inputs show it.
    return moment.isValid() ? locale.toString(moment, shortDateFormat(locale) + QStringLiteral(" HH:mm"))
                            : QString();
}
