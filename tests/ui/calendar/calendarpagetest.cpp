// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/calendarpage.h"

#include "core/storage/institutionrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/calendar/calendarfixture.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

namespace {

VisitSummary summary(Id id, const QDate& first, const QDate& last)
{
    VisitSummary visit;
    visit.id = id;
    visit.title = QStringLiteral("Visit %1").arg(id);
    visit.firstDay = first;
    visit.lastDay = last;
    return visit;
}

} // namespace

TEST_CASE("A visit that crosses into the next month shows in both months, cut where each grid ends")
{
    CalendarFixture f;
    const Id lviv = f.addVisit(QStringLiteral("Delegation from Lviv"), QDate(2026, 5, 28), QDate(2026, 6, 3));
    f.makePage().showMonth(2026, 5);

    // May 2026 starts on a Friday: the grid runs from Monday 27 April to Sunday 31 May, five weeks.
    CHECK(f.view().firstShownDay() == QDate(2026, 4, 27));
    CHECK(f.view().lastShownDay() == QDate(2026, 5, 31));
    CHECK(f.view().rowCount() == 5);
    auto bars = f.barsOf(lviv);
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].row == 4);
    CHECK(bars[0].firstColumn == 3); // Thursday
    CHECK(bars[0].lastColumn == 6);
    CHECK(bars[0].startsHere);
    CHECK_FALSE(bars[0].endsHere);
    CHECK_FALSE(bars[0].rect.isEmpty());

    f.page->showMonth(2026, 6);
    CHECK(f.text("monthHeading") == QStringLiteral("June 2026"));
    bars = f.barsOf(lviv);
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].row == 0);
    CHECK(bars[0].firstColumn == 0);
    CHECK(bars[0].lastColumn == 2);
    CHECK_FALSE(bars[0].startsHere);
    CHECK(bars[0].endsHere);

    f.page->showMonth(2026, 7);
    CHECK(f.barsOf(lviv).isEmpty());
}

TEST_CASE("A visit over two weeks is one bar per week row")
{
    CalendarFixture f;
    const Id visit = f.addVisit(QStringLiteral("Exchange group"), QDate(2026, 5, 15), QDate(2026, 5, 26));
    f.makePage().showMonth(2026, 5);
    const auto bars = f.barsOf(visit);
    REQUIRE(bars.size() == 3);
    CHECK(bars[0].row == 2);
    CHECK(bars[0].firstColumn == 4);
    CHECK(bars[0].startsHere);
    CHECK_FALSE(bars[0].endsHere);
    CHECK(bars[1].row == 3);
    CHECK(bars[1].firstColumn == 0);
    CHECK(bars[1].lastColumn == 6);
    CHECK_FALSE(bars[1].startsHere);
    CHECK_FALSE(bars[1].endsHere);
    CHECK(bars[2].row == 4);
    CHECK(bars[2].lastColumn == 1);
    CHECK(bars[2].endsHere);
}

TEST_CASE("Overlapping visits are stacked in different lanes — a later one reuses a free lane")
{
    CalendarFixture f;
    const Id lviv = f.addVisit(QStringLiteral("Lviv"), QDate(2026, 5, 18), QDate(2026, 5, 22));
    const Id vsetin = f.addVisit(QStringLiteral("Vsetín"), QDate(2026, 5, 20), QDate(2026, 5, 21));
    const Id zhytomyr = f.addVisit(QStringLiteral("Zhytomyr"), QDate(2026, 5, 21), QDate(2026, 5, 21));
    const Id plock = f.addVisit(QStringLiteral("Płock"), QDate(2026, 5, 23), QDate(2026, 5, 24));
    f.makePage().showMonth(2026, 5);

    const int lvivLane = f.barsOf(lviv).value(0).lane;
    const int vsetinLane = f.barsOf(vsetin).value(0).lane;
    const int zhytomyrLane = f.barsOf(zhytomyr).value(0).lane;
    CHECK(lvivLane == 0);
    CHECK(vsetinLane == 1);
    CHECK(zhytomyrLane == 2);
    CHECK(QSet<int>{lvivLane, vsetinLane, zhytomyrLane}.size() == 3);
    // Saturday is free in every lane: the weekend visit goes back to the top.
    CHECK(f.barsOf(plock).value(0).lane == 0);
    // Bars in different lanes do not overlap on the screen.
    CHECK_FALSE(f.barsOf(lviv).value(0).rect.intersects(f.barsOf(vsetin).value(0).rect));
}

TEST_CASE("Clicking a visit shows it beside the month, a double-click or Open asks to open it")
{
    CalendarFixture f;
    const Id host = [&] {
        Institution institution;
        institution.name.text = QStringLiteral("MOPS Płock");
        auto id = InstitutionRepository(f.document->database()).create(institution);
        REQUIRE(id);
        return id.value();
    }();
    const Id visit = f.addVisit(QStringLiteral("Delegation from Zhytomyr"), QDate(2026, 5, 19),
                                QDate(2026, 5, 20), VisitStatus::Confirmed, host);
    CalendarPage& page = f.makePage();
    page.showMonth(2026, 5);
    QSignalSpy selected(&f.view(), &MonthView::visitSelected);
    QSignalSpy activated(&f.view(), &MonthView::visitActivated);
    QSignalSpy open(&page, &CalendarPage::openVisitRequested);
    auto* openButton = page.findChild<QPushButton*>(QStringLiteral("openVisit"));
    REQUIRE(openButton);
    CHECK_FALSE(openButton->isEnabled());

    const QRect bar = f.barsOf(visit).value(0).rect;
    REQUIRE_FALSE(bar.isEmpty());
    QTest::mouseClick(&f.view(), Qt::LeftButton, Qt::NoModifier, bar.center());
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<Id>() == visit);
    CHECK(f.view().selectedVisit() == visit);
    const QDate clicked = f.view().cursorDay();
    CHECK((clicked == QDate(2026, 5, 19) || clicked == QDate(2026, 5, 20)));
    CHECK(f.text("selectedTitle") == QStringLiteral("Delegation from Zhytomyr"));
    CHECK(f.text("selectedDays") == QStringLiteral("19–20 May 2026"));
    CHECK(f.text("selectedStatus") == QStringLiteral("Confirmed"));
    CHECK(f.text("selectedHost") == QStringLiteral("MOPS Płock"));
    CHECK(openButton->isEnabled());
    CHECK(open.isEmpty());

    QTest::mouseDClick(&f.view(), Qt::LeftButton, Qt::NoModifier, bar.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<Id>() == visit);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<Id>() == visit);

    openButton->click();
    REQUIRE(open.count() == 2);
    CHECK(open.at(1).at(0).value<Id>() == visit);

    // A click on an empty day clears the selection.
    const QRect emptyDay = f.view().dayRect(QDate(2026, 5, 22));
    QTest::mouseClick(&f.view(), Qt::LeftButton, Qt::NoModifier, emptyDay.bottomRight() - QPoint(4, 4));
    CHECK(f.view().cursorDay() == QDate(2026, 5, 22));
    CHECK(f.view().selectedVisit() == 0);
    CHECK(selected.last().at(0).value<Id>() == 0);
    CHECK_FALSE(openButton->isEnabled());
    CHECK(f.errors.isEmpty());
}

TEST_CASE("The keyboard moves the day cursor, turns the month and opens the visit under the cursor")
{
    CalendarFixture f;
    const Id may = f.addVisit(QStringLiteral("Study visit"), QDate(2026, 5, 20), QDate(2026, 5, 21));
    const Id june = f.addVisit(QStringLiteral("Conference"), QDate(2026, 6, 17), QDate(2026, 6, 17));
    CalendarPage& page = f.makePage();
    QSignalSpy open(&page, &CalendarPage::openVisitRequested);
    MonthView& view = f.view();
    view.setFocus();

    QTest::keyClick(&view, Qt::Key_Home);
    CHECK(view.cursorDay() == QDate(2026, 5, 19));
    CHECK(f.text("monthHeading") == QStringLiteral("May 2026"));
    QTest::keyClick(&view, Qt::Key_Return);
    CHECK(open.isEmpty()); // nothing on the 19th

    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.cursorDay() == QDate(2026, 5, 20));
    CHECK(view.selectedVisit() == may);
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<Id>() == may);

    QTest::keyClick(&view, Qt::Key_PageDown);
    CHECK(view.month() == 6);
    CHECK(view.cursorDay() == QDate(2026, 6, 20));
    CHECK(f.text("monthHeading") == QStringLiteral("June 2026"));
    // The month's visits were read again.
    CHECK(f.barsOf(may).isEmpty());
    REQUIRE(f.barsOf(june).size() == 1);

    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Left);
    CHECK(view.cursorDay() == QDate(2026, 6, 10));
    QTest::keyClick(&view, Qt::Key_Down);
    CHECK(view.cursorDay() == QDate(2026, 6, 17));
    CHECK(view.selectedVisit() == june);
    QTest::keyClick(&view, Qt::Key_Enter);
    REQUIRE(open.count() == 2);
    CHECK(open.at(1).at(0).value<Id>() == june);

    // Moving the cursor past the month's end turns the page.
    view.setCursorDay(QDate(2026, 6, 30));
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.month() == 7);
    QTest::keyClick(&view, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(view.year() == 2025);
    CHECK(view.month() == 7);
    QTest::keyClick(&view, Qt::Key_Home);
    CHECK(view.year() == 2026);
    CHECK(view.month() == 5);
}

TEST_CASE("The month and year buttons and Today turn the calendar")
{
    CalendarFixture f;
    CalendarPage& page = f.makePage();
    page.showMonth(2026, 12);
    auto click = [&](const char* name) {
        auto* button = page.findChild<QAbstractButton*>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK_FALSE(button->toolTip().isEmpty());
        button->click();
    };
    click("nextMonth");
    CHECK(f.text("monthHeading") == QStringLiteral("January 2027"));
    click("previousYear");
    CHECK(f.text("monthHeading") == QStringLiteral("January 2026"));
    click("previousMonth");
    CHECK(f.text("monthHeading") == QStringLiteral("December 2025"));
    click("nextYear");
    CHECK(f.text("monthHeading") == QStringLiteral("December 2026"));
    click("today");
    CHECK(f.text("monthHeading") == QStringLiteral("May 2026"));
    CHECK(f.view().cursorDay() == QDate(2026, 5, 19));
}

TEST_CASE("The month heading is the nominative month name in Polish and Ukrainian")
{
    CalendarFixture f;
    CalendarPage& page = f.makePage();
    page.showMonth(2026, 5);
    {
        LocaleSwitch polish(page, QLocale(QLocale::Polish, QLocale::Poland));
        // Qt's standalone name is "maj"; a heading starts with a capital, never the genitive "maja".
        CHECK(f.text("monthHeading") == QStringLiteral("Maj 2026"));
        CHECK(f.view().heading() == QStringLiteral("Maj 2026"));
    }
    {
        LocaleSwitch ukrainian(page, QLocale(QLocale::Ukrainian, QLocale::Ukraine));
        CHECK(f.text("monthHeading") == QStringLiteral("Травень 2026"));
    }
    CHECK(f.text("monthHeading") == QStringLiteral("May 2026"));
    CHECK(MonthView::heading(2026, 3, QLocale(QLocale::Ukrainian, QLocale::Ukraine)) ==
          QStringLiteral("Березень 2026"));
}

TEST_CASE("Switching the interface language retranslates the legend and the heading at once")
{
    CalendarFixture f;
    CalendarPage& page = f.makePage();
    page.showMonth(2026, 5);
    auto* draft = page.findChild<QLabel*>(QStringLiteral("legend.draft"));
    REQUIRE(draft);
    CHECK(draft->text() == QStringLiteral("Draft"));
    CHECK(page.findChild<QPushButton*>(QStringLiteral("today"))->text() == QStringLiteral("&Today"));

    REQUIRE(f.languages.setLanguage(QStringLiteral("pl")));
    // As the main window does for its windows; LanguageChange itself is posted.
    page.setLocale(QLocale());
    QCoreApplication::sendPostedEvents();
    CHECK(draft->text() == QStringLiteral("Szkic"));
    CHECK(f.text("monthHeading") == QStringLiteral("Maj 2026"));

    REQUIRE(f.languages.setLanguage(QStringLiteral("uk")));
    page.setLocale(QLocale());
    QCoreApplication::sendPostedEvents();
    CHECK(draft->text() == QStringLiteral("Чернетка"));
    CHECK(f.text("monthHeading") == QStringLiteral("Травень 2026"));

    REQUIRE(f.languages.setLanguage(QStringLiteral("en")));
    page.setLocale(QLocale());
    QCoreApplication::sendPostedEvents();
    CHECK(draft->text() == QStringLiteral("Draft"));
}

TEST_CASE("Week numbers follow ISO 8601")
{
    MonthView view;
    view.setMonth(2026, 5);
    CHECK(view.dayAt(3, 1) == QDate(2026, 5, 19));
    CHECK(view.weekNumber(3) == 21);
    CHECK(view.weekNumber(0) == 18);
    // 1 January 2027 is a Friday: its week is the 53rd of 2026.
    view.setMonth(2027, 1);
    CHECK(view.firstShownDay() == QDate(2026, 12, 28));
    CHECK(view.weekNumber(0) == 53);
    CHECK(view.weekNumber(1) == 1);
    // February 2027 starts on a Monday and has 28 days: exactly four weeks.
    view.setMonth(2027, 2);
    CHECK(view.rowCount() == 4);
    CHECK(view.weekNumber(0) == 5);
    // August 2026 starts on a Saturday and ends on a Monday: six weeks.
    view.setMonth(2026, 8);
    CHECK(view.rowCount() == 6);
}

TEST_CASE("A new, edited or deleted visit shows on the calendar without a reload")
{
    CalendarFixture f;
    CalendarPage& page = f.makePage();
    page.showMonth(2026, 5);
    CHECK(f.view().bars().isEmpty());

    const Id visit = f.addVisit(QStringLiteral("Working meeting"), QDate(2026, 5, 5), QDate(2026, 5, 6));
    REQUIRE(f.barsOf(visit).size() == 1);
    CHECK(f.barsOf(visit)[0].firstColumn == 1);

    QTest::mouseClick(&f.view(), Qt::LeftButton, Qt::NoModifier, f.barsOf(visit)[0].rect.center());
    REQUIRE(f.view().selectedVisit() == visit);
    VisitRepository visits(f.document->database());
    auto stored = visits.get(visit);
    REQUIRE(stored);
    Visit edited = stored.value();
    edited.title.text = QStringLiteral("Working meeting in Brussels");
    edited.firstDay = QDate(2026, 5, 7);
    edited.lastDay = QDate(2026, 5, 8);
    REQUIRE(visits.update(edited));
    CHECK(f.barsOf(visit).value(0).firstColumn == 3);
    CHECK(f.text("selectedTitle") == QStringLiteral("Working meeting in Brussels"));
    CHECK(f.text("selectedDays") == QStringLiteral("7–8 May 2026"));

    // While the page is hidden the change waits until it is shown again.
    page.hide();
    REQUIRE(visits.remove(visit));
    page.show();
    CHECK(f.view().bars().isEmpty());
    CHECK(f.view().selectedVisit() == 0);
    CHECK(page.findChild<QLabel*>(QStringLiteral("noSelection"))->isVisible());
}

TEST_CASE("A day with more visits than fit says how many more there are")
{
    CalendarFixture f;
    CalendarPage& page = f.makePage();
    page.resize(700, 450);
    QCoreApplication::processEvents();
    QList<VisitSummary> visits;
    for (Id id = 1; id <= 12; ++id) {
        visits << summary(id, QDate(2026, 5, 12), QDate(2026, 5, 13));
    }
    page.showMonth(2026, 5);
    f.view().setVisits(visits);
    const QDate day(2026, 5, 12);
    const int hidden = f.view().hiddenCount(day);
    CHECK(hidden > 0);
    int shown = 0;
    for (const MonthView::Bar& bar : f.view().bars()) {
        shown += bar.rect.isEmpty() ? 0 : 1;
    }
    CHECK(shown > 0);
    CHECK(shown + hidden == 12);
    CHECK(f.view().hiddenCount(QDate(2026, 5, 14)) == 0);

    // A bigger window shows more of them.
    page.resize(1400, 1200);
    QCoreApplication::processEvents();
    CHECK(f.view().hiddenCount(day) < hidden);
}

TEST_CASE("Five hundred visits in a month are all laid out: each drawn or counted")
{
    MonthView view;
    view.resize(900, 650);
    view.setMonth(2026, 5);
    QList<VisitSummary> visits;
    for (Id id = 1; id <= 500; ++id) {
        const QDate first = QDate(2026, 5, 1).addDays(id % 31);
        visits << summary(id, first, first.addDays(id % 5));
    }
    // How fast this is belongs to the benchmark; here, that nothing is lost.
    view.setVisits(visits);
    QImage image(view.size(), QImage::Format_ARGB32);
    view.render(&image);
    // Every visit is either drawn or counted on each of its days.
    QSet<Id> placed;
    for (const MonthView::Bar& bar : view.bars()) {
        placed.insert(bar.visitId);
    }
    CHECK(placed.size() == 500);
}

TEST_CASE("The month is painted: the grid, today and the bars in their status colours")
{
    CalendarFixture f;
    const Id confirmed = f.addVisit(QStringLiteral("Confirmed visit"), QDate(2026, 5, 4), QDate(2026, 5, 6),
                                    VisitStatus::Confirmed);
    const Id cancelled = f.addVisit(QStringLiteral("Cancelled visit"), QDate(2026, 5, 11), QDate(2026, 5, 12),
                                    VisitStatus::Cancelled);
    CalendarPage& page = f.makePage();
    page.showMonth(2026, 5);
    MonthView& view = f.view();
    view.setCursorDay(QDate(2026, 5, 1));
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    view.render(&image);

    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    CHECK(colours.size() > 3);

    auto countColour = [&image](const QRect& area, const QColor& colour) {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                n += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
            }
        }
        return n;
    };
    const QRect confirmedBar = f.barsOf(confirmed).value(0).rect;
    REQUIRE_FALSE(confirmedBar.isEmpty());
    CHECK(countColour(confirmedBar, MonthView::statusColour(VisitStatus::Confirmed)) > confirmedBar.width());
    const QRect cancelledBar = f.barsOf(cancelled).value(0).rect;
    CHECK(countColour(cancelledBar, MonthView::statusColour(VisitStatus::Cancelled)) > cancelledBar.width());
    // Nowhere else in the month is green.
    CHECK(countColour(QRect(0, 0, image.width(), confirmedBar.top() - 1),
                      MonthView::statusColour(VisitStatus::Confirmed)) == 0);
    // Today (19 May) is marked with the highlight colour; another day is not.
    const QColor highlight = view.palette().color(QPalette::Highlight);
    CHECK(countColour(view.dayRect(QDate(2026, 5, 19)), highlight) > 0);
    CHECK(countColour(view.dayRect(QDate(2026, 5, 20)), highlight) == 0);
}
