// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visitimportexport.h"

#include "core/formats/csvreader.h"
#include "core/formats/icalendarexport.h"
#include "core/formats/participantexport.h"
#include "core/formats/participantimport.h"
#include "core/formats/programmeimport.h"
#include "core/languages/localenames.h"
#include "core/storage/visitrepository.h"
#include "ui/documents/visitreportdraft.h"
#include "ui/editing/databasedocument.h"
#include "ui/visit/importpreviewdialog.h"
#include "ui/widgets/exportfilenames.h"
#include "ui/widgets/translatedtextedit.h"
#include "ui/widgets/userprompts.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

namespace {

QString problemsText(const QList<ImportProblem>& problems)
{
    QStringList lines;
    for (const ImportProblem& problem : problems) {
        //: a problem in a cell of an imported row: %1 is the column's heading, %2 what is wrong
        lines << VisitImportExport::tr("%1: %2").arg(problem.column, problem.message);
    }
    return lines.join(u'\n');
}

} // namespace

VisitImportExport::VisitImportExport(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : m_document(document), m_prompts(prompts), m_parent(parent)
{}

std::optional<VisitImportExport::ChosenCsv> VisitImportExport::chooseCsv(const QString& title)
{
    const QString path = m_prompts.openFileName(m_parent, title, ExportFileNames::documentsFolder(),
                                                tr("Spreadsheet files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return std::nullopt;
    }
    auto table = CsvReader::readFile(path);
    if (!table) {
        m_prompts.warning(m_parent, title, table.error().message());
        return std::nullopt;
    }
    return ChosenCsv{path, std::move(table).value()};
}

void VisitImportExport::importParticipants(Id visitId)
{
    const QString title = tr("Import Participants");
    const auto file = chooseCsv(title);
    if (!file) {
        return;
    }
    const QString& path = file->path;
    const CsvTable* table = &file->table;
    Database& database = m_document.database();
    const QList<ParticipantField> fields = ParticipantColumns::all();
    QStringList fieldNames;
    for (const ParticipantField field : fields) {
        fieldNames << ParticipantColumns::displayName(field);
    }
    QList<int> chosen;
    for (const ParticipantField field : ParticipantColumns::guess(table->header)) {
        chosen << int(fields.indexOf(field));
    }

    ImportPreviewDialog dialog(path, *table, m_parent);
    dialog.setColumnChoices(fieldNames, chosen);
    ParticipantImportPlan plan;
    const auto replan = [&] {
        QList<ParticipantField> columns;
        for (const int index : dialog.columnChoices()) {
            columns << fields.value(index, ParticipantField::Ignored);
        }
        const auto planned = ParticipantImport::plan(database, visitId, *table, columns);
        QList<ImportRowStatus> statuses;
        if (!planned) {
            for (qsizetype i = 0; i < table->rows.size(); ++i) {
                statuses.append({QString(), false});
            }
            dialog.setStatuses(statuses, planned.error().message(), false);
            return;
        }
        plan = *planned;
        using Action = ParticipantImportRow::Action;
        for (const ParticipantImportRow& row : plan.rows) {
            switch (row.action) {
            case Action::AddPerson:
                statuses.append(
                    {row.newInstitution ? tr("New person, new institution") : tr("New person"), false});
                break;
            case Action::UsePerson:
                statuses.append({tr("Known person, added to the visit"), false});
                break;
            case Action::AlreadyThere:
                statuses.append({tr("Already in the visit: left as it is"), false});
                break;
            case Action::Refused:
                statuses.append({problemsText(row.problems), true});
                break;
            }
        }
        const int adding = plan.count(Action::AddPerson) + plan.count(Action::UsePerson);
        const int refused = plan.count(Action::Refused);
        //: under the rows of a participants' file; followed by the counts of known people and problems
        // Whole sentences, each translated on its own: no sentence is built from pieces.
        QStringList summary{tr("%n participant(s) to add.", nullptr, adding)};
        if (const int known = plan.count(Action::UsePerson); known > 0) {
            summary << tr("%n of them already in the database.", nullptr, known);
        }
        if (const int there = plan.count(Action::AlreadyThere); there > 0) {
            summary << tr("%n already in the visit.", nullptr, there);
        }
        if (refused > 0) {
            summary << tr("%n row(s) to correct in the file first.", nullptr, refused);
        }
        dialog.setStatuses(statuses, summary.join(u' '), adding > 0);
    };
    QObject::connect(&dialog, &ImportPreviewDialog::columnChoicesChanged, &dialog, replan);
    replan();
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }

    QProgressDialog progress(tr("Importing participants…"), tr("Cancel"), 0, int(plan.rows.size()), m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const QString fileName = QFileInfo(path).fileName();
    const Status done = m_document.edits().apply(
        [fileName] {
            //: an edit in Edit › Undo; %1 is a file's name
            return tr("Import participants from %1").arg(fileName);
        },
        [&]() -> Status {
            const auto applied = ParticipantImport::apply(database, plan, [&](int rows, int) {
                progress.setValue(rows);
                return !progress.wasCanceled();
            });
            return applied ? success() : Status(applied.error());
        });
    progress.reset();
    if (!done) {
        m_prompts.warning(m_parent, title, done.error().message());
    }
}

void VisitImportExport::exportParticipants(Id visitId)
{
    const QString title = tr("Export Participants");
    Database& database = m_document.database();
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        m_prompts.warning(m_parent, title, visit.error().message());
        return;
    }
    ParticipantExportOptions options;
    options.contacts =
        m_prompts.question(m_parent, title,
                           tr("Include the participants' e-mail addresses and phone numbers?\n\n"
                              "They are personal data: send the file only to those who need them."),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    //: the start of a file name for a visit's participants
    const QString suggested =
        ExportFileNames::suggested(tr("Participants"), visit->title.text, QStringLiteral(".csv"));
    const QString chosen =
        m_prompts.saveFileName(m_parent, title, suggested, tr("Spreadsheet files (*.csv)"));
    if (chosen.isEmpty()) {
        return;
    }
    const QString path = ExportFileNames::withSuffix(chosen, QStringLiteral(".csv"));
    const QString language = QLocale().name().section(u'_', 0, 0);
    const Status written = ParticipantExport::writeFile(database, visitId, options, language, path);
    if (!written) {
        m_prompts.warning(m_parent, title, written.error().message());
        return;
    }
    m_prompts.fileWritten(m_parent, title, path);
}

void VisitImportExport::importProgramme(Id visitId)
{
    const QString title = tr("Import Programme");
    const auto file = chooseCsv(title);
    if (!file) {
        return;
    }
    const QString& path = file->path;
    const CsvTable* table = &file->table;
    Database& database = m_document.database();
    const auto plan = ProgrammeImport::plan(database, visitId, *table);
    if (!plan) {
        m_prompts.warning(m_parent, title, plan.error().message());
        return;
    }
    ImportPreviewDialog dialog(path, *table, m_parent);
    QList<ImportRowStatus> statuses;
    for (const ProgrammeImportRow& row : plan->rows) {
        switch (row.action) {
        case ProgrammeImportRow::Action::Add: {
            const QString added = row.newVenue ? tr("New session, new venue") : tr("New session");
            if (row.warnings.isEmpty()) {
                statuses.append({added, false});
            } else {
                //: a row of a programme imported with a warning: %1 is "New session" or "New session,
                //: new venue", %2 the warnings, each "column: what"
                statuses.append(
                    {tr("%1, with a warning:\n%2").arg(added, problemsText(row.warnings)), false, true});
            }
            break;
        }
        case ProgrammeImportRow::Action::AlreadyThere:
            statuses.append({tr("Already in the programme: left as it is"), false});
            break;
        case ProgrammeImportRow::Action::Refused:
            statuses.append({problemsText(row.problems), true});
            break;
        }
    }
    const int adding = plan->count(ProgrammeImportRow::Action::Add);
    QStringList summary{tr("%n session(s) to add.", nullptr, adding)};
    if (const int warned = plan->countWarned(); warned > 0) {
        //: under the rows of a programme's file, after "3 sessions to add."
        summary << tr("%n of them on a day outside the visit: imported all the same, and listed among the "
                      "visit's conflicts.",
                      nullptr, warned);
    }
    if (const int there = plan->count(ProgrammeImportRow::Action::AlreadyThere); there > 0) {
        summary << tr("%n already in the programme.", nullptr, there);
    }
    if (const int refused = plan->count(ProgrammeImportRow::Action::Refused); refused > 0) {
        summary << tr("%n row(s) to correct in the file first.", nullptr, refused);
    }
    dialog.setStatuses(statuses, summary.join(u' '), adding > 0);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    const Status done = m_document.edits().apply(
        [fileName] {
            //: an edit in Edit › Undo; %1 is a file's name
            return tr("Import programme from %1").arg(fileName);
        },
        [&]() -> Status {
            const auto applied = ProgrammeImport::apply(database, *plan);
            return applied ? success() : Status(applied.error());
        });
    if (!done) {
        m_prompts.warning(m_parent, title, done.error().message());
    }
}

void VisitImportExport::exportCalendar(Id visitId)
{
    const QString title = tr("Export to Calendar");
    Database& database = m_document.database();
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        m_prompts.warning(m_parent, title, visit.error().message());
        return;
    }
    const QString language =
        visit->printLanguages.isEmpty() ? contentLanguageOf(database) : visit->printLanguages.constFirst();
    //: the start of a file name for a visit's programme as a calendar
    const QString suggested =
        ExportFileNames::suggested(tr("Programme"), visit->title.in(language), QStringLiteral(".ics"));
    const QString chosen = m_prompts.saveFileName(m_parent, title, suggested, tr("Calendar files (*.ics)"));
    if (chosen.isEmpty()) {
        return;
    }
    const QString path = ExportFileNames::withSuffix(chosen, QStringLiteral(".ics"));
    const Status written = ICalendarExport::writeFile(database, visitId, language, path);
    if (!written) {
        m_prompts.warning(m_parent, title, written.error().message());
        return;
    }
    m_prompts.fileWritten(m_parent, title, path);
}

void VisitImportExport::exportVisitReport(Id visitId)
{
    const QString title = tr("Export Visit Report");
    // In the language the coordinator reads now: they write the report, whatever the delegation reads.
    const auto draft = VisitReportDraft::build(m_document.database(), visitId, LocaleNames::reader());
    if (!draft) {
        m_prompts.warning(m_parent, title, draft.error().message());
        return;
    }
    //: the start of a file name for the draft of a visit's report
    const QString suggested =
        ExportFileNames::suggested(tr("Report"), (*draft)->title(), QStringLiteral(".odt"));
    const QString chosen =
        m_prompts.saveFileName(m_parent, title, suggested, tr("OpenDocument texts (*.odt)"));
    if (chosen.isEmpty()) {
        return;
    }
    const QString path = ExportFileNames::withSuffix(chosen, QStringLiteral(".odt"));
    const Status written = (*draft)->writeOdt(path);
    if (!written) {
        m_prompts.warning(m_parent, title, written.error().message());
        return;
    }
    m_prompts.fileWritten(m_parent, title, path);
}
