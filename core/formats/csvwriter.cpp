// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/csvwriter.h"

#include <algorithm>

QString CsvWriter::neutralized(const QString& text)
{
    // Tab and carriage return at the start also let some spreadsheets run what follows.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0))) {
        return u'\'' + text;
    }
    return text;
}

QString CsvWriter::cell(const QString& text)
{
    QString value = neutralized(text);
    // Commas and tabs are quoted too: a reader guessing the separator must not take them for one.
    static const QString special = QStringLiteral(";,\t\"\n\r");
    if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); })) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString& value : row) {
            cells << cell(value);
        }
        text += cells.join(u';') + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
