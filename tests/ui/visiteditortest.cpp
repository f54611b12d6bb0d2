// SPDX-License-Identifier: GPL-3.0-or-later
#include "visiteditor.h"

#include "agendarepository.h"
#include "databasedocument.h"
#include "dayrange.h"
#include "dialogdriver.h"
#include "institutiondialog.h"
#include "institutionrepository.h"
#include "languagemanager.h"
#include "participantdialog.h"
#include "participantlistmodel.h"
#include "personrepository.h"
#include "programmemodel.h"
#include "scriptedprompts.h"
#include "sessiondialog.h"
#include "testsupport.h"
#include "visitdialog.h"
#include "visitrepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>

#include <catch2/catch.hpp>

namespace {

std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

/// A visit editor on a fresh database, shown and active, with scripted questions.
struct EditorFixture
{
    LanguageManager languages;
    // Before the editor: its dates follow the default locale of the interface language.
    bool english = languages.setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    QStringList undoErrors;
    DatabaseDocument document{openDatabase(dir),
                              [this](const Error& error) { undoErrors << error.message(); }};
    ScriptedPrompts prompts;
    VisitEditor editor{document, prompts};

    EditorFixture()
    {
        REQUIRE(english);
        editor.resize(1000, 700);
        editor.show();
        editor.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&editor));
    }
    ~EditorFixture() { CHECK(undoErrors.isEmpty()); }

    Database& db() { return document.database(); }
    void undo() { document.undoStack().undo(); }
    void redo() { document.undoStack().redo(); }
    QString undoText() { return document.undoStack().undoText(); }
    void click(const char* button)
    {
        auto* found = editor.findChild<QPushButton*>(QString::fromLatin1(button));
        REQUIRE(found);
        REQUIRE(found->isEnabled());
        found->click();
    }
    QTableView* table(const char* name) { return editor.findChild<QTableView*>(QString::fromLatin1(name)); }
    void selectRow(const char* tableName, int row)
    {
        QTableView* view = table(tableName);
        view->setCurrentIndex(view->model()->index(row, 0));
    }
};

int count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

QString text(Database& db, const QString& sql)
{
    return scalar(db, sql).toString();
}

template <typename W>
W* input(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<W*>(QString::fromLatin1(name));
    CHECK(found);
    return found;
}

Id addInstitution(Database& db, const QString& name, const QString& city)
{
    Institution institution;
    institution.name.text = name;
    institution.city = city;
    institution.country = QStringLiteral("PL");
    const auto id = InstitutionRepository(db).create(institution);
    REQUIRE(id);
    return id.value();
}

Id addPerson(Database& db, const QString& given, const QString& family, const QString& latinGiven = {},
             const QString& latinFamily = {})
{
    Person person;
    person.givenName = given;
    person.familyName = family;
    person.latinGivenName = latinGiven;
    person.latinFamilyName = latinFamily;
    const auto id = PersonRepository(db).create(person);
    REQUIRE(id);
    return id.value();
}

Id addVisit(Database& db, const QString& title = QStringLiteral("Wizyta studyjna z Lwowa"))
{
    Visit visit;
    visit.title.text = title;
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    visit.workingLanguages = {QStringLiteral("pl"), QStringLiteral("uk")};
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id);
    return id.value();
}

Id addParticipant(Database& db, Id visitId, Id personId,
                  ParticipantRole role = ParticipantRole::DelegationMember)
{
    VisitParticipant participant;
    participant.visitId = visitId;
    participant.personId = personId;
    participant.role = role;
    const auto id = ParticipantRepository(db).create(participant);
    REQUIRE(id);
    return id.value();
}

Id addSession(Database& db, Id visitId, const QString& title, const QDateTime& start, int minutes,
              const QList<SessionPerson>& people = {}, const QList<Id>& audience = {})
{
    AgendaSession session;
    session.visitId = visitId;
    session.title.text = title;
    session.startsAt = start;
    session.endsAt = start.addSecs(minutes * 60);
    session.people = people;
    session.wholeDelegation = audience.isEmpty();
    session.audienceParticipantIds = audience;
    const auto id = AgendaRepository(db).create(session);
    REQUIRE(id);
    return id.value();
}

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::UTC);
}

QStringList modelTestWarnings;

void collectModelTestWarnings(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest")) {
        modelTestWarnings << message;
    }
}

} // namespace

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
            input<QLineEdit>(dialog, "visit.workingLanguages")->setText(QStringLiteral("pl, polish"));
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
    const Id created = VisitDialog::addVisit(fixture.document, &fixture.editor);
    REQUIRE(reached);
    CHECK(stayedOpen);
    CHECK(languageError.contains(QStringLiteral("\"polish\"")));
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
        person->completer()->setCompletionPrefix(QStringLiteral("Olena Kovalenko"));
        completions = person->completer()->completionCount();
        completion = person->completer()->currentCompletion();
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

TEST_CASE("The participant and programme models are well-behaved models")
{
    TestDatabase database;
    Database& db = database.db();
    modelTestWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelTestWarnings);
    {
        ParticipantListModel participants(db);
        ProgrammeModel programme(db);
        QAbstractItemModelTester participantTester(&participants,
                                                   QAbstractItemModelTester::FailureReportingMode::Warning);
        QAbstractItemModelTester programmeTester(&programme,
                                                 QAbstractItemModelTester::FailureReportingMode::Warning);
        const Id visitId = addVisit(db);
        const Id other = addVisit(db, QStringLiteral("Inna wizyta"));
        participants.setVisitId(visitId);
        programme.setVisitId(visitId);
        CHECK(participants.rowCount() == 0);
        const Id olena = addPerson(db, QStringLiteral("Олена"), QStringLiteral("Коваленко"),
                                   QStringLiteral("Olena"), QStringLiteral("Kovalenko"));
        const Id anna = addPerson(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
        const Id participant = addParticipant(db, visitId, olena, ParticipantRole::Interpreter);
        addParticipant(db, visitId, anna, ParticipantRole::DelegationLeader);
        addParticipant(db, other, anna);
        CHECK(participants.rowCount() == 2);
        CHECK(participants.columnCount() == ParticipantListModel::ColumnCount);
        CHECK(participants.headerData(ParticipantListModel::Accommodation, Qt::Horizontal).toString() ==
              QStringLiteral("Accommodation"));
        // Leaders first.
        CHECK(participants.index(0, ParticipantListModel::Name).data().toString() ==
              QStringLiteral("Anna Nowak"));
        CHECK(participants.index(1, ParticipantListModel::Role).data().toString() ==
              QStringLiteral("Interpreter"));
        CHECK(participants.index(1, ParticipantListModel::Name)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Olena Kovalenko")));
        CHECK(participants.roleCounts().value(ParticipantRole::Interpreter) == 1);

        addSession(db, visitId, QStringLiteral("Obiad"), at(19, 13), 60);
        addSession(db, visitId, QStringLiteral("Otwarcie"), at(19, 9), 30, {{anna, SessionRole::Presenter}});
        addSession(db, visitId, QStringLiteral("Warsztat"), at(20, 9, 30), 120, {}, {participant});
        addSession(db, other, QStringLiteral("Gdzie indziej"), at(20, 9), 60);
        REQUIRE(programme.rowCount() == 3);
        CHECK(programme.index(0, ProgrammeModel::Title).data().toString() == QStringLiteral("Otwarcie"));
        CHECK(programme.index(0, ProgrammeModel::Time).data().toString() == QStringLiteral("09:00–09:30"));
        CHECK(programme.index(1, ProgrammeModel::Day).data().toString().isEmpty());
        CHECK(programme.index(1, ProgrammeModel::Day).data(Qt::ToolTipRole).toString() ==
              formatDay(QDate(2026, 5, 19)));
        CHECK(programme.index(2, ProgrammeModel::Day).data().toString() == formatDay(QDate(2026, 5, 20)));
        CHECK(programme.index(1, ProgrammeModel::Audience).data().toString() ==
              QStringLiteral("Whole delegation"));
        CHECK(programme.index(2, ProgrammeModel::Audience)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("1 participant")));

        REQUIRE(ParticipantRepository(db).remove(participant));
        CHECK(participants.rowCount() == 1);
        CHECK(programme.index(2, ProgrammeModel::Audience)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("0 participant")));
        participants.retranslate();
        programme.retranslate();
        participants.setVisitId(0);
        programme.setVisitId(0);
        CHECK(participants.rowCount() == 0);
        CHECK(programme.rowCount() == 0);
    }
    qInstallMessageHandler(previous);
    CHECK(modelTestWarnings.isEmpty());
}
