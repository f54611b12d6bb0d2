// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QDate>
#include <QList>
#include <QString>

/// What the benchmark times on a database: its busiest seven-day visits, months and year, and what
/// is typed into the search boxes, found in the file so that any generated database will do.
struct BenchSubjects
{
    QList<Id> weekLongVisits; ///< the two longest visits (seven days) with the most sessions
    QList<QDate> busyMonths;  ///< the first days of the two months with the most visits
    int busyYear = 0;         ///< the year with the most visits
    QString visitSearch = QStringLiteral("rodzin");
    QString personSearch = QStringLiteral("Kowal");
    QString counts; ///< "5,000 visits, 100,000 sessions, ..."
    qint64 fileBytes = 0;

    static Result<BenchSubjects> find(const QString& databasePath);
    /// A paragraph on the database and the machine, printed above the table.
    QString describe() const;
};
