// SPDX-License-Identifier: GPL-3.0-or-later
// The program's entry: reads the command line, then either runs a verb without any window or
// wires the main window together. Nothing else lives here.
#include "commandline.h"
#include "commandrunner.h"
#include "database.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "userprompts.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("visits.wizyta"));
}

std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("wizyta"),
                                       QStringLiteral("wizyta"));
}

QString startLanguage(const Invocation& invocation, const QSettings& settings)
{
    if (!invocation.language.isEmpty()) {
        return invocation.language;
    }
    const QString saved = settings.value(QStringLiteral("language")).toString();
    return LanguageManager::isSupported(saved) ? saved : LanguageManager::systemLanguage();
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("wizyta"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIZYTA_VERSION));
}

int runWithoutWindow(int argc, char** argv, const Invocation& invocation)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto settings = userSettings();
    LanguageManager languages;
    languages.setLanguage(startLanguage(invocation, *settings));

    switch (invocation.mode) {
    case Invocation::Mode::Version:
        out << "wizyta " << WIZYTA_VERSION << Qt::endl;
        return ExitDone;
    case Invocation::Mode::Help:
        out << CommandLine::helpText();
        return ExitDone;
    case Invocation::Mode::Command:
        break;
    case Invocation::Mode::Window:
        return ExitUsage;
    }
    const bool isDefault = invocation.databasePath.isEmpty();
    const QString path = isDefault ? defaultDatabasePath() : invocation.databasePath;
    return CommandRunner(out, err).run(invocation, path, isDefault);
}

int runWindow(int argc, char** argv, const Invocation& invocation)
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Wizyta"));
    QApplication::setDesktopFileName(QStringLiteral("org.wizyta.Wizyta"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wizyta.png")));

    const auto settings = userSettings();
    LanguageManager languages;
    languages.setLanguage(startLanguage(invocation, *settings));
    UserPrompts prompts;
    MainWindow window(languages, *settings, prompts);
    const QString path = invocation.databasePath.isEmpty() ? defaultDatabasePath() : invocation.databasePath;
    window.openDatabase(path);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    QString error;
    const auto invocation = CommandLine::parse(argumentsOf(argc, argv), &error);
    if (!invocation) {
        std::fprintf(stderr, "wizyta: %s\n", qUtf8Printable(error));
        return ExitUsage;
    }
    // Verbs need no display: only the window gets a QApplication.
    if (invocation->mode == Invocation::Mode::Window) {
        return runWindow(argc, argv, *invocation);
    }
    return runWithoutWindow(argc, argv, *invocation);
}
