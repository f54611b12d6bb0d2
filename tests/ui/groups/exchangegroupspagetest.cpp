// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/groups/exchangegroupspage.h"

#include "core/sample/sampledata.h"
#include "core/storage/exchangegrouprepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"
#include "ui/groups/exchangegroupdialog.h"
#include "ui/groups/planmeetingdialog.h"
#include "ui/records/visitspage.h"
#include "ui/visit/duplicatevisitdialog.h"
#include "ui/visit/visiteditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

#include <memory>

namespace {

/// The sample (with its exchange group of six cities and three past meetings) in a document, and the
/// groups page as the main window makes it.
class GroupsFixture
{
public:
    GroupsFixture()
    {
        REQUIRE(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("test.wizyta")));
        REQUIRE(opened.ok());
        document = std::make_unique<DatabaseDocument>(
            std::move(opened).value(), [this](const Error& error) { errors << error.message(); });
        auto added = SampleData::add(document->database());
        REQUIRE(added.ok());
        sampleVisits = *added;
        page = std::make_unique<ExchangeGroupsPage>(*document, prompts);
        page->resize(1000, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        QCoreApplication::processEvents();
    }

    Database& db() { return document->database(); }
    int visits() { return scalar(db(), QStringLiteral("SELECT count(*) FROM visit")).toInt(); }
    QTableView* table() { return page->findChild<QTableView*>(QStringLiteral("table")); }
    QString details() { return page->findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText(); }
    QPushButton* button(const char* name) { return page->findChild<QPushButton*>(QString::fromLatin1(name)); }

private:
    QTemporaryDir m_dir;

public:
    ScriptedPrompts prompts;
    QStringList errors;
    std::unique_ptr<DatabaseDocument> document;
    std::unique_ptr<ExchangeGroupsPage> page;
    QList<Id> sampleVisits;
};

} // namespace

TEST_CASE("The groups page shows who hosted when and who has waited longest")
{
    GroupsFixture fixture;
    REQUIRE(fixture.table()->model()->rowCount() == 1);
    fixture.table()->selectRow(0);
    QCoreApplication::processEvents();
    const QString details = fixture.details();
    INFO(details.toStdString());
    // The three members that hosted come last, Sochaczew (April 2026) the very last; the three that
    // never hosted come first.
    const qsizetype never = details.indexOf(QStringLiteral("has not hosted yet"));
    const qsizetype sochaczew = details.indexOf(QStringLiteral("Sochaczew"));
    const qsizetype czestochowa = details.indexOf(QStringLiteral("Częstochowie"));
    CHECK(never >= 0);
    CHECK(details.count(QStringLiteral("has not hosted yet")) == 3);
    CHECK(czestochowa > never);
    CHECK(sochaczew > czestochowa);
    CHECK(details.contains(QStringLiteral("hosted 1 time")));
    CHECK(details.contains(QStringLiteral("29–30 April 2026")));
}

TEST_CASE("Plan Next Meeting writes a draft at the member chosen, opens it, and Undo takes it back")
{
    GroupsFixture fixture;
    fixture.table()->selectRow(0);
    QCoreApplication::processEvents();
    const int before = fixture.visits();
    QSignalSpy opened(fixture.page.get(), &ExchangeGroupsPage::openVisitRequested);
    Id chosenHost = 0;
    bool reached = false;
    onNextDialog<PlanMeetingDialog>(
        [&](PlanMeetingDialog& dialog) {
            auto* host = dialog.findChild<QComboBox*>(QStringLiteral("meeting.host"));
            REQUIRE(host->count() == 6);
            // The proposal is the first of those that never hosted; the coordinator takes the second.
            CHECK(host->currentIndex() == 0);
            CHECK(dialog.findChild<QDateEdit*>(QStringLiteral("meeting.firstDay"))->date().dayOfWeek() <= 5);
            host->setCurrentIndex(1);
            chosenHost = dialog.hostId();
            const QDate first = dialog.findChild<QDateEdit*>(QStringLiteral("meeting.firstDay"))->date();
            CHECK(dialog.findChild<QDateEdit*>(QStringLiteral("meeting.lastDay"))->date() ==
                  first.addDays(1));
            CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("meeting.explanation"))->text().isEmpty());
            pressOk(dialog);
        },
        &reached);
    fixture.button("planMeeting")->click();
    REQUIRE(reached);
    REQUIRE(opened.count() == 1);
    const Id meetingId = opened.at(0).at(0).toLongLong();
    const auto meeting = VisitRepository(fixture.db()).get(meetingId);
    REQUIRE(meeting.ok());
    CHECK(meeting->hostInstitutionId == chosenHost);
    CHECK(meeting->status == VisitStatus::Draft);
    CHECK(meeting->invitedInstitutionIds.size() == 5);
    CHECK(fixture.visits() == before + 1);
    // The page's details list it among the meetings at once.
    QCoreApplication::processEvents();
    CHECK(fixture.details().contains(QStringLiteral("Draft")));
    // The meeting's details name the members invited.
    VisitEditor editor(*fixture.document, fixture.prompts);
    editor.showVisit(meetingId);
    const QString meetingDetails =
        editor.findChild<QTextBrowser*>(QStringLiteral("visitDetails"))->toPlainText();
    CHECK(meetingDetails.contains(QStringLiteral("Institutions invited:")));
    // Konin hosted before, so it is not the host chosen here: it is among those invited.
    CHECK(meetingDetails.contains(QStringLiteral("Koninie")));

    fixture.document->undoStack().undo();
    CHECK(fixture.visits() == before);
    CHECK(fixture.errors.isEmpty());
}

TEST_CASE("A new exchange group needs a name, and keeps the members ticked")
{
    GroupsFixture fixture;
    bool reached = false;
    onNextDialog<ExchangeGroupDialog>(
        [&](ExchangeGroupDialog& dialog) {
            pressOk(dialog); // no name yet
            CHECK_FALSE(dialog.errorText(QStringLiteral("exchangeGroup.name")).isEmpty());
            dialog.findChild<QLineEdit*>(QStringLiteral("exchangeGroup.name"))
                ->setText(QStringLiteral("Sieć miast Mazowsza"));
            CHECK(dialog.errorText(QStringLiteral("exchangeGroup.name")).isEmpty());
            auto* members = dialog.findChild<QListWidget*>(QStringLiteral("members"));
            members->item(0)->setCheckState(Qt::Checked);
            members->item(1)->setCheckState(Qt::Checked);
            pressOk(dialog);
        },
        &reached);
    fixture.button("add")->click();
    REQUIRE(reached);
    const auto groups = ExchangeGroupRepository(fixture.db()).list();
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 2);
    CHECK(groups->at(1).name == QStringLiteral("Sieć miast Mazowsza"));
    CHECK(groups->at(1).memberCount == 2);
}

TEST_CASE("Duplicate on the visits list makes a draft copy on the chosen day and opens it")
{
    GroupsFixture fixture;
    VisitsPage visits(*fixture.document, fixture.prompts);
    visits.resize(1000, 600);
    visits.show();
    REQUIRE(QTest::qWaitForWindowExposed(&visits));
    QCoreApplication::processEvents();
    visits.selectId(fixture.sampleVisits.at(1));
    REQUIRE(visits.currentId() == fixture.sampleVisits.at(1));
    const int before = fixture.visits();
    QSignalSpy opened(&visits, &VisitsPage::openVisitRequested);
    bool reached = false;
    onNextDialog<DuplicateVisitDialog>(
        [&](DuplicateVisitDialog& dialog) {
            auto* day = dialog.findChild<QDateEdit*>(QStringLiteral("visit.firstDay"));
            REQUIRE(day);
            day->setDate(QDate(2027, 5, 17));
            CHECK(dialog.findChild<QLabel*>(QStringLiteral("visit.explanation"))
                      ->text()
                      .contains(QStringLiteral("2027")));
            pressOk(dialog);
        },
        &reached);
    visits.findChild<QPushButton*>(QStringLiteral("duplicateVisit"))->click();
    REQUIRE(reached);
    REQUIRE(opened.count() == 1);
    const auto copy = VisitRepository(fixture.db()).get(opened.at(0).at(0).toLongLong());
    REQUIRE(copy.ok());
    CHECK(copy->firstDay == QDate(2027, 5, 17));
    CHECK(copy->status == VisitStatus::Draft);
    CHECK(fixture.visits() == before + 1);
    fixture.document->undoStack().undo();
    CHECK(fixture.visits() == before);
}

TEST_CASE("A copy is offered on the same weekday as the original, from this week on")
{
    // Tuesday 19 May 2026 copied on Monday 7 December 2026: Tuesday 8 December.
    CHECK(DuplicateVisitDialog::suggestedFirstDay(QDate(2026, 5, 19), QDate(2026, 12, 7)) ==
          QDate(2026, 12, 8));
    // The same weekday as today: today.
    CHECK(DuplicateVisitDialog::suggestedFirstDay(QDate(2026, 5, 18), QDate(2026, 12, 7)) ==
          QDate(2026, 12, 7));
    // A Friday visit copied on a Saturday: the next Friday.
    CHECK(DuplicateVisitDialog::suggestedFirstDay(QDate(2026, 5, 22), QDate(2026, 12, 12)) ==
          QDate(2026, 12, 18));
}
