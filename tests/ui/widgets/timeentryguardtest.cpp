// SPDX-License-Identifier: GPL-3.0-or-later
// A time typed is taken or refused, never guessed: what Qt's time box does with each keystroke, and
// what the guard makes of it.
#include "ui/widgets/timeentryguard.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

namespace {

/// A time box after another input, reached with Tab as a coordinator reaches it.
struct TimeForm
{
    explicit TimeForm(bool guarded = true)
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(time);
        time->setDisplayFormat(QStringLiteral("HH:mm"));
        time->setTime(QTime(9, 0));
        if (guarded) {
            guard = TimeEntryGuard::install(time);
        }
        window.show();
        QApplication::setActiveWindow(&window);
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
    }

    /// Types `keys` into the box and leaves it with Tab; returns the time it keeps.
    QTime type(const QString& keys)
    {
        QTest::keyClicks(time, keys);
        QTest::keyClick(time, Qt::Key_Tab);
        return time->time();
    }

    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    QTimeEdit* time = new QTimeEdit(&window);
    TimeEntryGuard* guard = nullptr;
};

} // namespace

TEST_CASE("Qt's time box on its own guesses at an impossible time typed")
{
    // What the guard is for, seen in Qt 6.4: digits that make the hours impossible are dropped without
    // a sign, and what is left becomes a time nobody typed.
    CHECK(TimeForm(false).type(QStringLiteral("2575")) == QTime(2, 0));
    CHECK(TimeForm(false).type(QStringLiteral("2500")) == QTime(20, 0));
    CHECK(TimeForm(false).type(QStringLiteral("1275")) == QTime(12, 7));
    CHECK(TimeForm(false).type(QStringLiteral("0960")) == QTime(9, 6));
}

TEST_CASE("An impossible time typed is refused, the time before it kept and what was typed named")
{
    const QList<std::pair<QString, QString>> typedAndNamed{
        {QStringLiteral("2575"), QStringLiteral("25:75")}, {QStringLiteral("25:75"), QStringLiteral("25:75")},
        {QStringLiteral("2500"), QStringLiteral("25:00")}, {QStringLiteral("1275"), QStringLiteral("12:75")},
        {QStringLiteral("0960"), QStringLiteral("09:60")}, {QStringLiteral("9305"), QStringLiteral("93:05")},
        {QStringLiteral("7:75"), QStringLiteral("7:75")},  {QStringLiteral("75"), QStringLiteral("75")},
        {QStringLiteral("99"), QStringLiteral("99")},
    };
    for (const auto& [typed, named] : typedAndNamed) {
        INFO(typed.toStdString());
        TimeForm form;
        QSignalSpy changed(form.time, &QTimeEdit::timeChanged);
        QTest::keyClicks(form.time, typed);
        if (typed.size() < 4) {
            // Two digits that the box took are judged when the entry ends, here by Tab.
            QTest::keyClick(form.time, Qt::Key_Tab);
        }
        CHECK(form.guard->refused() == named);
        CHECK(form.time->time() == QTime(9, 0));
        CHECK(form.time->text() == QStringLiteral("09:00"));
        // Leaving the box changes nothing, and the refusal stays to be read.
        QTest::keyClick(form.time, Qt::Key_Tab);
        CHECK(form.time->time() == QTime(9, 0));
        CHECK(form.guard->refused() == named);
        // Whatever the box took of the entry on the way was given back.
        if (!changed.isEmpty()) {
            CHECK(changed.constLast().constFirst().toTime() == QTime(9, 0));
        }
    }
}

TEST_CASE("An ordinary time typed is taken as before")
{
    for (const QString& typed : {QStringLiteral("0930"), QStringLiteral("930"), QStringLiteral("9:30"),
                                 QStringLiteral("9.30"), QStringLiteral("09:30")}) {
        INFO(typed.toStdString());
        TimeForm form;
        CHECK(form.type(typed) == QTime(9, 30));
        CHECK(form.guard->refused().isEmpty());
    }
    CHECK(TimeForm().type(QStringLiteral("2359")) == QTime(23, 59));
}

TEST_CASE("Digits alone are read as a clock reads them")
{
    // The box itself reads "123" as 12:03 and "159" as 15:09; "930" is 09:30, so "123" is 01:23.
    CHECK(TimeForm().type(QStringLiteral("123")) == QTime(1, 23));
    CHECK(TimeForm().type(QStringLiteral("159")) == QTime(1, 59));
    // An hour alone keeps the minutes.
    CHECK(TimeForm().type(QStringLiteral("7")) == QTime(7, 0));
    CHECK(TimeForm().type(QStringLiteral("14")) == QTime(14, 0));
    TimeForm half;
    half.time->setTime(QTime(9, 30));
    CHECK(half.type(QStringLiteral("1")) == QTime(1, 30));
}

TEST_CASE("A refused time goes with the next time typed or chosen")
{
    TimeForm form;
    QSignalSpy refusals(form.guard, &TimeEntryGuard::refusedChanged);
    QTest::keyClicks(form.time, QStringLiteral("2575"));
    REQUIRE(form.guard->refused() == QStringLiteral("25:75"));
    // Typed straight after, with the hours chosen again: the new entry is taken whole.
    QTest::keyClicks(form.time, QStringLiteral("1045"));
    CHECK(form.guard->refused().isEmpty());
    CHECK(form.time->time() == QTime(10, 45));
    CHECK(refusals.size() >= 2);

    QTest::keyClick(form.time, Qt::Key_Tab);
    QTest::keyClick(form.before, Qt::Key_Tab);
    QTest::keyClicks(form.time, QStringLiteral("99"));
    QTest::keyClick(form.time, Qt::Key_Left); // any key but a digit ends the entry
    REQUIRE_FALSE(form.guard->refused().isEmpty());
    QTest::keyClick(form.time, Qt::Key_Up); // a step with the arrows is a time chosen
    CHECK(form.guard->refused().isEmpty());
    CHECK(form.time->time() == QTime(11, 45));
}

TEST_CASE("Minutes typed after a click in them are taken or refused with the hours shown")
{
    TimeForm form;
    auto* line = form.time->findChild<QLineEdit*>();
    REQUIRE(line);
    // A click in the minutes leaves the cursor there, nothing selected.
    const int minutesAt = line->fontMetrics().horizontalAdvance(QStringLiteral("09:3"));
    QTest::mouseClick(line, Qt::LeftButton, {},
                      QPoint(line->contentsRect().left() + minutesAt, line->height() / 2));
    REQUIRE(form.time->currentSection() == QDateTimeEdit::MinuteSection);
    QTest::keyClicks(form.time, QStringLiteral("75"));
    CHECK(form.guard->refused() == QStringLiteral("09:75"));
    CHECK(form.time->time() == QTime(9, 0));
    QTest::keyClicks(form.time, QStringLiteral("45"));
    CHECK(form.guard->refused().isEmpty());
    CHECK(form.time->time() == QTime(9, 45));
}
