// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/visittimeline.h"

#include "core/languages/languagemanager.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/visit/sessiondialog.h"
#include "ui/visit/visittimelinetab.h"

#include <QDateEdit>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTimeEdit>
#include <QToolTip>

#include <catch2/catch.hpp>

namespace {

std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

const QDate firstDay(2026, 5, 19);

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::UTC);
}

/// A seven-day visit (19–25 May 2026) on a fresh database, and its timeline tab, shown.
struct TimelineFixture
{
    LanguageManager languages;
    // Before the tab: the day headers follow the default locale of the interface language.
    bool english = languages.setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    QStringList undoErrors;
    DatabaseDocument document{openDatabase(dir),
                              [this](const Error& error) { undoErrors << error.message(); }};
    ScriptedPrompts prompts;
    VisitTimelineTab tab{document, prompts};
    VisitTimeline* timeline = tab.timeline();
    Id visitId = 0;

    TimelineFixture()
    {
        REQUIRE(english);
        Visit visit;
        visit.title.text = QStringLiteral("Wizyta studyjna z Lwowa");
        visit.firstDay = firstDay;
        visit.lastDay = QDate(2026, 5, 25);
        visit.workingLanguages = {QStringLiteral("pl"), QStringLiteral("uk")};
        const auto id = VisitRepository(db()).create(visit);
        REQUIRE(id);
        visitId = id.value();
    }
    ~TimelineFixture() { CHECK(undoErrors.isEmpty()); }

    /// Shows the visit's timeline; sessions added before are read once, not one reload each.
    void show()
    {
        tab.setVisitId(visitId);
        if (!tab.testAttribute(Qt::WA_Resized)) {
            tab.resize(1300, 900);
        }
        tab.show();
        tab.activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(&tab));
        REQUIRE(QTest::qWaitForWindowActive(&tab));
    }

    Database& db() { return document.database(); }
    QString undoText() { return document.undoStack().undoText(); }

    Id addSession(const QString& title, const QDateTime& start, int minutes,
                  const QList<SessionPerson>& people = {})
    {
        Session session;
        session.visitId = visitId;
        session.title.text = title;
        session.startsAt = start;
        session.endsAt = start.addSecs(minutes * 60);
        session.people = people;
        const auto id = ProgrammeRepository(db()).create(session);
        REQUIRE(id);
        return id.value();
    }

    QString column(const char* name, Id sessionId)
    {
        return scalar(db(), QStringLiteral("SELECT %1 FROM agenda_session WHERE id = %2")
                                .arg(QString::fromLatin1(name))
                                .arg(sessionId))
            .toString();
    }

    /// Pixels from `from` to `to` on the first day's column.
    int minutesDown(QTime from, QTime to) const
    {
        return timeline->pointAt(firstDay, to).y() - timeline->pointAt(firstDay, from).y();
    }

    void drag(const QPoint& from, const QPoint& to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(timeline, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(timeline, (from + to) / 2);
        QTest::mouseMove(timeline, to);
        QTest::mouseRelease(timeline, Qt::LeftButton, modifiers, to);
    }
};

template <typename W>
W* input(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<W*>(QString::fromLatin1(name));
    CHECK(found);
    return found;
}

int sessionCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM agenda_session")).toInt();
}

} // namespace

TEST_CASE("Dragging a session 30 minutes later moves it and keeps its length, and undo moves it back")
{
    TimelineFixture fixture;
    const Id panel = fixture.addSession(QStringLiteral("Panel dyskusyjny"), at(19, 9), 90);
    fixture.show();
    const QRect before = fixture.timeline->blockRect(panel);
    REQUIRE(before.isValid());
    CHECK(before.top() == fixture.timeline->pointAt(firstDay, QTime(9, 0)).y());

    const QPoint from = before.center();
    fixture.drag(from, from + QPoint(0, fixture.minutesDown(QTime(9, 0), QTime(9, 30))));
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:30"));
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T11:00"));
    CHECK(fixture.undoText() == QStringLiteral("Move session ‘Panel dyskusyjny’"));
    // The block follows the stored session.
    CHECK(fixture.timeline->blockRect(panel).top() == fixture.timeline->pointAt(firstDay, QTime(9, 30)).y());
    CHECK(fixture.timeline->blockRect(panel).height() == before.height());
    CHECK(fixture.timeline->currentSessionId() == panel);

    fixture.document.undoStack().undo();
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:00"));
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T10:30"));
    CHECK(fixture.timeline->blockRect(panel) == before);
    CHECK(fixture.prompts.shown.isEmpty());
}

TEST_CASE("Holding Shift moves a session by single minutes — without Shift the time snaps to 5 minutes")
{
    TimelineFixture fixture;
    const Id panel = fixture.addSession(QStringLiteral("Panel"), at(19, 9), 60);
    fixture.show();
    const int sevenMinutes = fixture.minutesDown(QTime(9, 0), QTime(9, 7));
    REQUIRE(sevenMinutes > 0);

    QPoint from = fixture.timeline->blockRect(panel).center();
    fixture.drag(from, from + QPoint(0, sevenMinutes), Qt::ShiftModifier);
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:07"));
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T10:07"));

    fixture.document.undoStack().undo();
    REQUIRE(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:00"));
    from = fixture.timeline->blockRect(panel).center();
    fixture.drag(from, from + QPoint(0, sevenMinutes));
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:05"));
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T10:05"));

    // Dropped two minutes from where it was, it snaps back there: no edit.
    const int count = fixture.document.undoStack().count();
    from = fixture.timeline->blockRect(panel).center();
    QTest::mousePress(fixture.timeline, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(fixture.timeline, from + QPoint(0, fixture.minutesDown(QTime(9, 0), QTime(9, 20))));
    const QPoint nearly = from + QPoint(0, fixture.minutesDown(QTime(9, 0), QTime(9, 2)));
    QTest::mouseMove(fixture.timeline, nearly);
    QTest::mouseRelease(fixture.timeline, Qt::LeftButton, Qt::NoModifier, nearly);
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:05"));
    CHECK(fixture.document.undoStack().count() == count);
}

TEST_CASE("Dragging a session into the next day's column moves it to that day at the same time")
{
    TimelineFixture fixture;
    const Id visit = fixture.addSession(QStringLiteral("Wizyta w domu samopomocy"), at(19, 10), 120);
    fixture.show();
    const QPoint from = fixture.timeline->blockRect(visit).center();
    const int nextDay = fixture.timeline->pointAt(firstDay.addDays(1), QTime(10, 0)).x() -
                        fixture.timeline->pointAt(firstDay, QTime(10, 0)).x();
    REQUIRE(nextDay > 0);

    fixture.drag(from, from + QPoint(nextDay, 0));
    CHECK(fixture.column("starts_at", visit) == QStringLiteral("2026-05-20T10:00"));
    CHECK(fixture.column("ends_at", visit) == QStringLiteral("2026-05-20T12:00"));
    const QRect moved = fixture.timeline->blockRect(visit);
    CHECK(moved.contains(fixture.timeline->pointAt(firstDay.addDays(1), QTime(11, 0))));
    fixture.document.undoStack().undo();
    CHECK(fixture.column("starts_at", visit) == QStringLiteral("2026-05-19T10:00"));
}

TEST_CASE("Dragging the lower edge of a session changes only its end")
{
    TimelineFixture fixture;
    const Id workshop = fixture.addSession(QStringLiteral("Warsztaty"), at(19, 9), 90);
    fixture.show();
    const QRect before = fixture.timeline->blockRect(workshop);
    const QPoint edge(before.center().x(), before.bottom() - 1);

    fixture.drag(edge, edge + QPoint(0, fixture.minutesDown(QTime(9, 0), QTime(9, 30))));
    CHECK(fixture.column("starts_at", workshop) == QStringLiteral("2026-05-19T09:00"));
    CHECK(fixture.column("ends_at", workshop) == QStringLiteral("2026-05-19T11:00"));
    CHECK(fixture.undoText() == QStringLiteral("Change length of session ‘Warsztaty’"));
    CHECK(fixture.timeline->blockRect(workshop).top() == before.top());
    CHECK(fixture.timeline->blockRect(workshop).height() ==
          before.height() + fixture.minutesDown(QTime(9, 0), QTime(9, 30)));

    fixture.document.undoStack().undo();
    CHECK(fixture.column("ends_at", workshop) == QStringLiteral("2026-05-19T10:30"));
}

TEST_CASE("Dragging across empty space opens the session form with those times, and OK stores the session")
{
    TimelineFixture fixture;
    fixture.addSession(QStringLiteral("Obiad"), at(20, 13), 60);
    fixture.show();
    const QDate day = firstDay.addDays(1);

    bool reached = false;
    QDate shownDay;
    QTime shownStart;
    QTime shownEnd;
    onNextDialog<SessionDialog>(
        [&](SessionDialog& dialog) {
            shownDay = input<QDateEdit>(dialog, "session.day")->date();
            shownStart = input<QTimeEdit>(dialog, "session.start")->time();
            shownEnd = input<QTimeEdit>(dialog, "session.end")->time();
            input<QLineEdit>(dialog, "session.title")->setText(QStringLiteral("Spotkanie z dyrektorem"));
            pressOk(dialog);
        },
        &reached);
    fixture.drag(fixture.timeline->pointAt(day, QTime(14, 0)), fixture.timeline->pointAt(day, QTime(15, 30)));
    REQUIRE(reached);
    CHECK(shownDay == day);
    CHECK(shownStart == QTime(14, 0));
    CHECK(shownEnd == QTime(15, 30));
    REQUIRE(sessionCount(fixture.db()) == 2);
    const Id created =
        scalar(fixture.db(),
               QStringLiteral("SELECT id FROM agenda_session WHERE title = 'Spotkanie z dyrektorem'"))
            .toLongLong();
    CHECK(fixture.column("starts_at", created) == QStringLiteral("2026-05-20T14:00"));
    CHECK(fixture.column("ends_at", created) == QStringLiteral("2026-05-20T15:30"));
    // The visit's first working language, as the programme tab gives it.
    CHECK(fixture.column("language", created) == QStringLiteral("pl"));
    CHECK(fixture.undoText() == QStringLiteral("Add session ‘Spotkanie z dyrektorem’"));
    CHECK(fixture.timeline->currentSessionId() == created);
    CHECK(fixture.timeline->blockRect(created).contains(fixture.timeline->pointAt(day, QTime(15, 0))));

    // Cancelling the form stores nothing.
    onNextDialog<SessionDialog>([](SessionDialog& dialog) { dialog.reject(); });
    fixture.drag(fixture.timeline->pointAt(day, QTime(17, 0)), fixture.timeline->pointAt(day, QTime(18, 0)));
    CHECK(sessionCount(fixture.db()) == 2);

    fixture.document.undoStack().undo();
    CHECK(sessionCount(fixture.db()) == 1);
}

TEST_CASE("Sessions at the same time are drawn side by side, and a later one takes the whole column")
{
    TimelineFixture fixture;
    const Id panel = fixture.addSession(QStringLiteral("Panel"), at(19, 9), 90);
    const Id workshop = fixture.addSession(QStringLiteral("Warsztaty"), at(19, 10), 60);
    const Id lunch = fixture.addSession(QStringLiteral("Obiad"), at(19, 12), 60);
    fixture.show();
    const QRect first = fixture.timeline->blockRect(panel);
    const QRect second = fixture.timeline->blockRect(workshop);
    const QRect alone = fixture.timeline->blockRect(lunch);
    CHECK_FALSE(first.intersects(second));
    // Side by side: their times overlap on the screen, they sit next to each other.
    CHECK(first.top() < second.bottom());
    CHECK(second.top() < first.bottom());
    CHECK(first.right() < second.left());
    CHECK(alone.left() == first.left());
    CHECK(alone.right() >= second.right());
    CHECK(alone.width() > first.width() + second.width());
}

TEST_CASE("Esc during a drag puts the session back and stores nothing")
{
    TimelineFixture fixture;
    const Id panel = fixture.addSession(QStringLiteral("Panel"), at(19, 9), 60);
    fixture.show();
    const QRect before = fixture.timeline->blockRect(panel);
    const QPoint from = before.center();
    const QPoint to = from + QPoint(0, fixture.minutesDown(QTime(9, 0), QTime(10, 0)));

    QTest::mousePress(fixture.timeline, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(fixture.timeline, to);
    QTest::keyClick(fixture.timeline, Qt::Key_Escape);
    QTest::mouseRelease(fixture.timeline, Qt::LeftButton, Qt::NoModifier, to);
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:00"));
    CHECK(fixture.document.undoStack().count() == 0);
    CHECK(fixture.timeline->blockRect(panel) == before);

    // The same for a new session being drawn.
    const QDate day = firstDay.addDays(2);
    QTest::mousePress(fixture.timeline, Qt::LeftButton, Qt::NoModifier,
                      fixture.timeline->pointAt(day, QTime(14, 0)));
    QTest::mouseMove(fixture.timeline, fixture.timeline->pointAt(day, QTime(15, 0)));
    QTest::keyClick(fixture.timeline, Qt::Key_Escape);
    QTest::mouseRelease(fixture.timeline, Qt::LeftButton, Qt::NoModifier,
                        fixture.timeline->pointAt(day, QTime(15, 0)));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(sessionCount(fixture.db()) == 1);
}

TEST_CASE("Arrow keys choose sessions — Alt+Down moves the chosen one and Alt+Shift+Down lengthens it")
{
    TimelineFixture fixture;
    const Id panel = fixture.addSession(QStringLiteral("Panel"), at(19, 9), 90);
    const Id lunch = fixture.addSession(QStringLiteral("Obiad"), at(19, 12), 60);
    const Id visit = fixture.addSession(QStringLiteral("Wizyta w MOPS"), at(20, 9, 30), 60);
    fixture.show();
    VisitTimeline* timeline = fixture.timeline;
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, timeline->blockRect(panel).center());
    REQUIRE(timeline->currentSessionId() == panel);
    CHECK(timeline->hasFocus());
    CHECK(fixture.document.undoStack().count() == 0); // a click moves nothing

    QTest::keyClick(timeline, Qt::Key_Right);
    CHECK(timeline->currentSessionId() == visit);
    QTest::keyClick(timeline, Qt::Key_Left);
    CHECK(timeline->currentSessionId() == panel);
    QTest::keyClick(timeline, Qt::Key_Down);
    CHECK(timeline->currentSessionId() == lunch);
    QTest::keyClick(timeline, Qt::Key_Up);
    CHECK(timeline->currentSessionId() == panel);
    QTest::keyClick(timeline, Qt::Key_Tab);
    CHECK(timeline->currentSessionId() == lunch);
    QTest::keyClick(timeline, Qt::Key_Backtab);
    CHECK(timeline->currentSessionId() == panel);
    CHECK(timeline->hasFocus());
    CHECK(timeline->accessibleDescription().contains(QStringLiteral("Panel")));

    QTest::keyClick(timeline, Qt::Key_Down, Qt::AltModifier);
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:15"));
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T10:45"));
    CHECK(fixture.undoText() == QStringLiteral("Move session ‘Panel’"));
    CHECK(timeline->currentSessionId() == panel); // still chosen: the next press moves it again
    QTest::keyClick(timeline, Qt::Key_Up, Qt::AltModifier);
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:00"));

    QTest::keyClick(timeline, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(fixture.column("starts_at", panel) == QStringLiteral("2026-05-19T09:00"));
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T10:45"));
    CHECK(fixture.undoText() == QStringLiteral("Change length of session ‘Panel’"));
    QTest::keyClick(timeline, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QTest::keyClick(timeline, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T10:15"));

    fixture.document.undoStack().undo();
    fixture.document.undoStack().undo();
    CHECK(fixture.column("ends_at", panel) == QStringLiteral("2026-05-19T10:45"));

    // Enter opens the session's form; Delete deletes it, and undo brings it back.
    bool reached = false;
    QString title;
    onNextDialog<SessionDialog>(
        [&title](SessionDialog& dialog) {
            title = input<QLineEdit>(dialog, "session.title")->text();
            dialog.reject();
        },
        &reached);
    QTest::keyClick(timeline, Qt::Key_Return);
    CHECK(reached);
    CHECK(title == QStringLiteral("Panel"));
    QTest::keyClick(timeline, Qt::Key_Delete);
    CHECK(sessionCount(fixture.db()) == 2);
    CHECK(fixture.undoText() == QStringLiteral("Delete session ‘Panel’"));
    CHECK(timeline->blockRect(panel).isNull());
    fixture.document.undoStack().undo();
    CHECK(sessionCount(fixture.db()) == 3);
    CHECK(timeline->blockRect(panel).isValid());
}

TEST_CASE("A session chosen with the keys is scrolled into view")
{
    TimelineFixture fixture;
    const Id morning = fixture.addSession(QStringLiteral("Śniadanie"), at(19, 8), 30);
    const Id evening = fixture.addSession(QStringLiteral("Kolacja"), at(25, 19), 60);
    fixture.tab.resize(1300, 500); // shorter than the day
    fixture.show();
    VisitTimeline* timeline = fixture.timeline;
    REQUIRE_FALSE(timeline->visibleRegion().boundingRect().contains(timeline->blockRect(evening)));

    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_End);
    CHECK(timeline->currentSessionId() == evening);
    CHECK(timeline->visibleRegion().boundingRect().contains(timeline->blockRect(evening)));
    QTest::keyClick(timeline, Qt::Key_Home);
    CHECK(timeline->currentSessionId() == morning);
    CHECK(timeline->visibleRegion().boundingRect().contains(timeline->blockRect(morning)));
}

TEST_CASE("A change the programme refuses is explained, and the session stays as it was")
{
    TimelineFixture fixture;
    // An overnight train: 23 hours 50 minutes, ten minutes short of the longest session allowed.
    const Id train = fixture.addSession(QStringLiteral("Przejazd do Lwowa"), at(19, 9), 23 * 60 + 50);
    fixture.show();
    fixture.timeline->setCurrentSession(train);
    fixture.timeline->setFocus();

    QTest::keyClick(fixture.timeline, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(fixture.prompts.shown.size() == 1);
    CHECK(fixture.prompts.shown.constFirst().startsWith(QStringLiteral("Change Session Length\n")));
    CHECK(fixture.prompts.shown.constFirst().contains(QStringLiteral("at most 24 hours")));
    CHECK(fixture.column("ends_at", train) == QStringLiteral("2026-05-20T08:50"));
    CHECK(fixture.document.undoStack().count() == 0);
    CHECK(fixture.timeline->currentSessionId() == train);
}

TEST_CASE("The warnings panel says when the programme has no conflicts")
{
    TimelineFixture fixture;
    fixture.addSession(QStringLiteral("Panel"), at(19, 9), 60);
    fixture.show();
    auto* list = fixture.tab.findChild<QListWidget*>(QStringLiteral("warningList"));
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("No conflicts found."));
    // "warning(s)" until the English plural forms are translated.
    CHECK(fixture.tab.findChild<QLabel*>(QStringLiteral("warningCount"))
              ->text()
              .startsWith(QStringLiteral("0 warning")));
    CHECK(fixture.timeline->warnings().isEmpty());
}

TEST_CASE(
    "A person booked in two sessions at once marks the session, lists the warning, and a click shows it")
{
    TimelineFixture fixture;
    Person person;
    person.givenName = QStringLiteral("Anna");
    person.familyName = QStringLiteral("Nowak");
    const auto anna = PersonRepository(fixture.db()).create(person);
    REQUIRE(anna);
    const QList<SessionPerson> presenter = {{anna.value(), SessionRole::Presenter}};
    const Id panel = fixture.addSession(QStringLiteral("Panel"), at(19, 9), 90, presenter);
    const Id workshop = fixture.addSession(QStringLiteral("Warsztaty"), at(19, 10), 60, presenter);
    const Id lunch = fixture.addSession(QStringLiteral("Obiad"), at(19, 12), 60);
    fixture.show();

    REQUIRE(fixture.timeline->warnings().size() == 1);
    const ConflictWarning warning = fixture.timeline->warnings().constFirst();
    CHECK(warning.rule == ConflictWarning::Rule::PersonDoubleBooked);
    CHECK((warning.sessionId == panel || warning.sessionId == workshop));
    CHECK(warning.message.contains(QStringLiteral("Anna Nowak")));
    CHECK(fixture.timeline->hasWarning(warning.sessionId));
    CHECK_FALSE(fixture.timeline->hasWarning(lunch));

    // The block's tooltip gives the warning.
    const QRect marked = fixture.timeline->blockRect(warning.sessionId);
    QHelpEvent help(QEvent::ToolTip, marked.center(), fixture.timeline->mapToGlobal(marked.center()));
    QCoreApplication::sendEvent(fixture.timeline, &help);
    CHECK(QToolTip::text().contains(warning.message.toHtmlEscaped()));
    QToolTip::hideText();

    auto* list = fixture.tab.findChild<QListWidget*>(QStringLiteral("warningList"));
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == warning.message);
    CHECK(fixture.tab.findChild<QLabel*>(QStringLiteral("warningCount"))
              ->text()
              .startsWith(QStringLiteral("1 warning")));
    fixture.timeline->setCurrentSession(lunch);
    list->scrollToItem(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(0)).center());
    CHECK(fixture.timeline->currentSessionId() == warning.sessionId);

    // Moved apart, the sessions no longer clash: the marker and the warning go.
    const Id later = warning.sessionId == panel ? workshop : panel;
    fixture.timeline->setCurrentSession(later);
    fixture.timeline->setFocus();
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(fixture.timeline, Qt::Key_Down, Qt::AltModifier);
    }
    CHECK(fixture.timeline->warnings().isEmpty());
    CHECK_FALSE(fixture.timeline->hasWarning(warning.sessionId));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("No conflicts found."));
    for (int i = 0; i < 6; ++i) {
        fixture.document.undoStack().undo();
    }
    CHECK(fixture.timeline->hasWarning(warning.sessionId));
    CHECK(list->item(0)->text() == warning.message);
}

TEST_CASE("A change made while the timeline is hidden shows when it is shown again")
{
    TimelineFixture fixture;
    const Id panel = fixture.addSession(QStringLiteral("Panel"), at(19, 9), 60);
    fixture.show();
    fixture.tab.hide();
    REQUIRE(ProgrammeRepository(fixture.db()).move(panel, at(19, 14)));
    const Id lunch = fixture.addSession(QStringLiteral("Obiad"), at(20, 13), 60);
    fixture.tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&fixture.tab));
    CHECK(fixture.timeline->sessionCount() == 2);
    CHECK(fixture.timeline->blockRect(lunch).isValid());
    CHECK(fixture.timeline->blockRect(panel).top() == fixture.timeline->pointAt(firstDay, QTime(14, 0)).y());
}

TEST_CASE("The day headers follow the interface language")
{
    TimelineFixture fixture;
    const Id panel = fixture.addSession(QStringLiteral("Panel"), at(19, 9), 60);
    fixture.show();
    fixture.timeline->setCurrentSession(panel);
    const QString english = QLocale(QLocale::English).toString(firstDay, QStringLiteral("ddd d MMMM"));
    CHECK(fixture.timeline->accessibleDescription().contains(english));

    REQUIRE(fixture.languages.setLanguage(QStringLiteral("pl")));
    QCoreApplication::sendPostedEvents();
    const QString polish = QLocale(QLocale::Polish).toString(firstDay, QStringLiteral("ddd d MMMM"));
    CHECK(polish.contains(QStringLiteral("maja")));
    CHECK(fixture.timeline->accessibleDescription().contains(polish));
    REQUIRE(fixture.languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents();
}

TEST_CASE("A programme of 200 sessions is laid out with every session in place")
{
    TimelineFixture fixture;
    // Seven days of 28 or 29 sessions, in overlapping pairs and threes, as a busy conference has.
    for (int i = 0; i < 200; ++i) {
        fixture.addSession(QStringLiteral("Prezentacja %1").arg(i),
                           at(19 + i % 7, 8 + (i / 7) % 12, (i % 3) * 10), 45 + (i % 4) * 15);
    }
    fixture.show();
    REQUIRE(fixture.timeline->sessionCount() == 200);
    // How fast it repaints belongs to the benchmark; here, that every block has its place.
    for (Id id = 1; id <= 200; ++id) {
        CHECK_FALSE(fixture.timeline->blockRect(id).isEmpty());
    }
}
