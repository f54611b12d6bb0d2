// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta_generate: writes the benchmark's database, ten busy years of an office (see benchmarkdata.h),
// into a new file.
//
//   wizyta_generate --output FILE [--scale ten-years|small] [--seed N]

#include "core/storage/database.h"
#include "tests/bench/benchmarkdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 defaultSeed = 20261126;

const QString tables[] = {
    u"institution"_s,
    u"institution_text"_s,
    u"person"_s,
    u"funding_project"_s,
    u"funding_project_partner"_s,
    u"exchange_group"_s,
    u"exchange_group_member"_s,
    u"visit"_s,
    u"visit_text"_s,
    u"visit_participant"_s,
    u"agenda_session"_s,
    u"agenda_session_text"_s,
    u"session_person"_s,
    u"session_audience"_s,
    u"travel_time"_s,
    u"setting"_s,
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<BenchmarkScale> scaleNamed(const QString& name)
{
    if (name == u"ten-years") {
        return BenchmarkScale::tenYears();
    }
    if (name == u"small") {
        return BenchmarkScale::small();
    }
    return std::nullopt;
}

void printCounts(Database& database)
{
    QSqlQuery query(database.connection());
    for (const QString& table : tables) {
        // The table names are the constants above, not input.
        if (query.exec(u"SELECT count(*) FROM "_s + table) && query.next()) {
            out() << qSetFieldWidth(26) << Qt::left << table << qSetFieldWidth(0)
                  << query.value(0).toLongLong() << Qt::endl;
        }
    }
}

/// Removes what a failed run created: the generator writes only to a new file.
void removeCreated(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"wizyta_generate"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a synthetic Wizyta database of ten busy years (2016-12-01 to 2026-11-30) for the benchmark."_s);
    parser.addHelpOption();
    const QCommandLineOption outputOption(u"output"_s, u"The database to create; it must not exist."_s,
                                          u"FILE"_s);
    const QCommandLineOption scaleOption(u"scale"_s, u"ten-years (default) or small (1/50 of it)."_s,
                                         u"SCALE"_s, u"ten-years"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"The random seed (default %1)."_s.arg(defaultSeed),
                                        u"N"_s, QString::number(defaultSeed));
    parser.addOptions({outputOption, scaleOption, seedOption});
    parser.process(application);

    const QString path = parser.value(outputOption);
    if (path.isEmpty()) {
        err() << "wizyta_generate: --output FILE is required." << Qt::endl;
        return 1;
    }
    const std::optional<BenchmarkScale> scale = scaleNamed(parser.value(scaleOption));
    if (!scale) {
        err() << "wizyta_generate: unknown scale \"" << parser.value(scaleOption)
              << "\"; use ten-years or small." << Qt::endl;
        return 1;
    }
    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        err() << "wizyta_generate: the seed must be a whole number from 0 to 4294967295." << Qt::endl;
        return 1;
    }
    if (QFileInfo::exists(path)) {
        err() << "wizyta_generate: " << QDir::toNativeSeparators(path)
              << " already exists; the generator writes only a new file." << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened) {
        err() << opened.error().message() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    if (Status done = generateBenchmarkData(*database, *scale, seed); !done) {
        err() << done.error().message() << Qt::endl;
        database.reset();
        removeCreated(path);
        return 1;
    }
    const double generated = double(timer.elapsed()) / 1000.0;
    printCounts(*database);
    database.reset(); // closes the file: the write-ahead log goes into it

    out() << "Generated " << QDir::toNativeSeparators(path) << " (" << parser.value(scaleOption) << ", seed "
          << seed << ") in " << QString::number(generated, 'f', 1) << " s; "
          << QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1) << " MiB."
          << Qt::endl;
    return 0;
}
