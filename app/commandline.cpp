// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "languagemanager.h"

#include <QCommandLineParser>

namespace {

// Options that take a value, besides --database and --language.
const QStringList valueOptions = {QStringLiteral("title"),    QStringLiteral("first-day"),
                                  QStringLiteral("last-day"), QStringLiteral("country"),
                                  QStringLiteral("visit"),    QStringLiteral("output"),
                                  QStringLiteral("person")};

void addOptions(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        {QStringLiteral("database"), CommandLine::tr("Use the database FILE."), CommandLine::tr("FILE")});
    parser.addOption({QStringLiteral("language"), CommandLine::tr("Interface language: pl, uk or en."),
                      CommandLine::tr("CODE")});
    parser.addOption({QStringLiteral("version"), CommandLine::tr("Print the version and exit.")});
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Print this help and exit.")});
    for (const QString& name : valueOptions) {
        parser.addOption({name, QString(), QStringLiteral("value")});
    }
    parser.addOption({QStringLiteral("dry-run"), QString()});
    parser.addOption({QStringLiteral("contacts"), QString()});
    parser.addOption({QStringLiteral("diet"), QString()});
}

} // namespace

std::optional<Invocation> CommandLine::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Invocation invocation;
    invocation.databasePath = parser.value(QStringLiteral("database"));
    invocation.verb = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("language"))) {
        const QString language = parser.value(QStringLiteral("language"));
        if (invocation.verb.value(0) == QLatin1String("export")) {
            // After export it names the document's languages (uk or pl,uk), which the command checks;
            // the messages then speak the saved or the system's language.
            invocation.options.insert(QStringLiteral("language"), language);
        } else if (LanguageManager::isSupported(language)) {
            invocation.language = language;
        } else {
            //: %1 is what the user typed after --language
            *error = tr("Unknown language \"%1\"; use pl, uk or en.").arg(language);
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("database")) && invocation.databasePath.isEmpty()) {
        *error = tr("--database needs a file name.");
        return std::nullopt;
    }
    for (const QString& name : valueOptions) {
        if (parser.isSet(name)) {
            invocation.options.insert(name, parser.value(name));
        }
    }
    invocation.dryRun = parser.isSet(QStringLiteral("dry-run"));
    for (const QString& flag : {QStringLiteral("contacts"), QStringLiteral("diet")}) {
        if (parser.isSet(flag)) {
            invocation.options.insert(flag, QString());
        }
    }
    if (parser.isSet(QStringLiteral("help"))) {
        invocation.mode = Invocation::Mode::Help;
    } else if (parser.isSet(QStringLiteral("version"))) {
        invocation.mode = Invocation::Mode::Version;
    } else if (!invocation.verb.isEmpty()) {
        invocation.mode = Invocation::Mode::Command;
    } else if (!invocation.options.isEmpty() || invocation.dryRun) {
        *error = tr("Options such as --%1 belong to a command; see wizyta --help.")
                     .arg(invocation.options.isEmpty() ? QStringLiteral("dry-run")
                                                       : invocation.options.keys().constFirst());
        return std::nullopt;
    }
    return invocation;
}

QString CommandLine::helpText()
{
    //: The command names, option names and placeholders (FILE, ID, D...) stay as they are; translate the
    //: rest.
    return tr(
        "Usage:\n"
        "  wizyta [--database FILE] [--language pl|uk|en]   start the window\n"
        "  wizyta --version | --help\n"
        "  wizyta [--database FILE] check                   check the file's integrity\n"
        "  wizyta [--database FILE] demo                    add the sample visits, print their ids\n"
        "  wizyta [--database FILE] list visits             id, days, status and title of each visit\n"
        "  wizyta [--database FILE] add visit --title T --first-day D --last-day D [--country CC]\n"
        "                                                   add a visit, print its id\n"
        "  wizyta [--database FILE] conflicts --visit ID    the visit's conflicts, one a line\n"
        "  wizyta [--database FILE] export agenda --visit ID [--language uk[,pl]] --output FILE.pdf\n"
        "                                                   the programme as a PDF in one language or\n"
        "                                                   two; without --language, in the visit's\n"
        "                                                   print languages\n"
        "  wizyta [--database FILE] export participants --visit ID [--language L] [--contacts]\n"
        "                                        --output FILE.pdf\n"
        "                                                   the participant list by role and\n"
        "                                                   institution; e-mail and phone with --contacts\n"
        "  wizyta [--database FILE] export attendance --visit ID [--language L] --output FILE.pdf\n"
        "                                                   an attendance sheet for each day, to sign\n"
        "  wizyta [--database FILE] export catering --visit ID [--language L] --output FILE.pdf\n"
        "                                                   meals per day with portions per diet\n"
        "  wizyta [--database FILE] export badges --visit ID [--language L] --output FILE.pdf\n"
        "                                                   name badges, eight to a sheet\n"
        "  wizyta [--database FILE] export participants --visit ID [--contacts] [--diet] --output FILE.csv\n"
        "                                                   the participants for a spreadsheet\n"
        "  wizyta [--database FILE] export ics --visit ID [--language L] --output FILE.ics\n"
        "                                                   the programme for calendars\n"
        "  wizyta [--database FILE] import participants FILE.csv --visit ID [--dry-run]\n"
        "  wizyta [--database FILE] import agenda FILE.csv --visit ID [--dry-run]\n"
        "                                                   read a list or a programme from a\n"
        "                                                   spreadsheet; --dry-run checks, writes nothing\n"
        "  wizyta [--database FILE] backup --output FILE     a checked copy of the database\n"
        "  wizyta [--database FILE] erase-personal-data --visit ID\n"
        "                                                   after a visit: erase contact details, diets,\n"
        "                                                   accessibility needs and notes\n"
        "  wizyta [--database FILE] export person --person ID --output FILE.json\n"
        "                                                   everything stored about one person\n"
        "\n"
        "Days are written as 2026-05-19 or 19.05.2026. Without --database, the default database in "
        "your data folder "
        "is used.\n"
        "Exit status: 0 done, 1 could not be done (disk full, file in use), 2 wrong command line, "
        "3 bad input or data.\n");
}
