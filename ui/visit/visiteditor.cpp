// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visiteditor.h"

#include "core/afterwards/costtotals.h"
#include "core/languages/dayrange.h"
#include "core/languages/localenames.h"
#include "core/languages/translationcoverage.h"
#include "core/storage/costrepository.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "ui/documents/htmlbuilder.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/printing/documentprintbar.h"
#include "ui/records/institutionedits.h"
#include "ui/visit/duplicatevisitdialog.h"
#include "ui/visit/sessionedits.h"
#include "ui/visit/visitcoststab.h"
#include "ui/visit/visitdeletion.h"
#include "ui/visit/visitdialog.h"
#include "ui/visit/visitimportexport.h"
#include "ui/visit/visitparticipantstab.h"
#include "ui/visit/visitprogrammetab.h"
#include "ui/visit/visittimelinetab.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/moneyedit.h"
#include "ui/widgets/translatedtextedit.h"
#include "ui/widgets/userprompts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString institutionName(Database& database, Id id)
{
    if (id == 0) {
        return {};
    }
    const auto institution = InstitutionRepository(database).get(id);
    return institution ? institution->name.forReader() : QString();
}

QString languageNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes) {
        // The language's own name, which reads the same in every interface language.
        const QString name = LocaleNames::nativeLanguage(code);
        names << (name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, name));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

VisitEditor::VisitEditor(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_document(document), m_prompts(prompts), m_back(new QPushButton(this)),
      m_title(new ElidedLabel(this)), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_details(new QTextBrowser(this)), m_editVisit(new QPushButton(this)),
      m_deleteVisit(new QPushButton(this)), m_duplicateVisit(new QPushButton(this)),
      m_visitReport(new QPushButton(this)),
      m_printBar(new DocumentPrintBar(document.database(), prompts, this)),
      // Made after the details tab's widgets: Tab goes on from those into theirs.
      m_participants(new VisitParticipantsTab(document, prompts, this)),
      m_programme(new VisitProgrammeTab(document, prompts, this)),
      m_timeline(new VisitTimelineTab(document, prompts, this)),
      m_costs(new VisitCostsTab(document, prompts, this))
{
    HelpRequest::setSection(this, QStringLiteral("visit-details"));
    setObjectName(QStringLiteral("visitEditor"));
    m_back->setObjectName(QStringLiteral("backToVisits"));
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, &VisitEditor::closeRequested);

    // The title and summary are the visit's own words, not the interface's.
    m_title->setObjectName(QStringLiteral("visitTitle"));
    m_title->setProperty("content", true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("visitSummary"));
    m_summary->setProperty("content", true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setObjectName(QStringLiteral("visitTabs"));
    QWidget* detailsTab = createDetailsTab();
    // Ordered while the pages are outside the tab widget: once inside, the details would come after
    // every widget of the other tabs. Those follow the details tab's buttons, in the order they were made.
    const QList<QWidget*> order =
        QList<QWidget*>{m_back, m_tabs, m_details} + m_printBar->tabOrder() +
        QList<QWidget*>{m_visitReport, m_editVisit, m_duplicateVisit, m_deleteVisit};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    m_tabs->addTab(detailsTab, QString());
    m_tabs->addTab(m_participants, QString());
    m_tabs->addTab(m_programme, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_costs, QString());

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    const bool editable = !document.isReadOnly();
    m_editVisit->setVisible(editable);
    m_duplicateVisit->setVisible(editable);
    m_deleteVisit->setVisible(editable);
    // The tabs' models were connected first, so they have reloaded when the editor hears of a change.
    connect(&document.database().notifier(), &ChangeNotifier::changed, this, &VisitEditor::followChanges);
    retranslateUi();
}

QWidget* VisitEditor::createDetailsTab()
{
    auto* tab = new QWidget(this);
    m_details->setObjectName(QStringLiteral("visitDetails"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &VisitEditor::followLink);
    m_editVisit->setObjectName(QStringLiteral("editVisit"));
    m_deleteVisit->setObjectName(QStringLiteral("deleteVisit"));
    connect(m_editVisit, &QPushButton::clicked, this, &VisitEditor::editVisit);
    connect(m_deleteVisit, &QPushButton::clicked, this, &VisitEditor::deleteVisit);
    m_duplicateVisit->setObjectName(QStringLiteral("duplicateVisit"));
    connect(m_duplicateVisit, &QPushButton::clicked, this, &VisitEditor::duplicateVisit);
    m_visitReport->setObjectName(QStringLiteral("exportVisitReport"));
    connect(m_visitReport, &QPushButton::clicked, this, &VisitEditor::exportVisitReport);
    auto* buttons = new QHBoxLayout;
    m_printBar->setObjectName(QStringLiteral("documentPrintBar"));
    // At the left, apart from the edits: a read-only database drafts its reports too.
    buttons->addWidget(m_visitReport);
    buttons->addStretch();
    buttons->addWidget(m_editVisit);
    buttons->addWidget(m_duplicateVisit);
    buttons->addWidget(m_deleteVisit);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_printBar);
    layout->addLayout(buttons);
    return tab;
}

void VisitEditor::showVisit(Id visitId)
{
    m_visitId = visitId;
    m_participants->setVisitId(visitId);
    m_programme->setVisitId(visitId);
    m_timeline->setVisitId(visitId);
    m_costs->setVisitId(visitId);
    if (visitId == 0) {
        m_visit = Visit{};
        m_hostName.clear();
        showHeaderAndDetails();
        return;
    }
    if (readVisit()) {
        showHeaderAndDetails();
    }
}

void VisitEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void VisitEditor::keyPressEvent(QKeyEvent* event)
{
    // Esc reaches the editor only when nothing inside it used it, and never from a dialog, which is a
    // window of its own: there Esc closes the dialog, not the visit. (A shortcut would take it first.)
    if (event->matches(QKeySequence::Cancel)) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VisitEditor::retranslateUi()
{
    //: goes back from one visit to the list of visits
    m_back->setText(tr("← All &visits"));
    m_back->setToolTip(tr("Back to the list of visits (Esc)"));
    m_tabs->setAccessibleName(tr("Visit"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&Participants"));
    m_tabs->setTabText(2, tr("Pro&gramme"));
    //: the programme drawn day by day, hour by hour
    m_tabs->setTabText(3, tr("Ti&meline"));
    //: the tab with a visit's costs: what was planned and spent, and who pays
    m_tabs->setTabText(4, tr("&Costs"));
    m_details->setAccessibleName(tr("Visit details"));
    m_editVisit->setText(tr("Edit Det&ails…"));
    m_deleteVisit->setText(tr("Delete Vi&sit…"));
    m_duplicateVisit->setText(tr("D&uplicate…"));
    m_duplicateVisit->setToolTip(tr("A new visit made from this one: its programme on new days"));
    //: a button under a visit's details: saves a draft of the report written after the visit
    m_visitReport->setText(tr("Visit Repor&t…"));
    m_visitReport->setToolTip(
        tr("Save a draft of the visit's report, day by day in full sentences, to finish "
           "in LibreOffice or Word (.odt)"));
    showHeaderAndDetails();
}

void VisitEditor::followChanges(ChangeNotifier::Topics)
{
    // Any change may show here: the host's name, a coordinator, the counts. One visit is quick to read.
    if (m_visitId != 0 && readVisit()) {
        showHeaderAndDetails();
    }
}

bool VisitEditor::readVisit()
{
    const auto visit = VisitRepository(m_document.database()).get(m_visitId);
    if (!visit) {
        if (visit.error().kind() == Error::Kind::NotFound) {
            // Nothing of it stays on screen, whether or not the editor is closed at once.
            showVisit(0);
            Q_EMIT closeRequested();
        } else {
            m_details->setHtml(HtmlBuilder::errorParagraph(visit.error().message(), palette()));
        }
        return false;
    }
    m_visit = visit.value();
    return true;
}

void VisitEditor::showHeaderAndDetails()
{
    // Named in the interface's language where the host has a name in it: read at each showing.
    m_hostName =
        m_visitId == 0 ? QString() : institutionName(m_document.database(), m_visit.hostInstitutionId);
    m_title->setFullText(m_visit.title.forReader());
    const QString days = formatDayRange(m_visit.firstDay, m_visit.lastDay);
    m_summary->setText(m_visitId == 0
                           ? QString()
                           : HtmlBuilder::joinNonEmpty({days, enumDisplayName(m_visit.status), m_hostName},
                                                       QStringLiteral(" · ")));
    m_details->setHtml(m_visitId == 0 ? QString() : detailsHtml());
    m_editVisit->setEnabled(m_visitId != 0);
    m_deleteVisit->setEnabled(m_visitId != 0);
    m_duplicateVisit->setEnabled(m_visitId != 0);
    m_visitReport->setEnabled(m_visitId != 0);
    m_printBar->setVisit(m_visitId, m_visit.printLanguages,
                         m_visitId == 0 ? QString() : contentLanguageOf(m_document.database()));
}

QString VisitEditor::detailsHtml() const
{
    Database& database = m_document.database();
    HtmlBuilder html(palette());
    html.heading(m_visit.title.forReader());
    // Under a heading in the interface's language, the title as the coordinator wrote it, then the others.
    if (m_visit.title.forReader() != m_visit.title.text) {
        html.field(
            tr("Title (%1):").arg(LocaleNames::language(contentLanguageOf(database), LocaleNames::reader())),
            m_visit.title.text);
    }
    for (auto it = m_visit.title.translations.cbegin(); it != m_visit.title.translations.cend(); ++it) {
        //: %1 is the name of a language, such as Ukrainian
        html.field(tr("Title (%1):").arg(LocaleNames::language(it.key(), LocaleNames::reader())), it.value());
    }
    html.field(tr("Kind:"), enumDisplayName(m_visit.kind));
    html.field(tr("Status:"), enumDisplayName(m_visit.status));
    const int dayCount = static_cast<int>(m_visit.firstDay.daysTo(m_visit.lastDay)) + 1;
    //: %1 the days of a visit, %2 how many days that is
    html.field(tr("Days:"), tr("%1 (%2)").arg(formatDayRange(m_visit.firstDay, m_visit.lastDay),
                                              tr("%n day(s)", nullptr, dayCount)));
    html.field(tr("Time zone:"), m_visit.timeZone);
    html.field(tr("Host institution:"), m_hostName);
    html.field(tr("Sending institution:"), institutionName(database, m_visit.sendingInstitutionId));
    if (!m_visit.invitedInstitutionIds.isEmpty()) {
        QStringList invited;
        for (const Id institution : std::as_const(m_visit.invitedInstitutionIds)) {
            invited << institutionName(database, institution);
        }
        //: the institutions taking part besides host and sender, e.g. an exchange group's members
        html.field(tr("Institutions invited:"), invited.join(QStringLiteral(", ")));
    }
    html.field(tr("Sending country and region:"),
               HtmlBuilder::joinNonEmpty({LocaleNames::country(m_visit.sendingCountry, LocaleNames::reader()),
                                          m_visit.sendingRegion}));
    if (m_visit.fundingProjectId != 0) {
        if (const auto project = FundingProjectRepository(database).get(m_visit.fundingProjectId)) {
            html.field(tr("Funding project:"),
                       project->acronym.isEmpty()
                           ? project->name
                           : QStringLiteral("%1 (%2)").arg(project->acronym, project->name));
        }
        if (const QString warning = overspendWarning(); !warning.isEmpty()) {
            html.warning(warning);
        }
    }
    html.field(tr("Working languages:"), languageNames(m_visit.workingLanguages));
    html.field(tr("Print languages:"), languageNames(m_visit.printLanguages));
    if (m_visit.coordinatorId != 0) {
        if (const auto coordinator = PersonRepository(database).get(m_visit.coordinatorId)) {
            html.field(tr("Coordinator:"), coordinator->displayName());
        }
    }
    html.field(tr("Notes:"), m_visit.notes);
    // What the programme would print untranslated, seen before printing it.
    const QString contentLanguage = contentLanguageOf(database);
    QStringList translated = m_visit.printLanguages;
    translated.removeAll(contentLanguage);
    if (!translated.isEmpty()) {
        //: a heading: whether the visit's texts are written in the languages it is printed in
        html.subheading(tr("Translations for printing"));
        // Read once for all the languages: the sessions the notes link to, by id.
        QHash<Id, Session> sessions;
        if (const auto rows = ProgrammeRepository(database).listForVisit(m_visitId)) {
            for (const ProgrammeRow& row : *rows) {
                sessions.insert(row.session.id, row.session);
            }
        }
        for (const QString& language : std::as_const(translated)) {
            addTranslationNote(html, language, sessions);
        }
    }
    html.subheading(tr("Participants and programme"));
    html.line(tr("%n participant(s)", nullptr, m_participants->participantCount()));
    html.line(tr("%n session(s)", nullptr, m_programme->sessionCount()));
    return html.html();
}

QString VisitEditor::overspendWarning() const
{
    Database& database = m_document.database();
    const auto project = FundingProjectRepository(database).get(m_visit.fundingProjectId);
    if (!project) {
        return {};
    }
    const auto lines = CostRepository(database).listForProject(project->id);
    if (!lines) {
        return {};
    }
    const BudgetStatus status = BudgetStatus::of(*project, *lines);
    if (!status.overspent()) {
        return {};
    }
    const QString name = project->acronym.isEmpty() ? project->name : project->acronym;
    //: %1 a funding project, %2 its budget, %3 what has been spent from it, e.g. "PLN 12,500.00"
    return tr("The funding project %1 is overspent: its budget is %2 and %3 has been spent.")
        .arg(name, formatMoney(status.budget.minorUnits, status.budget.currency),
             formatMoney(status.inBudgetCurrency.actual, status.budget.currency));
}

void VisitEditor::addTranslationNote(HtmlBuilder& html, const QString& language,
                                     const QHash<Id, Session>& sessions) const
{
    const QString name = languageDisplayName(language);
    Database& database = m_document.database();
    const auto gap = TranslationCoverage::forVisit(database, m_visitId, language);
    if (!gap) {
        //: %1 is the name of a language, e.g. Українська; %2 why its texts could not be counted
        html.line(tr("%1: %2").arg(name, gap.error().message()));
        return;
    }
    if (gap->isEmpty()) {
        //: %1 is the name of a language, e.g. Українська
        html.line(tr("%1: everything is translated.").arg(name));
        return;
    }
    QStringList missing;
    if (gap->visitTitle) {
        missing << tr("the visit has no title in this language");
    }
    const auto untitled = static_cast<int>(gap->untitledSessions.size());
    const auto undescribed = static_cast<int>(gap->undescribedSessions.size());
    const auto unnamed = static_cast<int>(gap->unnamedVenues.size());
    if (untitled > 0) {
        missing << tr("%n session(s) have no title in this language", nullptr, untitled);
    }
    if (undescribed > 0) {
        //: only sessions with a description in the main language are counted
        missing << tr("%n session(s) have no description in this language", nullptr, undescribed);
    }
    if (unnamed > 0) {
        missing << tr("%n venue(s) have no name in it", nullptr, unnamed);
    }
    //: %1 is the name of a language, e.g. Українська; %2 what has no text in it, e.g. "4 sessions have
    //: no title in this language; 2 venues have no name in it"
    html.line(tr("%1: %2.").arg(name, missing.join(QStringLiteral("; "))));

    // Each item a link that opens its form, where the missing text is typed.
    QList<HtmlBuilder::Link> links;
    if (gap->visitTitle) {
        links.append({QStringLiteral("visit:%1").arg(m_visitId), tr("The visit’s title")});
    }
    const auto sessionLink = [&](Id id, const QString& what) {
        const Session session = sessions.value(id);
        //: a session in a list of missing translations: %1 its day and time, %2 its title, %3 what it lacks
        const QString text =
            tr("%1 %2 (%3)").arg(formatShortDateTime(session.startsAt), session.title.forReader(), what);
        links.append({QStringLiteral("session:%1").arg(id), text});
    };
    for (const Id id : gap->untitledSessions) {
        //: what a session lacks in a language
        sessionLink(id, tr("title"));
    }
    for (const Id id : gap->undescribedSessions) {
        //: what a session lacks in a language
        sessionLink(id, tr("description"));
    }
    InstitutionRepository institutions(database);
    for (const Id id : gap->unnamedVenues) {
        if (const auto venue = institutions.get(id)) {
            //: a venue in a list of missing translations: %1 its name in the main language
            links.append(
                {QStringLiteral("institution:%1").arg(id), tr("%1 (venue’s name)").arg(venue->name.text)});
        }
    }
    html.links(links, 12);
}

void VisitEditor::followLink(const QUrl& link)
{
    const Id id = link.path().toLongLong();
    if (link.scheme() == QLatin1String("visit")) {
        editVisit();
    } else if (link.scheme() == QLatin1String("session")) {
        SessionEdits(m_document, m_prompts).edit(this, id);
    } else if (link.scheme() == QLatin1String("institution")) {
        InstitutionEdits::edit(m_document, m_prompts, this, id, m_visit.printLanguages);
    }
}

void VisitEditor::editVisit()
{
    if (m_visitId == 0) {
        return;
    }
    Database& database = m_document.database();
    const auto original = VisitRepository(database).get(m_visitId);
    if (!original) {
        m_prompts.warning(this, tr("Edit Visit"), original.error().message());
        return;
    }
    VisitDialog dialog(original.value(), database, this);
    dialog.setPrompts(m_prompts);
    dialog.setReadOnly(m_document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const Visit edited = dialog.visit();
        if (edited == original.value()) {
            return success();
        }
        const QString title = edited.title.text.trimmed();
        return m_document.edits().apply([title] { return tr("Edit visit ‘%1’").arg(title); },
                                        [&] { return VisitRepository(database).update(edited); });
    });
    dialog.exec();
}

void VisitEditor::duplicateVisit()
{
    if (const Id created = DuplicateVisitDialog::duplicate(m_document, m_prompts, this, m_visitId)) {
        Q_EMIT openVisitRequested(created);
    }
}

void VisitEditor::exportVisitReport()
{
    if (m_visitId != 0) {
        VisitImportExport(m_document, m_prompts, this).exportVisitReport(m_visitId);
    }
}

void VisitEditor::deleteVisit()
{
    if (m_visitId == 0 || m_document.isReadOnly()) {
        return;
    }
    // The editor hears of the deletion and asks to be closed.
    VisitDeletion::askAndDelete(m_document, m_prompts, this, m_visitId);
}

void VisitEditor::rememberColumns(TableMemory& memory)
{
    m_participants->rememberColumns(memory);
    m_programme->rememberColumns(memory);
    m_costs->rememberColumns(memory);
}
