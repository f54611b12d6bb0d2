// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcells.h"

#include <QCoreApplication>
#include <QStringList>

namespace ImportCells {

QString normalized(const QString& text)
{
    QString result = text.simplified().toCaseFolded();
    for (const QChar apostrophe : {u'\u2019', u'\u02BC', u'`', u'\u2018'}) {
        result.replace(apostrophe, u'\'');
    }
    while (result.endsWith(u':') || result.endsWith(u'*')) {
        result.chop(1);
    }
    return result.trimmed();
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
