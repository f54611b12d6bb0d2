// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/planningsettingsdialog.h"

#include "core/storage/settingsrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace {

// A database in a temporary folder and its document, as the main window makes them.
class SettingsFixture
{
public:
    SettingsFixture()
    {
        REQUIRE(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("test.wizyta")));
        REQUIRE(opened.ok());
        document = std::make_unique<DatabaseDocument>(
            std::move(opened).value(), [this](const Error& error) { errors << error.message(); });
    }

    Database& db() { return document->database(); }
    SettingsRepository settings() { return SettingsRepository(db()); }
    QString stored(const char* key)
    {
        return scalar(db(),
                      QStringLiteral("SELECT value FROM setting WHERE key = '%1'").arg(QLatin1String(key)))
            .toString();
    }
    int storedPairs() { return scalar(db(), QStringLiteral("SELECT count(*) FROM travel_time")).toInt(); }

private:
    QTemporaryDir m_dir;

public:
    ScriptedPrompts prompts;
    QStringList errors;
    std::unique_ptr<DatabaseDocument> document;
};

QSpinBox* minutesBox(PlanningSettingsDialog& dialog, const char* field)
{
    auto* box = dialog.findChild<QSpinBox*>(QString::fromLatin1(field));
    REQUIRE(box);
    return box;
}

QTableWidget* pairTable(PlanningSettingsDialog& dialog)
{
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("travelTimes"));
    REQUIRE(table);
    return table;
}

QPushButton* button(PlanningSettingsDialog& dialog, const char* name)
{
    auto* found = dialog.findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Adds a row with the button, then fills it in (non-Latin-1 text cannot be typed with QTest).
void addPair(PlanningSettingsDialog& dialog, const QString& firstCity, const QString& secondCity, int minutes)
{
    QTableWidget* table = pairTable(dialog);
    const int row = table->rowCount();
    button(dialog, "addPair")->click();
    REQUIRE(table->rowCount() == row + 1);
    table->item(row, 0)->setText(firstCity);
    table->item(row, 1)->setText(secondCity);
    table->item(row, 2)->setData(Qt::EditRole, minutes);
}

QList<TravelTime> storedTimes(SettingsFixture& fixture)
{
    const auto times = fixture.settings().travelTimes();
    REQUIRE(times.ok());
    return *times;
}

} // namespace

TEST_CASE("The planning settings open showing the defaults of a new database")
{
    SettingsFixture fixture;
    PlanningSettingsDialog dialog(*fixture.document, fixture.prompts);
    dialog.show();

    CHECK(dialog.objectName() == QLatin1String("planningSettingsDialog"));
    CHECK(dialog.windowTitle() == QLatin1String("Planning Settings"));
    CHECK(minutesBox(dialog, "settings.travelMinutesSameCity")->value() == 15);
    CHECK(minutesBox(dialog, "settings.travelMinutesOtherCity")->value() == 60);
    CHECK(minutesBox(dialog, "settings.interpreterMaxMinutes")->value() == 90);
    CHECK(minutesBox(dialog, "settings.travelMinutesSameCity")->accessibleName() ==
          QLatin1String("Travel within a city:"));
    CHECK(pairTable(dialog)->rowCount() == 0);
    CHECK_FALSE(button(dialog, "removePair")->isEnabled());
    CHECK(fixture.prompts.shown.isEmpty());
}

TEST_CASE("Changed planning settings are stored with OK and one undo takes all of them back")
{
    SettingsFixture fixture;
    PlanningSettingsDialog dialog(*fixture.document, fixture.prompts);
    dialog.show();
    minutesBox(dialog, "settings.travelMinutesSameCity")->setValue(20);
    addPair(dialog, QStringLiteral("Warszawa"), QStringLiteral("Płock"), 120);
    pressOk(dialog);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(fixture.stored("travel_minutes_same_city") == QLatin1String("20"));
    CHECK(fixture.settings().travelMinutesSameCity().value() == 20);
    CHECK(fixture.settings().travelMinutesOtherCity().value() == 60);
    CHECK(fixture.settings().interpreterMaxMinutes().value() == 90);
    CHECK(storedTimes(fixture) ==
          QList<TravelTime>{{QStringLiteral("Płock"), QStringLiteral("Warszawa"), 120}});
    CHECK(fixture.settings().travelMinutes(QStringLiteral("Warszawa"), QStringLiteral("Płock")).value() ==
          120);
    REQUIRE(fixture.document->undoStack().count() == 1);
    CHECK(fixture.document->undoStack().undoText() == QLatin1String("Change planning settings"));

    fixture.document->undoStack().undo();
    CHECK(fixture.settings().travelMinutesSameCity().value() == 15);
    CHECK(fixture.stored("travel_minutes_same_city") == QLatin1String("15"));
    CHECK(fixture.storedPairs() == 0);

    fixture.document->undoStack().redo();
    CHECK(fixture.settings().travelMinutesSameCity().value() == 20);
    CHECK(fixture.storedPairs() == 1);
    CHECK(fixture.errors.isEmpty());
}

TEST_CASE("A pair naming one city twice is refused under the table and nothing is stored")
{
    SettingsFixture fixture;
    PlanningSettingsDialog dialog(*fixture.document, fixture.prompts);
    dialog.show();
    minutesBox(dialog, "settings.travelMinutesOtherCity")->setValue(75);
    addPair(dialog, QStringLiteral("Warszawa"), QStringLiteral("Płock"), 120);
    addPair(dialog, QStringLiteral("Kraków"), QStringLiteral(" KRAKÓW"), 30);
    pressOk(dialog);

    CHECK(dialog.isVisible());
    const QString error = dialog.errorText(QStringLiteral("settings.travelTimes"));
    CHECK(error.startsWith(QLatin1String("Row 2: Second city:")));
    CHECK(error.contains(QLatin1String("same as the first")));
    QTableWidget* table = pairTable(dialog);
    CHECK(table->currentRow() == 1);
    CHECK(table->currentColumn() == 1);
    // Neither the other-city time nor the valid first row went in before the refusal.
    CHECK(fixture.stored("travel_minutes_other_city") == QLatin1String("60"));
    CHECK(fixture.storedPairs() == 0);
    CHECK(fixture.document->undoStack().count() == 0);

    // Corrected, the same form is stored.
    table->item(1, 1)->setText(QStringLiteral("Płock"));
    pressOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.stored("travel_minutes_other_city") == QLatin1String("75"));
    CHECK(fixture.storedPairs() == 2);
}

TEST_CASE("Two rows for the same two cities are refused, naming the earlier row")
{
    SettingsFixture fixture;
    PlanningSettingsDialog dialog(*fixture.document, fixture.prompts);
    dialog.show();
    addPair(dialog, QStringLiteral("Kraków"), QStringLiteral("Płock"), 200);
    addPair(dialog, QStringLiteral("płock"), QStringLiteral("kraków"), 210);
    pressOk(dialog);

    CHECK(dialog.isVisible());
    CHECK(dialog.errorText(QStringLiteral("settings.travelTimes")) ==
          QLatin1String("Row 2: these two cities are already in row 1; keep one of the two rows."));
    CHECK(fixture.storedPairs() == 0);
    CHECK(fixture.document->undoStack().count() == 0);
}

TEST_CASE("The planning settings show what was stored before, and removing a pair is undone with the rest")
{
    SettingsFixture fixture;
    SettingsRepository settings = fixture.settings();
    REQUIRE(settings.setTravelMinutesSameCity(25).ok());
    REQUIRE(settings.setTravelMinutesOtherCity(45).ok());
    REQUIRE(settings.setInterpreterMaxMinutes(120).ok());
    REQUIRE(settings.setTravelTime(QStringLiteral("Kraków"), QStringLiteral("Vsetín"), 240).ok());
    REQUIRE(settings.setTravelTime(QStringLiteral("Warszawa"), QStringLiteral("Płock"), 110).ok());

    PlanningSettingsDialog dialog(*fixture.document, fixture.prompts);
    dialog.show();
    CHECK(minutesBox(dialog, "settings.travelMinutesSameCity")->value() == 25);
    CHECK(minutesBox(dialog, "settings.travelMinutesOtherCity")->value() == 45);
    CHECK(minutesBox(dialog, "settings.interpreterMaxMinutes")->value() == 120);
    QTableWidget* table = pairTable(dialog);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Kraków"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Vsetín"));
    CHECK(table->item(0, 2)->data(Qt::EditRole).toInt() == 240);
    CHECK(table->item(1, 0)->text() == QStringLiteral("Płock"));

    table->selectRow(0);
    REQUIRE(button(dialog, "removePair")->isEnabled());
    button(dialog, "removePair")->click();
    REQUIRE(table->rowCount() == 1);
    minutesBox(dialog, "settings.interpreterMaxMinutes")->setValue(100);
    pressOk(dialog);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(storedTimes(fixture) ==
          QList<TravelTime>{{QStringLiteral("Płock"), QStringLiteral("Warszawa"), 110}});
    CHECK(fixture.stored("interpreter_max_minutes") == QLatin1String("100"));
    CHECK(fixture.stored("travel_minutes_same_city") == QLatin1String("25"));
    REQUIRE(fixture.document->undoStack().count() == 1);

    fixture.document->undoStack().undo();
    CHECK(fixture.storedPairs() == 2);
    CHECK(fixture.stored("interpreter_max_minutes") == QLatin1String("120"));
}

TEST_CASE("OK without a change puts nothing on the undo stack")
{
    SettingsFixture fixture;
    REQUIRE(fixture.settings().setTravelTime(QStringLiteral("Kraków"), QStringLiteral("Płock"), 200).ok());
    PlanningSettingsDialog dialog(*fixture.document, fixture.prompts);
    dialog.show();
    pressOk(dialog);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.storedPairs() == 1);
    CHECK(fixture.document->undoStack().count() == 0);
}

TEST_CASE("A city still being typed in the table when OK is pressed is what is checked and kept")
{
    SettingsFixture fixture;
    PlanningSettingsDialog dialog(*fixture.document, fixture.prompts);
    dialog.show();
    button(dialog, "addPair")->click();
    // Add Pair opens the first city of the new row for typing.
    QTableWidget* table = pairTable(dialog);
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->setText(QStringLiteral("Lwów"));
    pressOk(dialog);

    CHECK(dialog.isVisible());
    CHECK(table->item(0, 0)->text() == QStringLiteral("Lwów"));
    CHECK(dialog.errorText(QStringLiteral("settings.travelTimes")) ==
          QLatin1String("Row 1: Second city: enter the name of a city."));
    CHECK(fixture.storedPairs() == 0);
}
