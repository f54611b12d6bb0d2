// SPDX-License-Identifier: GPL-3.0-or-later
// The programme tab: sessions added, edited, moved and refused through their form.
#include "tests/ui/visit/editorfixture.h"
#include "ui/widgets/codeedits.h"

using namespace EditorTests;

TEST_CASE("A session is added through its form, its time edited, and each step undone and redone")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    const Id venue =
        addInstitution(db, QStringLiteral("Miejski Ośrodek Pomocy Społecznej"), QStringLiteral("Płock"));
    const Id anna = addPerson(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id olena = addPerson(db, QStringLiteral("Олена"), QStringLiteral("Коваленко"));
    const Id participant = addParticipant(db, visitId, olena);
    fixture.editor.showVisit(visitId);

    QDate suggestedDay;
    QTime steppedUp;
    onNextDialog<SessionDialog>([&](SessionDialog& dialog) {
        suggestedDay = input<QDateEdit>(dialog, "session.day")->date();
        input<QLineEdit>(dialog, "session.title")->setText(QStringLiteral("Spotkanie z dyrektorem"));
        auto* start = input<QTimeEdit>(dialog, "session.start");
        start->setTime(QTime(10, 0));
        start->setCurrentSection(QDateTimeEdit::MinuteSection);
        start->stepBy(1);
        steppedUp = start->time();
        start->setTime(QTime(10, 0));
        input<QTimeEdit>(dialog, "session.end")->setTime(QTime(11, 30));
        auto* kind = input<QComboBox>(dialog, "session.kind");
        kind->setCurrentIndex(kind->findData(static_cast<int>(SessionKind::Meeting)));
        RecordChoice::select(input<QComboBox>(dialog, "session.venue"), venue);
        input<QLineEdit>(dialog, "session.room")->setText(QStringLiteral("sala 2"));
        input<QPushButton>(dialog, "addSessionPerson")->click();
        const auto people = dialog.findChildren<QComboBox*>(QStringLiteral("sessionPerson"));
        REQUIRE(people.size() == 1);
        RecordChoice::select(people.constFirst(), anna);
        input<QRadioButton>(dialog, "chosenParticipants")->setChecked(true);
        input<QListWidget>(dialog, "audienceList")->item(0)->setCheckState(Qt::Checked);
        pressOk(dialog);
    });
    fixture.click("addSession");
    CHECK(suggestedDay == QDate(2026, 5, 19));
    CHECK(steppedUp == QTime(10, 5));
    REQUIRE(count(db, QStringLiteral("agenda_session")) == 1);
    CHECK(text(db, QStringLiteral("SELECT starts_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T10:00"));
    CHECK(text(db, QStringLiteral("SELECT ends_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T11:30"));
    CHECK(text(db, QStringLiteral("SELECT kind FROM agenda_session")) == QStringLiteral("meeting"));
    CHECK(scalar(db, QStringLiteral("SELECT venue_institution_id FROM agenda_session")).toLongLong() ==
          venue);
    // The city comes from the venue.
    CHECK(text(db, QStringLiteral("SELECT city FROM agenda_session")) == QStringLiteral("Płock"));
    CHECK(text(db, QStringLiteral("SELECT language FROM agenda_session")) == QStringLiteral("pl"));
    CHECK(text(db, QStringLiteral("SELECT role FROM session_person")) == QStringLiteral("presenter"));
    CHECK(scalar(db, QStringLiteral("SELECT whole_delegation FROM agenda_session")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT participant_id FROM session_audience")).toLongLong() ==
          participant);
    CHECK(fixture.undoText() == QStringLiteral("Add session ‘Spotkanie z dyrektorem’"));

    QAbstractItemModel* programme = fixture.table("programmeTable")->model();
    REQUIRE(programme->rowCount() == 1);
    CHECK(programme->index(0, ProgrammeModel::Day).data().toString() == formatDay(QDate(2026, 5, 19)));
    CHECK(programme->index(0, ProgrammeModel::Time).data().toString() == QStringLiteral("10:00–11:30"));
    CHECK(programme->index(0, ProgrammeModel::Venue).data().toString() ==
          QStringLiteral("Miejski Ośrodek Pomocy Społecznej, sala 2"));
    CHECK(programme->index(0, ProgrammeModel::People).data().toString() ==
          QStringLiteral("Anna Nowak (Presenter)"));
    CHECK(programme->index(0, ProgrammeModel::Audience)
              .data()
              .toString()
              .startsWith(QStringLiteral("1 participant")));
    // The new session is selected, ready to be edited.
    CHECK(fixture.table("programmeTable")->currentIndex().row() == 0);

    onNextDialog<SessionDialog>([](SessionDialog& dialog) {
        // A later start moves the end with it; then the end is set.
        input<QTimeEdit>(dialog, "session.start")->setTime(QTime(12, 0));
        CHECK(input<QTimeEdit>(dialog, "session.end")->time() == QTime(13, 30));
        input<QTimeEdit>(dialog, "session.end")->setTime(QTime(13, 0));
        pressOk(dialog);
    });
    fixture.click("editSession");
    CHECK(text(db, QStringLiteral("SELECT starts_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T12:00"));
    CHECK(text(db, QStringLiteral("SELECT ends_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T13:00"));
    CHECK(count(db, QStringLiteral("session_person")) == 1);
    CHECK(fixture.undoText() == QStringLiteral("Edit session ‘Spotkanie z dyrektorem’"));
    CHECK(programme->index(0, ProgrammeModel::Time).data().toString() == QStringLiteral("12:00–13:00"));

    fixture.undo();
    CHECK(text(db, QStringLiteral("SELECT starts_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T10:00"));
    CHECK(text(db, QStringLiteral("SELECT ends_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T11:30"));
    fixture.undo();
    CHECK(count(db, QStringLiteral("agenda_session")) == 0);
    CHECK(count(db, QStringLiteral("session_person")) == 0);
    CHECK(count(db, QStringLiteral("session_audience")) == 0);
    CHECK(programme->rowCount() == 0);
    fixture.redo();
    CHECK(count(db, QStringLiteral("agenda_session")) == 1);
    CHECK(count(db, QStringLiteral("session_person")) == 1);
    CHECK(count(db, QStringLiteral("session_audience")) == 1);
    CHECK(text(db, QStringLiteral("SELECT starts_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T10:00"));
    fixture.redo();
    CHECK(text(db, QStringLiteral("SELECT starts_at FROM agenda_session")) ==
          QStringLiteral("2026-05-19T12:00"));
    CHECK(programme->index(0, ProgrammeModel::Time).data().toString() == QStringLiteral("12:00–13:00"));
}

TEST_CASE("A session ending before or when it starts is refused under End, and nothing is stored")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    fixture.editor.showVisit(visitId);

    bool stayedOpen = false;
    QString beforeError;
    QString sameTimeError;
    onNextDialog<SessionDialog>([&](SessionDialog& dialog) {
        input<QLineEdit>(dialog, "session.title")->setText(QStringLiteral("Panel"));
        input<QTimeEdit>(dialog, "session.start")->setTime(QTime(14, 0));
        input<QTimeEdit>(dialog, "session.end")->setTime(QTime(13, 0));
        pressOk(dialog);
        stayedOpen = dialog.isVisible();
        beforeError = dialog.errorText(QStringLiteral("session.end"));
        input<QTimeEdit>(dialog, "session.end")->setTime(QTime(14, 0));
        pressOk(dialog);
        sameTimeError = dialog.errorText(QStringLiteral("session.end"));
        dialog.reject();
    });
    fixture.click("addSession");
    CHECK(stayedOpen);
    CHECK(beforeError.contains(QStringLiteral("before or when it starts")));
    CHECK(sameTimeError.contains(QStringLiteral("before or when it starts")));
    CHECK(count(db, QStringLiteral("agenda_session")) == 0);
    CHECK(fixture.document.undoStack().count() == 0);
}

TEST_CASE("A venue entered in place is stored with its session, and one undo takes back both")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    fixture.editor.showVisit(visitId);

    QString cityAfterVenue;
    onNextDialog<SessionDialog>([&](SessionDialog& dialog) {
        input<QLineEdit>(dialog, "session.title")->setText(QStringLiteral("Wizyta w domu samopomocy"));
        onNextDialog<InstitutionDialog>([](InstitutionDialog& venue) {
            input<QLineEdit>(venue, "institution.name")
                ->setText(QStringLiteral("Środowiskowy Dom Samopomocy"));
            input<QLineEdit>(venue, "institution.city")->setText(QStringLiteral("Płock"));
            pressOk(venue);
        });
        input<QPushButton>(dialog, "newVenue")->click();
        cityAfterVenue = input<QLineEdit>(dialog, "session.city")->text();
        pressOk(dialog);
    });
    fixture.click("addSession");
    CHECK(cityAfterVenue == QStringLiteral("Płock"));
    REQUIRE(count(db, QStringLiteral("institution")) == 1);
    REQUIRE(count(db, QStringLiteral("agenda_session")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT venue_institution_id FROM agenda_session")) ==
          scalar(db, QStringLiteral("SELECT id FROM institution")));
    CHECK(fixture.document.undoStack().count() == 1);
    fixture.undo();
    CHECK(count(db, QStringLiteral("institution")) == 0);
    CHECK(count(db, QStringLiteral("agenda_session")) == 0);
}

TEST_CASE("Alt+Down moves the selected session 15 minutes later, Alt+Up earlier, and undo moves it back")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    const Id sessionId = addSession(db, visitId, QStringLiteral("Panel dyskusyjny"), at(20, 9), 90);
    addSession(db, visitId, QStringLiteral("Obiad"), at(20, 13), 60);
    fixture.editor.showVisit(visitId);
    fixture.editor.findChild<QTabWidget*>(QStringLiteral("visitTabs"))->setCurrentIndex(2);
    QTableView* table = fixture.table("programmeTable");
    fixture.selectRow("programmeTable", 0);
    table->setFocus();
    const QString where = QStringLiteral(" FROM agenda_session WHERE id = %1").arg(sessionId);

    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    CHECK(text(db, QStringLiteral("SELECT starts_at") + where) == QStringLiteral("2026-05-20T09:15"));
    CHECK(text(db, QStringLiteral("SELECT ends_at") + where) == QStringLiteral("2026-05-20T10:45"));
    CHECK(fixture.undoText() == QStringLiteral("Move session ‘Panel dyskusyjny’"));
    // Still selected: the next press moves it again.
    CHECK(table->currentIndex().data(RecordTableModel::IdRole).toLongLong() == sessionId);
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    CHECK(text(db, QStringLiteral("SELECT starts_at") + where) == QStringLiteral("2026-05-20T09:30"));
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    CHECK(text(db, QStringLiteral("SELECT starts_at") + where) == QStringLiteral("2026-05-20T09:15"));
    // The day is written on the first session of the day only.
    CHECK(table->model()->index(0, ProgrammeModel::Day).data().toString() == formatDay(QDate(2026, 5, 20)));
    CHECK(table->model()->index(1, ProgrammeModel::Day).data().toString().isEmpty());

    fixture.undo();
    CHECK(text(db, QStringLiteral("SELECT starts_at") + where) == QStringLiteral("2026-05-20T09:30"));
    fixture.undo();
    fixture.undo();
    CHECK(text(db, QStringLiteral("SELECT starts_at") + where) == QStringLiteral("2026-05-20T09:00"));
    CHECK(text(db, QStringLiteral("SELECT ends_at") + where) == QStringLiteral("2026-05-20T10:30"));
    CHECK(count(db, QStringLiteral("agenda_session")) == 2);

    // Delete removes the selected session; undo brings it back.
    fixture.selectRow("programmeTable", 0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(count(db, QStringLiteral("agenda_session")) == 1);
    CHECK(fixture.undoText() == QStringLiteral("Delete session ‘Panel dyskusyjny’"));
    fixture.undo();
    CHECK(count(db, QStringLiteral("agenda_session")) == 2);
}

TEST_CASE("A new session starts when the last one ends, or the next morning after an evening's last")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    addSession(db, visitId, QStringLiteral("Otwarcie"), at(19, 9, 30), 60);
    addSession(db, visitId, QStringLiteral("Warsztat"), at(19, 10, 45), 75);
    fixture.editor.showVisit(visitId);

    const auto suggestedStart = [&fixture] {
        QDateTime suggested;
        onNextDialog<SessionDialog>([&](SessionDialog& dialog) {
            suggested = QDateTime(input<QDateEdit>(dialog, "session.day")->date(),
                                  input<QTimeEdit>(dialog, "session.start")->time(), Qt::UTC);
            dialog.reject();
        });
        fixture.click("addSession");
        return suggested;
    };
    // Nothing chosen: after the programme's last session, not at 09:00 again.
    CHECK(suggestedStart() == at(19, 12, 0));
    // The first one chosen: after it.
    fixture.selectRow("programmeTable", 0);
    CHECK(suggestedStart() == at(19, 10, 30));

    addSession(db, visitId, QStringLiteral("Kolacja"), at(19, 19, 0), 90);
    fixture.editor.showVisit(visitId);
    fixture.selectRow("programmeTable", 2);
    CHECK(suggestedStart() == at(20, 9, 0));
}

TEST_CASE("A session's interpretation is chosen as a kind and languages and none leaves no languages")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    fixture.editor.showVisit(visitId);

    bool intoEnabledWithoutInterpretation = true;
    onNextDialog<SessionDialog>([&](SessionDialog& dialog) {
        input<QLineEdit>(dialog, "session.title")->setText(QStringLiteral("Panel"));
        auto* mode = input<QComboBox>(dialog, "session.interpretationMode");
        auto* into = input<LanguagesEdit>(dialog, "session.interpretedInto");
        intoEnabledWithoutInterpretation = into->isEnabled();
        mode->setCurrentIndex(mode->findData(static_cast<int>(InterpretationMode::Simultaneous)));
        CHECK(into->isEnabled());
        into->setCodes({QStringLiteral("uk"), QStringLiteral("en")});
        pressOk(dialog);
    });
    fixture.click("addSession");
    CHECK_FALSE(intoEnabledWithoutInterpretation);
    REQUIRE(count(db, QStringLiteral("agenda_session")) == 1);
    CHECK(text(db, QStringLiteral("SELECT interpretation_mode FROM agenda_session")) ==
          QStringLiteral("simultaneous"));
    CHECK(text(db, QStringLiteral("SELECT interpreted_into FROM agenda_session")) == QStringLiteral("uk,en"));

    onNextDialog<SessionDialog>([](SessionDialog& dialog) {
        auto* mode = input<QComboBox>(dialog, "session.interpretationMode");
        CHECK(mode->currentData().toInt() == static_cast<int>(InterpretationMode::Simultaneous));
        CHECK(input<LanguagesEdit>(dialog, "session.interpretedInto")->codes() ==
              QStringList{QStringLiteral("uk"), QStringLiteral("en")});
        mode->setCurrentIndex(mode->findData(static_cast<int>(InterpretationMode::None)));
        CHECK_FALSE(input<LanguagesEdit>(dialog, "session.interpretedInto")->isEnabled());
        pressOk(dialog);
    });
    fixture.click("editSession");
    CHECK(text(db, QStringLiteral("SELECT interpretation_mode FROM agenda_session")) ==
          QStringLiteral("none"));
    CHECK(text(db, QStringLiteral("SELECT interpreted_into FROM agenda_session")).isEmpty());
}
