// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/commands/commands.h"
#include "core/languages/languagemanager.h"

#include <QCommandLineParser>

namespace {

// Options that take a value, besides --database and --language.
const QStringList valueOptions = {
    QStringLiteral("title"),   QStringLiteral("first-day"), QStringLiteral("last-day"),
    QStringLiteral("country"), QStringLiteral("visit"),     QStringLiteral("output"),
    QStringLiteral("person"),  QStringLiteral("group"),     QStringLiteral("host")};

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
    parser.addOption({QStringLiteral("with-participants"), QString()});
}

/// `text` in lines of at most 80 columns, each starting with `indent`, as a terminal shows them.
QString wrapped(const QString& text, qsizetype indent)
{
    constexpr qsizetype width = 80;
    const QString margin(indent, QLatin1Char(' '));
    QString result;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && margin.size() + line.size() + 1 + word.size() > width) {
            result += margin + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        result += margin + line + QLatin1Char('\n');
    }
    return result;
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
    for (const QString& flag :
         {QStringLiteral("contacts"), QStringLiteral("diet"), QStringLiteral("with-participants")}) {
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
    // Each verb's line comes from its command (app/commands/), so that --help cannot miss one.
    const QString program = QStringLiteral("  wizyta ");
    const QString withDatabase = QStringLiteral("  wizyta [--database FILE] ");
    constexpr qsizetype indent = 6;
    QString text = tr("Usage:") + QLatin1Char('\n');
    text +=
        withDatabase + QStringLiteral("[--language pl|uk|en]\n") + wrapped(tr("Starts the window."), indent);
    text += program + QStringLiteral("--version | --help\n") +
            wrapped(tr("Prints the version or this help."), indent);
    for (const auto& command : Commands::all()) {
        text += withDatabase + command->synopsis() + QLatin1Char('\n') + wrapped(command->summary(), indent);
    }
    text += QLatin1Char('\n');
    //: the end of --help; "--database" stays as it is
    text +=
        wrapped(tr("Days are written as 2026-05-19 or 19.05.2026. Without --database, the default database "
                   "in your data folder is used."),
                0);
    //: the end of --help
    text += wrapped(tr("Exit status: 0 done, 1 could not be done (disk full, file in use), 2 wrong command "
                       "line, 3 bad input or data."),
                    0);
    return text;
}
