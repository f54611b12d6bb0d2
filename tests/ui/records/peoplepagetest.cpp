// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/peoplepage.h"

#include "core/languages/dayrange.h"
#include "core/storage/personrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/records/persondialog.h"
#include "ui/records/personlistmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

/// A people page on a fresh database, without a main window.
struct PeopleFixture
{
    PeopleFixture()
    {
        REQUIRE(dir.isValid());
        auto database = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
        REQUIRE(database);
        document = std::make_unique<DatabaseDocument>(
            std::move(database).value(), [this](const Error& error) { errors << error.message(); });
        page = std::make_unique<PeoplePage>(*document, prompts);
        page->show(); // a page reads its rows when shown
    }

    Database& db() { return document->database(); }
    PersonListModel& model() { return *page->findChild<PersonListModel*>(); }
    QAbstractItemModel& shown() { return *page->findChild<QTableView*>(QStringLiteral("table"))->model(); }
    QString details() { return page->findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText(); }
    void click(const char* button) { page->findChild<QPushButton*>(QString::fromLatin1(button))->click(); }
    void search(const QString& text) { page->findChild<QLineEdit*>(QStringLiteral("search"))->setText(text); }

    QTemporaryDir dir;
    ScriptedPrompts prompts;
    QStringList errors;
    std::unique_ptr<DatabaseDocument> document;
    std::unique_ptr<PeoplePage> page;
};

int count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

template <typename W>
W* field(QWidget& dialog, const char* name)
{
    auto* widget = dialog.findChild<W*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("Adding a person with their institution through the form, then undo and redo")
{
    PeopleFixture fixture;
    Database& db = fixture.db();
    run(db, QStringLiteral("INSERT INTO institution (id, name, short_name, city) VALUES "
                           "(1, 'Miejski Ośrodek Pomocy Rodzinie w Krakowie', 'MOPR Kraków', 'Kraków'), "
                           "(2, 'Fundacja Dzieci Niczyje', '', 'Warszawa')"));

    bool reached = false;
    onNextDialog<PersonDialog>(
        [](PersonDialog& dialog) {
            field<QLineEdit>(dialog, "person.givenName")->setText(QStringLiteral("Олена"));
            field<QLineEdit>(dialog, "person.familyName")->setText(QStringLiteral("Коваленко"));
            field<QLineEdit>(dialog, "person.latinGivenName")->setText(QStringLiteral("Olena"));
            field<QLineEdit>(dialog, "person.latinFamilyName")->setText(QStringLiteral("Kovalenko"));
            // Typed, as a person would, in another case than it is stored.
            field<QComboBox>(dialog, "person.institutionId")
                ->setEditText(QStringLiteral("miejski ośrodek pomocy rodzinie w krakowie"));
            field<QLineEdit>(dialog, "person.country")->setText(QStringLiteral("ua"));
            field<QLineEdit>(dialog, "person.languages")->setText(QStringLiteral("uk, PL en"));
            field<QLineEdit>(dialog, "person.email")->setText(QStringLiteral("olena.kovalenko@example.org"));
            pressOk(dialog);
        },
        &reached);
    fixture.click("add");
    REQUIRE(reached);

    REQUIRE(count(db, QStringLiteral("person")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT institution_id FROM person")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT country FROM person")).toString() == QLatin1String("UA"));
    CHECK(scalar(db, QStringLiteral("SELECT languages FROM person")).toString() == QLatin1String("uk,pl,en"));
    CHECK(scalar(db, QStringLiteral("SELECT latin_family_name FROM person")).toString() ==
          QLatin1String("Kovalenko"));
    CHECK(scalar(db, QStringLiteral("SELECT consent_date FROM person")).isNull());
    REQUIRE(fixture.shown().rowCount() == 1);
    CHECK(fixture.shown().index(0, PersonListModel::Name).data().toString() ==
          QStringLiteral("Олена Коваленко"));
    CHECK(fixture.shown().index(0, PersonListModel::Institution).data().toString() ==
          QStringLiteral("MOPR Kraków"));
    // The new person is selected and their details are shown.
    CHECK(fixture.details().contains(QStringLiteral("Olena Kovalenko")));
    CHECK(fixture.details().contains(QStringLiteral("Miejski Ośrodek Pomocy Rodzinie w Krakowie")));

    QUndoStack& undo = fixture.document->undoStack();
    CHECK(undo.undoText() == QStringLiteral("Add person ‘Олена Коваленко’"));
    undo.undo();
    CHECK(count(db, QStringLiteral("person")) == 0);
    CHECK(fixture.shown().rowCount() == 0);
    undo.redo();
    CHECK(count(db, QStringLiteral("person")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT institution_id FROM person")).toInt() == 1);
    CHECK(fixture.shown().rowCount() == 1);
    CHECK(fixture.errors.isEmpty());
}

TEST_CASE("A person without a family name, or with an institution not on file, is refused on that field")
{
    PeopleFixture fixture;
    run(fixture.db(), QStringLiteral("INSERT INTO institution (id, name) VALUES (1, 'MOPS Płock')"));

    bool stayedOpen = false;
    QString familyNameError;
    QString institutionError;
    QString institutionErrorAfterFix;
    onNextDialog<PersonDialog>([&](PersonDialog& dialog) {
        field<QLineEdit>(dialog, "person.givenName")->setText(QStringLiteral("Jan"));
        pressOk(dialog);
        stayedOpen = dialog.isVisible();
        familyNameError = dialog.errorText(QStringLiteral("person.familyName"));

        field<QLineEdit>(dialog, "person.familyName")->setText(QStringLiteral("Nowak"));
        field<QComboBox>(dialog, "person.institutionId")->setEditText(QStringLiteral("MOPS Gdansk"));
        pressOk(dialog);
        institutionError = dialog.errorText(QStringLiteral("person.institutionId"));
        stayedOpen = stayedOpen && dialog.isVisible();

        // Typed without its diacritics, the name on file is still found, as a search finds it.
        field<QComboBox>(dialog, "person.institutionId")->setEditText(QStringLiteral("mops plock"));
        field<QLineEdit>(dialog, "person.email")->setText(QStringLiteral("jan.nowak-at-plock"));
        pressOk(dialog);
        institutionErrorAfterFix = dialog.errorText(QStringLiteral("person.institutionId"));
        stayedOpen = stayedOpen && dialog.isVisible();
        dialog.reject();
    });
    fixture.click("add");

    CHECK(stayedOpen);
    CHECK(familyNameError.startsWith(QStringLiteral("Family name:")));
    CHECK(institutionError.contains(QStringLiteral("\"MOPS Gdansk\"")));
    CHECK(institutionErrorAfterFix.isEmpty());
    CHECK(count(fixture.db(), QStringLiteral("person")) == 0);
    CHECK(fixture.document->undoStack().count() == 0);
}

TEST_CASE("Searching people finds a Cyrillic name by its Latin form, and people by institution or e-mail")
{
    PeopleFixture fixture;
    Database& db = fixture.db();
    run(db, QStringLiteral("INSERT INTO institution (id, name) VALUES (1, 'MOPS Płock')"));
    PersonRepository people(db);
    Person olena;
    olena.givenName = QStringLiteral("Олена");
    olena.familyName = QStringLiteral("Коваленко");
    olena.latinGivenName = QStringLiteral("Olena");
    olena.latinFamilyName = QStringLiteral("Kovalenko");
    REQUIRE(people.create(olena));
    Person jan;
    jan.givenName = QStringLiteral("Jan");
    jan.familyName = QStringLiteral("Nowak");
    jan.institutionId = 1;
    REQUIRE(people.create(jan));
    Person petra;
    petra.givenName = QStringLiteral("Petra");
    petra.familyName = QStringLiteral("Nováková");
    petra.email = QStringLiteral("petra.novakova@vsetin.cz");
    REQUIRE(people.create(petra));
    REQUIRE(fixture.shown().rowCount() == 3);

    const auto names = [&fixture] {
        QStringList shown;
        for (int row = 0; row < fixture.shown().rowCount(); ++row) {
            shown << fixture.shown().index(row, PersonListModel::Name).data().toString();
        }
        return shown;
    };
    fixture.search(QStringLiteral("kovalenko"));
    CHECK(names() == QStringList{QStringLiteral("Олена Коваленко")});
    fixture.search(QStringLiteral("Коваленко"));
    CHECK(names() == QStringList{QStringLiteral("Олена Коваленко")});
    fixture.search(QStringLiteral("Płock"));
    CHECK(names() == QStringList{QStringLiteral("Jan Nowak")});
    fixture.search(QStringLiteral("vsetin.cz"));
    CHECK(names() == QStringList{QStringLiteral("Petra Nováková")});
    bool counted = false;
    for (const QLabel* label : fixture.page->findChildren<QLabel*>()) {
        counted = counted || label->text().startsWith(QStringLiteral("1 of 3 person"));
    }
    CHECK(counted);
    fixture.search(QString());
    CHECK(names().size() == 3);

    // The Latin form is searched and shown as the name's tooltip, not as a column of its own.
    auto* table = fixture.page->findChild<QTableView*>(QStringLiteral("table"));
    CHECK(table->isColumnHidden(PersonListModel::LatinName));
    fixture.model().reload();
    CHECK(table->isColumnHidden(PersonListModel::LatinName));
    const int olenaRow = static_cast<int>(names().indexOf(QStringLiteral("Олена Коваленко")));
    CHECK(fixture.shown().index(olenaRow, PersonListModel::Name).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Olena Kovalenko"));
}

TEST_CASE("People sort by their number of visits, ties in the order of their names")
{
    PeopleFixture fixture;
    Database& db = fixture.db();
    run(db, QStringLiteral(
                "INSERT INTO visit (id, title, first_day, last_day) VALUES "
                "(1, 'Pierwsza', '2026-05-19', '2026-05-20'), (2, 'Druga', '2026-09-01', '2026-09-02')"));
    PersonRepository people(db);
    QMap<QString, Id> ids;
    for (const QString& family : {QStringLiteral("Zielińska"), QStringLiteral("Adamczyk"),
                                  QStringLiteral("Nowak"), QStringLiteral("Kowalska")}) {
        Person person;
        person.givenName = QStringLiteral("Anna");
        person.familyName = family;
        const auto id = people.create(person);
        REQUIRE(id);
        ids.insert(family, *id);
    }
    const auto takePart = [&db](Id visit, Id person) {
        run(db, QStringLiteral("INSERT INTO visit_participant (visit_id, person_id) VALUES (%1, %2)")
                    .arg(visit)
                    .arg(person));
    };
    takePart(1, ids.value(QStringLiteral("Nowak")));
    takePart(2, ids.value(QStringLiteral("Nowak")));
    takePart(1, ids.value(QStringLiteral("Zielińska")));
    fixture.model().reload();

    auto* table = fixture.page->findChild<QTableView*>(QStringLiteral("table"));
    const auto order = [&fixture] {
        QStringList shown;
        for (int row = 0; row < fixture.shown().rowCount(); ++row) {
            shown << fixture.shown().index(row, PersonListModel::Name).data().toString() + QLatin1Char(' ') +
                         fixture.shown().index(row, PersonListModel::Visits).data().toString();
        }
        return shown;
    };
    table->sortByColumn(PersonListModel::Visits, Qt::DescendingOrder);
    CHECK(order() == QStringList{QStringLiteral("Anna Nowak 2"), QStringLiteral("Anna Zielińska 1"),
                                 QStringLiteral("Anna Adamczyk 0"), QStringLiteral("Anna Kowalska 0")});
    table->sortByColumn(PersonListModel::Visits, Qt::AscendingOrder);
    CHECK(order().constFirst().endsWith(QStringLiteral(" 0")));
    CHECK(order().constLast() == QStringLiteral("Anna Nowak 2"));
}

TEST_CASE("Editing a person's diet shows in their details and can be undone")
{
    PeopleFixture fixture;
    Database& db = fixture.db();
    Person jan;
    jan.givenName = QStringLiteral("Jan");
    jan.familyName = QStringLiteral("Nowak");
    jan.accessibilityNeeds = QStringLiteral("Wheelchair user: step-free rooms");
    const auto id = PersonRepository(db).create(jan);
    REQUIRE(id);
    fixture.page->selectId(id.value());
    CHECK(fixture.details().contains(QStringLiteral("Wheelchair user")));

    // OK on an unchanged form is no edit.
    onNextDialog<PersonDialog>([](PersonDialog& dialog) { pressOk(dialog); });
    fixture.click("open");
    CHECK(fixture.document->undoStack().count() == 0);

    QString accessibility;
    onNextDialog<PersonDialog>([&](PersonDialog& dialog) {
        accessibility = field<QPlainTextEdit>(dialog, "person.accessibilityNeeds")->toPlainText();
        auto* diet = field<QComboBox>(dialog, "person.diet");
        diet->setCurrentIndex(diet->findText(QStringLiteral("Vegan")));
        field<QLineEdit>(dialog, "person.dietNote")->setText(QStringLiteral("no honey"));
        pressOk(dialog);
    });
    fixture.click("open");
    CHECK(accessibility == QStringLiteral("Wheelchair user: step-free rooms"));
    CHECK(scalar(db, QStringLiteral("SELECT diet FROM person")).toString() == QLatin1String("vegan"));
    CHECK(scalar(db, QStringLiteral("SELECT diet_note FROM person")).toString() == QLatin1String("no honey"));
    CHECK(fixture.details().contains(QStringLiteral("Vegan — no honey")));

    QUndoStack& undo = fixture.document->undoStack();
    CHECK(undo.undoText() == QStringLiteral("Edit person ‘Jan Nowak’"));
    undo.undo();
    CHECK(scalar(db, QStringLiteral("SELECT diet FROM person")).toString() == QLatin1String("none"));
    CHECK(scalar(db, QStringLiteral("SELECT diet_note FROM person")).toString().isEmpty());
    CHECK_FALSE(fixture.details().contains(QStringLiteral("Vegan")));
    undo.redo();
    CHECK(scalar(db, QStringLiteral("SELECT diet FROM person")).toString() == QLatin1String("vegan"));
}

TEST_CASE("A consent date is kept only while its box is ticked")
{
    PeopleFixture fixture;
    Person olena;
    olena.familyName = QStringLiteral("Коваленко");
    olena.consentDate = QDate(2026, 4, 2);
    const auto id = PersonRepository(fixture.db()).create(olena);
    REQUIRE(id);
    fixture.page->selectId(id.value());
    CHECK(fixture.details().contains(QStringLiteral("Consent given on: ") + formatDay(QDate(2026, 4, 2))));

    bool dateShown = false;
    onNextDialog<PersonDialog>([&](PersonDialog& dialog) {
        dateShown = field<QDateEdit>(dialog, "consentDate")->date() == QDate(2026, 4, 2) &&
                    field<QDateEdit>(dialog, "consentDate")->isEnabled();
        field<QCheckBox>(dialog, "consentGiven")->setChecked(false);
        pressOk(dialog);
    });
    fixture.click("open");
    CHECK(dateShown);
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT consent_date FROM person")).isNull());

    onNextDialog<PersonDialog>([&](PersonDialog& dialog) {
        field<QCheckBox>(dialog, "consentGiven")->setChecked(true);
        field<QDateEdit>(dialog, "consentDate")->setDate(QDate(2026, 5, 19));
        pressOk(dialog);
    });
    fixture.click("open");
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT consent_date FROM person")).toString() ==
          QLatin1String("2026-05-19"));
}

TEST_CASE("Deleting a participant who presents a session says so, and undo brings all of it back")
{
    PeopleFixture fixture;
    Database& db = fixture.db();
    run(db, QStringLiteral(
                "INSERT INTO person (id, given_name, family_name, latin_given_name, latin_family_name) "
                "VALUES (1, 'Олена', 'Коваленко', 'Olena', 'Kovalenko'), (2, '', 'Nowak', '', '')"));
    run(db, QStringLiteral("INSERT INTO visit (id, title, first_day, last_day, coordinator_id) VALUES "
                           "(1, 'Lwów in Masovia', '2026-05-19', '2026-05-25', 2)"));
    run(db, QStringLiteral("INSERT INTO visit_participant (id, visit_id, person_id, role) VALUES "
                           "(1, 1, 1, 'delegation_leader'), (2, 1, 2, 'host')"));
    run(db, QStringLiteral("INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title) VALUES "
                           "(1, 1, '2026-05-19T09:00', '2026-05-19T10:00', 'Warsztat'), "
                           "(2, 1, '2026-05-20T09:00', '2026-05-20T10:00', 'Panel')"));
    run(db, QStringLiteral("INSERT INTO session_person (session_id, person_id, role) VALUES "
                           "(1, 1, 'presenter'), (2, 1, 'moderator'), (2, 1, 'interpreter')"));
    fixture.model().reload(); // rows written behind the page's back
    fixture.page->selectId(1);
    CHECK(fixture.details().contains(QStringLiteral("Lwów in Masovia (Delegation leader)")));
    CHECK(fixture.shown().index(0, PersonListModel::Visits).data().toInt() == 1);

    fixture.prompts.answers.enqueue(QMessageBox::No);
    fixture.click("delete");
    CHECK(count(db, QStringLiteral("person")) == 2);

    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    fixture.click("delete");
    REQUIRE(fixture.prompts.shown.size() == 2);
    const QString question = fixture.prompts.shown.constLast();
    CHECK(question.contains(QStringLiteral("‘Олена Коваленко’")));
    CHECK(question.contains(QStringLiteral("1 visit")));
    CHECK(question.contains(QStringLiteral("2 session")));
    CHECK_FALSE(question.contains(QStringLiteral("coordinate")));

    CHECK(count(db, QStringLiteral("person")) == 1);
    CHECK(count(db, QStringLiteral("visit_participant")) == 1);
    CHECK(count(db, QStringLiteral("session_person")) == 0);
    CHECK(fixture.shown().rowCount() == 1);

    QUndoStack& undo = fixture.document->undoStack();
    CHECK(undo.undoText() == QStringLiteral("Delete person ‘Олена Коваленко’"));
    undo.undo();
    CHECK(count(db, QStringLiteral("person")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT role FROM visit_participant WHERE person_id = 1")).toString() ==
          QLatin1String("delegation_leader"));
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(role, ',') FROM (SELECT role FROM session_person "
                                    "WHERE person_id = 1 ORDER BY session_id, role)"))
              .toString() == QLatin1String("presenter,interpreter,moderator"));
    CHECK(scalar(db, QStringLiteral("SELECT latin_family_name FROM person WHERE id = 1")).toString() ==
          QLatin1String("Kovalenko"));
    CHECK(fixture.shown().rowCount() == 2);
    CHECK(db.check()->isEmpty());
}

TEST_CASE("Deleting a visit's coordinator says the visit keeps no coordinator")
{
    PeopleFixture fixture;
    Database& db = fixture.db();
    run(db, QStringLiteral("INSERT INTO person (id, family_name) VALUES (1, 'Nowak')"));
    run(db, QStringLiteral(
                "INSERT INTO visit (id, title, first_day, last_day, coordinator_id) VALUES "
                "(1, 'Vsetín', '2026-03-02', '2026-03-04', 1), (2, 'Oslo', '2026-06-01', '2026-06-02', 1)"));
    fixture.model().reload();
    fixture.page->selectId(1);
    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    fixture.click("delete");
    REQUIRE(fixture.prompts.shown.size() == 1);
    CHECK(fixture.prompts.shown.constFirst().contains(QStringLiteral("coordinate 2 visit")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM visit WHERE coordinator_id IS NULL")).toInt() == 2);
    fixture.document->undoStack().undo();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM visit WHERE coordinator_id = 1")).toInt() == 2);
}

namespace {

QStringList modelTestWarnings;

void collectModelTestWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && qstrcmp(context.category, "qt.modeltest") == 0) {
        modelTestWarnings << message;
    }
}

} // namespace

TEST_CASE("The people model is a well-behaved model")
{
    PeopleFixture fixture;
    Database& db = fixture.db();
    modelTestWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelTestWarnings);
    {
        PersonListModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        PersonRepository people(db);
        Person olena;
        olena.givenName = QStringLiteral("Олена");
        olena.familyName = QStringLiteral("Коваленко");
        const auto id = people.create(olena);
        REQUIRE(id);
        Person jan;
        jan.familyName = QStringLiteral("Nowak");
        REQUIRE(people.create(jan));
        CHECK(model.rowCount() == 2);
        CHECK(model.columnCount() == PersonListModel::ColumnCount);
        CHECK(model.headerData(PersonListModel::Visits, Qt::Horizontal).toString() ==
              QStringLiteral("Visits"));
        CHECK(model.index(0, PersonListModel::Visits).data(Qt::TextAlignmentRole).value<Qt::Alignment>() ==
              (Qt::AlignRight | Qt::AlignVCenter));
        CHECK(model.index(0, PersonListModel::Visits).data(CollatingProxyModel::SortRole).toInt() == 0);
        REQUIRE(people.remove(id.value()));
        CHECK(model.rowCount() == 1);
        model.retranslate();
    }
    qInstallMessageHandler(previous);
    CHECK(modelTestWarnings.isEmpty());
}

TEST_CASE("Everything stored about the selected person is exported as JSON on request")
{
    PeopleFixture fixture;
    run(fixture.db(),
        QStringLiteral("INSERT INTO person (id, given_name, family_name, email, diet_note) VALUES "
                       "(7, 'Olena', 'Kravets', 'olena@example.org', 'bez orzechów')"));
    fixture.model().reload();
    auto* button = fixture.page->findChild<QPushButton*>(QStringLiteral("exportPersonalData"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled()); // nobody selected
    fixture.page->selectId(7);
    REQUIRE(button->isEnabled());
    const QString path = fixture.dir.filePath(QStringLiteral("kravets.json"));
    fixture.prompts.fileNames.enqueue(path);
    button->click();
    CHECK(fixture.prompts.shown.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CHECK(json.contains("\"Kravets\""));
    CHECK(json.contains("olena@example.org"));
    CHECK(json.contains(QStringLiteral("bez orzechów").toUtf8()));
}
