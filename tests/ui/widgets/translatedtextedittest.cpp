// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/translatedtextedit.h"

#include "core/languages/languagemanager.h"
#include "core/sample/sampledata.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/records/institutiondialog.h"
#include "ui/visit/sessiondialog.h"
#include "ui/visit/visitdialog.h"
#include "ui/visit/visiteditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>

#include <catch2/catch.hpp>

namespace {

const QString pl = QStringLiteral("pl");
const QString uk = QStringLiteral("uk");
const QString cs = QStringLiteral("cs");

LocalizedText sessionTitle()
{
    return {
        QStringLiteral("Spotkanie z dyrektorem ośrodka"),
        {{uk, QStringLiteral("Зустріч із директором центру")}, {cs, QStringLiteral("Setkání s ředitelem")}}};
}

template <typename W>
W* input(QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<W*>(name);
    CHECK(found);
    return found;
}

/// The codes "Add Language…" offers, in its order.
QStringList offeredLanguages(QWidget& edit)
{
    QStringList codes;
    for (QAction* action : input<QToolButton>(edit, QStringLiteral("addLanguage"))->menu()->actions()) {
        if (action->isVisible() && !action->data().toString().isEmpty()) {
            codes << action->data().toString();
        }
    }
    return codes;
}

/// Chooses `code` from "Add Language…", or "Other Language…" for an empty code.
void chooseLanguage(QWidget& edit, const QString& code)
{
    for (QAction* action : input<QToolButton>(edit, QStringLiteral("addLanguage"))->menu()->actions()) {
        const bool other = action->objectName() == QLatin1String("otherLanguage");
        if (code.isEmpty() ? other : action->data().toString() == code) {
            REQUIRE(action->isVisible());
            action->trigger();
            return;
        }
    }
    FAIL("the language is not offered");
}

/// The next widget Tab moves to from `widget` within `window`.
QWidget* nextTabStop(QWidget* window, QWidget* widget)
{
    for (QWidget* next = widget->nextInFocusChain(); next != widget; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(window) && next->isEnabled() &&
            !next->focusProxy()) {
            return next;
        }
    }
    return nullptr;
}

Id createVisit(Database& db, const QStringList& languages)
{
    Visit visit;
    visit.title = {QStringLiteral("Wizyta ze Lwowa"), {{uk, QStringLiteral("Візит зі Львова")}}};
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    visit.workingLanguages = languages;
    visit.printLanguages = languages;
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    return *id;
}

Session createSession(Database& db, Id visitId)
{
    Session session;
    session.visitId = visitId;
    session.startsAt = QDateTime(QDate(2026, 5, 19), QTime(10, 0), Qt::UTC);
    session.endsAt = QDateTime(QDate(2026, 5, 19), QTime(11, 0), Qt::UTC);
    session.title = sessionTitle();
    session.description = {QStringLiteral("Rozmowa o pracy ośrodka."),
                           {{uk, QStringLiteral("Розмова про роботу центру.")}}};
    const auto id = ProgrammeRepository(db).create(session);
    REQUIRE(id.ok());
    const auto stored = ProgrammeRepository(db).get(*id);
    REQUIRE(stored.ok());
    return *stored;
}

QString sessionText(Database& db, Id sessionId, const QString& field, const QString& language)
{
    return scalar(db, QStringLiteral("SELECT text FROM agenda_session_text WHERE session_id = %1 AND "
                                     "field = '%2' AND language = '%3'")
                          .arg(sessionId)
                          .arg(field, language))
        .toString();
}

std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("A translated text comes back as it was set, with every other language")
{
    TranslatedTextEdit edit;
    edit.setFieldName(QStringLiteral("Title"));
    edit.setText(sessionTitle());
    CHECK(edit.text() == sessionTitle());
    CHECK(edit.languages() == QStringList{cs, uk});

    CHECK(input<QLabel>(edit, QStringLiteral("mainLanguage"))->text() == QStringLiteral("Polski"));
    CHECK(input<QLabel>(edit, QStringLiteral("language:uk"))->text() == QStringLiteral("Українська"));
    CHECK(input<QLabel>(edit, QStringLiteral("language:cs"))->text() == QStringLiteral("Čeština"));
    auto* ukrainian = input<QLineEdit>(edit, QStringLiteral("mainText:uk"));
    CHECK(ukrainian->text() == QStringLiteral("Зустріч із директором центру"));
    CHECK(ukrainian->accessibleName() == QStringLiteral("Title (Українська)"));
    CHECK(edit.mainInput()->accessibleName() == QStringLiteral("Title (Polski)"));

    // Text typed with spaces around it, or a language left empty, is stored as it will be printed.
    ukrainian->setText(QStringLiteral("  Зустріч  "));
    input<QLineEdit>(edit, QStringLiteral("mainText:cs"))->clear();
    const LocalizedText edited = edit.text();
    CHECK(edited.text == sessionTitle().text);
    CHECK(edited.translations == QMap<QString, QString>{{uk, QStringLiteral("Зустріч")}});

    // Set again, it shows only the languages of the new text.
    edit.setText({QStringLiteral("Obiad"), {}});
    CHECK(edit.languages().isEmpty());
    CHECK(edit.text() == LocalizedText{QStringLiteral("Obiad"), {}});
    CHECK_FALSE(edit.findChild<QLineEdit*>(QStringLiteral("mainText:uk")));
}

TEST_CASE("A language added from the menu can be written in, and a removed one is dropped")
{
    TranslatedTextEdit edit;
    edit.setSuggestedLanguages({QStringLiteral("lt"), pl, uk});
    edit.setText({QStringLiteral("Seminarium"), {{cs, QStringLiteral("Seminář")}}});
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    // The visit's languages first, then the usual ones; neither the main language nor one shown.
    CHECK(offeredLanguages(edit) == QStringList{QStringLiteral("lt"), uk, QStringLiteral("en"),
                                                QStringLiteral("sk"), QStringLiteral("no"),
                                                QStringLiteral("de"), QStringLiteral("fr")});

    chooseLanguage(edit, uk);
    CHECK(edit.languages() == QStringList{cs, uk});
    auto* ukrainian = input<QLineEdit>(edit, QStringLiteral("mainText:uk"));
    CHECK(ukrainian->hasFocus());
    CHECK_FALSE(offeredLanguages(edit).contains(uk));
    ukrainian->setText(QStringLiteral("Семінар"));
    CHECK(edit.text().translations ==
          QMap<QString, QString>{{cs, QStringLiteral("Seminář")}, {uk, QStringLiteral("Семінар")}});

    input<QToolButton>(edit, QStringLiteral("removeLanguage:cs"))->click();
    CHECK(edit.languages() == QStringList{uk});
    CHECK(edit.text() == LocalizedText{QStringLiteral("Seminarium"), {{uk, QStringLiteral("Семінар")}}});
    CHECK(offeredLanguages(edit).contains(cs));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(edit.findChild<QLineEdit*>(QStringLiteral("mainText:cs")));

    // Added again, it starts empty: the removed text is gone.
    CHECK(edit.addLanguage(cs));
    CHECK(qobject_cast<QLineEdit*>(edit.input(cs))->text().isEmpty());
    CHECK_FALSE(edit.text().translations.contains(cs));
}

TEST_CASE("Any ISO 639-1 code can be typed as a language, anything else is refused")
{
    TranslatedTextEdit edit(TranslatedTextEdit::Mode::PlainText);
    edit.setText({QStringLiteral("Praca w grupach."), {}});
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    auto* code = input<QLineEdit>(edit, QStringLiteral("otherLanguageCode"));
    auto* error = input<QLabel>(edit, QStringLiteral("languageError"));
    CHECK_FALSE(code->isVisible());

    chooseLanguage(edit, QString());
    REQUIRE(code->isVisible());
    CHECK(code->hasFocus());
    code->setText(QStringLiteral("xx"));
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(edit.languages().isEmpty());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("“xx” is not an ISO 639-1 language code")));
    CHECK(code->isVisible());
    CHECK_FALSE(edit.addLanguage(QStringLiteral("pol"))); // ISO 639-2, not 639-1
    CHECK(edit.languages().isEmpty());

    // Capitals still mean the code; Norwegian ("no", which Qt 6.4 lacks) has its own name.
    code->setText(QStringLiteral("NO"));
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(edit.languages() == QStringList{QStringLiteral("no")});
    CHECK_FALSE(error->isVisible());
    CHECK_FALSE(code->isVisible());
    CHECK(input<QLabel>(edit, QStringLiteral("language:no"))->text() == QStringLiteral("Norsk"));
    CHECK(qobject_cast<QPlainTextEdit*>(edit.input(QStringLiteral("no"))));

    // The main text is already in the content language: no second input for it.
    CHECK(edit.addLanguage(pl));
    CHECK(edit.languages() == QStringList{QStringLiteral("no")});
}

TEST_CASE("The session dialog keeps the Ukrainian title and saves it edited")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    TestDatabase test;
    Database& db = test.db();
    const Id visitId = createVisit(db, {pl, uk});
    const Session original = createSession(db, visitId);

    SessionDialog dialog(original, db);
    dialog.show();
    // Untouched, the form describes the session exactly as stored.
    CHECK(dialog.session() == original);
    auto* title = input<QLineEdit>(dialog, QStringLiteral("session.title"));
    auto* ukrainian = input<QLineEdit>(dialog, QStringLiteral("session.title:uk"));
    CHECK(title->text() == original.title.text);
    CHECK(ukrainian->text() == QStringLiteral("Зустріч із директором центру"));
    CHECK(ukrainian->accessibleName() == QStringLiteral("Title (Українська)"));
    CHECK(input<QPlainTextEdit>(dialog, QStringLiteral("session.description"))->toPlainText() ==
          original.description.text);
    CHECK(input<QPlainTextEdit>(dialog, QStringLiteral("session.description:uk"))->toPlainText() ==
          QStringLiteral("Розмова про роботу центру."));

    dialog.setSaver([&]() -> Status { return ProgrammeRepository(db).update(dialog.session()); });
    // Enter after a language code adds the language; it does not press OK.
    auto* descriptionEdit = qobject_cast<TranslatedTextEdit*>(
        input<QPlainTextEdit>(dialog, QStringLiteral("session.description"))->parentWidget());
    REQUIRE(descriptionEdit);
    chooseLanguage(*descriptionEdit, QString());
    auto* code = input<QLineEdit>(*descriptionEdit, QStringLiteral("otherLanguageCode"));
    code->setText(QStringLiteral("de"));
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(descriptionEdit->languages() == QStringList{uk, QStringLiteral("de")});
    // An empty title is refused under the title, and only its main line is marked.
    title->clear();
    ukrainian->setText(QStringLiteral("Зустріч з директоркою центру"));
    pressOk(dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText(QStringLiteral("session.title")).isEmpty());
    CHECK(title->property("invalid").toBool());
    CHECK(ukrainian->styleSheet().isEmpty());
    CHECK(sessionText(db, original.id, QStringLiteral("title"), uk) ==
          QStringLiteral("Зустріч із директором центру"));

    title->setText(QStringLiteral("Spotkanie z dyrektorką ośrodka"));
    input<QToolButton>(dialog, QStringLiteral("removeLanguage:cs"))->click();
    pressOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(scalar(db, QStringLiteral("SELECT title FROM agenda_session WHERE id = %1").arg(original.id)) ==
          QStringLiteral("Spotkanie z dyrektorką ośrodka"));
    CHECK(sessionText(db, original.id, QStringLiteral("title"), uk) ==
          QStringLiteral("Зустріч з директоркою центру"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM agenda_session_text WHERE session_id = %1 AND "
                                    "field = 'title' AND language = 'cs'")
                         .arg(original.id))
              .toInt() == 0);
    // The description was not touched: its Ukrainian text stays.
    CHECK(sessionText(db, original.id, QStringLiteral("description"), uk) ==
          QStringLiteral("Розмова про роботу центру."));
}

TEST_CASE("Tab goes from a session's title through its other languages to the next field")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    TestDatabase test;
    Database& db = test.db();
    const Session original = createSession(db, createVisit(db, {pl, uk}));
    SessionDialog dialog(original, db);

    QWidget* title = input<QLineEdit>(dialog, QStringLiteral("session.title"));
    auto* titleEdit = qobject_cast<TranslatedTextEdit*>(title->parentWidget());
    REQUIRE(titleEdit);
    QWidget* add = input<QToolButton>(*titleEdit, QStringLiteral("addLanguage"));
    CHECK(nextTabStop(&dialog, title) == add);
    CHECK(nextTabStop(&dialog, add) == input<QLineEdit>(dialog, QStringLiteral("session.title:cs")));
    QWidget* lastRemove = input<QToolButton>(*titleEdit, QStringLiteral("removeLanguage:uk"));
    CHECK(nextTabStop(&dialog, lastRemove) == input<QWidget>(dialog, QStringLiteral("session.kind")));

    // The description's languages come before the notes, also after one is added.
    QWidget* description = input<QPlainTextEdit>(dialog, QStringLiteral("session.description"));
    auto* descriptionEdit = qobject_cast<TranslatedTextEdit*>(description->parentWidget());
    REQUIRE(descriptionEdit);
    REQUIRE(descriptionEdit->addLanguage(cs));
    const QList<QWidget*> order = descriptionEdit->tabOrder();
    CHECK(order.contains(descriptionEdit->input(cs)));
    QWidget* beforeNotes = input<QToolButton>(*descriptionEdit, QStringLiteral("removeLanguage:cs"));
    CHECK(nextTabStop(&dialog, beforeNotes) == input<QWidget>(dialog, QStringLiteral("session.notes")));
}

TEST_CASE("The visit dialog offers the visit's languages for its title, read-only when the file is")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    TestDatabase test;
    Database& db = test.db();
    const Id visitId = createVisit(db, {pl, uk});
    const auto visit = VisitRepository(db).get(visitId);
    REQUIRE(visit.ok());

    VisitDialog dialog(*visit, db);
    CHECK(dialog.visit() == *visit);
    auto* titleEdit = qobject_cast<TranslatedTextEdit*>(
        input<QLineEdit>(dialog, QStringLiteral("visit.title"))->parentWidget());
    REQUIRE(titleEdit);
    CHECK(titleEdit->languages() == QStringList{uk});
    CHECK(offeredLanguages(*titleEdit).value(0) == QStringLiteral("en"));
    // Languages typed into the form are offered at once, before it is saved.
    input<QLineEdit>(dialog, QStringLiteral("visit.workingLanguages"))->setText(QStringLiteral("pl, lt"));
    CHECK(offeredLanguages(*titleEdit).value(0) == QStringLiteral("lt"));
    REQUIRE(titleEdit->addLanguage(QStringLiteral("lt")));
    input<QLineEdit>(dialog, QStringLiteral("visit.title:lt"))->setText(QStringLiteral("Vizitas iš Lvovo"));
    CHECK(dialog.visit().title.translations.value(QStringLiteral("lt")) ==
          QStringLiteral("Vizitas iš Lvovo"));
    CHECK(dialog.visit().title.translations.value(uk) == QStringLiteral("Візит зі Львова"));

    dialog.setReadOnly(true);
    CHECK(input<QLineEdit>(dialog, QStringLiteral("visit.title"))->isReadOnly());
    CHECK(input<QLineEdit>(dialog, QStringLiteral("visit.title:uk"))->isReadOnly());
    CHECK_FALSE(input<QToolButton>(*titleEdit, QStringLiteral("addLanguage"))->isVisibleTo(&dialog));
    CHECK_FALSE(input<QToolButton>(*titleEdit, QStringLiteral("removeLanguage:uk"))->isVisibleTo(&dialog));
}

TEST_CASE("An institution's name is edited in Czech beside the Polish one")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    Institution institution;
    institution.name = {QStringLiteral("Centrum Wsparcia"), {{cs, QStringLiteral("Centrum podpory")}}};
    InstitutionDialog dialog(institution);
    dialog.setLanguages(pl, {cs, QStringLiteral("sk")});
    CHECK(dialog.institution() == institution);
    CHECK(input<QLineEdit>(dialog, QStringLiteral("institution.name:cs"))->accessibleName() ==
          QStringLiteral("Name (Čeština)"));
    input<QLineEdit>(dialog, QStringLiteral("institution.name:cs"))
        ->setText(QStringLiteral("Podpůrné centrum"));
    auto* nameEdit = qobject_cast<TranslatedTextEdit*>(
        input<QLineEdit>(dialog, QStringLiteral("institution.name"))->parentWidget());
    REQUIRE(nameEdit);
    CHECK(offeredLanguages(*nameEdit).value(0) == QStringLiteral("sk"));
    CHECK(dialog.institution().name.translations ==
          QMap<QString, QString>{{cs, QStringLiteral("Podpůrné centrum")}});
    CHECK(dialog.institution().name.text == QStringLiteral("Centrum Wsparcia"));
}

TEST_CASE("The visit's details say what is not yet translated into its print languages")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    QTemporaryDir dir;
    QStringList undoErrors;
    DatabaseDocument document{openDatabase(dir), [&](const Error& error) { undoErrors << error.message(); }};
    Database& db = document.database();
    const auto sample = SampleData::add(db);
    REQUIRE(sample.ok());
    const Id lviv = sample->at(1);
    const Id vsetin = sample->at(2);
    ScriptedPrompts prompts;
    VisitEditor editor(document, prompts);
    auto* details = editor.findChild<QTextBrowser*>(QStringLiteral("visitDetails"));
    REQUIRE(details);

    editor.showVisit(vsetin);
    QString text = details->toPlainText();
    CHECK(text.contains(QStringLiteral("Translations for printing")));
    // Printed in Czech and Polish: only Czech can miss anything; 7 of its 12 session titles do.
    CHECK(text.contains(QStringLiteral("Čeština: 7 session")));
    CHECK(text.contains(QStringLiteral("no title in this language")));
    CHECK_FALSE(text.contains(QStringLiteral("Polski:")));

    editor.showVisit(lviv);
    text = details->toPlainText();
    CHECK(text.contains(QStringLiteral("Українська: everything is translated.")));

    // One Ukrainian title taken away, the details say so at once; Undo brings it back.
    auto sessions = ProgrammeRepository(db).listForVisit(lviv);
    REQUIRE(sessions.ok());
    Session session = sessions->at(0).session;
    session.title.translations.remove(uk);
    REQUIRE(document.edits()
                .apply([] { return QStringLiteral("Edit session"); },
                       [&] { return ProgrammeRepository(db).update(session); })
                .ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM agenda_session_text WHERE session_id = %1 AND "
                                    "field = 'title' AND language = 'uk'")
                         .arg(session.id))
              .toInt() == 0);
    text = details->toPlainText();
    CHECK(text.contains(QStringLiteral("Українська: 1 session")));
    CHECK(text.contains(QStringLiteral("no title in this language")));
    // The session is named, and its link opens its form, where the title is typed.
    CHECK(text.contains(session.title.text + QStringLiteral(" (title)")));
    const QString target = QStringLiteral("session:%1").arg(session.id);
    CHECK(details->toHtml().contains(target));
    bool opened = false;
    onNextDialog<SessionDialog>(
        [&](SessionDialog& dialog) {
            CHECK(dialog.session().id == session.id);
            dialog.reject();
        },
        &opened);
    Q_EMIT details->anchorClicked(QUrl(target));
    CHECK(opened);
    document.undoStack().undo();
    CHECK(details->toPlainText().contains(QStringLiteral("Українська: everything is translated.")));
    CHECK(undoErrors.isEmpty());
}
