// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchsubjects.h"

#include "core/storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

namespace {

/// Rows of a query on the benchmark's own read-only connection (the subjects are not what is timed).
QList<QVariantList> rowsOf(const Database& database, const QString& sql, int columns)
{
    QList<QVariantList> rows;
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < columns; ++column) {
            row << query.value(column);
        }
        rows << row;
    }
    return rows;
}

QString processorName()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        static const QRegularExpression model(QStringLiteral(R"(model name\s*:\s*(.*))"));
        const auto match = model.match(QString::fromUtf8(cpuinfo.readAll()));
        if (match.hasMatch()) {
            return match.captured(1).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

Result<BenchSubjects> BenchSubjects::find(const QString& databasePath)
{
    auto opened = Database::open(databasePath, Database::Access::ReadOnly);
    if (!opened) {
        return opened.error();
    }
    const Database& database = **opened;
    BenchSubjects subjects;
    // The longest visits (seven days on a real office's file), the busiest of them first.
    for (const QVariantList& row :
         rowsOf(database,
                QStringLiteral(
                    "SELECT v.id FROM visit v JOIN agenda_session s ON s.visit_id = v.id GROUP BY v.id "
                    "ORDER BY julianday(v.last_day) - julianday(v.first_day) DESC, count(*) DESC, v.id "
                    "LIMIT 2"),
                1)) {
        subjects.weekLongVisits << row.at(0).toLongLong();
    }
    for (const QVariantList& row :
         rowsOf(database,
                QStringLiteral("SELECT substr(first_day, 1, 7) AS month FROM visit GROUP BY month ORDER BY "
                               "count(*) DESC, month LIMIT 2"),
                1)) {
        subjects.busyMonths << QDate::fromString(row.at(0).toString() + QStringLiteral("-01"), Qt::ISODate);
    }
    for (const QVariantList& row :
         rowsOf(database,
                QStringLiteral("SELECT substr(first_day, 1, 4) AS year FROM visit GROUP BY year ORDER BY "
                               "count(*) DESC, year LIMIT 1"),
                1)) {
        subjects.busyYear = row.at(0).toInt();
    }
    QStringList counts;
    const QLocale english(QLocale::English);
    for (const QString& table :
         {QStringLiteral("visit"), QStringLiteral("agenda_session"), QStringLiteral("person"),
          QStringLiteral("institution"), QStringLiteral("visit_participant")}) {
        const auto rows = rowsOf(database, QStringLiteral("SELECT count(*) FROM %1").arg(table), 1);
        counts << QStringLiteral("%1 %2").arg(english.toString(rows.value(0).value(0).toLongLong()), table);
    }
    subjects.counts = counts.join(QStringLiteral(", "));
    subjects.fileBytes = QFileInfo(databasePath).size();
    if (subjects.weekLongVisits.size() < 2 || subjects.busyMonths.size() < 2 || subjects.busyYear == 0) {
        return Error(Error::Kind::NotFound,
                     QStringLiteral("%1 holds no two visits with sessions to time").arg(databasePath));
    }
    return subjects;
}

QString BenchSubjects::describe() const
{
    return QStringLiteral("Database: %1 (%2 MB). Longest visits %3 and %4, months %5 and %6, year %7.\n"
                          "Machine: %8, %9 logical processors; Qt %10.")
        .arg(counts)
        .arg(static_cast<double>(fileBytes) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(weekLongVisits.value(0))
        .arg(weekLongVisits.value(1))
        .arg(busyMonths.value(0).toString(QStringLiteral("yyyy-MM")),
             busyMonths.value(1).toString(QStringLiteral("yyyy-MM")))
        .arg(busyYear)
        .arg(processorName())
        .arg(QThread::idealThreadCount())
        .arg(QString::fromLatin1(qVersion()));
}
