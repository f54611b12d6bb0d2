// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

/// A visit's days as people write them: "19–25 May 2026", "30 April – 2 May 2026";
/// in Polish "19–25 maja 2026", in Ukrainian "19–25 травня 2026 р.", month names in the form a date needs.
QString formatDayRange(const QDate& first, const QDate& last, const QLocale& locale = QLocale());

/// The locale's short date format with the year in full: "dd.MM.yyyy" where Ukrainian writes
/// "dd.MM.yy", "M/d/yyyy" for "M/d/yy". Tables and date inputs show dates so everywhere.
QString shortDateFormat(const QLocale& locale = QLocale());
/// A day as tables show it: "15.03.2027", "3/15/2027".
QString formatShortDate(const QDate& day, const QLocale& locale = QLocale());
/// A day and time as tables show them: "15.03.2027 09:30".
QString formatShortDateTime(const QDateTime& moment, const QLocale& locale = QLocale());

/// One day in the long form: "19 maja 2026".
QString formatDay(const QDate& day, const QLocale& locale = QLocale());

/// A session's times on a 24-hour clock, as the time inputs show them: "09:00–10:30", or with the end's
/// day when it ends on another one: "22:00 – 20 maja 2026 01:00".
QString formatTimeRange(const QDateTime& start, const QDateTime& end, const QLocale& locale = QLocale());
