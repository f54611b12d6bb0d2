// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/languages/languagemanager.h"
#include "core/model/id.h"
#include "ui/editing/databasedocument.h"
#include "ui/widgets/userprompts.h"
#include "ui/window/mainwindow.h"

#include <QDate>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

/// Answers no question and shows no message, so nothing waits for a person; remembers the last
/// warning, which fails the benchmark.
class SilentPrompts final : public UserPrompts
{
public:
    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    void warning(QWidget*, const QString& title, const QString& text) override;
    void information(QWidget*, const QString&, const QString&) override {}
    QMessageBox::StandardButton question(QWidget*, const QString&, const QString&,
                                         QMessageBox::StandardButtons, QMessageBox::StandardButton) override
    {
        return QMessageBox::No;
    }
    QString lastWarning;
};

/// The main window on the benchmark's database, as a coordinator uses it: each method times one
/// interaction from the input to the end of the window's next paint, median of `runs` runs
/// (in milliseconds; nothing when the window could not do it).
class WindowBench final
{
public:
    WindowBench(const QString& databasePath, int runs);
    ~WindowBench();

    bool isReady() const;
    Database& database() { return m_window->document()->database(); }
    const QString& problem() const { return m_prompts.lastWarning; }

    /// Typing `text` into a list page's search box; the median over every keystroke.
    std::optional<double> filterPerKeystroke(MainWindow::Page page, const QString& text);
    /// Going to a list page for the first time: until it is painted, and until its rows are (read
    /// right after that paint); a window of its own each run.
    struct FirstShowing
    {
        double painted = 0;
        double filled = 0;
    };
    std::optional<FirstShowing> showFirstTime(MainWindow::Page page);
    /// Opening a visit in the editor from the list (the visits in turn).
    std::optional<double> openVisitEditor(const QList<Id>& visits);
    /// Turning the calendar to a month (the months in turn: the 1st of each).
    std::optional<double> showMonth(const QList<QDate>& months);
    /// Showing a visit's timeline (the visits in turn).
    std::optional<double> showTimeline(const QList<Id>& visits);

private:
    void settle();
    /// A new window on the file, shown, its start page's rows read; whether all went well.
    bool openWindow(const QString& databasePath);
    /// Whether a list page waits to read its rows.
    bool listsWaiting() const;
    /// Waits until the list pages shown have read their rows; whether they did.
    bool waitForLists();
    double paintedAfter(const std::function<void()>& input);

    QTemporaryDir m_settingsDirectory;
    std::unique_ptr<QSettings> m_settings;
    LanguageManager m_languages;
    SilentPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    int m_runs;
    bool m_exposed = false;
};
