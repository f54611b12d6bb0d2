// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

#include "agendaimport.h"
#include "backups.h"
#include "codes.h"
#include "conflictchecker.h"
#include "csvreader.h"
#include "database.h"
#include "icalendarexport.h"
#include "participantexport.h"
#include "participantimport.h"
#include "personaldata.h"
#include "sampledata.h"
#include "settingsrepository.h"
#include "visitdocuments.h"
#include "visitrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

int exitStatusFor(const Error& error)
{
    switch (error.kind()) {
    case Error::Kind::NotADatabase:
    case Error::Kind::NewerSchema:
    case Error::Kind::Corrupt:
    case Error::Kind::Validation:
    case Error::Kind::NotFound:
    case Error::Kind::Constraint:
        return ExitBadInput;
    case Error::Kind::ReadOnly:
    case Error::Kind::Busy:
    case Error::Kind::DiskFull:
    case Error::Kind::Io:
    case Error::Kind::Internal:
        return ExitFailed;
    }
    return ExitFailed;
}

/// A day as 2026-05-19 or, as Polish and Ukrainian offices write it, 19.05.2026.
QDate parseDay(const QString& text)
{
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        day = QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    }
    return day;
}

bool isVerb(const QStringList& verb, std::initializer_list<const char*> words)
{
    if (verb.size() != static_cast<qsizetype>(words.size())) {
        return false;
    }
    qsizetype i = 0;
    for (const char* word : words) {
        if (verb.at(i++) != QLatin1String(word)) {
            return false;
        }
    }
    return true;
}

/// The document an export verb names: "export agenda", "export participants"...
std::optional<VisitDocumentKind> exportedDocument(const QStringList& verb)
{
    if (verb.size() != 2 || verb.constFirst() != QLatin1String("export")) {
        return std::nullopt;
    }
    const QString& what = verb.constLast();
    if (what == QLatin1String("agenda")) {
        return VisitDocumentKind::Programme;
    }
    if (what == QLatin1String("participants")) {
        return VisitDocumentKind::ParticipantList;
    }
    if (what == QLatin1String("attendance")) {
        return VisitDocumentKind::AttendanceSheet;
    }
    if (what == QLatin1String("catering")) {
        return VisitDocumentKind::CateringSummary;
    }
    if (what == QLatin1String("badges")) {
        return VisitDocumentKind::NameBadges;
    }
    return std::nullopt;
}

} // namespace

int CommandRunner::run(const Invocation& invocation, const QString& databasePath, bool isDefaultDatabase)
{
    const QStringList& verb = invocation.verb;
    enum class Verb {
        Check,
        ListVisits,
        AddVisit,
        Demo,
        Conflicts,
        Export,
        ExportParticipantsCsv,
        ExportIcs,
        ImportParticipants,
        ImportAgenda,
        Backup,
        ErasePersonalData,
        ExportPerson
    } which;
    VisitDocumentKind document = VisitDocumentKind::Programme;
    const QString output = invocation.option(QStringLiteral("output"));
    const auto isImport = [&verb](const char* what) {
        return verb.size() == 3 && verb.at(0) == QLatin1String("import") && verb.at(1) == QLatin1String(what);
    };
    if (isVerb(verb, {"check"})) {
        which = Verb::Check;
    } else if (isVerb(verb, {"list", "visits"})) {
        which = Verb::ListVisits;
    } else if (isVerb(verb, {"add", "visit"})) {
        which = Verb::AddVisit;
    } else if (isVerb(verb, {"demo"})) {
        which = Verb::Demo;
    } else if (isVerb(verb, {"conflicts"})) {
        which = Verb::Conflicts;
    } else if (isVerb(verb, {"backup"})) {
        which = Verb::Backup;
    } else if (isVerb(verb, {"erase-personal-data"})) {
        which = Verb::ErasePersonalData;
    } else if (isVerb(verb, {"export", "person"})) {
        which = Verb::ExportPerson;
    } else if (isVerb(verb, {"export", "participants"}) &&
               output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        which = Verb::ExportParticipantsCsv;
    } else if (isVerb(verb, {"export", "ics"})) {
        which = Verb::ExportIcs;
    } else if (const auto kind = exportedDocument(verb)) {
        which = Verb::Export;
        document = *kind;
    } else if (isImport("participants")) {
        which = Verb::ImportParticipants;
    } else if (isImport("agenda")) {
        which = Verb::ImportAgenda;
    } else if (verb.value(0) == QLatin1String("import") && verb.size() == 2) {
        //: %1 is the command, e.g. "import participants"; FILE.csv stays as it is
        return usage(
            tr("%1 needs the file to read: %1 FILE.csv --visit ID.").arg(verb.join(QLatin1Char(' '))));
    } else {
        //: %1 is the command the user typed
        return usage(tr("Unknown command \"%1\"; see wizyta --help.").arg(verb.join(QLatin1Char(' '))));
    }

    // The command line is checked before any file is touched.
    Id visitId = 0;
    const QString command = verb.mid(0, 2).join(QLatin1Char(' '));
    const bool needsVisit = which != Verb::Check && which != Verb::ListVisits && which != Verb::AddVisit &&
                            which != Verb::Demo && which != Verb::Backup && which != Verb::ExportPerson;
    if (needsVisit) {
        if (!invocation.has(QStringLiteral("visit"))) {
            //: %1 is the command, e.g. "export agenda"; "--visit ID" and "list visits" stay as they are
            return usage(tr("%1 needs --visit ID; list visits shows the ids.").arg(command));
        }
        bool isNumber = false;
        visitId = invocation.option(QStringLiteral("visit")).toLongLong(&isNumber);
        if (!isNumber || visitId <= 0) {
            //: %1 is what the user typed after --visit
            return usage(tr("--visit: \"%1\" is not a visit id; list visits shows the ids.")
                             .arg(invocation.option(QStringLiteral("visit"))));
        }
    }

    if (which == Verb::Backup && output.isEmpty()) {
        //: "backup" and "--output FILE" stay as they are
        return usage(tr("backup needs --output FILE."));
    }
    Id personId = 0;
    if (which == Verb::ExportPerson) {
        bool isNumber = false;
        personId = invocation.option(QStringLiteral("person")).toLongLong(&isNumber);
        if (!isNumber || personId <= 0 || output.isEmpty()) {
            //: "export person", "--person ID" and "--output FILE.json" stay as they are
            return usage(tr("export person needs --person ID and --output FILE.json."));
        }
    }

    QStringList languages;
    if (which == Verb::Export || which == Verb::ExportParticipantsCsv || which == Verb::ExportIcs) {
        const QString suffix = which == Verb::ExportIcs ? QStringLiteral(".ics") : QStringLiteral(".pdf");
        if (output.isEmpty()) {
            //: %1 is the command, e.g. "export agenda"; "--output FILE%2" stays as it is
            return usage(tr("%1 needs --output FILE%2.").arg(command, suffix));
        }
        if (which == Verb::Export && !output.endsWith(suffix, Qt::CaseInsensitive)) {
            //: %1 is the file the user named; "--output" stays as it is
            return usage(
                tr("--output: \"%1\" does not end in .pdf; the document is written as a PDF.").arg(output));
        }
        if (which == Verb::ExportIcs && !output.endsWith(suffix, Qt::CaseInsensitive)) {
            //: %1 is the file the user named; "--output" stays as it is
            return usage(tr("--output: \"%1\" does not end in .ics; the programme is written as an iCalendar "
                            "file.")
                             .arg(output));
        }
        const auto parsed = documentLanguages(invocation);
        if (!parsed) {
            return usage(parsed.error().message());
        }
        languages = *parsed;
        if (which != Verb::Export && languages.size() > 1) {
            //: %1 is the command, e.g. "export ics"
            return usage(tr("%1 is written in one language: --language uk, say.").arg(command));
        }
    }

    // Reading verbs never create a file the user named by mistake; nor does an import.
    const bool writes = which == Verb::AddVisit || which == Verb::Demo;
    const bool reads = !writes && which != Verb::ImportParticipants && which != Verb::ImportAgenda &&
                       which != Verb::ErasePersonalData;
    if (!writes && !isDefaultDatabase && !QFileInfo::exists(databasePath)) {
        return badInput(Database::tr("The database %1 does not exist.").arg(databasePath));
    }
    const bool existed = QFileInfo::exists(databasePath);
    auto opened = Database::open(databasePath);
    if (opened && existed) {
        // A day's work is never more than a day from a copy; a backup that fails stops no command.
        (void)Backups::daily(**opened);
    }
    // A file that may not be written, or that another Wizyta is changing, can still be read.
    const bool refused = !opened && (opened.error().kind() == Error::Kind::ReadOnly ||
                                     opened.error().kind() == Error::Kind::Busy);
    if (refused && (reads || invocation.dryRun)) {
        opened = Database::open(databasePath, Database::Access::ReadOnly);
    }
    if (!opened) {
        return fail(opened.error());
    }
    Database& database = *opened.value();
    switch (which) {
    case Verb::Check:
        return check(database);
    case Verb::ListVisits:
        return listVisits(database);
    case Verb::AddVisit:
        return addVisit(database, invocation);
    case Verb::Demo:
        return demo(database);
    case Verb::Conflicts:
        return conflicts(database, visitId);
    case Verb::Export: {
        DocumentOptions options;
        options.contacts = invocation.has(QStringLiteral("contacts"));
        return exportDocument(database, document, visitId, languages, options, output);
    }
    case Verb::ExportParticipantsCsv: {
        ParticipantExportOptions options;
        options.contacts = invocation.has(QStringLiteral("contacts"));
        options.dietAndAccessibility = invocation.has(QStringLiteral("diet"));
        return exportParticipantsCsv(database, visitId, languages.value(0), options, output);
    }
    case Verb::ExportIcs:
        return exportIcs(database, visitId, languages.value(0), output);
    case Verb::ImportParticipants:
        return importParticipants(database, visitId, verb.at(2), invocation.dryRun);
    case Verb::ImportAgenda:
        return importAgenda(database, visitId, verb.at(2), invocation.dryRun);
    case Verb::Backup:
        return backup(database, output);
    case Verb::ErasePersonalData:
        return erasePersonalData(database, visitId);
    case Verb::ExportPerson:
        return exportPerson(database, personId, output);
    }
    return ExitFailed;
}

int CommandRunner::check(Database& database)
{
    const auto problems = database.check();
    if (!problems) {
        return fail(problems.error());
    }
    if (problems->isEmpty()) {
        m_out << tr("%1: no problems found.").arg(database.path()) << Qt::endl;
        return ExitDone;
    }
    for (const QString& problem : *problems) {
        m_err << database.path() << ": " << problem << Qt::endl;
    }
    return ExitBadInput;
}

int CommandRunner::listVisits(Database& database)
{
    const auto visits = VisitRepository(database).list();
    if (!visits) {
        return fail(visits.error());
    }
    // Tab-separated for scripts: id, days as an ISO 8601 interval, status key, title.
    for (const VisitSummary& visit : *visits) {
        m_out << visit.id << '\t' << visit.firstDay.toString(Qt::ISODate) << '/'
              << visit.lastDay.toString(Qt::ISODate) << '\t' << enumKey(visit.status) << '\t' << visit.title
              << Qt::endl;
    }
    return ExitDone;
}

int CommandRunner::addVisit(Database& database, const Invocation& invocation)
{
    for (const char* required : {"title", "first-day", "last-day"}) {
        if (!invocation.has(QLatin1String(required))) {
            //: %1 is an option name such as --title
            return usage(tr("add visit needs --%1.").arg(QLatin1String(required)));
        }
    }
    Visit visit;
    visit.title.text = invocation.option(QStringLiteral("title"));
    for (const auto& [name, day] : {std::pair{QStringLiteral("first-day"), &visit.firstDay},
                                    std::pair{QStringLiteral("last-day"), &visit.lastDay}}) {
        *day = parseDay(invocation.option(name));
        if (!day->isValid()) {
            //: %1 is an option name, %2 what the user typed
            return badInput(
                tr("--%1: \"%2\" is not a day; write it as 2026-05-19.").arg(name, invocation.option(name)));
        }
    }
    visit.sendingCountry = invocation.option(QStringLiteral("country")).toUpper();
    const auto id = VisitRepository(database).create(visit);
    if (!id) {
        return fail(id.error());
    }
    m_out << *id << Qt::endl;
    return ExitDone;
}

int CommandRunner::demo(Database& database)
{
    const auto added = SampleData::add(database);
    if (!added && added.error().kind() == Error::Kind::Validation) {
        // Already there: the file is named, as the default database is not obvious.
        return badInput(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(database.path()), added.error().message()));
    }
    if (!added) {
        return fail(added.error());
    }
    for (const Id id : *added) {
        m_out << id << Qt::endl;
    }
    return ExitDone;
}

int CommandRunner::conflicts(Database& database, Id visitId)
{
    const auto warnings = ConflictChecker(database).checkVisit(visitId);
    if (!warnings && warnings.error().kind() == Error::Kind::NotFound) {
        // The file is named: with the default database it is not obvious which file has no such visit.
        return badInput(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(database.path()),
                                                     warnings.error().message()));
    }
    if (!warnings) {
        return fail(warnings.error());
    }
    // Warnings are not errors: the programme can still be saved and printed, so the status is 0.
    for (const ConflictWarning& warning : *warnings) {
        m_out << warning.message << Qt::endl;
    }
    return ExitDone;
}

Result<QStringList> CommandRunner::documentLanguages(const Invocation& invocation)
{
    if (!invocation.has(QStringLiteral("language"))) {
        return QStringList(); // the visit's print languages
    }
    const QString given = invocation.option(QStringLiteral("language"));
    QStringList languages;
    for (const QString& part : given.split(QLatin1Char(','))) {
        languages << part.trimmed().toLower();
    }
    const bool twice = languages.size() == 2 && languages.constFirst() == languages.constLast();
    if (languages.size() > DocumentBasis::maximumLanguages || twice) {
        //: %1 is what the user typed after --language
        return Error(Error::Kind::Validation,
                     tr("--language: \"%1\": a document is printed in one language or in two different ones, "
                        "e.g. uk or pl,uk.")
                         .arg(given));
    }
    for (const QString& language : languages) {
        if (!Codes::isLanguageCode(language)) {
            //: %1 is one of the languages the user typed after --language
            return Error(Error::Kind::Validation,
                         tr("--language: \"%1\" is not a language code such as pl, uk or en.").arg(language));
        }
    }
    return languages;
}

int CommandRunner::exportDocument(Database& database, VisitDocumentKind kind, Id visitId,
                                  QStringList languages, const DocumentOptions& options,
                                  const QString& output)
{
    // The file is named in messages about the data: with the default database it is not obvious.
    const QString databaseName = QDir::toNativeSeparators(database.path());
    if (languages.isEmpty()) {
        const auto visit = VisitRepository(database).get(visitId);
        if (!visit && visit.error().kind() == Error::Kind::NotFound) {
            return badInput(QStringLiteral("%1: %2").arg(databaseName, visit.error().message()));
        }
        if (!visit) {
            return fail(visit.error());
        }
        languages = visit->printLanguages.mid(0, DocumentBasis::maximumLanguages);
        if (languages.isEmpty()) {
            const auto contentLanguage = SettingsRepository(database).contentLanguage();
            if (!contentLanguage) {
                return fail(contentLanguage.error());
            }
            languages << *contentLanguage;
        }
    }
    const auto document = VisitDocuments::build(kind, database, visitId, languages, options);
    if (!document) {
        const Error::Kind kind = document.error().kind();
        if (kind == Error::Kind::NotFound || kind == Error::Kind::Validation) {
            return badInput(QStringLiteral("%1: %2").arg(databaseName, document.error().message()));
        }
        return fail(document.error());
    }
    const Status written = (*document)->writePdf(output);
    if (!written) {
        return writeFailure(database, written.error());
    }
    return ExitDone;
}

int CommandRunner::fail(const Error& error)
{
    m_err << "wizyta: " << error.message() << Qt::endl;
    return exitStatusFor(error);
}

int CommandRunner::usage(const QString& message)
{
    m_err << "wizyta: " << message << Qt::endl;
    return ExitUsage;
}

int CommandRunner::badInput(const QString& message)
{
    m_err << "wizyta: " << message << Qt::endl;
    return ExitBadInput;
}

Result<QString> CommandRunner::singleLanguage(Database& database, Id visitId, const QString& given)
{
    if (!given.isEmpty()) {
        return given;
    }
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    if (!visit->printLanguages.isEmpty()) {
        return visit->printLanguages.constFirst();
    }
    return SettingsRepository(database).contentLanguage();
}

int CommandRunner::writeFailure(Database& database, const Error& error)
{
    // The file named by --output cannot be written: bad input, unless the disk is full.
    switch (error.kind()) {
    case Error::Kind::DiskFull:
        return fail(error);
    case Error::Kind::Io:
        return badInput(error.message());
    default:
        return dataError(database, error);
    }
}

int CommandRunner::dataError(Database& database, const Error& error)
{
    const Error::Kind kind = error.kind();
    if (kind == Error::Kind::NotFound || kind == Error::Kind::Validation) {
        return badInput(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(database.path()), error.message()));
    }
    return fail(error);
}

int CommandRunner::exportParticipantsCsv(Database& database, Id visitId, const QString& language,
                                         const ParticipantExportOptions& options, const QString& output)
{
    const auto chosen = singleLanguage(database, visitId, language);
    if (!chosen) {
        return dataError(database, chosen.error());
    }
    const Status written = ParticipantExport::writeFile(database, visitId, options, *chosen, output);
    if (!written) {
        return writeFailure(database, written.error());
    }
    return ExitDone;
}

int CommandRunner::exportIcs(Database& database, Id visitId, const QString& language, const QString& output)
{
    const auto chosen = singleLanguage(database, visitId, language);
    if (!chosen) {
        return dataError(database, chosen.error());
    }
    const Status written = ICalendarExport::writeFile(database, visitId, *chosen, output);
    if (!written) {
        return writeFailure(database, written.error());
    }
    return ExitDone;
}

int CommandRunner::importParticipants(Database& database, Id visitId, const QString& file, bool dryRun)
{
    const auto table = CsvReader::readFile(file);
    if (!table) {
        return table.error().kind() == Error::Kind::Validation ? badInput(table.error().message())
                                                               : fail(table.error());
    }
    const auto plan =
        ParticipantImport::plan(database, visitId, *table, ParticipantColumns::guess(table->header));
    if (!plan) {
        return plan.error().kind() == Error::Kind::Validation
                   ? badInput(
                         QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), plan.error().message()))
                   : dataError(database, plan.error());
    }
    if (reportProblems(file, plan->rows)) {
        return ExitBadInput;
    }
    using Action = ParticipantImportRow::Action;
    const int adding = plan->count(Action::AddPerson) + plan->count(Action::UsePerson);
    if (dryRun) {
        //: the result of import participants --dry-run; %1 is a file
        m_out << tr("%1: %Ln participant(s) would be added", nullptr, adding)
                     .arg(QDir::toNativeSeparators(file))
              << tr(", of whom %Ln already in the database", nullptr, plan->count(Action::UsePerson))
              << tr("; %Ln already in the visit. Nothing was written.", nullptr,
                    plan->count(Action::AlreadyThere))
              << Qt::endl;
        return ExitDone;
    }
    const auto outcome = ParticipantImport::apply(database, *plan);
    if (!outcome) {
        return fail(outcome.error());
    }
    m_out << tr("%1: %Ln participant(s) added", nullptr, outcome->participantsAdded)
                 .arg(QDir::toNativeSeparators(file))
          << tr(", of whom %Ln already in the database", nullptr, outcome->peopleMatched)
          << tr("; %Ln already in the visit.", nullptr, outcome->unchanged) << Qt::endl;
    return ExitDone;
}

int CommandRunner::importAgenda(Database& database, Id visitId, const QString& file, bool dryRun)
{
    const auto table = CsvReader::readFile(file);
    if (!table) {
        return table.error().kind() == Error::Kind::Validation ? badInput(table.error().message())
                                                               : fail(table.error());
    }
    const auto plan = AgendaImport::plan(database, visitId, *table);
    if (!plan) {
        return plan.error().kind() == Error::Kind::Validation
                   ? badInput(
                         QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), plan.error().message()))
                   : dataError(database, plan.error());
    }
    if (reportProblems(file, plan->rows)) {
        return ExitBadInput;
    }
    const int adding = plan->count(AgendaImportRow::Action::Add);
    const int unchanged = plan->count(AgendaImportRow::Action::AlreadyThere);
    if (dryRun) {
        //: the result of import agenda --dry-run; %1 is a file
        m_out << tr("%1: %Ln session(s) would be added", nullptr, adding).arg(QDir::toNativeSeparators(file))
              << tr("; %Ln already in the programme. Nothing was written.", nullptr, unchanged) << Qt::endl;
        return ExitDone;
    }
    const auto outcome = AgendaImport::apply(database, *plan);
    if (!outcome) {
        return fail(outcome.error());
    }
    m_out
        << tr("%1: %Ln session(s) added", nullptr, outcome->sessionsAdded).arg(QDir::toNativeSeparators(file))
        << tr("; %Ln already in the programme.", nullptr, outcome->unchanged) << Qt::endl;
    return ExitDone;
}

template <typename Row>
bool CommandRunner::reportProblems(const QString& file, const QList<Row>& rows)
{
    int problems = 0;
    for (const Row& row : rows) {
        if (row.problems.isEmpty()) {
            continue;
        }
        // Every bad row, each on a line of its own, so all can be mended at once.
        m_err << "wizyta: " << describeProblem(file, row) << Qt::endl;
        ++problems;
    }
    if (problems > 0) {
        //: after the list of bad rows of an import
        m_err << "wizyta: " << tr("%Ln row(s) to correct; nothing was written.", nullptr, problems)
              << Qt::endl;
    }
    return problems > 0;
}

QString CommandRunner::describeProblem(const QString& file, const ParticipantImportRow& row)
{
    return ParticipantImport::describe(QDir::toNativeSeparators(file), row);
}

QString CommandRunner::describeProblem(const QString& file, const AgendaImportRow& row)
{
    return AgendaImport::describe(QDir::toNativeSeparators(file), row);
}

int CommandRunner::backup(Database& database, const QString& output)
{
    if (QFileInfo::exists(output)) {
        //: %1 is a file
        return badInput(tr("%1 exists already; a backup is written to a new file.")
                            .arg(QDir::toNativeSeparators(output)));
    }
    const Status copied = Backups::copyTo(database, output);
    if (!copied) {
        return fail(copied.error());
    }
    //: %1 is a file
    m_out << tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return ExitDone;
}

int CommandRunner::erasePersonalData(Database& database, Id visitId)
{
    const auto erased = PersonalData::eraseForVisit(database, visitId);
    if (!erased) {
        return dataError(database, erased.error());
    }
    m_out << tr("Contact details, diets, accessibility needs and notes erased for %Ln person(s)", nullptr,
                erased->people)
          << tr("; %Ln person(s) kept for a visit not yet over.", nullptr, erased->keptForUpcoming)
          << Qt::endl;
    return ExitDone;
}

int CommandRunner::exportPerson(Database& database, Id personId, const QString& output)
{
    const auto json = PersonalData::exportPerson(database, personId);
    if (!json) {
        return dataError(database, json.error());
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        //: %1 is a file, %2 the system's reason
        return badInput(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(output), file.errorString()));
    }
    return ExitDone;
}
