// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/csvroundtrip.h"

#include "core/formats/csvreader.h"
#include "core/formats/csvwriter.h"

#include <QStringList>

#include <algorithm>

namespace {

/// `cell` quoted, with line breaks, tabs and other invisible characters spelt out.
QString shown(const QString& cell)
{
    QString text = QStringLiteral("\"");
    for (const QChar c : cell) {
        if (c == u'\n') {
            text += QStringLiteral("\\n");
        } else if (c == u'\r') {
            text += QStringLiteral("\\r");
        } else if (c == u'\t') {
            text += QStringLiteral("\\t");
        } else if (c == u'"' || c == u'\\') {
            text += u'\\' + QString(c);
        } else if (c.isPrint() && c.unicode() < 0x7F) {
            text += c;
        } else if (c.unicode() < 0x7F) {
            text += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        } else {
            text += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        }
    }
    return text + u'"';
}

QStringList unneutralized(const QStringList& row)
{
    QStringList cells;
    cells.reserve(row.size());
    for (const QString& cell : row) {
        cells << CsvReader::unneutralized(cell);
    }
    return cells;
}

/// Empty when `first` and `second` are equal, else where they first differ.
QString difference(const QStringList& first, const QStringList& second)
{
    const QStringList before = unneutralized(first);
    const QStringList after = unneutralized(second);
    if (before == after) {
        return {};
    }
    if (before.size() != after.size()) {
        return QStringLiteral("%1 cells, then %2").arg(before.size()).arg(after.size());
    }
    const auto mismatch = std::mismatch(before.cbegin(), before.cend(), after.cbegin());
    const auto column = std::distance(before.cbegin(), mismatch.first);
    return QStringLiteral("cell %1 was %2, then %3")
        .arg(column + 1)
        .arg(shown(*mismatch.first), shown(*mismatch.second));
}

bool fail(QString* why, const QString& text)
{
    if (why) {
        *why = text;
    }
    return false;
}

} // namespace

bool csvRoundTrips(const QByteArray& input, QString* why)
{
    const auto first = CsvReader::read(input);
    if (!first) {
        return true;
    }
    QList<QStringList> rows;
    rows.reserve(first->rows.size() + 1);
    rows << first->header;
    rows << first->rows;
    const QByteArray written = CsvWriter::write(rows);

    const auto second = CsvReader::read(written);
    if (!second) {
        return fail(why, QStringLiteral("what was written is refused: %1").arg(second.error().message()));
    }
    if (const QString header = difference(first->header, second->header); !header.isEmpty()) {
        return fail(why, QStringLiteral("heading row: %1").arg(header));
    }
    if (first->rows.size() != second->rows.size()) {
        return fail(why, QStringLiteral("%1 rows, then %2").arg(first->rows.size()).arg(second->rows.size()));
    }
    for (qsizetype r = 0; r < first->rows.size(); ++r) {
        if (const QString row = difference(first->rows.at(r), second->rows.at(r)); !row.isEmpty()) {
            return fail(why, QStringLiteral("row %1: %2").arg(r + 1).arg(row));
        }
    }
    return true;
}
