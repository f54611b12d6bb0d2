// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

/// What is wrong with a cell of an imported row: its column's heading as in the file, and what.
struct ImportProblem
{
    QString column;
    QString message;
};

/// Reading the cells of spreadsheets people send: headings compared loosely, days and times in the
/// ways Polish and Ukrainian offices write them.
namespace ImportCells {

/// A heading or a value as compared: case and spacing ignored, apostrophes (’ ʼ `) made one, a
/// trailing colon or asterisk dropped.
QString normalized(const QString& text);
/// A day written 2026-05-19 or 19.05.2026; invalid otherwise.
QDate day(const QString& text);
/// A time written 9:00, 09:00 or 09.00; invalid otherwise.
QTime clock(const QString& text);
/// A day and time (2026-05-19 14:30, 19.05.2026 14:30), or a day alone: its start, or its end when
/// `endOfDay`. Wall-clock time with UTC spec as "no zone", as Wizyta stores it; invalid otherwise.
QDateTime dayAndTime(const QString& text, bool endOfDay);

/// A row's first problem as it is reported: "lista.csv, line 4, column "Przyjazd": ..." (without the
/// file when `file` is empty).
QString describe(const QString& file, int line, const QList<ImportProblem>& problems);
/// An error met while writing the row that starts on `line`: "line 4: ...".
Error atLine(int line, const Error& error);

} // namespace ImportCells
