// SPDX-License-Identifier: GPL-3.0-or-later
// The program's entry: reads the command line, then either runs a verb without any window or
// wires the main window together. Nothing else lives here.
#include "app/commandline.h"
#include "app/commandrunner.h"
#include "core/languages/languagemanager.h"
#include "core/storage/database.h"
#include "ui/widgets/userprompts.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
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

QtMessageHandler qtMessageHandler = nullptr;

/// Drops Qt's start-up remarks (e.g. "XDG_RUNTIME_DIR not set" where no session set it), which would
/// break a command's promise of one line on stderr; errors still get through.
void dropStartUpRemarks(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        qtMessageHandler(type, context, message);
    }
}

/// The export verbs draw documents: fonts and PDF writing need a QGuiApplication, though no display.
bool drawsDocuments(const Invocation& invocation)
{
    return invocation.mode == Invocation::Mode::Command &&
           invocation.verb.value(0) == QLatin1String("export");
}

int runWithoutWindow(int argc, char** argv, const Invocation& invocation)
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsDocuments(invocation)) {
        // Without a display, as in a script on a server; a platform the user chose is kept.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        qtMessageHandler = qInstallMessageHandler(dropStartUpRemarks);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(qtMessageHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
    // Verbs need no display: only the window gets a QApplication (documents a QGuiApplication).
    if (invocation->mode == Invocation::Mode::Window) {
        return runWindow(argc, argv, *invocation);
    }
    return runWithoutWindow(argc, argv, *invocation);
}
