// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/startuptime.h"

#include "core/languages/languagemanager.h"
#include "ui/widgets/userprompts.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QTableView>
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

/// Notes the end of the first paint of any widget of `window`, and of the first paint of a table
/// with rows: the event loop comes back to a queued call only when that paint is done.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget* window) : m_window(window) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType() ||
            static_cast<QWidget*>(watched)->window() != m_window) {
            return false;
        }
        if (!m_paintSeen) {
            m_paintSeen = true;
            QMetaObject::invokeMethod(
                this, [this] { m_painted = monotonicNanoseconds(); }, Qt::QueuedConnection);
        }
        if (!m_filled && hasRows(watched)) {
            m_filled = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    QTextStream(stdout) << "painted " << m_painted << ' ' << monotonicNanoseconds() << ' '
                                        << peakMegabytes(RUSAGE_SELF) << Qt::endl;
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    /// A table's viewport painting rows, or a window with no table (the minimal one).
    bool hasRows(QObject* watched) const
    {
        const auto tables = m_window->findChildren<QTableView*>();
        if (tables.isEmpty()) {
            return true;
        }
        const auto* table = qobject_cast<QTableView*>(watched->parent());
        return table && table->viewport() == watched && table->model() && table->model()->rowCount() > 0;
    }

    QWidget* m_window;
    bool m_paintSeen = false;
    qint64 m_painted = 0; ///< when the first paint ended
    bool m_filled = false;
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
    if (words.size() != 4 || words.at(0) != QLatin1String("painted")) {
        return std::nullopt;
    }
    return Run{static_cast<double>(words.at(1).toLongLong() - started) / 1e6,
               static_cast<double>(words.at(2).toLongLong() - started) / 1e6,
               words.at(3).trimmed().toDouble()};
}
