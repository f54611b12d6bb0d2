// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/peoplepage.h"

#include "core/languages/dayrange.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personaldata.h"
#include "core/storage/personrepository.h"
#include "ui/documents/htmlbuilder.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/deletion.h"
#include "ui/help/helprequest.h"
#include "ui/records/persondialog.h"
#include "ui/records/personlistmodel.h"
#include "ui/widgets/exportfilenames.h"
#include "ui/widgets/userprompts.h"

#include <QDir>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>

PeoplePage::PeoplePage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : RecordListPage(new PersonListModel(document.database()), parent), m_document(document),
      m_prompts(prompts), m_exportPersonalData(addSelectionButton(QStringLiteral("exportPersonalData")))
{
    HelpRequest::setSection(this, QStringLiteral("people"));
    setObjectName(QStringLiteral("peoplePage"));
    connect(m_exportPersonalData, &QPushButton::clicked, this, &PeoplePage::exportPersonalData);
    // The Latin form is searched but not shown: it is in the name's tooltip and beside the list.
    setSearchColumns({PersonListModel::Name, PersonListModel::LatinName, PersonListModel::Institution,
                      PersonListModel::Email});
    table()->setColumnHidden(PersonListModel::LatinName, true);
    setEditable(!document.isReadOnly());
    retranslateUi();
    fitColumns();
}

RecordListPage::Texts PeoplePage::texts() const
{
    return {
        tr("Search people by name (in any script), institution or e-mail"),
        tr("Search people"),
        tr("People"),
        tr("Details of the person"),
        tr("&Add Person…"),
        tr("No people yet"),
        tr("Add the delegates, hosts, presenters and interpreters who take part in visits, with their "
           "institution, languages, diet and accessibility needs. Their visits will be shown beside them."),
    };
}

QString PeoplePage::countText(int shown, int all) const
{
    if (shown == all) {
        return tr("%n person(s)", nullptr, all);
    }
    //: %1 people are shown out of all %n
    return tr("%1 of %n person(s)", nullptr, all).arg(shown);
}

QString PeoplePage::detailsHtml(Id id) const
{
    PersonRepository people(m_document.database());
    const auto person = people.get(id);
    if (!person) {
        return HtmlBuilder::errorParagraph(person.error().message(), palette());
    }
    HtmlBuilder html(palette());
    html.heading(person->displayName());
    if (person->latinDisplayName() != person->displayName()) {
        html.field(tr("In Latin script:"), person->latinDisplayName());
    }
    QString institutionName;
    if (person->institutionId) {
        const auto institution = InstitutionRepository(m_document.database()).get(person->institutionId);
        institutionName = institution ? institution->name.forReader() : institution.error().message();
    }
    html.line(HtmlBuilder::joinNonEmpty({person->position, institutionName}));
    html.field(tr("Country:"), person->country);
    html.field(tr("Languages:"), person->languages.join(QStringLiteral(", ")));
    html.line(person->email);
    html.line(person->phone);
    // Personal data, but the caterer and the hosts need it: it is shown to whoever plans the visit.
    if (person->diet != DietCategory::None || !person->dietNote.trimmed().isEmpty()) {
        html.field(tr("Diet:"), HtmlBuilder::joinNonEmpty({enumDisplayName(person->diet), person->dietNote},
                                                          QStringLiteral(" — ")));
    }
    html.field(tr("Accessibility needs:"), person->accessibilityNeeds);
    //: consent to keeping their personal data
    html.field(tr("Consent given on:"),
               person->consentDate.isValid() ? formatDay(person->consentDate) : tr("not recorded"));

    const auto visits = people.visits(id);
    html.subheading(tr("Visits"));
    if (!visits) {
        html.note(visits.error().message());
    } else if (visits->isEmpty()) {
        html.note(tr("Not in any visit yet."));
    } else {
        QStringList items;
        for (const PersonVisit& visit : *visits) {
            //: %1 the visit's days, %2 its title, %3 the person's role in it
            items << tr("%1 — %2 (%3)")
                         .arg(formatDayRange(visit.firstDay, visit.lastDay), visit.title,
                              enumDisplayName(visit.role));
        }
        html.list(items);
    }
    return html.html();
}

void PeoplePage::addRecord()
{
    if (const Id created = PersonDialog::addPerson(m_document, m_prompts, this)) {
        selectId(created);
    }
}

void PeoplePage::openRecord(Id id)
{
    auto person = PersonRepository(m_document.database()).get(id);
    if (!person) {
        m_prompts.warning(this, tr("People"), person.error().message());
        return;
    }
    PersonDialog dialog(person.value(), m_document.database(), this);
    dialog.setPrompts(m_prompts);
    dialog.setReadOnly(m_document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const Person edited = dialog.person();
        if (edited == person.value()) {
            return success();
        }
        const QString name = edited.displayName();
        return m_document.edits().apply(
            [name] { return tr("Edit person ‘%1’").arg(name); },
            [&] { return PersonRepository(m_document.database()).update(edited); });
    });
    dialog.exec();
}

void PeoplePage::deleteRecord(Id id)
{
    PersonRepository people(m_document.database());
    const auto person = people.get(id);
    const auto usage = people.usage(id);
    if (!person || !usage) {
        m_prompts.warning(this, tr("Delete Person"), (person ? usage.error() : person.error()).message());
        return;
    }
    const QString name = person->displayName();
    QStringList consequences;
    if (usage->visits > 0) {
        consequences << tr(
            "They take part in %n visit(s); they will be removed from those participant lists.", nullptr,
            usage->visits);
    }
    if (usage->sessions > 0) {
        consequences << tr("They present, moderate or interpret in %n session(s); those sessions will stay, "
                           "without them.",
                           nullptr, usage->sessions);
    }
    if (usage->coordinatedVisits > 0) {
        consequences << tr("They coordinate %n visit(s); those visits will stay, with no coordinator.",
                           nullptr, usage->coordinatedVisits);
    }
    Deletion deletion;
    deletion.title = tr("Delete Person");
    deletion.question = tr("Delete the person ‘%1’?").arg(name);
    deletion.consequences = consequences;
    deletion.editName = [name] { return tr("Delete person ‘%1’").arg(name); };
    deletion.remove = [&] { return people.remove(id); };
    deletion.askAndApply(m_document, m_prompts, this);
}

void PeoplePage::retranslateUi()
{
    RecordListPage::retranslateUi();
    //: exports everything Wizyta keeps about the selected person, e.g. when they ask for it
    m_exportPersonalData->setText(tr("Export Personal Data…"));
    m_exportPersonalData->setToolTip(
        tr("Save everything stored about this person as a JSON file, for example when they ask for it"));
}

void PeoplePage::exportPersonalData()
{
    const Id id = currentId();
    if (id == 0) {
        return;
    }
    const QString title = tr("Export Personal Data");
    const auto json = PersonalData::exportPerson(m_document.database(), id);
    if (!json) {
        m_prompts.warning(this, title, json.error().message());
        return;
    }
    QString path =
        m_prompts.saveFileName(this, title, ExportFileNames::documentsFolder(), tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    path = ExportFileNames::withSuffix(path, QStringLiteral(".json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        //: %1 is a file, %2 the system's reason
        m_prompts.warning(
            this, title,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_prompts.fileWritten(this, title, path);
}
