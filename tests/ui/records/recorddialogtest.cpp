// SPDX-License-Identifier: GPL-3.0-or-later
// The forms every record is edited in: focus on opening, messages that go when the value is right,
// inputs that keep their size.
#include "ui/records/recorddialog.h"

#include "core/languages/languagemanager.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/records/institutiondialog.h"
#include "ui/records/persondialog.h"
#include "ui/records/projectdialog.h"
#include "ui/visit/participantdialog.h"
#include "ui/visit/sessiondialog.h"
#include "ui/visit/visitdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

#include <memory>

namespace {

struct English
{
    LanguageManager languages;
    bool set = languages.setLanguage(QStringLiteral("en"));
};

void pressOk(QDialog& dialog)
{
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

/// The input registered for `field`, or an input inside it.
template <typename W>
W* input(QWidget& dialog, const QString& name)
{
    auto* found = dialog.findChild<W*>(name);
    REQUIRE(found);
    return found;
}

Session sessionOf(Id visitId)
{
    Session session;
    session.visitId = visitId;
    session.startsAt = QDateTime(QDate(2026, 5, 19), QTime(9, 0), Qt::UTC);
    session.endsAt = QDateTime(QDate(2026, 5, 19), QTime(10, 0), Qt::UTC);
    return session;
}

Id lviv(Database& db)
{
    Visit visit;
    visit.title.text = QStringLiteral("Lwów na Mazowszu");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

/// The dialog shown; returns the widget that has the keyboard in it.
QWidget* focusOnOpening(QDialog& dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QWidget* focused = dialog.focusWidget();
    dialog.reject();
    return focused;
}

} // namespace

TEST_CASE("Every record form opens with the keyboard in its first input, never on a button")
{
    English english;
    TestDatabase test;
    Database& db = test.db();
    ScriptedPrompts prompts;
    const Id visit = lviv(db);

    InstitutionDialog institution(Institution{});
    QWidget* focused = focusOnOpening(institution);
    REQUIRE(focused);
    // The name is typed in the main input of the translated text editor.
    CHECK(focused->objectName() == QLatin1String("institution.name"));

    PersonDialog person(Person{}, db);
    focused = focusOnOpening(person);
    REQUIRE(focused);
    CHECK(focused->objectName() == QLatin1String("person.givenName"));

    ProjectDialog project(FundingProject{}, db, prompts);
    focused = focusOnOpening(project);
    REQUIRE(focused);
    CHECK(focused->objectName() == QLatin1String("project.name"));

    VisitDialog visitForm(Visit{}, db);
    focused = focusOnOpening(visitForm);
    REQUIRE(focused);
    CHECK(focused->objectName() == QLatin1String("visit.title"));

    SessionDialog session(sessionOf(visit), db);
    focused = focusOnOpening(session);
    REQUIRE(focused);
    CHECK(focused->objectName() == QLatin1String("session.title")); // its day and times are suggested

    VisitParticipant participant;
    participant.visitId = visit;
    ParticipantDialog participantForm(participant, db);
    focused = focusOnOpening(participantForm);
    REQUIRE(focused);
    CHECK(focused->objectName() == QLatin1String("participant.personId")); // whom to add comes first

    for (QDialog* dialog : std::initializer_list<QDialog*>{&institution, &person, &project, &visitForm,
                                                           &session, &participantForm}) {
        INFO(dialog->metaObject()->className());
        CHECK_FALSE(qobject_cast<QPushButton*>(focusOnOpening(*dialog)));
    }
}

TEST_CASE("A message under an input goes the moment the value is right, without pressing OK again")
{
    English english;
    TestDatabase test;
    Database& db = test.db();
    const Id visit = lviv(db);

    SECTION("a session's end put after its start")
    {
        SessionDialog dialog(sessionOf(visit), db);
        dialog.show();
        input<QLineEdit>(dialog, QStringLiteral("session.title"))->setText(QStringLiteral("Panel"));
        input<QTimeEdit>(dialog, QStringLiteral("session.end"))->setTime(QTime(8, 0));
        pressOk(dialog);
        REQUIRE(dialog.isVisible());
        REQUIRE_FALSE(dialog.errorText(QStringLiteral("session.end")).isEmpty());
        input<QTimeEdit>(dialog, QStringLiteral("session.end"))->setTime(QTime(8, 30)); // still before 9:00
        CHECK_FALSE(dialog.errorText(QStringLiteral("session.end")).isEmpty());
        input<QTimeEdit>(dialog, QStringLiteral("session.end"))->setTime(QTime(10, 30));
        CHECK(dialog.errorText(QStringLiteral("session.end")).isEmpty());
        dialog.reject();
    }
    SECTION("a visit's last day: right again when the first day moves, a field away")
    {
        VisitDialog dialog(Visit{}, db);
        dialog.show();
        input<QLineEdit>(dialog, QStringLiteral("visit.title"))->setText(QStringLiteral("Oslo"));
        input<QDateEdit>(dialog, QStringLiteral("visit.firstDay"))->setDate(QDate(2027, 5, 20));
        input<QDateEdit>(dialog, QStringLiteral("visit.lastDay"))->setDate(QDate(2027, 5, 18));
        pressOk(dialog);
        REQUIRE_FALSE(dialog.errorText(QStringLiteral("visit.lastDay")).isEmpty());
        input<QDateEdit>(dialog, QStringLiteral("visit.firstDay"))->setDate(QDate(2027, 5, 17));
        CHECK(dialog.errorText(QStringLiteral("visit.lastDay")).isEmpty());
        dialog.reject();
    }
    SECTION("a required name typed in")
    {
        PersonDialog dialog(Person{}, db);
        dialog.show();
        pressOk(dialog);
        REQUIRE_FALSE(dialog.errorText(QStringLiteral("person.familyName")).isEmpty());
        input<QLineEdit>(dialog, QStringLiteral("person.familyName"))->setText(QStringLiteral("Nowak"));
        CHECK(dialog.errorText(QStringLiteral("person.familyName")).isEmpty());
        dialog.reject();
    }
}

TEST_CASE("An input with a message keeps its size, its style and its arrows")
{
    English english;
    TestDatabase test;
    Database& db = test.db();
    SessionDialog dialog(sessionOf(lviv(db)), db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* end = input<QTimeEdit>(dialog, QStringLiteral("session.end"));
    const QSize before = end->size();
    const QSize hintBefore = end->sizeHint();
    end->setTime(QTime(8, 0));
    pressOk(dialog);
    REQUIRE_FALSE(dialog.errorText(QStringLiteral("session.end")).isEmpty());
    QApplication::processEvents();
    CHECK(end->sizeHint() == hintBefore);
    CHECK(end->size().width() == before.width());
    CHECK(end->styleSheet().isEmpty()); // a style sheet replaces the style's drawing, arrows and all
    CHECK(end->buttonSymbols() != QAbstractSpinBox::NoButtons);
    // Marked all the same: its background is not the plain one.
    CHECK(end->palette().color(QPalette::Base) != dialog.palette().color(QPalette::Base));
    dialog.reject();
}

TEST_CASE("A participant's form shrinks back when the new person's fields go, and a time's label leads to "
          "what can be used")
{
    English english;
    TestDatabase test;
    Database& db = test.db();
    VisitParticipant participant;
    participant.visitId = lviv(db);
    ParticipantDialog dialog(participant, db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const int height = dialog.height();
    input<QRadioButton>(dialog, QStringLiteral("newPerson"))->setChecked(true);
    QApplication::processEvents();
    const int withNewPerson = dialog.height();
    CHECK(withNewPerson > height);
    input<QRadioButton>(dialog, QStringLiteral("existingPerson"))->setChecked(true);
    QApplication::processEvents();
    CHECK(dialog.height() < withNewPerson);
    CHECK(dialog.height() == dialog.sizeHint().height());

    auto* known = input<QCheckBox>(dialog, QStringLiteral("participant.arrival.known"));
    auto* time = input<QDateTimeEdit>(dialog, QStringLiteral("participant.arrival.time"));
    QLabel* label = nullptr;
    for (QLabel* candidate : dialog.findChildren<QLabel*>()) {
        if (candidate->buddy() && candidate->buddy()->objectName() == QLatin1String("participant.arrival")) {
            label = candidate;
        }
    }
    REQUIRE(label);
    known->setChecked(false);
    CHECK_FALSE(time->isEnabled());
    CHECK(label->buddy()->focusProxy() == known);
    known->setChecked(true);
    CHECK(time->isEnabled());
    CHECK(label->buddy()->focusProxy() == time);
    dialog.reject();
}

TEST_CASE("A form's dates show the year in full, in Ukrainian too")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("uk")));
    TestDatabase test;
    Visit visit;
    visit.firstDay = QDate(2027, 3, 15);
    visit.lastDay = QDate(2027, 3, 16);
    VisitDialog dialog(visit, test.db());
    auto* first = input<QDateEdit>(dialog, QStringLiteral("visit.firstDay"));
    CHECK(first->displayFormat().contains(QLatin1String("yyyy")));
    CHECK(first->text() == QStringLiteral("15.03.2027"));
}

TEST_CASE("A time typed that is no time of day is refused under its input, the time before it kept")
{
    English english;
    TestDatabase test;
    Database& db = test.db();
    const Id visit = lviv(db);

    SECTION("a session's start")
    {
        SessionDialog dialog(sessionOf(visit), db);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        input<QLineEdit>(dialog, QStringLiteral("session.title"))->setText(QStringLiteral("Panel"));
        auto* start = input<QTimeEdit>(dialog, QStringLiteral("session.start"));
        auto* end = input<QTimeEdit>(dialog, QStringLiteral("session.end"));
        start->setFocus(Qt::TabFocusReason);
        start->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(start, QStringLiteral("2575"));
        // At once, as typed, and said of the start.
        CHECK(dialog.errorText(QStringLiteral("session.start")) ==
              QStringLiteral("Start: 25:75 is not a time of day. Type hours 00–23 and minutes 00–59, such as "
                             "0930 or 9:30."));
        CHECK(start->time() == QTime(9, 0));
        CHECK(end->time() == QTime(10, 0));
        CHECK(start->hasFocus());
        CHECK(start->palette().color(QPalette::Base) != dialog.palette().color(QPalette::Base));
        // OK does not save the time kept in its place.
        pressOk(dialog);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        // A time of day typed again takes it, the message gone and the end following.
        start->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(start, QStringLiteral("1030"));
        CHECK(dialog.errorText(QStringLiteral("session.start")).isEmpty());
        CHECK(start->time() == QTime(10, 30));
        CHECK(end->time() == QTime(11, 30));
        pressOk(dialog);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.session().startsAt.time() == QTime(10, 30));
    }
    SECTION("a participant's arrival")
    {
        VisitParticipant participant;
        participant.visitId = visit;
        participant.arrival = QDateTime(QDate(2026, 5, 19), QTime(14, 30), Qt::UTC);
        ParticipantDialog dialog(participant, db);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* arrival = input<QDateTimeEdit>(dialog, QStringLiteral("participant.arrival.time"));
        arrival->setFocus(Qt::TabFocusReason);
        arrival->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(arrival, QStringLiteral("2500"));
        CHECK(dialog.errorText(QStringLiteral("participant.arrival"))
                  .startsWith(QStringLiteral("Arrival: 25:00 ")));
        CHECK(arrival->dateTime() == participant.arrival);
        arrival->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(arrival, QStringLiteral("9:30"));
        CHECK(dialog.errorText(QStringLiteral("participant.arrival")).isEmpty());
        CHECK(arrival->dateTime() == QDateTime(QDate(2026, 5, 19), QTime(9, 30), Qt::UTC));
        dialog.reject();
    }
}
