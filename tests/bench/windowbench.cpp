// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/windowbench.h"

#include "tests/bench/samples.h"
#include "ui/calendar/calendarpage.h"
#include "ui/calendar/visittimeline.h"
#include "ui/editing/databasedocument.h"
#include "ui/lists/recordlistpage.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableView>
#include <QTest>

#include <algorithm>

void SilentPrompts::warning(QWidget*, const QString& title, const QString& text)
{
    lastWarning = title + QStringLiteral(": ") + text;
}

WindowBench::WindowBench(const QString& databasePath, int runs)
    : m_settings(std::make_unique<QSettings>(m_settingsDirectory.filePath(QStringLiteral("wizyta.ini")),
                                             QSettings::IniFormat)),
      m_runs(runs)
{
    m_languages.setLanguage(QStringLiteral("pl"));
    m_exposed = openWindow(databasePath);
}

bool WindowBench::openWindow(const QString& databasePath)
{
    m_window.reset(); // closes the file first
    m_window = std::make_unique<MainWindow>(m_languages, *m_settings, m_prompts);
    m_window->resize(1200, 800);
    if (!m_window->openDatabase(databasePath)) {
        return false;
    }
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) && waitForLists();
}

WindowBench::~WindowBench() = default;

bool WindowBench::isReady() const
{
    return m_exposed && m_window->database() != nullptr && m_prompts.lastWarning.isEmpty();
}

bool WindowBench::listsWaiting() const
{
    // A list page reads its rows right after the paint that first shows it.
    const auto pages = m_window->findChildren<RecordListPage*>();
    return std::any_of(pages.begin(), pages.end(),
                       [](const RecordListPage* page) { return page->isWaitingToRead(); });
}

bool WindowBench::waitForLists()
{
    const bool read = QTest::qWaitFor([this] { return !listsWaiting(); });
    settle();
    return read;
}

void WindowBench::settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

namespace {

/// Counts the times a window's backing store is painted (its UpdateRequest events).
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget* window) : m_window(window) { m_window->installEventFilter(this); }
    ~PaintCounter() override { m_window->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::UpdateRequest) {
            ++count;
        }
        return false;
    }

private:
    QWidget* m_window;
};

/// `input`, then the events it posted (layouts, queued calls) and the window's next paint, which
/// they include; a paint is forced if none came.
double timeToPaint(QWidget* window, const std::function<void()>& input)
{
    PaintCounter paints(window);
    return millisecondsOf([&] {
        input();
        QCoreApplication::processEvents();
        if (paints.count == 0) {
            window->repaint();
        }
    });
}

} // namespace

double WindowBench::paintedAfter(const std::function<void()>& input)
{
    const double milliseconds = timeToPaint(m_window.get(), input);
    settle();
    return milliseconds;
}

std::optional<double> WindowBench::filterPerKeystroke(MainWindow::Page page, const QString& text)
{
    m_window->showPage(page);
    waitForLists();
    QLineEdit* search = nullptr;
    for (auto* list : m_window->findChildren<RecordListPage*>()) {
        if (list->isVisible()) {
            search = list->findChild<QLineEdit*>(QStringLiteral("search"));
        }
    }
    if (!search || !search->isVisible()) {
        return std::nullopt;
    }
    Samples samples;
    for (int run = 0; run < m_runs; ++run) {
        search->clear();
        settle();
        for (const QChar character : text) {
            samples.add(paintedAfter([&] { QTest::keyClicks(search, QString(character)); }));
        }
    }
    search->clear();
    settle();
    return samples.median();
}

std::optional<WindowBench::FirstShowing> WindowBench::showFirstTime(MainWindow::Page page)
{
    const QString path = m_window->document()->database().path();
    Samples painted;
    Samples filled;
    for (int run = 0; run < m_runs; ++run) {
        // A window of its own each time, started on the visits page: `page` is not built yet.
        if (!openWindow(path)) {
            return std::nullopt;
        }
        const double toPage = timeToPaint(m_window.get(), [&] { m_window->showPage(page); });
        const double toRows = timeToPaint(m_window.get(), [&] {
            while (listsWaiting()) {
                QCoreApplication::processEvents();
            }
        });
        painted.add(toPage);
        filled.add(toPage + toRows);
    }
    m_exposed = openWindow(path);
    return FirstShowing{painted.median(), filled.median()};
}

std::optional<double> WindowBench::openVisitEditor(const QList<Id>& visits)
{
    Samples samples;
    for (int run = 0; run < m_runs; ++run) {
        m_window->showPage(MainWindow::Page::Visits);
        settle();
        samples.add(paintedAfter([&] { m_window->openVisit(visits.at(run % visits.size())); }));
    }
    m_window->showPage(MainWindow::Page::Visits);
    settle();
    return samples.median();
}

std::optional<double> WindowBench::showMonth(const QList<QDate>& months)
{
    m_window->showPage(MainWindow::Page::Calendar);
    settle();
    auto* calendar = m_window->findChild<CalendarPage*>();
    if (!calendar) {
        return std::nullopt;
    }
    Samples samples;
    for (int run = 0; run < m_runs; ++run) {
        const QDate month = months.at(run % months.size());
        samples.add(paintedAfter([&] { calendar->showMonth(month.year(), month.month()); }));
    }
    return samples.median();
}

std::optional<double> WindowBench::showTimeline(const QList<Id>& visits)
{
    // The timeline as the visit editor's Timeline tab holds it: in a scroll area of the window's size.
    QScrollArea area;
    auto* timeline = new VisitTimeline(m_window->document()->database());
    area.setWidget(timeline);
    area.setWidgetResizable(true);
    area.resize(m_window->size());
    area.show();
    if (!QTest::qWaitForWindowExposed(&area)) {
        return std::nullopt;
    }
    Samples samples;
    for (int run = 0; run < m_runs; ++run) {
        const double milliseconds =
            timeToPaint(&area, [&] { timeline->setVisitId(visits.at(run % visits.size())); });
        if (!timeline->loadError().isEmpty()) {
            return std::nullopt;
        }
        samples.add(milliseconds);
        settle();
    }
    return samples.median();
}
