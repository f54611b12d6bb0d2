// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

#include "conflictchecker.h"
#include "database.h"
#include "sampledata.h"
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

} // namespace

int CommandRunner::run(const Invocation& invocation, const QString& databasePath, bool isDefaultDatabase)
{
    const QStringList& verb = invocation.verb;
    enum class Verb { Check, ListVisits, AddVisit, Demo, Conflicts } which;
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
    } else {
        //: %1 is the command the user typed
        return usage(tr("Unknown command \"%1\"; see wizyta --help.").arg(verb.join(QLatin1Char(' '))));
    }

    // The command line is checked before any file is touched.
    Id visitId = 0;
    if (which == Verb::Conflicts) {
        if (!invocation.has(QStringLiteral("visit"))) {
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
