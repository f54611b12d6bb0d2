// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

/// A visit's days as people write them: "19–25 May 2026", "30 April – 2 May 2026";
/// in Polish "19–25 maja 2026", in Ukrainian "19–25 травня 2026 р.", month names in the form a date needs.
QString formatDayRange(const QDate& first, const QDate& last, const QLocale& locale = QLocale());

/// One day in the long form: "19 maja 2026".
QString formatDay(const QDate& day, const QLocale& locale = QLocale());
