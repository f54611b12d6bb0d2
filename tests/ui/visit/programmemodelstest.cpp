// SPDX-License-Identifier: GPL-3.0-or-later
// The participant and programme models behind the tabs.
#include "tests/ui/visit/editorfixture.h"

using namespace EditorTests;

namespace {

QStringList modelTestWarnings;

void collectModelTestWarnings(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest")) {
        modelTestWarnings << message;
    }
}

} // namespace

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
