// SPDX-License-Identifier: GPL-3.0-or-later
// What the visit editor's tests share: a database, records added directly, widgets found by name.
#pragma once

#include "core/languages/dayrange.h"
#include "core/languages/languagemanager.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/records/institutiondialog.h"
#include "ui/visit/participantdialog.h"
#include "ui/visit/participantlistmodel.h"
#include "ui/visit/programmemodel.h"
#include "ui/visit/sessiondialog.h"
#include "ui/visit/visitdialog.h"
#include "ui/visit/visiteditor.h"
#include "ui/widgets/recordchoice.h"

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

#include <memory>

namespace EditorTests {

inline std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
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

inline int count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

inline QString text(Database& db, const QString& sql)
{
    return scalar(db, sql).toString();
}

template <typename W>
inline W* input(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<W*>(QString::fromLatin1(name));
    CHECK(found);
    return found;
}

inline Id addInstitution(Database& db, const QString& name, const QString& city)
{
    Institution institution;
    institution.name.text = name;
    institution.city = city;
    institution.country = QStringLiteral("PL");
    const auto id = InstitutionRepository(db).create(institution);
    REQUIRE(id);
    return id.value();
}

inline Id addPerson(Database& db, const QString& given, const QString& family, const QString& latinGiven = {},
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

inline Id addVisit(Database& db, const QString& title = QStringLiteral("Wizyta studyjna z Lwowa"))
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

inline Id addParticipant(Database& db, Id visitId, Id personId,
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

inline Id addSession(Database& db, Id visitId, const QString& title, const QDateTime& start, int minutes,
                     const QList<SessionPerson>& people = {}, const QList<Id>& audience = {})
{
    Session session;
    session.visitId = visitId;
    session.title.text = title;
    session.startsAt = start;
    session.endsAt = start.addSecs(minutes * 60);
    session.people = people;
    session.wholeDelegation = audience.isEmpty();
    session.audienceParticipantIds = audience;
    const auto id = ProgrammeRepository(db).create(session);
    REQUIRE(id);
    return id.value();
}

inline QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::UTC);
}

} // namespace EditorTests
