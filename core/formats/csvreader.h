// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/csvtable.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>

/// Reads CSV files as spreadsheets save them (RFC 4180 and what Excel and LibreOffice do besides).
///
/// Encodings: UTF-8 with or without a byte order mark, UTF-16 with one, and Windows-1250 (Polish Excel's
/// "CSV") when the bytes are not UTF-8. Separators: semicolon (Excel in Polish and Ukrainian), comma or
/// tab, whichever the heading row uses outside quotes. Quoted cells may hold separators, doubled quotes
/// and line breaks. Empty lines are skipped; a trailing separator's empty cell is kept.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// The file's text; `encoding` gets the encoding it was read in.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    /// Splits `text` into a heading row and rows. Refused (Validation): no heading row, or a quote
    /// left open at the end, with the line it was opened on.
    static Result<CsvTable> parse(const QString& text);
    /// Decodes and parses `bytes`.
    static Result<CsvTable> read(const QByteArray& bytes);
    /// Reads the file at `path`; errors name it.
    static Result<CsvTable> readFile(const QString& path);
    /// Undoes what CsvWriter does to a cell that would start a formula: "'=SUM(A1)" reads "=SUM(A1)".
    static QString unneutralized(const QString& cell);
};
