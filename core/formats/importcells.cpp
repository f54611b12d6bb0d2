// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/importcells.h"

#include <QCoreApplication>
#include <QStringList>

namespace ImportCells {

QString normalized(const QString& text)
{
    // One pass into one buffer, ASCII folded without a table: an import compares each row with
    // every person in the file, and the names of 50,000 people were a fifth of importing 10,000 rows
    // (wizyta_bench).
    QString result(text.size(), Qt::Uninitialized);
    QChar* const begin = result.data();
    QChar* out = begin;
    bool spaceBefore = false;
    const QChar* const end = text.constData() + text.size();
    for (const QChar* in = text.constData(); in != end; ++in) {
        const char16_t c = in->unicode();
        if (c < 0x80) {
            if (c == u' ' || (c >= u'\t' && c <= u'\r')) {
                spaceBefore = out != begin; // runs of spaces become one; none at the start
                continue;
            }
            if (spaceBefore) {
                *out++ = u' ';
                spaceBefore = false;
            }
            *out++ = c == u'`' ? u'\'' : (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
            continue;
        }
        if (in->isSpace()) {
            spaceBefore = out != begin;
            continue;
        }
        if (spaceBefore) {
            *out++ = u' ';
            spaceBefore = false;
        }
        if (in->isHighSurrogate() && in + 1 != end && in[1].isLowSurrogate()) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(*in, in[1]));
            *out++ = QChar::highSurrogate(folded);
            *out++ = QChar::lowSurrogate(folded);
            ++in;
            continue;
        }
        switch (c) {
        case u'\u2019': // ’
        case u'\u02BC': // ʼ
        case u'\u2018': // ‘
            *out++ = u'\'';
            break;
        default:
            *out++ = QChar(static_cast<char16_t>(QChar::toCaseFolded(char32_t(c))));
        }
    }
    // A trailing colon or asterisk, and the spaces before it.
    while (out != begin && (out[-1] == u':' || out[-1] == u'*')) {
        --out;
    }
    while (out != begin && out[-1].isSpace()) {
        --out;
    }
    result.truncate(out - begin);
    return result;
}

QDate day(const QString& text)
{
    const QString value = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy")}) {
        const QDate parsed = QDate::fromString(value, format);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return {};
}

QTime clock(const QString& text)
{
    QString value = text.trimmed();
    value.replace(u'.', u':');
    for (const QString& format : {QStringLiteral("H:mm"), QStringLiteral("H:mm:ss")}) {
        const QTime parsed = QTime::fromString(value, format);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return {};
}

QDateTime dayAndTime(const QString& text, bool endOfDay)
{
    const QStringList parts = text.simplified().replace(u'T', u' ').split(u' ');
    const QDate date = day(parts.value(0));
    if (!date.isValid() || parts.size() > 2) {
        return {};
    }
    if (parts.size() == 1) {
        return QDateTime(date, endOfDay ? QTime(23, 59) : QTime(0, 0), Qt::UTC);
    }
    const QTime time = clock(parts.at(1));
    return time.isValid() ? QDateTime(date, QTime(time.hour(), time.minute()), Qt::UTC) : QDateTime();
}

QString describe(const QString& file, int line, const QList<ImportProblem>& problems)
{
    const ImportProblem problem = problems.value(0);
    //: %1 is a line number of a CSV file, %2 a column's heading, %3 what is wrong
    const QString where = QCoreApplication::translate("ImportCells", "line %1, column \"%2\": %3")
                              .arg(line)
                              .arg(problem.column, problem.message);
    return file.isEmpty() ? where : QStringLiteral("%1, %2").arg(file, where);
}

Error atLine(int line, const Error& error)
{
    //: %1 is a line number of a CSV file, %2 why its row could not be saved
    return Error(error.kind(),
                 QCoreApplication::translate("ImportCells", "line %1: %2").arg(line).arg(error.message()));
}

} // namespace ImportCells
