// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta_bench: times what a coordinator waits for on a database of ten busy years (see
// scripts/bench.sh and the README's Performance section), each figure beside a baseline measured in
// the same run, and prints the table. Exit code 2 when a figure could not be measured.
#include "core/conflicts/conflictchecker.h"
#include "core/conflicts/keptwarnings.h"
#include "core/storage/database.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/bench/benchreport.h"
#include "tests/bench/benchsubjects.h"
#include "tests/bench/importbench.h"
#include "tests/bench/oneprocessor.h"
#include "tests/bench/querybench.h"
#include "tests/bench/samples.h"
#include "tests/bench/sqliteshell.h"
#include "tests/bench/startuptime.h"
#include "tests/bench/windowbench.h"
#include "ui/documents/visitdocuments.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

constexpr double frame = 16; // milliseconds: one frame at 60 Hz
constexpr double megabytes = 200;

struct Options
{
    QString database;
    int runs = 7;
    int importRows = 10000;
    QString reportPath;
    QStringList only; ///< empty: every group of figures
    bool measures(const QString& group) const { return only.isEmpty() || only.contains(group); }
};

double peakMegabytesSoFar()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void measureStartup(BenchReport& report, const Options& options)
{
    // Each kind of start has the settings of its own: a coordinator opens the same file as the
    // day before, and the recent files' list then stays as it is (alternating between two files,
    // every start would write the settings file again).
    QTemporaryDir settings;
    QTemporaryDir firstOfDaySettings;
    const QString program = QCoreApplication::applicationFilePath();
    // A start before the timed ones makes this file's backup for today: they are the day's other starts.
    StartupTime::measure(program, StartupTime::Window::Wizyta, options.database, settings.path());
    // The first start of a day, when the day's backup is made (behind the window), is timed on a
    // fresh copy of the file, which has no backups yet. Each run starts the three in turn: a busy
    // spell of the machine falls on them alike. The copy is made first in the run, and a start that is
    // not timed follows it: copying 57 MB leaves the processor's caches cold, which slowed the start
    // right after it, whichever it was, by a third.
    QTemporaryDir copies;
    const QString copy = copies.filePath(QStringLiteral("first-of-day.wizyta"));
    const auto freshCopy = [&] {
        QDir(copies.path()).removeRecursively();
        QDir().mkpath(copies.path());
        return QFile::copy(options.database, copy);
    };
    Samples wizyta;
    Samples filled;
    Samples firstOfDay;
    Samples minimal;
    double peak = 0;
    bool failed = false;
    // The starts, Wizyta's and the minimal window's alike, on one processor (see OneProcessor).
    const OneProcessor oneProcessor;
    for (int run = 0; run < options.runs && !failed; ++run) {
        const bool copied = freshCopy();
        StartupTime::measure(program, StartupTime::Window::Minimal, {}, settings.path()); // not timed
        const auto window = StartupTime::measure(program, StartupTime::Window::Minimal, {}, settings.path());
        const auto app =
            StartupTime::measure(program, StartupTime::Window::Wizyta, options.database, settings.path());
        const auto first = copied ? StartupTime::measure(program, StartupTime::Window::Wizyta, copy,
                                                         firstOfDaySettings.path())
                                  : std::nullopt;
        failed = !window || !app || !first;
        if (!failed) {
            minimal.add(window->milliseconds);
            wizyta.add(app->milliseconds);
            filled.add(app->filledMilliseconds);
            firstOfDay.add(first->milliseconds);
            peak = std::max({peak, app->peakMegabytes, first->peakMegabytes});
        }
    }
    Figure firstStart =
        Figure::besideBaseline(QStringLiteral("Start-up, first of the day (day's backup made)"),
                               QStringLiteral("minimal Qt window"), 2);
    if (!failed) {
        firstStart.value = firstOfDay.median();
        firstStart.baseline = minimal.median();
    }
    Figure startup = Figure::besideBaseline(QStringLiteral("Start-up to the first painted window"),
                                            QStringLiteral("minimal Qt window"), 2);
    Figure memory = Figure::atMostOf(QStringLiteral("Peak memory at start-up"), std::nullopt, megabytes,
                                     QStringLiteral("MB"));
    if (!failed) {
        startup.value = wizyta.median();
        startup.baseline = minimal.median();
        memory.value = peak;
    }
    // The visits list is read after the window's first paint: when it is in view is told as well.
    Figure listInView = Figure::beside(QStringLiteral("Start-up to the visits list in view"),
                                       QStringLiteral("minimal Qt window"));
    if (!failed) {
        listInView.value = filled.median();
        listInView.baseline = minimal.median();
    }
    report.add(startup);
    report.add(listInView);
    report.add(firstStart);
    report.add(memory);
}

Figure interaction(const QString& measure, std::optional<double> value, double atMost = frame)
{
    return Figure::atMostOf(measure, value, atMost);
}

void measureQueries(BenchReport& report, Database& database, const BenchSubjects& subjects, int runs)
{
    const QueryBench bench(database, runs);
    report.add(bench.measure(QStringLiteral("Reading the visits list"),
                             [&] { return VisitRepository(database).list().ok(); }));
    report.add(bench.measure(QStringLiteral("Reading the people list"),
                             [&] { return PersonRepository(database).list().ok(); }));
    const QDate month = subjects.busyMonths.value(0);
    VisitFilter shown; // the month with the days of its first and last weeks, as the calendar shows it
    shown.from = month.addDays(-7);
    shown.to = month.addMonths(1).addDays(7);
    report.add(bench.measure(QStringLiteral("Reading a month's visits"),
                             [&] { return VisitRepository(database).list(shown).ok(); }));
    const Id visit = subjects.weekLongVisits.value(0);
    report.add(bench.measure(QStringLiteral("Reading a visit's programme"),
                             [&] { return ProgrammeRepository(database).listForVisit(visit).ok(); }));
    report.add(bench.measure(QStringLiteral("Reading a visit's participants"),
                             [&] { return ParticipantRepository(database).listForVisit(visit).ok(); }));
    Figure visitCheck = bench.measure(QStringLiteral("Conflict check of a visit"),
                                      [&] { return ConflictChecker(database).checkVisit(visit).ok(); });
    visitCheck.atMost = frame;
    report.add(visitCheck);
    // A year's check keeps its warnings in the file (KeptWarnings): it is timed on a file that never
    // had it checked (once in the file's life, and after a change of rules or language), first since
    // the file was opened, again, and after a session of a visit in it was moved.
    const int year = subjects.busyYear;
    const auto checkYearOn = [year](Database& on) {
        return ConflictChecker(on).checkPeriod(QDate(year, 1, 1), QDate(year, 12, 31)).ok();
    };
    const auto checkYear = [&] { return checkYearOn(database); };
    ShellSetup writes;
    writes.writes = true;
    report.add(bench
                   .measure(
                       QStringLiteral("Conflict check of a year (%1), never checked before").arg(year),
                       [&] { return KeptWarnings(database).forget().ok() && checkYear(); }, writes)
                   .withoutTarget());
    Figure firstCheck = bench.measureFirstSinceOpening(
        QStringLiteral("Conflict check of a year (%1), first since opening").arg(year), checkYearOn);
    firstCheck.atMost = frame;
    report.add(firstCheck);
    Figure again = bench.measure(QStringLiteral("Conflict check of a year (%1), again").arg(year), checkYear);
    again.atMost = frame;
    report.add(again);
    // The move is rolled back with the transaction: the file stays as generated.
    // A session of the visit in the middle of the year.
    VisitFilter inYear;
    inYear.year = year;
    const auto visitsOfYear = VisitRepository(database).list(inYear);
    const Id moved =
        visitsOfYear && !visitsOfYear->isEmpty() ? visitsOfYear->at(visitsOfYear->size() / 2).id : 0;
    const auto sessions = ProgrammeRepository(database).listForVisit(moved);
    const Id session = sessions && !sessions->isEmpty() ? sessions->constFirst().session.id : 0;
    const QDateTime start = session ? sessions->constFirst().session.startsAt : QDateTime();
    Figure afterMove = bench.measure(
        QStringLiteral("Conflict check of a year (%1), after a session is moved").arg(year),
        [&] {
            WriteTransaction transaction(database);
            return session && transaction.begin(QStringLiteral("Moving")).ok() &&
                   ProgrammeRepository(database).move(session, start.addSecs(15 * 60)).ok() && checkYear();
        },
        writes);
    afterMove.atMost = frame;
    report.add(afterMove);
}

void measureWindow(BenchReport& report, WindowBench& window, const BenchSubjects& subjects)
{
    report.add(interaction(QStringLiteral("Filtering the visits list, per keystroke"),
                           window.filterPerKeystroke(MainWindow::Page::Visits, subjects.visitSearch)));
    // Before the people page is used below: the first time it is shown.
    const auto firstShowing = window.showFirstTime(MainWindow::Page::People);
    report.add(interaction(QStringLiteral("Going to the people page the first time, to the page painted"),
                           firstShowing ? std::optional(firstShowing->painted) : std::nullopt));
    report.add(
        Figure::atMostOf(QStringLiteral("Going to the people page the first time, to its rows in view"),
                         firstShowing ? std::optional(firstShowing->filled) : std::nullopt, frame)
            .withoutTarget());
    report.add(interaction(QStringLiteral("Filtering the people list, per keystroke"),
                           window.filterPerKeystroke(MainWindow::Page::People, subjects.personSearch)));
    report.add(interaction(QStringLiteral("Opening a visit in the editor"),
                           window.openVisitEditor(subjects.weekLongVisits)));
    report.add(interaction(QStringLiteral("Turning the calendar to a month"),
                           window.showMonth(subjects.busyMonths)));
    report.add(interaction(QStringLiteral("Showing a seven-day visit's timeline"),
                           window.showTimeline(subjects.weekLongVisits)));
}

std::optional<double> programmePdf(Database& database, Id visitId, int runs)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("programme.pdf"));
    bool written = true;
    const double milliseconds = medianMilliseconds(runs, [&] {
        // As printed for a Ukrainian delegation: Polish and Ukrainian side by side.
        const auto document = VisitDocuments::build(VisitDocumentKind::Programme, database, visitId,
                                                    {QStringLiteral("pl"), QStringLiteral("uk")});
        written = written && document && (*document)->writePdf(path);
    });
    if (!written || QFileInfo(path).size() == 0) {
        return std::nullopt;
    }
    return milliseconds;
}

std::optional<Options> parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times Wizyta on a generated database (scripts/bench.sh)."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The database to time."),
                                      QStringLiteral("file"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each measurement (7)."),
                                  QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption importRows(QStringLiteral("import-rows"),
                                        QStringLiteral("Participants in the imported CSV file (10000)."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Also write the table to this file."),
                                    QStringLiteral("file"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only these groups: startup, import, window, queries, pdf."),
                                  QStringLiteral("groups"));
    parser.addOptions({database, runs, importRows, report, only});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Options options{parser.value(database), parser.value(runs).toInt(), parser.value(importRows).toInt(),
                    parser.value(report), parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)};
    if (options.database.isEmpty() || !QFileInfo::exists(options.database)) {
        *error = QStringLiteral("--database names no file: %1").arg(options.database);
        return std::nullopt;
    }
    if (options.runs < 1 || options.importRows < 1) {
        *error = QStringLiteral("--runs and --import-rows take a positive number");
        return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--start-child") == 0) {
        const auto window =
            qstrcmp(argv[2], "wizyta") == 0 ? StartupTime::Window::Wizyta : StartupTime::Window::Minimal;
        return StartupTime::runChild(argc, argv, window, QString::fromLocal8Bit(argv[3]));
    }
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const auto options = parse(QCoreApplication::arguments(), &error);
    if (!options) {
        err << "wizyta_bench: " << error << Qt::endl;
        return 1;
    }
    if (!SqliteShell::isAvailable()) {
        err << "wizyta_bench: the sqlite3 program (Debian package sqlite3) is needed for the baselines"
            << Qt::endl;
        return 1;
    }
    const auto subjects = BenchSubjects::find(options->database);
    if (!subjects) {
        err << "wizyta_bench: " << subjects.error().message() << Qt::endl;
        return 1;
    }
    out << subjects->describe() << Qt::endl;

    BenchReport report;
    if (options->measures(QStringLiteral("startup"))) {
        out << "Start-up…" << Qt::endl;
        measureStartup(report, *options);
    }
    if (options->measures(QStringLiteral("import"))) {
        out << "Import…" << Qt::endl;
        ImportBench import(options->database);
        report.add(interaction(QStringLiteral("Importing %1 participants from CSV").arg(options->importRows),
                               import.importParticipants(subjects->weekLongVisits.value(0),
                                                         options->importRows, std::min(options->runs, 3)),
                               1000));
        if (!import.problem().isEmpty()) {
            err << "Import: " << import.problem() << Qt::endl;
        }
    }
    WindowBench window(options->database, options->runs);
    if (!window.isReady()) {
        err << "wizyta_bench: the window did not open the database: " << window.problem() << Qt::endl;
        return 1;
    }
    if (options->measures(QStringLiteral("window"))) {
        out << "Window…" << Qt::endl;
        measureWindow(report, window, *subjects);
    }
    Database& database = window.database();
    if (options->measures(QStringLiteral("queries"))) {
        out << "Queries…" << Qt::endl;
        measureQueries(report, database, *subjects, options->runs);
    }
    if (options->measures(QStringLiteral("pdf"))) {
        out << "Programme…" << Qt::endl;
        report.add(interaction(QStringLiteral("Programme PDF of a seven-day visit (pl + uk)"),
                               programmePdf(database, subjects->weekLongVisits.value(0), options->runs),
                               300));
    }
    report.add(Figure::atMostOf(QStringLiteral("Peak memory of the whole run (window, editor, import, PDF)"),
                                peakMegabytesSoFar(), megabytes, QStringLiteral("MB")));

    const QString table = report.markdown();
    out << Qt::endl << table;
    if (!options->reportPath.isEmpty()) {
        QFile file(options->reportPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(subjects->describe().toUtf8() + "\n\n" + table.toUtf8());
        }
    }
    if (const QStringList missed = report.missed(); !missed.isEmpty()) {
        out << Qt::endl << "Targets missed: " << missed.join(QStringLiteral("; ")) << Qt::endl;
    }
    if (const QStringList unmeasured = report.unmeasured(); !unmeasured.isEmpty()) {
        err << "wizyta_bench: not measured: " << unmeasured.join(QStringLiteral("; ")) << Qt::endl;
        return 2;
    }
    return 0;
}
