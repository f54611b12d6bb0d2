// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptime.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "userprompts.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QTextStream>

#include <chrono>
#include <memory>
#include <sys/resource.h>

namespace {

const QSize windowSize(1200, 800);

qint64 monotonicNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double peakMegabytes(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

/// Notes the end of the first paint of any widget of `window`: the event loop comes back to the
/// queued call only when that paint is done.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget* window) : m_window(window) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    QTextStream(stdout) << "painted " << monotonicNanoseconds() << ' '
                                        << peakMegabytes(RUSAGE_SELF) << Qt::endl;
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QWidget* m_window;
    bool m_seen = false;
};

int showUntilPainted(QApplication& app, QWidget& window)
{
    FirstPaint watch(&window);
    app.installEventFilter(&watch);
    window.resize(windowSize);
    window.show();
    return QApplication::exec();
}

} // namespace

QString StartupTime::childArgument(Window window)
{
    return window == Window::Wizyta ? QStringLiteral("wizyta") : QStringLiteral("minimal");
}

int StartupTime::runChild(int argc, char** argv, Window window, const QString& databasePath)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wizyta"));
    if (window == Window::Minimal) {
        QMainWindow minimal;
        minimal.setCentralWidget(new QLabel(QStringLiteral("Wizyta"), &minimal));
        return showUntilPainted(app, minimal);
    }
    // What main() does for the window (app/main.cpp: runWindow()), with the database on the command line.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("wizyta"),
                       QStringLiteral("wizyta"));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("pl"));
    UserPrompts prompts;
    MainWindow main(languages, settings, prompts);
    main.resize(windowSize);
    if (!main.openDatabase(databasePath)) {
        return 1;
    }
    return showUntilPainted(app, main);
}

std::optional<StartupTime::Run> StartupTime::measure(const QString& program, Window window,
                                                     const QString& databasePath,
                                                     const QString& settingsDirectory)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsDirectory);
    child.setProcessEnvironment(environment);
    const qint64 started = monotonicNanoseconds();
    child.start(program, {QStringLiteral("--start-child"), childArgument(window), databasePath});
    if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        return std::nullopt;
    }
    const QStringList words = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
    if (words.size() != 3 || words.at(0) != QLatin1String("painted")) {
        return std::nullopt;
    }
    return Run{static_cast<double>(words.at(1).toLongLong() - started) / 1e6,
               words.at(2).trimmed().toDouble()};
}
