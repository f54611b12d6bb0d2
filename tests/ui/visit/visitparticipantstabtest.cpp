// SPDX-License-Identifier: GPL-3.0-or-later
// The participants tab: people found or entered in place, removed with a question when it matters.
#include "tests/ui/visit/editorfixture.h"

using namespace EditorTests;

TEST_CASE("Adding participants: someone on file found by the Latin name, and a new person entered in place")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    const Id olena = addPerson(db, QStringLiteral("Олена"), QStringLiteral("Коваленко"),
                               QStringLiteral("Olena"), QStringLiteral("Kovalenko"));
    addPerson(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id cityHall = addInstitution(db, QStringLiteral("Львівська міська рада"), QStringLiteral("Lviv"));
    fixture.editor.showVisit(visitId);
    fixture.editor.findChild<QTabWidget*>(QStringLiteral("visitTabs"))->setCurrentIndex(1);

    int completions = 0;
    QString completion;
    onNextDialog<ParticipantDialog>([&](ParticipantDialog& dialog) {
        auto* person = input<QComboBox>(dialog, "participant.personId");
        person->lineEdit()->setFocus();
        QTest::keyClicks(person->lineEdit(), QStringLiteral("Olena Kovalenko"));
        completions = person->completer()->completionModel()->rowCount();
        completion = person->completer()->completionModel()->index(0, 0).data().toString();
        // Typed, not picked from the list: the one person it names is taken.
        person->setEditText(QStringLiteral("Olena Kovalenko"));
        auto* role = input<QComboBox>(dialog, "participant.role");
        role->setCurrentIndex(role->findData(static_cast<int>(ParticipantRole::DelegationLeader)));
        input<QCheckBox>(dialog, "participant.arrival.known")->setChecked(true);
        input<QDateTimeEdit>(dialog, "participant.arrival.time")->setDateTime(at(19, 14, 30));
        input<QLineEdit>(dialog, "participant.accommodation")->setText(QStringLiteral("Hotel Polonia"));
        pressOk(dialog);
    });
    fixture.click("addParticipant");
    CHECK(completions == 1);
    CHECK(completion.startsWith(QStringLiteral("Олена Коваленко")));
    REQUIRE(count(db, QStringLiteral("visit_participant")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT person_id FROM visit_participant")).toLongLong() == olena);
    CHECK(text(db, QStringLiteral("SELECT role FROM visit_participant")) ==
          QStringLiteral("delegation_leader"));
    CHECK(text(db, QStringLiteral("SELECT arrival FROM visit_participant")) ==
          QStringLiteral("2026-05-19T14:30"));
    CHECK(scalar(db, QStringLiteral("SELECT departure IS NULL FROM visit_participant")).toInt() == 1);
    CHECK(text(db, QStringLiteral("SELECT accommodation FROM visit_participant")) ==
          QStringLiteral("Hotel Polonia"));
    CHECK(fixture.undoText() == QStringLiteral("Add participant ‘Олена Коваленко’"));

    bool olenaOffered = true;
    QString familyNameError;
    onNextDialog<ParticipantDialog>([&](ParticipantDialog& dialog) {
        // Someone already taking part is not offered again.
        olenaOffered = input<QComboBox>(dialog, "participant.personId")->findData(olena) >= 0;
        input<QRadioButton>(dialog, "newPerson")->setChecked(true);
        input<QLineEdit>(dialog, "person.givenName")->setText(QStringLiteral("Тарас"));
        pressOk(dialog);
        familyNameError = dialog.errorText(QStringLiteral("person.familyName"));
        input<QLineEdit>(dialog, "person.familyName")->setText(QStringLiteral("Шевчук"));
        input<QLineEdit>(dialog, "person.latinGivenName")->setText(QStringLiteral("Taras"));
        input<QLineEdit>(dialog, "person.latinFamilyName")->setText(QStringLiteral("Shevchuk"));
        RecordChoice::select(input<QComboBox>(dialog, "person.institutionId"), cityHall);
        input<QLineEdit>(dialog, "person.country")->setText(QStringLiteral("ua"));
        input<QLineEdit>(dialog, "person.email")->setText(QStringLiteral("taras@example.org"));
        pressOk(dialog);
    });
    fixture.click("addParticipant");
    CHECK_FALSE(olenaOffered);
    CHECK(familyNameError.startsWith(QStringLiteral("Family name:")));
    CHECK(count(db, QStringLiteral("person")) == 3);
    REQUIRE(count(db, QStringLiteral("visit_participant")) == 2);
    CHECK(text(db, QStringLiteral("SELECT latin_family_name FROM person WHERE family_name = 'Шевчук'")) ==
          QStringLiteral("Shevchuk"));
    CHECK(text(db, QStringLiteral("SELECT country FROM person WHERE family_name = 'Шевчук'")) ==
          QStringLiteral("UA"));
    CHECK(scalar(db, QStringLiteral("SELECT institution_id FROM person WHERE family_name = 'Шевчук'"))
              .toLongLong() == cityHall);
    CHECK(fixture.undoText() == QStringLiteral("Add participant ‘Тарас Шевчук’"));

    QTableView* table = fixture.table("participantTable");
    CHECK(table->model()->rowCount() == 2);
    CHECK(table->model()->index(0, ParticipantListModel::Name).data().toString() ==
          QStringLiteral("Олена Коваленко"));
    CHECK(table->model()->index(1, ParticipantListModel::Institution).data().toString() ==
          QStringLiteral("Львівська міська рада"));
    const QString counts = fixture.editor.findChild<QLabel*>(QStringLiteral("participantCounts"))->text();
    CHECK(counts.contains(QStringLiteral("2 participant")));
    CHECK(counts.contains(QStringLiteral("Delegation leader: 1")));
    CHECK(counts.contains(QStringLiteral("Delegation member: 1")));

    // The person entered in place goes and comes back with the participant.
    fixture.undo();
    CHECK(count(db, QStringLiteral("visit_participant")) == 1);
    CHECK(count(db, QStringLiteral("person")) == 2);
    CHECK(table->model()->rowCount() == 1);
    fixture.undo();
    CHECK(count(db, QStringLiteral("visit_participant")) == 0);
    CHECK(count(db, QStringLiteral("person")) == 2);
    fixture.redo();
    fixture.redo();
    CHECK(count(db, QStringLiteral("visit_participant")) == 2);
    CHECK(count(db, QStringLiteral("person")) == 3);
    CHECK(table->model()->rowCount() == 2);
    CHECK(text(db, QStringLiteral("SELECT arrival FROM visit_participant WHERE person_id = %1").arg(olena)) ==
          QStringLiteral("2026-05-19T14:30"));
}

TEST_CASE("Removing a participant chosen for a session's audience asks first, and undo puts them back")
{
    EditorFixture fixture;
    Database& db = fixture.db();
    const Id visitId = addVisit(db);
    const Id olena = addPerson(db, QStringLiteral("Олена"), QStringLiteral("Коваленко"));
    const Id participant = addParticipant(db, visitId, olena);
    addSession(db, visitId, QStringLiteral("Warsztat"), at(20, 9), 90, {}, {participant});
    fixture.editor.showVisit(visitId);
    fixture.selectRow("participantTable", 0);

    fixture.prompts.answers.enqueue(QMessageBox::No);
    fixture.click("removeParticipant");
    REQUIRE(fixture.prompts.shown.size() == 1);
    CHECK(fixture.prompts.shown.constLast().contains(QStringLiteral("1 session")));
    CHECK(count(db, QStringLiteral("visit_participant")) == 1);

    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    fixture.click("removeParticipant");
    CHECK(count(db, QStringLiteral("visit_participant")) == 0);
    CHECK(count(db, QStringLiteral("session_audience")) == 0);
    CHECK(fixture.undoText() == QStringLiteral("Remove participant ‘Олена Коваленко’"));
    fixture.undo();
    CHECK(count(db, QStringLiteral("visit_participant")) == 1);
    CHECK(count(db, QStringLiteral("session_audience")) == 1);
}
