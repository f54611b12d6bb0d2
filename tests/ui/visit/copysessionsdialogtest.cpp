// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/copysessionsdialog.h"

#include "core/sample/sampledata.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/editing/databasedocument.h"

#include <QDateEdit>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>

TEST_CASE("A day of another visit is copied to the chosen day of the open one, and Undo takes it back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
    REQUIRE(opened.ok());
    QStringList errors;
    DatabaseDocument document(std::move(opened).value(),
                              [&errors](const Error& error) { errors << error.message(); });
    const auto visits = SampleData::add(document.database());
    REQUIRE(visits.ok());
    const Id oneDay = visits->at(0);
    const Id sevenDays = visits->at(1);
    const Visit target = *VisitRepository(document.database()).get(sevenDays);
    const auto source = ProgrammeRepository(document.database()).listForVisit(oneDay);
    REQUIRE(source.ok());
    const auto count = [&document](Id visitId) {
        return scalar(document.database(),
                      QStringLiteral("SELECT count(*) FROM agenda_session WHERE visit_id = %1").arg(visitId))
            .toInt();
    };
    const int before = count(sevenDays);
    ScriptedPrompts prompts;
    QWidget parent;
    bool reached = false;
    onNextDialog<CopySessionsDialog>(
        [&](CopySessionsDialog& dialog) {
            pressOk(dialog); // nothing ticked yet: refused, said under the list
            CHECK_FALSE(dialog.errorText(QStringLiteral("copy.sessions")).isEmpty());
            dialog.chooseVisit(oneDay);
            auto* sessions = dialog.findChild<QTreeWidget*>(QStringLiteral("copy.sessions"));
            REQUIRE(sessions->topLevelItemCount() == 1); // a one-day visit
            sessions->topLevelItem(0)->setCheckState(0, Qt::Checked);
            CHECK(dialog.chosenSessions().size() == source->size());
            CHECK(dialog.errorText(QStringLiteral("copy.sessions")).isEmpty());
            dialog.findChild<QDateEdit*>(QStringLiteral("copy.day"))->setDate(target.firstDay.addDays(2));
            CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("copy.explanation"))->text().isEmpty());
            pressOk(dialog);
        },
        &reached);
    const QList<Id> created = CopySessionsDialog::copyInto(document, prompts, &parent, sevenDays);
    REQUIRE(reached);
    CHECK(created.size() == source->size());
    CHECK(count(sevenDays) == before + source->size());
    const auto copy = ProgrammeRepository(document.database()).get(created.first());
    REQUIRE(copy.ok());
    CHECK(copy->startsAt.date() == target.firstDay.addDays(2));
    CHECK(copy->startsAt.time() == source->first().session.startsAt.time());
    CHECK(copy->title == source->first().session.title);

    document.undoStack().undo();
    CHECK(count(sevenDays) == before);
    CHECK(errors.isEmpty());
}
