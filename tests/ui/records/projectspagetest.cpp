// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/projectspage.h"

#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/records/projectdialog.h"
#include "ui/records/projectlistmodel.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

#include <memory>

namespace {

// The default locale for one test, as the language menu would set it, put back afterwards.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_saved); }
    Q_DISABLE_COPY_MOVE(DefaultLocale)

private:
    QLocale m_saved;
};

const QLocale polish(QLocale::Polish, QLocale::Poland);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// Money text with the no-break spaces Qt's locale data uses written as plain ones, to compare.
QString plain(QString text)
{
    return text.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
}

// A database in a temporary folder, its document and the projects page, as the main window makes them.
class ProjectsFixture
{
public:
    ProjectsFixture()
    {
        REQUIRE(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("test.wizyta")));
        REQUIRE(opened.ok());
        document = std::make_unique<DatabaseDocument>(
            std::move(opened).value(), [this](const Error& error) { errors << error.message(); });
        page = std::make_unique<ProjectsPage>(*document, prompts);
        page->resize(900, 500);
        page->show();
    }

    Database& db() { return document->database(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    int projects() { return scalar(db(), QStringLiteral("SELECT count(*) FROM funding_project")).toInt(); }
    QAbstractItemModel* table() { return page->findChild<QTableView*>(QStringLiteral("table"))->model(); }
    QPushButton* button(const char* name) { return page->findChild<QPushButton*>(QString::fromLatin1(name)); }

private:
    QTemporaryDir m_dir;

public:
    ScriptedPrompts prompts;
    QStringList errors;
    std::unique_ptr<DatabaseDocument> document;
    std::unique_ptr<ProjectsPage> page;
};

MoneyEdit* moneyEdit(ProjectDialog& dialog, const char* field)
{
    auto* edit = dialog.findChild<MoneyEdit*>(QString::fromLatin1(field));
    REQUIRE(edit);
    return edit;
}

void setName(ProjectDialog& dialog, const QString& name)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("project.name"))->setText(name);
}

} // namespace

TEST_CASE("A funding project's budget typed in Polish is stored to the grosz, then undone and redone")
{
    DefaultLocale locale(polish);
    ProjectsFixture fixture;

    bool reached = false;
    qint64 typed = 0;
    onNextDialog<ProjectDialog>(
        [&](ProjectDialog& dialog) {
            setName(dialog, QStringLiteral("Mosty współpracy"));
            dialog.findChild<QLineEdit*>(QStringLiteral("project.acronym"))->setText(QStringLiteral("MOSTY"));
            dialog.findChild<QLineEdit*>(QStringLiteral("project.funder"))
                ->setText(QStringLiteral("Europejski Fundusz Społeczny Plus"));
            dialog.findChild<QCheckBox*>(QStringLiteral("hasFirstDay"))->setChecked(true);
            dialog.findChild<QDateEdit*>(QStringLiteral("firstDay"))->setDate(QDate(2026, 5, 1));
            // Typed key by key, as a person would: the validator lets every step through.
            QTest::keyClicks(moneyEdit(dialog, "project.totalValue"), QStringLiteral("25 000 000,75"));
            typed = moneyEdit(dialog, "project.totalValue")->minorUnits();
            moneyEdit(dialog, "project.coFinancing")->setText(QStringLiteral("3 750 000,1"));
            pressOk(dialog);
        },
        &reached);
    fixture.button("add")->click();
    REQUIRE(reached);

    // Over 2^31 grosze, which an int would have lost.
    CHECK(typed == Q_INT64_C(2500000075));
    REQUIRE(fixture.projects() == 1);
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT total_value FROM funding_project")).toLongLong() ==
          Q_INT64_C(2500000075));
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT co_financing FROM funding_project")).toLongLong() ==
          Q_INT64_C(375000010));
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT currency FROM funding_project")).toString() ==
          QLatin1String("PLN"));
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT first_day FROM funding_project")).toString() ==
          QLatin1String("2026-05-01"));
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT last_day IS NULL FROM funding_project")).toBool());

    REQUIRE(fixture.table()->rowCount() == 1);
    CHECK(plain(fixture.table()->index(0, ProjectListModel::Budget).data().toString()) ==
          QStringLiteral("25 000 000,75 zł"));
    CHECK(fixture.table()
              ->index(0, ProjectListModel::Budget)
              .data(CollatingProxyModel::SortRole)
              .toLongLong() == Q_INT64_C(2500000075));
    CHECK(fixture.table()->index(0, ProjectListModel::Period).data().toString() ==
          ProjectListModel::periodText(QDate(2026, 5, 1), QDate()));

    CHECK(fixture.document->undoStack().undoText() ==
          QStringLiteral("Add funding project ‘Mosty współpracy’"));
    fixture.document->undoStack().undo();
    CHECK(fixture.projects() == 0);
    CHECK(fixture.table()->rowCount() == 0);
    fixture.document->undoStack().redo();
    REQUIRE(fixture.projects() == 1);
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT total_value FROM funding_project")).toLongLong() ==
          Q_INT64_C(2500000075));
    CHECK(fixture.table()->rowCount() == 1);
    CHECK(fixture.errors.isEmpty());
}

TEST_CASE("Co-financing above the total, or an amount that is not one, is refused on its field")
{
    DefaultLocale locale(english);
    ProjectsFixture fixture;

    bool stayedOpen = false;
    QString notAnAmount;
    QString coFinancingError;
    QString totalErrorAfterFix;
    onNextDialog<ProjectDialog>([&](ProjectDialog& dialog) {
        setName(dialog, QStringLiteral("Norway Grants: Social Dialogue"));
        // The Polish way of writing it, in the English interface.
        moneyEdit(dialog, "project.totalValue")->setText(QStringLiteral("1.000,00"));
        pressOk(dialog);
        notAnAmount = dialog.errorText(QStringLiteral("project.totalValue"));

        moneyEdit(dialog, "project.totalValue")->setText(QStringLiteral("1,000.00"));
        moneyEdit(dialog, "project.coFinancing")->setText(QStringLiteral("2,000.00"));
        pressOk(dialog);
        stayedOpen = dialog.isVisible();
        coFinancingError = dialog.errorText(QStringLiteral("project.coFinancing"));
        totalErrorAfterFix = dialog.errorText(QStringLiteral("project.totalValue"));

        moneyEdit(dialog, "project.coFinancing")->setText(QStringLiteral("500"));
        pressOk(dialog);
    });
    fixture.button("add")->click();

    CHECK(notAnAmount.startsWith(QStringLiteral("Total value:")));
    CHECK(notAnAmount.contains(QStringLiteral("1.000,00")));
    CHECK(stayedOpen);
    CHECK(coFinancingError.startsWith(QStringLiteral("Co-financing:")));
    CHECK(totalErrorAfterFix.isEmpty());
    REQUIRE(fixture.projects() == 1);
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT total_value FROM funding_project")).toLongLong() ==
          100000);
    CHECK(scalar(fixture.db(), QStringLiteral("SELECT co_financing FROM funding_project")).toLongLong() ==
          50000);
    // The refused attempts left nothing to undo but the one saved project.
    CHECK(fixture.document->undoStack().count() == 1);
}

TEST_CASE("The projects list shows budgets in the interface language's money format and open periods")
{
    DefaultLocale locale(english);
    ProjectsFixture fixture;
    run(fixture.db(),
        QStringLiteral("INSERT INTO funding_project (id, name, total_value, currency, first_day) "
                       "VALUES (1, 'Cross-border shelter network', 125000050, 'EUR', '2026-05-01'), "
                       "(2, 'Mosty współpracy', 3000000000, 'PLN', NULL)"));
    fixture.page->findChild<ProjectListModel*>()->reload(); // rows written behind the page's back

    REQUIRE(fixture.table()->rowCount() == 2);
    const QModelIndex budget = fixture.table()->index(0, ProjectListModel::Budget);
    CHECK(plain(fixture.table()->index(0, ProjectListModel::Budget).data().toString()) ==
          QStringLiteral("EUR 1,250,000.50"));
    CHECK(plain(fixture.table()->index(1, ProjectListModel::Budget).data().toString()) ==
          QStringLiteral("PLN 30,000,000.00"));
    CHECK(budget.data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignRight));
    CHECK(fixture.table()->index(0, ProjectListModel::Period).data().toString() ==
          QStringLiteral("from 1 May 2026"));
    CHECK(fixture.table()->index(1, ProjectListModel::Period).data().toString().isEmpty());
    CHECK(ProjectListModel::periodText(QDate(), QDate(2027, 12, 31)) ==
          QStringLiteral("until 31 December 2027"));

    // Sorted by the amount, not by its text.
    fixture.page->findChild<QTableView*>(QStringLiteral("table"))
        ->sortByColumn(ProjectListModel::Budget, Qt::AscendingOrder);
    CHECK(fixture.table()->index(0, ProjectListModel::Name).data().toString() ==
          QStringLiteral("Cross-border shelter network"));
    fixture.page->findChild<QTableView*>(QStringLiteral("table"))
        ->sortByColumn(ProjectListModel::Budget, Qt::DescendingOrder);
    CHECK(fixture.table()->index(0, ProjectListModel::Name).data().toString() ==
          QStringLiteral("Mosty współpracy"));
}

TEST_CASE("Deleting a project that funds a visit names it and the visit, and undo restores the link")
{
    DefaultLocale locale(english);
    ProjectsFixture fixture;
    Database& db = fixture.db();
    run(db, QStringLiteral(
                "INSERT INTO institution (id, name) VALUES (1, 'MOPR Kraków'), (2, 'Azylový dům Vsetín')"));
    run(db,
        QStringLiteral("INSERT INTO funding_project (id, name, acronym, total_value, co_financing, currency) "
                       "VALUES (1, 'Interreg Polska–Czechy', 'SHELTER', 4000000, 600000, 'EUR')"));
    run(db, QStringLiteral(
                "INSERT INTO funding_project_partner (project_id, institution_id) VALUES (1, 1), (1, 2)"));
    run(db, QStringLiteral("INSERT INTO visit (id, title, first_day, last_day, funding_project_id) VALUES "
                           "(1, 'Vsetín w Krakowie', '2026-06-10', '2026-06-12', 1)"));
    fixture.page->findChild<ProjectListModel*>()->reload();
    fixture.page->selectId(1);

    const QString details = fixture.page->findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText();
    CHECK(details.contains(QStringLiteral("SHELTER")));
    CHECK(details.contains(QStringLiteral("Azylový dům Vsetín")));
    CHECK(plain(details).contains(QStringLiteral("EUR 6,000.00")));
    CHECK(details.contains(QStringLiteral("Vsetín w Krakowie")));
    CHECK(fixture.table()->index(0, ProjectListModel::Visits).data().toInt() == 1);

    fixture.prompts.answers.enqueue(QMessageBox::Yes);
    fixture.button("delete")->click();
    REQUIRE_FALSE(fixture.prompts.shown.isEmpty());
    const QString question = fixture.prompts.shown.constLast();
    CHECK(question.contains(QStringLiteral("‘Interreg Polska–Czechy’")));
    // "1 visit", whether or not the English plural forms are installed by an earlier test.
    CHECK(question.contains(QStringLiteral("It funds 1 visit")));
    CHECK(question.contains(QStringLiteral("Vsetín w Krakowie")));

    CHECK(fixture.projects() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT funding_project_id IS NULL FROM visit WHERE id = 1")).toBool());
    CHECK(fixture.document->undoStack().undoText() ==
          QStringLiteral("Delete funding project ‘Interreg Polska–Czechy’"));
    fixture.document->undoStack().undo();
    CHECK(fixture.projects() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT funding_project_id FROM visit WHERE id = 1")).toLongLong() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM funding_project_partner WHERE project_id = 1"))
              .toInt() == 2);
    CHECK(db.check()->isEmpty());
    CHECK(fixture.table()->rowCount() == 1);
}

TEST_CASE("Answering No to the delete question keeps the funding project")
{
    DefaultLocale locale(english);
    ProjectsFixture fixture;
    run(fixture.db(), QStringLiteral("INSERT INTO funding_project (id, name) VALUES (1, 'Erasmus+')"));
    fixture.page->findChild<ProjectListModel*>()->reload();
    fixture.page->selectId(1);
    fixture.prompts.answers.enqueue(QMessageBox::No);
    fixture.button("delete")->click();
    CHECK(fixture.prompts.shown.size() == 1);
    CHECK(fixture.projects() == 1);
}

TEST_CASE("Editing a project's partners and logo — a file that is not a picture is refused")
{
    DefaultLocale locale(english);
    ProjectsFixture fixture;
    Database& db = fixture.db();
    run(db, QStringLiteral(
                "INSERT INTO institution (id, name, city) VALUES (1, 'MOPR Kraków', 'Kraków'), "
                "(2, 'Azylový dům Vsetín', 'Vsetín'), (3, 'Fundacja Dajemy Dzieciom Siłę', 'Warszawa')"));
    run(db, QStringLiteral("INSERT INTO funding_project (id, name) VALUES (1, 'Interreg Polska–Czechy')"));
    fixture.page->findChild<ProjectListModel*>()->reload();
    fixture.page->selectId(1);

    const QString notAPicture = fixture.filePath(QStringLiteral("logo.png"));
    {
        QFile file(notAPicture);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is a text file");
    }
    const QString picture = fixture.filePath(QStringLiteral("interreg.png"));
    QImage image(400, 100, QImage::Format_RGB32);
    image.fill(Qt::blue);
    REQUIRE(image.save(picture));
    QByteArray pictureBytes;
    {
        QFile file(picture);
        REQUIRE(file.open(QIODevice::ReadOnly));
        pictureBytes = file.readAll();
    }
    fixture.prompts.fileNames.enqueue(notAPicture);
    fixture.prompts.fileNames.enqueue(picture);

    bool refusedKeptPreviewEmpty = false;
    bool previewShown = false;
    int shownWhileFiltered = -1;
    onNextDialog<ProjectDialog>([&](ProjectDialog& dialog) {
        auto* choose = dialog.findChild<QPushButton*>(QStringLiteral("chooseLogo"));
        auto* preview = dialog.findChild<QLabel*>(QStringLiteral("logoPreview"));
        choose->click();
        refusedKeptPreviewEmpty = preview->pixmap().isNull();
        choose->click();
        previewShown = !preview->pixmap().isNull();

        auto* partners = dialog.findChild<QListWidget*>(QStringLiteral("partners"));
        dialog.findChild<QLineEdit*>(QStringLiteral("partnerFilter"))->setText(QStringLiteral("vsetín"));
        shownWhileFiltered = 0;
        for (int row = 0; row < partners->count(); ++row) {
            if (!partners->item(row)->isHidden()) {
                ++shownWhileFiltered;
                partners->item(row)->setCheckState(Qt::Checked);
            }
        }
        pressOk(dialog);
    });
    fixture.button("open")->click();

    REQUIRE(fixture.prompts.shown.size() == 1);
    CHECK(fixture.prompts.shown.constFirst().contains(QStringLiteral("logo.png is not a picture")));
    CHECK(refusedKeptPreviewEmpty);
    CHECK(previewShown);
    CHECK(shownWhileFiltered == 1);
    CHECK(scalar(db, QStringLiteral("SELECT logo FROM funding_project WHERE id = 1")).toByteArray() ==
          pictureBytes);
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(institution_id) FROM funding_project_partner"))
              .toString() == QLatin1String("2"));
    CHECK(fixture.document->undoStack().undoText() ==
          QStringLiteral("Edit funding project ‘Interreg Polska–Czechy’"));
    // The details show the logo as a picture.
    CHECK(fixture.page->findChild<QTextBrowser*>(QStringLiteral("details"))
              ->toHtml()
              .contains(QStringLiteral("<img")));

    fixture.document->undoStack().undo();
    CHECK(scalar(db, QStringLiteral("SELECT logo IS NULL FROM funding_project WHERE id = 1")).toBool());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM funding_project_partner")).toInt() == 0);
}

TEST_CASE("Amounts are read exactly in Polish and English, well beyond 2^31 minor units")
{
    const QString nbsp(QChar(QChar::Nbsp));
    CHECK(parseAmount(QStringLiteral("1 250 000,50"), polish) == Q_INT64_C(125000050));
    CHECK(parseAmount(QStringLiteral("1") + nbsp + QStringLiteral("250") + nbsp + QStringLiteral("000,50"),
                      polish) == Q_INT64_C(125000050));
    CHECK(parseAmount(QStringLiteral("1250000,5"), polish) == Q_INT64_C(125000050));
    CHECK(parseAmount(QStringLiteral("1250000.50"), polish) == Q_INT64_C(125000050)); // the keypad's point
    CHECK(parseAmount(QStringLiteral("21 474 836,48"), polish) == Q_INT64_C(2147483648));
    CHECK(parseAmount(QStringLiteral("92 233 720 368 547,75"), polish) == Q_INT64_C(9223372036854775));
    CHECK(parseAmount(QStringLiteral(",05"), polish) == Q_INT64_C(5));
    CHECK(parseAmount(QStringLiteral("  7 "), polish) == Q_INT64_C(700));
    CHECK(parseAmount(QString(), polish) == Q_INT64_C(0));
    CHECK_FALSE(parseAmount(QStringLiteral("1,234"), polish)); // three decimals
    CHECK_FALSE(parseAmount(QStringLiteral("12 34"), polish)); // groups of three
    CHECK_FALSE(parseAmount(QStringLiteral("1,2,3"), polish));
    CHECK_FALSE(parseAmount(QStringLiteral("-5"), polish));
    CHECK_FALSE(parseAmount(QStringLiteral("12 zł"), polish));
    CHECK_FALSE(parseAmount(QStringLiteral(","), polish));
    CHECK_FALSE(parseAmount(QStringLiteral("1 000 000 000 000 000"), polish)); // past any budget

    CHECK(parseAmount(QStringLiteral("1,250,000.50"), english) == Q_INT64_C(125000050));
    CHECK(parseAmount(QStringLiteral("1250000.5"), english) == Q_INT64_C(125000050));
    CHECK(parseAmount(QStringLiteral("2,147,483,648.00"), english) == Q_INT64_C(214748364800));
    CHECK(parseAmount(QStringLiteral("12,345"), english) == Q_INT64_C(1234500));
    CHECK_FALSE(parseAmount(QStringLiteral("1,25"), english)); // a comma groups digits in English
    CHECK_FALSE(parseAmount(QStringLiteral("1.000,00"), english));
    CHECK_FALSE(parseAmount(QStringLiteral("1.234"), english));

    CHECK(plain(formatAmount(125000050, polish)) == QStringLiteral("1 250 000,50"));
    CHECK(formatAmount(125000050, english) == QStringLiteral("1,250,000.50"));
    CHECK(plain(formatAmount(Q_INT64_C(2147483648), polish)) == QStringLiteral("21 474 836,48"));
    CHECK(formatAmount(Q_INT64_C(9223372036854775), english) == QStringLiteral("92,233,720,368,547.75"));
    CHECK(formatAmount(123405, polish) == QStringLiteral("1234,05")); // Polish leaves four digits ungrouped
    CHECK(formatAmount(123405, english) == QStringLiteral("1,234.05"));
    CHECK(formatAmount(7, english) == QStringLiteral("0.07"));
    for (const qint64 amount :
         {Q_INT64_C(0), Q_INT64_C(1), Q_INT64_C(99999), Q_INT64_C(2147483647), Q_INT64_C(2147483648),
          Q_INT64_C(4294967296123), Q_INT64_C(99999999999999999)}) {
        CHECK(parseAmount(formatAmount(amount, polish), polish) == amount);
        CHECK(parseAmount(formatAmount(amount, english), english) == amount);
    }

    CHECK(plain(formatMoney(125000000, QStringLiteral("PLN"), polish)) == QStringLiteral("1 250 000,00 zł"));
    CHECK(plain(formatMoney(125000050, QStringLiteral("EUR"), polish)) == QStringLiteral("1 250 000,50 EUR"));
    CHECK(plain(formatMoney(125000050, QStringLiteral("PLN"), english)) ==
          QStringLiteral("PLN 1,250,000.50"));
    CHECK(formatMoney(125000050, QStringLiteral("GBP"), english) == QStringLiteral("£1,250,000.50"));
}

TEST_CASE("A money input refuses keys that make no amount and follows a switch of locale")
{
    MoneyEdit edit;
    edit.setLocale(polish);
    edit.setCurrency(QStringLiteral("EUR"));
    CHECK(edit.findChild<QLabel*>(QStringLiteral("currency"))->text() == QLatin1String("EUR"));

    QTest::keyClicks(&edit, QStringLiteral("12a3,4567"));
    CHECK(edit.text() == QStringLiteral("123,45"));
    CHECK(edit.hasAcceptableInput());
    CHECK(edit.minorUnits() == 12345);

    edit.setMinorUnits(Q_INT64_C(2147483648));
    CHECK(plain(edit.text()) == QStringLiteral("21 474 836,48"));
    edit.setLocale(english);
    CHECK(edit.text() == QStringLiteral("21,474,836.48"));
    CHECK(edit.minorUnits() == Q_INT64_C(2147483648));
    CHECK(edit.hasAcceptableInput());

    // Half-typed text is left as it is for the person to finish.
    edit.setText(QStringLiteral("1,25"));
    CHECK_FALSE(edit.hasAcceptableInput());
    edit.setLocale(polish);
    CHECK(edit.text() == QStringLiteral("1,25"));
    CHECK(edit.hasAcceptableInput());
    CHECK(edit.minorUnits() == 125);
}
