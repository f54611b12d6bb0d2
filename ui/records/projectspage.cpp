// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/projectspage.h"

#include "core/languages/dayrange.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "ui/documents/htmlbuilder.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/deletion.h"
#include "ui/help/helprequest.h"
#include "ui/records/projectdialog.h"
#include "ui/records/projectlistmodel.h"
#include "ui/widgets/moneyedit.h"
#include "ui/widgets/userprompts.h"

#include <QBuffer>
#include <QCollator>
#include <QHash>
#include <QImage>
#include <QLocale>

#include <algorithm>

namespace {

constexpr QSize logoSize(160, 80);
// A question stays readable: a project funding many visits names the first few.
constexpr qsizetype maxVisitsNamed = 8;

// The logo, small, as an image the details pane shows without a file: a data URL of a PNG.
QString logoHtml(const QByteArray& bytes)
{
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes)) {
        return {};
    }
    if (image.width() > logoSize.width() || image.height() > logoSize.height()) {
        image = image.scaled(logoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return {};
    }
    return QStringLiteral("<p><img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(image.width())
        .arg(image.height());
}

} // namespace

ProjectsPage::ProjectsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : RecordListPage(new ProjectListModel(document.database()), parent), m_document(document),
      m_prompts(prompts)
{
    HelpRequest::setSection(this, QStringLiteral("projects"));
    setObjectName(QStringLiteral("projectsPage"));
    setSearchColumns({ProjectListModel::Name, ProjectListModel::Acronym, ProjectListModel::Funder});
    setEditable(!document.isReadOnly());
    retranslateUi();
    fitColumns();
}

RecordListPage::Texts ProjectsPage::texts() const
{
    return {
        tr("Search funding projects by name, acronym or funder"),
        tr("Search funding projects"),
        tr("Funding projects"),
        tr("Details of the funding project"),
        tr("&Add Funding Project…"),
        tr("No funding projects yet"),
        tr("Add the projects that pay for visits (an EU social fund call, Norway grants, a ministry, an "
           "embassy) with their period, budget and partners. Each visit can then name the project that "
           "funds it, and the project's figures and logo go into its reports."),
    };
}

QString ProjectsPage::countText(int shown, int all) const
{
    if (shown == all) {
        return tr("%n funding project(s)", nullptr, all);
    }
    //: %1 funding projects are shown out of all %n
    return tr("%1 of %n funding project(s)", nullptr, all).arg(shown);
}

QString ProjectsPage::detailsHtml(Id id) const
{
    FundingProjectRepository projects(m_document.database());
    const auto project = projects.get(id);
    if (!project) {
        return HtmlBuilder::errorParagraph(project.error().message(), palette());
    }
    HtmlBuilder html(palette());
    html.heading(project->name);
    html.line(project->acronym);
    html.field(tr("Funder:"), project->funder);
    html.field(tr("Agreement number:"), project->agreementNumber);
    html.field(tr("Period:"), ProjectListModel::periodText(project->firstDay, project->lastDay));
    html.field(tr("Budget:"), formatMoney(project->totalValue, project->currency));
    if (project->coFinancing != 0) {
        html.field(tr("Co-financing:"), formatMoney(project->coFinancing, project->currency));
    }

    html.subheading(tr("Partners"));
    const auto institutions = InstitutionRepository(m_document.database()).list();
    if (!institutions) {
        html.note(institutions.error().message());
    } else if (project->partnerInstitutionIds.isEmpty()) {
        html.note(tr("No partner institutions are recorded."));
    } else {
        QHash<Id, QString> names;
        for (const InstitutionSummary& institution : *institutions) {
            names.insert(institution.id, institution.name);
        }
        QStringList partners;
        for (const Id partner : project->partnerInstitutionIds) {
            partners << names.value(partner);
        }
        QCollator collator{QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(partners.begin(), partners.end(),
                  [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        html.list(partners);
    }

    HtmlBuilder funded(palette());
    const auto visits = projects.visits(id);
    funded.subheading(tr("Visits funded"));
    if (!visits) {
        funded.note(visits.error().message());
    } else if (visits->isEmpty()) {
        funded.note(tr("No visit names this project as its funding yet."));
    } else {
        QStringList items;
        for (const FundedVisit& visit : *visits) {
            //: %1 the days of a visit, %2 its title
            items << tr("%1 — %2").arg(formatDayRange(visit.firstDay, visit.lastDay), visit.title);
        }
        funded.list(items);
    }
    return html.html() + logoHtml(project->logo) + funded.html();
}

void ProjectsPage::addRecord()
{
    ProjectDialog dialog(FundingProject{}, m_document.database(), m_prompts, this);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const FundingProject project = dialog.project();
        const QString name = project.name.trimmed();
        auto id = m_document.edits().apply<Id>(
            [name] { return tr("Add funding project ‘%1’").arg(name); },
            [&] { return FundingProjectRepository(m_document.database()).create(project); });
        if (!id) {
            return id.error();
        }
        created = id.value();
        return success();
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectId(created);
    }
}

void ProjectsPage::openRecord(Id id)
{
    auto project = FundingProjectRepository(m_document.database()).get(id);
    if (!project) {
        m_prompts.warning(this, tr("Funding Projects"), project.error().message());
        return;
    }
    ProjectDialog dialog(project.value(), m_document.database(), m_prompts, this);
    dialog.setReadOnly(m_document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const FundingProject edited = dialog.project();
        if (edited == project.value()) {
            return success();
        }
        const QString name = edited.name.trimmed();
        return m_document.edits().apply(
            [name] { return tr("Edit funding project ‘%1’").arg(name); },
            [&] { return FundingProjectRepository(m_document.database()).update(edited); });
    });
    dialog.exec();
}

void ProjectsPage::deleteRecord(Id id)
{
    FundingProjectRepository projects(m_document.database());
    const auto project = projects.get(id);
    const auto usage = projects.usage(id);
    if (!project || !usage) {
        m_prompts.warning(this, tr("Delete Funding Project"),
                          (project ? usage.error() : project.error()).message());
        return;
    }
    const QString name = project->name;
    Deletion deletion;
    deletion.title = tr("Delete Funding Project");
    deletion.question = tr("Delete the funding project ‘%1’?").arg(name);
    if (usage->visits > 0) {
        QString visitList =
            tr("It funds %n visit(s); they will stay, without a funding project:", nullptr, usage->visits);
        // Named, so the coordinator sees which reports lose their funder.
        const auto visits = projects.visits(id);
        const qsizetype named = visits ? std::min<qsizetype>(visits->size(), maxVisitsNamed) : 0;
        for (qsizetype i = 0; i < named; ++i) {
            const FundedVisit& visit = visits->at(i);
            //: %1 the days of a visit, %2 its title
            visitList += QStringLiteral("\n• ") +
                         tr("%1 — %2").arg(formatDayRange(visit.firstDay, visit.lastDay), visit.title);
        }
        if (usage->visits > named && named > 0) {
            //: the end of a shortened list of visits
            visitList += QStringLiteral("\n• ") +
                         tr("… and %n more", nullptr, usage->visits - static_cast<int>(named));
        }
        deletion.consequences << visitList;
    }
    deletion.editName = [name] { return tr("Delete funding project ‘%1’").arg(name); };
    deletion.remove = [&] { return projects.remove(id); };
    deletion.askAndApply(m_document, m_prompts, this);
}
