// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A table read from a CSV file: its heading row, its rows, and where each row starts in the file, so
/// that a problem is reported at the line a person finds in their spreadsheet.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    /// The line (counted from 1) each row starts on; a quoted cell may hold line breaks.
    QList<int> rowLines;
    /// The encoding the file was read in: "UTF-8", "UTF-16" or "Windows-1250".
    QString encoding;
    QChar separator = u';';
};
