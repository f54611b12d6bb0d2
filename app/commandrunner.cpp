// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

#include "codes.h"
#include "conflictchecker.h"
#include "database.h"
#include "sampledata.h"
#include "settingsrepository.h"
#include "visitdocuments.h"
#include "visitrepository.h"

#include <QDir>
#include <QFileInfo>

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
    enum class Verb { Check, ListVisits, AddVisit, Demo, Conflicts, Export } which;
    VisitDocumentKind document = VisitDocumentKind::Programme;
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
    } else if (const auto kind = exportedDocument(verb)) {
        which = Verb::Export;
        document = *kind;
    } else {
        //: %1 is the command the user typed
        return usage(tr("Unknown command \"%1\"; see wizyta --help.").arg(verb.join(QLatin1Char(' '))));
    }

    // The command line is checked before any file is touched.
    Id visitId = 0;
    const QString command = verb.join(QLatin1Char(' '));
    if (which == Verb::Conflicts || which == Verb::Export) {
        if (!invocation.has(QStringLiteral("visit"))) {
            if (which == Verb::Export) {
                //: %1 is the command, e.g. "export agenda"; "--visit ID" and "list visits" stay as they are
                return usage(tr("%1 needs --visit ID; list visits shows the ids.").arg(command));
            }
            //: "conflicts", "--visit ID" and "list visits" stay as they are
            return usage(tr("conflicts needs --visit ID; list visits shows the ids."));
        }
        bool isNumber = false;
        visitId = invocation.option(QStringLiteral("visit")).toLongLong(&isNumber);
        if (!isNumber || visitId <= 0) {
            //: %1 is what the user typed after --visit
            return usage(tr("--visit: \"%1\" is not a visit id; list visits shows the ids.")
                             .arg(invocation.option(QStringLiteral("visit"))));
        }
    }

    QStringList languages;
    if (which == Verb::Export) {
        const QString output = invocation.option(QStringLiteral("output"));
        if (output.isEmpty()) {
            //: %1 is the command, e.g. "export agenda"; "--output FILE.pdf" stays as it is
            return usage(tr("%1 needs --output FILE.pdf.").arg(command));
        }
        if (!output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            //: %1 is the file the user named; "--output" stays as it is
            return usage(
                tr("--output: \"%1\" does not end in .pdf; the document is written as a PDF.").arg(output));
        }
        const auto parsed = documentLanguages(invocation);
        if (!parsed) {
            return usage(parsed.error().message());
        }
        languages = *parsed;
    }

    // Reading verbs never create a file the user named by mistake.
    const bool writes = which == Verb::AddVisit || which == Verb::Demo;
    if (!writes && !isDefaultDatabase && !QFileInfo::exists(databasePath)) {
        return badInput(Database::tr("The database %1 does not exist.").arg(databasePath));
    }
    auto opened = Database::open(databasePath);
    if (!opened && opened.error().kind() == Error::Kind::ReadOnly && !writes) {
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
    case Verb::Export:
        DocumentOptions options;
        options.contacts = invocation.has(QStringLiteral("contacts"));
        return exportDocument(database, document, visitId, languages, options,
                              invocation.option(QStringLiteral("output")));
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
        // The file named by --output cannot be written: bad input, unless the disk is full.
        return written.error().kind() == Error::Kind::DiskFull ? fail(written.error())
                                                               : badInput(written.error().message());
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
