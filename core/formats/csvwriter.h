// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Writes CSV that Polish Excel and LibreOffice open as they are: UTF-8 with a byte order mark (without
/// it Excel reads Windows-1250), semicolons (Excel's separator where the decimal comma is used), CRLF
/// line ends, cells quoted where they hold a semicolon, comma, tab, quote or line break.
///
/// A cell starting with = + - or @ would be run as a formula by a spreadsheet (CSV injection): it is
/// written after an apostrophe, "'+48 600 100 200", which keeps a phone number readable and as typed
/// (never turned into 4.86E+10); CsvReader::unneutralized() takes it off again.
class CsvWriter final
{
public:
    /// The whole file: `rows`, the heading row first.
    static QByteArray write(const QList<QStringList>& rows);
    /// `cell` as it is written, neutralised and quoted where needed.
    static QString cell(const QString& text);
    /// `text` made harmless for a spreadsheet's formula parser.
    static QString neutralized(const QString& text);
};
