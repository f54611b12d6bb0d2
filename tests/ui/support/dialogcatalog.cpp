// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/support/dialogcatalog.h"

#include "core/planning/meetingplanner.h"
#include "core/sample/sampledata.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/exchangegrouprepository.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/editing/databasedocument.h"
#include "ui/groups/exchangegroupdialog.h"
#include "ui/groups/planmeetingdialog.h"
#include "ui/help/handbookwindow.h"
#include "ui/printing/certificaterecipientsdialog.h"
#include "ui/records/institutiondialog.h"
#include "ui/records/persondialog.h"
#include "ui/records/projectdialog.h"
#include "ui/visit/copysessionsdialog.h"
#include "ui/visit/costdialog.h"
#include "ui/visit/duplicatevisitdialog.h"
#include "ui/visit/importpreviewdialog.h"
#include "ui/visit/participantdialog.h"
#include "ui/visit/sessiondialog.h"
#include "ui/visit/visitdialog.h"
#include "ui/widgets/translatedtextedit.h"
#include "ui/window/planningsettingsdialog.h"
#include "ui/window/restorebackupdialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <memory>

namespace {

using Visitor = DialogCatalog::Visitor;

const QStringList catalogNames = {
    QStringLiteral("visit-new"),
    QStringLiteral("visit-edit"),
    QStringLiteral("session-new"),
    QStringLiteral("session-edit"),
    QStringLiteral("participant-new"),
    QStringLiteral("participant-new-person"),
    QStringLiteral("participant-edit"),
    QStringLiteral("cost-new"),
    QStringLiteral("cost-edit"),
    QStringLiteral("institution-new"),
    QStringLiteral("institution-edit"),
    QStringLiteral("person-new"),
    QStringLiteral("person-edit"),
    QStringLiteral("project-new"),
    QStringLiteral("project-edit"),
    QStringLiteral("group-new"),
    QStringLiteral("group-edit"),
    QStringLiteral("plan-meeting"),
    QStringLiteral("duplicate-visit"),
    QStringLiteral("copy-sessions"),
    QStringLiteral("certificate-recipients"),
    QStringLiteral("planning-settings"),
    QStringLiteral("restore-backup"),
    QStringLiteral("import-participants"),
    QStringLiteral("import-programme"),
    QStringLiteral("handbook"),
    QStringLiteral("prompt-delete-visit"),
    QStringLiteral("prompt-file-written"),
};

/// Shows a dialog made here (not run with exec()), hands it over, closes it.
void showAndVisit(const QString& name, QWidget& dialog, const Visitor& visit)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    INFO(name.toStdString());
    CHECK(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    visit(name, dialog);
    dialog.close();
}

/// Does what opens a modal dialog of type D in its own event loop, hands the dialog over there and
/// closes it (as Esc would: Cancel, Close).
template <typename D>
void visitModal(const QString& name, const Visitor& visit, const std::function<void()>& open)
{
    auto reached = std::make_shared<bool>(false);
    QTimer::singleShot(0, [name, visit, reached] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<D*>(modal)) {
            *reached = true;
            QApplication::setActiveWindow(dialog);
            if (QTest::qWaitForWindowExposed(dialog)) {
                QCoreApplication::processEvents();
                visit(name, *dialog);
            }
        }
        if (modal) {
            modal->close();
        }
    });
    open();
    QCoreApplication::sendPostedEvents(); // the check above runs even when nothing opened
    INFO(name.toStdString() << " did not open");
    CHECK(*reached);
}

QString writeFile(WindowFixture& fixture, const QString& name, const QString& text)
{
    const QString path = fixture.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

/// The session of `visitId` with the most people in it: the fullest form.
Session fullestSession(Database& database, Id visitId)
{
    const auto rows = ProgrammeRepository(database).listForVisit(visitId);
    REQUIRE(rows.ok());
    REQUIRE(!rows->isEmpty());
    const ProgrammeRow* fullest = &rows->first();
    for (const ProgrammeRow& row : *rows) {
        if (row.session.people.size() > fullest->session.people.size()) {
            fullest = &row;
        }
    }
    const auto session = ProgrammeRepository(database).get(fullest->session.id);
    REQUIRE(session.ok());
    return session.value();
}

/// A person whose name is in another script, with its Latin form.
Person personWithLatinName(Database& database)
{
    const auto people = PersonRepository(database).list();
    REQUIRE(people.ok());
    for (const PersonSummary& summary : *people) {
        if (!summary.latinName.isEmpty()) {
            const auto person = PersonRepository(database).get(summary.id);
            REQUIRE(person.ok());
            return person.value();
        }
    }
    FAIL("no person with a Latin name in the sample");
    return {};
}

/// The institution with its name in the most languages.
Institution mostTranslatedInstitution(Database& database)
{
    const auto summaries = InstitutionRepository(database).list();
    REQUIRE(summaries.ok());
    Institution best;
    for (const InstitutionSummary& summary : *summaries) {
        const auto institution = InstitutionRepository(database).get(summary.id);
        REQUIRE(institution.ok());
        if (best.id == 0 || institution->name.translations.size() > best.name.translations.size()) {
            best = institution.value();
        }
    }
    return best;
}

} // namespace

DialogCatalog::DialogCatalog(WindowFixture& fixture) : m_fixture(fixture)
{
    auto visits = SampleData::add(*fixture.window->database());
    REQUIRE(visits.ok());
    m_visits = visits.value();
}

QStringList DialogCatalog::names()
{
    return catalogNames;
}

void DialogCatalog::forEachDialog(const Visitor& visit) const
{
    MainWindow& window = *m_fixture.window;
    DatabaseDocument& document = *window.document();
    Database& database = document.database();
    const Id visitId = m_visits.at(1); // seven days, the programme in Polish and Ukrainian
    const auto sampleVisit = VisitRepository(database).get(visitId);
    REQUIRE(sampleVisit.ok());

    {
        VisitDialog dialog(Visit{}, database, &window);
        showAndVisit(QStringLiteral("visit-new"), dialog, visit);
    }
    {
        VisitDialog dialog(sampleVisit.value(), database, &window);
        showAndVisit(QStringLiteral("visit-edit"), dialog, visit);
    }
    {
        // As the programme's Add button makes it: the visit's working language, an hour on its first day.
        Session session;
        session.visitId = visitId;
        session.startsAt = QDateTime(sampleVisit->firstDay, QTime(16, 0), Qt::UTC);
        session.endsAt = session.startsAt.addSecs(3600);
        session.language = sampleVisit->workingLanguages.value(0);
        SessionDialog dialog(session, database, &window);
        showAndVisit(QStringLiteral("session-new"), dialog, visit);
    }
    {
        SessionDialog dialog(fullestSession(database, visitId), database, &window);
        showAndVisit(QStringLiteral("session-edit"), dialog, visit);
    }
    for (const bool newPerson : {false, true}) {
        VisitParticipant participant;
        participant.visitId = visitId;
        ParticipantDialog dialog(participant, database, &window);
        if (newPerson) {
            auto* choice = dialog.findChild<QRadioButton*>(QStringLiteral("newPerson"));
            REQUIRE(choice);
            choice->click();
        }
        showAndVisit(newPerson ? QStringLiteral("participant-new-person") : QStringLiteral("participant-new"),
                     dialog, visit);
    }
    {
        const auto rows = ParticipantRepository(database).listForVisit(visitId);
        REQUIRE(rows.ok());
        REQUIRE(!rows->isEmpty());
        ParticipantDialog dialog(rows->first().participant, database, &window);
        showAndVisit(QStringLiteral("participant-edit"), dialog, visit);
    }
    {
        CostDialog dialog(CostDialog::newLine(database, visitId), database, &window);
        showAndVisit(QStringLiteral("cost-new"), dialog, visit);
    }
    {
        // Every field filled, the actual amount known: the longest the form gets.
        CostLine line = CostDialog::newLine(database, visitId);
        line.id = 1;
        line.category = CostCategory::Accommodation;
        line.description = QStringLiteral("Hotel Ibis, 2 nights for 8 people");
        line.planned = 480000;
        line.actual = 465050;
        line.paid = true;
        line.invoiceReference = QStringLiteral("FV 12/05/2026");
        CostDialog dialog(line, database, &window);
        showAndVisit(QStringLiteral("cost-edit"), dialog, visit);
    }
    for (const Institution& institution : {Institution{}, mostTranslatedInstitution(database)}) {
        InstitutionDialog dialog(institution, &window);
        dialog.setLanguages(contentLanguageOf(database));
        showAndVisit(institution.id == 0 ? QStringLiteral("institution-new")
                                         : QStringLiteral("institution-edit"),
                     dialog, visit);
    }
    for (const Person& person : {Person{}, personWithLatinName(database)}) {
        PersonDialog dialog(person, database, &window);
        showAndVisit(person.id == 0 ? QStringLiteral("person-new") : QStringLiteral("person-edit"), dialog,
                     visit);
    }
    {
        ProjectDialog dialog(FundingProject{}, database, m_fixture.prompts, &window);
        showAndVisit(QStringLiteral("project-new"), dialog, visit);
    }
    {
        const auto projects = FundingProjectRepository(database).list();
        REQUIRE(projects.ok());
        REQUIRE(!projects->isEmpty());
        const auto project = FundingProjectRepository(database).get(projects->first().id);
        REQUIRE(project.ok());
        ProjectDialog dialog(project.value(), database, m_fixture.prompts, &window);
        showAndVisit(QStringLiteral("project-edit"), dialog, visit);
    }
    {
        ExchangeGroupDialog dialog(ExchangeGroup{}, database, m_fixture.prompts, &window);
        showAndVisit(QStringLiteral("group-new"), dialog, visit);
    }
    {
        const auto groups = ExchangeGroupRepository(database).list();
        REQUIRE(groups.ok());
        REQUIRE(!groups->isEmpty());
        const auto group = ExchangeGroupRepository(database).get(groups->first().id);
        REQUIRE(group.ok());
        ExchangeGroupDialog edit(group.value(), database, m_fixture.prompts, &window);
        showAndVisit(QStringLiteral("group-edit"), edit, visit);
        // As planned after the sample's last meeting, a fixed day for the same picture each time.
        const auto proposal = MeetingPlanner(database).propose(group->id, QDate(2026, 5, 4));
        REQUIRE(proposal.ok());
        PlanMeetingDialog plan(proposal.value(), database, m_fixture.prompts, &window);
        showAndVisit(QStringLiteral("plan-meeting"), plan, visit);
    }
    {
        DuplicateVisitDialog dialog(sampleVisit.value(), 12, &window);
        showAndVisit(QStringLiteral("duplicate-visit"), dialog, visit);
    }
    {
        // The one-day visit's programme, its day ticked, copied to the seven-day visit's second day.
        CopySessionsDialog dialog(document, sampleVisit.value(), &window);
        dialog.chooseVisit(m_visits.at(0));
        auto* sessions = dialog.findChild<QTreeWidget*>(QStringLiteral("copy.sessions"));
        REQUIRE(sessions);
        REQUIRE(sessions->topLevelItemCount() > 0);
        sessions->topLevelItem(0)->setCheckState(0, Qt::Checked);
        dialog.findChild<QDateEdit*>(QStringLiteral("copy.day"))->setDate(sampleVisit->firstDay.addDays(1));
        showAndVisit(QStringLiteral("copy-sessions"), dialog, visit);
    }
    {
        // The delegation ticked, as the certificates go without a choice.
        const auto participants = ParticipantRepository(database).listForVisit(visitId);
        REQUIRE(participants.ok());
        CertificateRecipientsDialog dialog(participants.value(), {}, &window);
        showAndVisit(QStringLiteral("certificate-recipients"), dialog, visit);
    }
    {
        PlanningSettingsDialog dialog(document, m_fixture.prompts, &window);
        showAndVisit(QStringLiteral("planning-settings"), dialog, visit);
    }
    {
        // A path and days of the coordinator's, not the test's temporary ones: the same picture each time.
        const QString path = QStringLiteral("/home/koordynator/wizyty.wizyta");
        const QString folder = Backups::folderFor(path);
        const QList<BackupFile> backups = {
            {folder + QStringLiteral("/wizyty 2026-05-18 08.12.40.wizyta"),
             QDateTime(QDate(2026, 5, 18), QTime(8, 12, 40)), 1'284'096},
            {folder + QStringLiteral("/wizyty 2026-05-15 16.03.05.wizyta"),
             QDateTime(QDate(2026, 5, 15), QTime(16, 3, 5)), 1'251'328},
        };
        RestoreBackupDialog dialog(path, backups, &window);
        showAndVisit(QStringLiteral("restore-backup"), dialog, visit);
    }

    window.openVisit(visitId);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("visitTabs"));
    REQUIRE(tabs);
    const auto click = [&window](const char* button) {
        return [&window, button] {
            auto* found = window.findChild<QPushButton*>(QLatin1String(button));
            REQUIRE(found);
            found->click();
        };
    };
    // Rows to add, a known person, and a row to mend first.
    tabs->setCurrentIndex(1);
    m_fixture.prompts.fileNames.enqueue(writeFile(
        m_fixture, QStringLiteral("lista-lwow.csv"),
        QStringLiteral("Imię;Nazwisko;Instytucja;E-mail;Rola;Przyjazd;Wyjazd;Dieta\r\n"
                       "Oksana;Melnyk;Lwowska Rada Miejska;o.melnyk@example.org;Kierownik delegacji;"
                       "19.05.2026 07:30;25.05.2026 18:00;\r\n"
                       "Ołena;Szewczenko;Charkowskie Centrum Usług Społecznych;;Uczestnik;19.05.2026 07:30;"
                       "25.05.2026 18:00;wegetariańska\r\n"
                       "Iwan;Bojko;Charkowskie Centrum Usług Społecznych;;Uczestnik;wczoraj;;\r\n")));
    visitModal<ImportPreviewDialog>(QStringLiteral("import-participants"), visit,
                                    click("importParticipants"));
    tabs->setCurrentIndex(2);
    m_fixture.prompts.fileNames.enqueue(writeFile(m_fixture, QStringLiteral("program-lwow.csv"),
                                                  QStringLiteral("Data;Początek;Koniec;Tytuł;Miejsce\r\n"
                                                                 "20.05.2026;18:00;19:30;Kolacja robocza;"
                                                                 "Restauracja „Pod Arkadami”\r\n"
                                                                 "21.05.2026;25:00;26:00;Wieczór;\r\n")));
    visitModal<ImportPreviewDialog>(QStringLiteral("import-programme"), visit, click("importProgramme"));

    {
        HandbookWindow handbook(m_fixture.languages);
        handbook.showSection();
        showAndVisit(QStringLiteral("handbook"), handbook, visit);
    }

    // The application's own message boxes, with the texts and buttons the coordinator reads.
    m_fixture.prompts.showRealMessage = true;
    visitModal<QMessageBox>(QStringLiteral("prompt-delete-visit"), visit, click("deleteVisit"));
    tabs->setCurrentIndex(2);
    m_fixture.prompts.fileNames.enqueue(m_fixture.filePath(QStringLiteral("program.ics")));
    m_fixture.prompts.showRealMessage = true;
    visitModal<QMessageBox>(QStringLiteral("prompt-file-written"), visit, click("exportCalendar"));
    m_fixture.prompts.showRealMessage = false;
    window.showPage(MainWindow::Page::Visits);
}
