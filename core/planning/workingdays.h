// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

/// The days an institution works: Monday to Friday, less the public holidays of its country.
///
/// The holidays are those of the countries study visits in this field come from or go to, written
/// out here (fixed dates and those counted from Easter) because no library in Debian 12 that this
/// Qt 6 program can link holds them: KDE's KHolidays is built for Qt 5 only. A country not listed
/// is taken to work every weekday.
namespace WorkingDays {

/// Whether `day` is a public holiday in `country` (ISO 3166-1 alpha-2, any case).
bool isPublicHoliday(const QString& country, const QDate& day);

/// Whether institutions in `country` work on `day`.
bool isWorkingDay(const QString& country, const QDate& day);

/// The first day on or after `from` that begins `days` working days in a row in `country`.
QDate firstRunFrom(const QString& country, const QDate& from, int days);

/// The countries whose holidays are known.
QStringList countriesWithHolidays();

} // namespace WorkingDays
