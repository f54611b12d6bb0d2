// SPDX-License-Identifier: GPL-3.0-or-later
// A visit created, edited and deleted through the editor, each step undoable.
#include "tests/ui/visit/editorfixture.h"

using namespace EditorTests;

TEST_CASE("Creating a visit through its form stores every field, and undo takes it back")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id host = addInstitution(db, QStringLiteral("Mazowieckie Centrum Polityki Społecznej"),
                                   QStringLiteral("Warszawa"));
    const Id sender = addInstitution(db, QStringLiteral("Львівська міська рада"), QStringLiteral("Lviv"));
    const Id coordinator = addPerson(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));

    bool reached = false;
    QString languageError;
    bool stayedOpen = false;
    onNextDialog<VisitDialog>(
        [&](VisitDialog& dialog) {
            input<QLineEdit>(dialog, "visit.title")->setText(QStringLiteral("Wizyta studyjna z Lwowa"));
            auto* status = input<QComboBox>(dialog, "visit.status");
            status->setCurrentIndex(status->findData(static_cast<int>(VisitStatus::Confirmed)));
            input<QDateEdit>(dialog, "visit.firstDay")->setDate(QDate(2026, 5, 19));
            input<QDateEdit>(dialog, "visit.lastDay")->setDate(QDate(2026, 5, 25));
            RecordChoice::select(input<QComboBox>(dialog, "visit.hostInstitutionId"), host);
            RecordChoice::select(input<QComboBox>(dialog, "visit.sendingInstitutionId"), sender);
            input<QLineEdit>(dialog, "visit.sendingCountry")->setText(QStringLiteral("ua"));
            input<QLineEdit>(dialog, "visit.sendingRegion")->setText(QStringLiteral("Lviv oblast"));
            input<QLineEdit>(dialog, "visit.workingLanguages")->setText(QStringLiteral("pl, elvish"));
            input<QLineEdit>(dialog, "visit.printLanguages")->setText(QStringLiteral("UK pl"));
            // The coordinator is found by typing part of the name.
            input<QComboBox>(dialog, "visit.coordinatorId")->setEditText(QStringLiteral("nowak"));
            input<QPlainTextEdit>(dialog, "visit.notes")->setPlainText(QStringLiteral("Bus from Lviv"));
            pressOk(dialog);
            stayedOpen = dialog.isVisible();
            languageError = dialog.errorText(QStringLiteral("visit.workingLanguages"));
            input<QLineEdit>(dialog, "visit.workingLanguages")->setText(QStringLiteral("pl, UK"));
            pressOk(dialog);
        },
        &reached);
    const Id created = VisitDialog::addVisit(fixture.document, fixture.prompts, &fixture.editor);
    REQUIRE(reached);
    CHECK(stayedOpen);
    CHECK(languageError.contains(QStringLiteral("\"elvish\"")));
    REQUIRE(created > 0);

    REQUIRE(count(db, QStringLiteral("visit")) == 1);
    const QString where = QStringLiteral(" FROM visit WHERE id = %1").arg(created);
    CHECK(text(db, QStringLiteral("SELECT title") + where) == QStringLiteral("Wizyta studyjna z Lwowa"));
    CHECK(text(db, QStringLiteral("SELECT status") + where) == QStringLiteral("confirmed"));
    CHECK(text(db, QStringLiteral("SELECT kind") + where) == QStringLiteral("incoming_study_visit"));
    CHECK(text(db, QStringLiteral("SELECT first_day") + where) == QStringLiteral("2026-05-19"));
    CHECK(text(db, QStringLiteral("SELECT last_day") + where) == QStringLiteral("2026-05-25"));
    CHECK(text(db, QStringLiteral("SELECT time_zone") + where) == QStringLiteral("Europe/Warsaw"));
    CHECK(scalar(db, QStringLiteral("SELECT host_institution_id") + where).toLongLong() == host);
    CHECK(scalar(db, QStringLiteral("SELECT sending_institution_id") + where).toLongLong() == sender);
    CHECK(text(db, QStringLiteral("SELECT sending_country") + where) == QStringLiteral("UA"));
    CHECK(text(db, QStringLiteral("SELECT sending_region") + where) == QStringLiteral("Lviv oblast"));
    CHECK(scalar(db, QStringLiteral("SELECT funding_project_id IS NULL") + where).toInt() == 1);
    CHECK(text(db, QStringLiteral("SELECT working_languages") + where) == QStringLiteral("pl,uk"));
    CHECK(text(db, QStringLiteral("SELECT print_languages") + where) == QStringLiteral("uk,pl"));
    CHECK(scalar(db, QStringLiteral("SELECT coordinator_id") + where).toLongLong() == coordinator);
    CHECK(text(db, QStringLiteral("SELECT notes") + where) == QStringLiteral("Bus from Lviv"));
    CHECK(fixture.undoText() == QStringLiteral("Add visit ‘Wizyta studyjna z Lwowa’"));

    fixture.editor.showVisit(created);
    CHECK(fixture.editor.findChild<QLabel*>(QStringLiteral("visitTitle"))->text() ==
          QStringLiteral("Wizyta studyjna z Lwowa"));
    const QString summary = fixture.editor.findChild<QLabel*>(QStringLiteral("visitSummary"))->text();
    CHECK(summary.contains(formatDayRange(QDate(2026, 5, 19), QDate(2026, 5, 25))));
    CHECK(summary.contains(QStringLiteral("Confirmed")));
    CHECK(summary.contains(QStringLiteral("Mazowieckie Centrum Polityki Społecznej")));
    const QString details =
        fixture.editor.findChild<QTextBrowser*>(QStringLiteral("visitDetails"))->toPlainText();
    CHECK(details.contains(QStringLiteral("Львівська міська рада")));
    CHECK(details.contains(QStringLiteral("Anna Nowak")));
    CHECK(details.contains(QStringLiteral("uk (українська)")));

    QSignalSpy closed(&fixture.editor, &VisitEditor::closeRequested);
    fixture.undo();
    CHECK(count(db, QStringLiteral("visit")) == 0);
    CHECK(closed.count() == 1);
    CHECK(fixture.editor.visitId() == 0);
    fixture.redo();
    CHECK(count(db, QStringLiteral("visit")) == 1);
    CHECK(text(db, QStringLiteral("SELECT working_languages") + where) == QStringLiteral("pl,uk"));
}

TEST_CASE("Editing a visit's details is one undoable edit and keeps its title in other languages")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta z Żytomierza");
    visit.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Візит із Житомира"));
    visit.firstDay = QDate(2026, 8, 25);
    visit.lastDay = QDate(2026, 8, 25);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id);
    fixture.editor.showVisit(id.value());

    onNextDialog<VisitDialog>([](VisitDialog& dialog) {
        input<QLineEdit>(dialog, "visit.title")->setText(QStringLiteral("Wizyta studyjna z Żytomierza"));
        // Moving the first day moves the last with it.
        input<QDateEdit>(dialog, "visit.firstDay")->setDate(QDate(2026, 8, 27));
        CHECK(input<QDateEdit>(dialog, "visit.lastDay")->date() == QDate(2026, 8, 27));
        pressOk(dialog);
    });
    fixture.click("editVisit");
    CHECK(text(db, QStringLiteral("SELECT title FROM visit")) ==
          QStringLiteral("Wizyta studyjna z Żytomierza"));
    CHECK(text(db, QStringLiteral("SELECT first_day FROM visit")) == QStringLiteral("2026-08-27"));
    CHECK(text(db, QStringLiteral("SELECT text FROM visit_text WHERE language = 'uk'")) ==
          QStringLiteral("Візит із Житомира"));
    CHECK(fixture.undoText() == QStringLiteral("Edit visit ‘Wizyta studyjna z Żytomierza’"));
    CHECK(fixture.editor.findChild<QLabel*>(QStringLiteral("visitTitle"))->text() ==
          QStringLiteral("Wizyta studyjna z Żytomierza"));
    fixture.undo();
    CHECK(text(db, QStringLiteral("SELECT title FROM visit")) == QStringLiteral("Wizyta z Żytomierza"));
    CHECK(fixture.editor.findChild<QLabel*>(QStringLiteral("visitTitle"))->text() ==
          QStringLiteral("Wizyta z Żytomierza"));
    CHECK(count(db, QStringLiteral("visit_text")) == 1);
}

TEST_CASE("Deleting the visit takes its participants and programme with it, and undo brings every row back")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta z Żytomierza");
    visit.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Візит із Житомира"));
    visit.firstDay = QDate(2026, 8, 25);
    visit.lastDay = QDate(2026, 8, 26);
    const Id visitId = VisitRepository(db).create(visit).value();
    const Id olena = addPerson(db, QStringLiteral("Олена"), QStringLiteral("Коваленко"));
    const Id anna = addPerson(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id first = addParticipant(db, visitId, olena, ParticipantRole::DelegationLeader);
    addParticipant(db, visitId, anna, ParticipantRole::Host);
    addSession(db, visitId, QStringLiteral("Konferencja"),
               QDateTime(QDate(2026, 8, 25), QTime(10, 0), Qt::UTC), 60,
               {{anna, SessionRole::Presenter}, {olena, SessionRole::Moderator}});
    addSession(db, visitId, QStringLiteral("Film"), QDateTime(QDate(2026, 8, 26), QTime(18, 0), Qt::UTC), 90,
               {{anna, SessionRole::Presenter}}, {first});
    fixture.editor.showVisit(visitId);
    QSignalSpy closed(&fixture.editor, &VisitEditor::closeRequested);

    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    fixture.click("deleteVisit");
    REQUIRE(fixture.prompts.shown.size() == 1);
    const QString question = fixture.prompts.shown.constLast();
    CHECK(question.contains(QStringLiteral("Wizyta z Żytomierza")));
    CHECK(question.contains(QStringLiteral("2 participant")));
    CHECK(question.contains(QStringLiteral("2 session")));

    for (const char* table : {"visit", "visit_text", "visit_participant", "agenda_session", "session_person",
                              "session_audience"}) {
        INFO(table);
        CHECK(count(db, QString::fromLatin1(table)) == 0);
    }
    CHECK(count(db, QStringLiteral("person")) == 2);
    CHECK(closed.count() == 1);
    CHECK(fixture.editor.visitId() == 0);
    CHECK(fixture.undoText() == QStringLiteral("Delete visit ‘Wizyta z Żytomierza’"));

    fixture.undo();
    CHECK(count(db, QStringLiteral("visit")) == 1);
    CHECK(count(db, QStringLiteral("visit_text")) == 1);
    CHECK(count(db, QStringLiteral("visit_participant")) == 2);
    CHECK(count(db, QStringLiteral("agenda_session")) == 2);
    CHECK(count(db, QStringLiteral("session_person")) == 3);
    CHECK(count(db, QStringLiteral("session_audience")) == 1);
    CHECK(text(db, QStringLiteral("SELECT role FROM visit_participant WHERE person_id = %1").arg(olena)) ==
          QStringLiteral("delegation_leader"));
    CHECK(db.check()->isEmpty());

    // Shown again, it is whole.
    fixture.editor.showVisit(visitId);
    CHECK(fixture.table("participantTable")->model()->rowCount() == 2);
    CHECK(fixture.table("programmeTable")->model()->rowCount() == 2);
    fixture.redo();
    CHECK(count(db, QStringLiteral("agenda_session")) == 0);
    CHECK(closed.count() == 2);
}

TEST_CASE("Answering No to the delete question keeps the visit, and Esc asks to go back to all visits")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    fixture.editor.showVisit(visitId);
    QSignalSpy closed(&fixture.editor, &VisitEditor::closeRequested);
    fixture.prompts.answers.enqueue(QMessageBox::No);
    fixture.click("deleteVisit");
    CHECK(count(db, QStringLiteral("visit")) == 1);
    CHECK(closed.count() == 0);

    // Esc in a dialog closes the dialog only.
    bool closedByEsc = false;
    onNextDialog<VisitDialog>([&](VisitDialog& dialog) {
        QTest::keyClick(&dialog, Qt::Key_Escape);
        closedByEsc = !dialog.isVisible();
        if (!closedByEsc) {
            dialog.reject();
        }
    });
    fixture.click("editVisit");
    CHECK(closedByEsc);
    CHECK(closed.count() == 0);
    auto* details = fixture.editor.findChild<QTextBrowser*>(QStringLiteral("visitDetails"));
    details->setFocus();
    QTest::keyClick(details, Qt::Key_Escape);
    CHECK(closed.count() == 1);
}
