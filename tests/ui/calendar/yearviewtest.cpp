// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/yearview.h"

#include "tests/ui/calendar/calendarfixture.h"
#include "tests/ui/support/popupmenu.h"
#include "ui/calendar/yearlayout.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <QSignalSpy>

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

/// A year laid out as the view lays it out, in a window of 1000 × 700.
YearLayout layOut(int year, const QList<VisitSummary>& visits)
{
    YearLayout layout;
    layout.setYear(year);
    layout.setVisits(visits);
    const QStringList names = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    layout.relayout(QRect(0, 0, 1000, 700), QFont(), names);
    return layout;
}

QList<YearLayout::Bar> barsOf(const YearLayout& layout, Id visitId)
{
    QList<YearLayout::Bar> found;
    for (const YearLayout::Bar& bar : layout.bars()) {
        if (bar.visitId == visitId) {
            found << bar;
        }
    }
    return found;
}

/// How far a colour is from another, summed over its channels.
int distance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

TEST_CASE("The year view draws every visit of the year in the rows of the months it runs in")
{
    const YearLayout layout = layOut(2026, {
                                               summary(1, QDate(2026, 1, 12), QDate(2026, 1, 14)),
                                               summary(2, QDate(2026, 5, 28), QDate(2026, 6, 3)),
                                               summary(3, QDate(2026, 12, 30), QDate(2027, 1, 2)),
                                               summary(4, QDate(2025, 11, 3), QDate(2025, 11, 5)),
                                               summary(5, QDate(2026, 3, 1), QDate(2026, 5, 10)),
                                           });

    auto bars = barsOf(layout, 1);
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].month == 1);
    CHECK(bars[0].firstDay == 12);
    CHECK(bars[0].lastDay == 14);
    CHECK(bars[0].startsHere);
    CHECK(bars[0].endsHere);
    // Drawn in January's row, over the 12th to the 14th.
    CHECK(layout.monthRect(1).contains(bars[0].rect));
    CHECK(bars[0].rect.left() >= layout.dayRect(QDate(2026, 1, 12)).left());
    CHECK(bars[0].rect.right() <= layout.dayRect(QDate(2026, 1, 14)).right());
    CHECK(bars[0].rect.right() > layout.dayRect(QDate(2026, 1, 13)).right());

    // From May into June: a piece in each month, open where the month ends.
    bars = barsOf(layout, 2);
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].month == 5);
    CHECK(bars[0].firstDay == 28);
    CHECK(bars[0].lastDay == 31);
    CHECK_FALSE(bars[0].endsHere);
    CHECK(bars[1].month == 6);
    CHECK(bars[1].firstDay == 1);
    CHECK(bars[1].lastDay == 3);
    CHECK_FALSE(bars[1].startsHere);
    CHECK(bars[1].endsHere);
    CHECK(layout.monthRect(5).contains(bars[0].rect));
    CHECK(layout.monthRect(6).contains(bars[1].rect));

    // Into the next year: only its days in this year.
    bars = barsOf(layout, 3);
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].month == 12);
    CHECK(bars[0].lastDay == 31);
    CHECK_FALSE(bars[0].endsHere);

    // A visit of another year is not drawn.
    CHECK(barsOf(layout, 4).isEmpty());

    // Over three months: March, April and May, the whole of April.
    bars = barsOf(layout, 5);
    REQUIRE(bars.size() == 3);
    CHECK(bars[1].month == 4);
    CHECK(bars[1].firstDay == 1);
    CHECK(bars[1].lastDay == 30);
    CHECK(layout.visitsIn(4) == QList<Id>{5});
    CHECK(layout.visitsIn(5) == QList<Id>{5, 2});
}

TEST_CASE("A busy week counts every visit that runs in it, once, on any of its days")
{
    // 18 May 2026 is a Monday.
    const YearLayout layout = layOut(2026, {
                                               summary(1, QDate(2026, 5, 18), QDate(2026, 5, 20)),
                                               summary(2, QDate(2026, 5, 23), QDate(2026, 5, 26)),
                                               summary(3, QDate(2026, 5, 24), QDate(2026, 5, 24)),
                                               summary(4, QDate(2026, 5, 25), QDate(2026, 5, 25)),
                                               summary(5, QDate(2026, 5, 11), QDate(2026, 5, 17)),
                                               summary(6, QDate(2025, 12, 29), QDate(2025, 12, 30)),
                                               summary(7, QDate(2026, 7, 2), QDate(2026, 7, 3)),
                                           });
    // Monday to Sunday: the visits of the 18th, the 23rd and the 24th; any day of the week asks the same.
    CHECK(layout.visitsInWeek(QDate(2026, 5, 18)) == 3);
    CHECK(layout.visitsInWeek(QDate(2026, 5, 21)) == 3);
    CHECK(layout.visitsInWeek(QDate(2026, 5, 24)) == 3);
    // The visit from Saturday to Tuesday counts in both weeks; one that ended on Sunday does not.
    CHECK(layout.visitsInWeek(QDate(2026, 5, 25)) == 2);
    CHECK(layout.visitsInWeek(QDate(2026, 5, 11)) == 1);
    CHECK(layout.visitsInWeek(QDate(2026, 6, 1)) == 0);
    // The week of 1 January began on 29 December: a visit on those days makes it busy too.
    CHECK(layout.visitsInWeek(QDate(2026, 1, 1)) == 1);
    CHECK(layout.busiestWeekCount() == 3);

    // A week cut by the month's end (29 June to 5 July) is as busy in June's row as in July's.
    QList<int> monthsOfWeek;
    for (const YearLayout::WeekBand& band : layout.weekBands()) {
        if (band.monday == QDate(2026, 6, 29)) {
            monthsOfWeek << band.month;
            CHECK(band.visitCount == 1);
        }
    }
    CHECK(monthsOfWeek == QList<int>{6, 7});
}

TEST_CASE("The busier the week, the stronger its shade in the year view")
{
    CalendarFixture f;
    f.addVisit(QStringLiteral("Lviv"), QDate(2026, 5, 18), QDate(2026, 5, 19));
    f.addVisit(QStringLiteral("Vsetín"), QDate(2026, 5, 19), QDate(2026, 5, 20));
    f.addVisit(QStringLiteral("Zhytomyr"), QDate(2026, 5, 20), QDate(2026, 5, 20));
    f.addVisit(QStringLiteral("Płock"), QDate(2026, 5, 25), QDate(2026, 5, 25));
    CalendarPage& page = f.makePage();
    page.showYear(2026);
    YearView& view = f.yearView();
    QImage image(view.size(), QImage::Format_ARGB32);
    view.render(&image);
    const QColor base = view.palette().color(QPalette::Base);
    // The middle of a weekday with no bar on it, low in its row.
    auto shade = [&](const QDate& day) {
        const QRect cell = view.dayRect(day);
        return distance(image.pixelColor(cell.center().x(), cell.bottom() - 2), base);
    };
    const int busy = shade(QDate(2026, 5, 22));    // three visits that week
    const int quieter = shade(QDate(2026, 5, 28)); // one
    const int free = shade(QDate(2026, 6, 10));    // none
    CHECK(busy > quieter);
    CHECK(quieter > free);
    CHECK(free == 0);
}

TEST_CASE("A click on a month in the year view opens it in the month view")
{
    CalendarFixture f;
    f.addVisit(QStringLiteral("Delegation from Lviv"), QDate(2026, 5, 28), QDate(2026, 6, 3));
    CalendarPage& page = f.makePage();
    page.showYear(2026);
    CHECK(page.mode() == CalendarPage::Mode::Year);
    CHECK(f.text("monthHeading") == QStringLiteral("2026"));
    CHECK(f.yearView().isVisible());
    CHECK_FALSE(f.view().isVisible());

    // On its name.
    QTest::mouseClick(&f.yearView(), Qt::LeftButton, Qt::NoModifier, f.yearView().monthNameRect(6).center());
    CHECK(page.mode() == CalendarPage::Mode::Month);
    CHECK(f.view().isVisible());
    CHECK_FALSE(f.yearView().isVisible());
    CHECK(f.text("monthHeading") == QStringLiteral("June 2026"));
    REQUIRE(f.view().bars().size() == 1);

    // On a free day of its row.
    page.showYear(2026);
    QTest::mouseClick(&f.yearView(), Qt::LeftButton, Qt::NoModifier,
                      f.yearView().dayRect(QDate(2026, 9, 15)).center());
    CHECK(page.mode() == CalendarPage::Mode::Month);
    CHECK(f.text("monthHeading") == QStringLiteral("September 2026"));

    // A double-click on a month opens it, and its second click does not start a new visit there.
    page.showYear(2026);
    QSignalSpy newVisit(&f.view(), &MonthView::newVisitRequested);
    const QPoint october = f.yearView().dayRect(QDate(2026, 10, 14)).center();
    QTest::mouseClick(&f.yearView(), Qt::LeftButton, Qt::NoModifier, october);
    QTest::mouseDClick(&f.view(), Qt::LeftButton, Qt::NoModifier, october);
    CHECK(f.text("monthHeading") == QStringLiteral("October 2026"));
    CHECK(newVisit.isEmpty());
}

TEST_CASE("In the year view a click selects a visit and a double-click opens it")
{
    CalendarFixture f;
    const Id lviv = f.addVisit(QStringLiteral("Delegation from Lviv"), QDate(2026, 5, 28), QDate(2026, 6, 3),
                               VisitStatus::Confirmed);
    CalendarPage& page = f.makePage();
    page.showYear(2026);
    QSignalSpy open(&page, &CalendarPage::openVisitRequested);
    const auto bars = f.yearBarsOf(lviv);
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].month == 5);
    CHECK(bars[1].month == 6);

    // The piece in June is the same visit.
    QTest::mouseClick(&f.yearView(), Qt::LeftButton, Qt::NoModifier, bars[1].rect.center());
    CHECK(page.mode() == CalendarPage::Mode::Year);
    CHECK(f.yearView().selectedVisit() == lviv);
    CHECK(f.yearView().selectedMonth() == 6);
    CHECK(f.text("selectedTitle") == QStringLiteral("Delegation from Lviv"));
    CHECK(f.text("selectedDays") == QStringLiteral("28 May – 3 June 2026"));
    CHECK(open.isEmpty());

    QTest::mouseDClick(&f.yearView(), Qt::LeftButton, Qt::NoModifier, bars[0].rect.center());
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<Id>() == lviv);
    CHECK(page.mode() == CalendarPage::Mode::Year);

    page.findChild<QAbstractButton*>(QStringLiteral("openVisit"))->click();
    REQUIRE(open.count() == 2);
    CHECK(open.at(1).at(0).value<Id>() == lviv);
}

TEST_CASE("A visit's menu in the year view opens the visit or shows its month")
{
    CalendarFixture f;
    const Id lviv = f.addVisit(QStringLiteral("Delegation from Lviv"), QDate(2026, 5, 28), QDate(2026, 6, 3));
    CalendarPage& page = f.makePage();
    page.showYear(2026);
    QSignalSpy open(&page, &CalendarPage::openVisitRequested);
    const QPoint onBar = f.yearBarsOf(lviv).value(0).rect.center();

    QStringList texts;
    onNextPopupMenu(&texts, [](QMenu& menu) { actionNamed(menu, QStringLiteral("&Open Visit"))->trigger(); });
    QContextMenuEvent openMenu(QContextMenuEvent::Mouse, onBar, f.yearView().mapToGlobal(onBar));
    QCoreApplication::sendEvent(&f.yearView(), &openMenu);
    CHECK(texts == QStringList{QStringLiteral("&Open Visit"), QStringLiteral("&Show May 2026")});
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<Id>() == lviv);

    texts.clear();
    onNextPopupMenu(&texts,
                    [](QMenu& menu) { actionNamed(menu, QStringLiteral("&Show May 2026"))->trigger(); });
    QCoreApplication::sendEvent(&f.yearView(), &openMenu);
    CHECK(page.mode() == CalendarPage::Mode::Month);
    CHECK(f.text("monthHeading") == QStringLiteral("May 2026"));
}

TEST_CASE("The keyboard moves through the months and visits of the year view and opens them")
{
    CalendarFixture f;
    const Id first = f.addVisit(QStringLiteral("Study visit"), QDate(2026, 6, 2), QDate(2026, 6, 4));
    const Id second = f.addVisit(QStringLiteral("Conference"), QDate(2026, 6, 17), QDate(2026, 6, 17));
    const Id next = f.addVisit(QStringLiteral("Exchange group"), QDate(2027, 6, 9), QDate(2027, 6, 10));
    CalendarPage& page = f.makePage();
    QSignalSpy open(&page, &CalendarPage::openVisitRequested);
    page.showYear(2026);
    YearView& view = f.yearView();
    view.setFocus();

    QTest::keyClick(&view, Qt::Key_Home);
    CHECK(view.selectedMonth() == 5);
    QTest::keyClick(&view, Qt::Key_Down);
    CHECK(view.selectedMonth() == 6);
    CHECK(view.selectedVisit() == 0);
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.selectedVisit() == first);
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.selectedVisit() == second);
    QTest::keyClick(&view, Qt::Key_Right); // the last one stays selected
    CHECK(view.selectedVisit() == second);
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<Id>() == second);

    // A year on: its visits were read again.
    QTest::keyClick(&view, Qt::Key_PageDown);
    CHECK(view.year() == 2027);
    CHECK(f.text("monthHeading") == QStringLiteral("2027"));
    CHECK(view.selectedMonth() == 6);
    CHECK(f.yearBarsOf(first).isEmpty());
    REQUIRE(f.yearBarsOf(next).size() == 1);

    // With no visit selected, Enter opens the month.
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Return);
    CHECK(page.mode() == CalendarPage::Mode::Month);
    CHECK(f.text("monthHeading") == QStringLiteral("May 2027"));
}

TEST_CASE("Month and Year switch the calendar, and « » turn a year in the year view")
{
    CalendarFixture f;
    CalendarPage& page = f.makePage();
    page.showMonth(2026, 9);
    auto button = [&](const char* name) {
        auto* found = page.findChild<QAbstractButton*>(QString::fromLatin1(name));
        REQUIRE(found);
        CHECK_FALSE(found->toolTip().isEmpty());
        return found;
    };
    CHECK(button("monthMode")->isChecked());
    button("yearMode")->click();
    CHECK(page.mode() == CalendarPage::Mode::Year);
    CHECK(button("yearMode")->isChecked());
    CHECK_FALSE(button("monthMode")->isChecked());
    CHECK(f.text("monthHeading") == QStringLiteral("2026"));
    CHECK(f.yearView().selectedMonth() == 9);
    CHECK_FALSE(button("previousMonth")->isVisible());

    button("previousYear")->click();
    CHECK(f.text("monthHeading") == QStringLiteral("2025"));
    button("nextYear")->click();
    button("nextYear")->click();
    CHECK(f.text("monthHeading") == QStringLiteral("2027"));
    button("today")->click();
    CHECK(f.text("monthHeading") == QStringLiteral("2026"));
    CHECK(f.yearView().selectedMonth() == 5);

    // Back to the month selected in the year.
    button("monthMode")->click();
    CHECK(page.mode() == CalendarPage::Mode::Month);
    CHECK(f.text("monthHeading") == QStringLiteral("May 2026"));
    CHECK(button("previousMonth")->isVisible());
}

TEST_CASE("The year view names the months in the interface language as it changes")
{
    CalendarFixture f;
    CalendarPage& page = f.makePage();
    page.showYear(2026);
    YearView& view = f.yearView();
    CHECK(view.monthNames().value(0) == QStringLiteral("January"));
    CHECK(view.monthNames().value(4) == QStringLiteral("May"));
    const int englishNames = view.monthNameRect(1).width();

    REQUIRE(f.languages.setLanguage(QStringLiteral("pl")));
    page.setLocale(QLocale());
    QCoreApplication::sendPostedEvents();
    // The nominative, with a capital: "Maj", not "maja".
    CHECK(view.monthNames().value(0) == QStringLiteral("Styczeń"));
    CHECK(view.monthNames().value(4) == QStringLiteral("Maj"));
    CHECK(view.accessibleName().contains(QStringLiteral("2026")));
    // The names' column is as wide as the longest name in the language shown: "Październik".
    CHECK(view.monthNameRect(1).width() > englishNames);

    REQUIRE(f.languages.setLanguage(QStringLiteral("uk")));
    page.setLocale(QLocale());
    QCoreApplication::sendPostedEvents();
    CHECK(view.monthNames().value(0) == QStringLiteral("Січень"));
    CHECK(view.monthNames().value(4) == QStringLiteral("Травень"));

    REQUIRE(f.languages.setLanguage(QStringLiteral("en")));
    page.setLocale(QLocale());
    QCoreApplication::sendPostedEvents();
    CHECK(view.monthNames().value(11) == QStringLiteral("December"));
    CHECK(view.monthNameRect(1).width() == englishNames);
}

TEST_CASE("Three thousand visits in a year are all laid out: each drawn or counted")
{
    YearView view;
    view.resize(900, 650);
    view.setYear(2026);
    QList<VisitSummary> visits;
    for (Id id = 1; id <= 3000; ++id) {
        const QDate first = QDate(2026, 1, 1).addDays(id % 365);
        visits << summary(id, first, first.addDays(id % 6));
    }
    // How fast this is belongs to the benchmark; here, that nothing is lost.
    view.setVisits(visits);
    QImage image(view.size(), QImage::Format_ARGB32);
    view.render(&image);
    QSet<Id> placed;
    int drawn = 0;
    int hidden = 0;
    for (const YearView::Bar& bar : view.bars()) {
        placed.insert(bar.visitId);
        drawn += bar.rect.isEmpty() ? 0 : 1;
    }
    for (int month = 1; month <= 12; ++month) {
        hidden += view.hiddenCount(month);
    }
    CHECK(placed.size() == 3000);
    CHECK(drawn > 0);
    CHECK(drawn + hidden == view.bars().size());
}
