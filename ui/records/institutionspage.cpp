// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/institutionspage.h"

#include "core/languages/dayrange.h"
#include "core/languages/localenames.h"
#include "core/storage/personrepository.h"
#include "ui/documents/htmlbuilder.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/deletion.h"
#include "ui/help/helprequest.h"
#include "ui/records/institutiondialog.h"
#include "ui/records/institutionedits.h"
#include "ui/records/institutionlistmodel.h"
#include "ui/widgets/translatedtextedit.h"
#include "ui/widgets/userprompts.h"

#include <QLocale>

InstitutionsPage::InstitutionsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : RecordListPage(new InstitutionListModel(document.database()), parent), m_document(document),
      m_prompts(prompts)
{
    HelpRequest::setSection(this, QStringLiteral("institutions"));
    setObjectName(QStringLiteral("institutionsPage"));
    setSearchColumns({InstitutionListModel::Name, InstitutionListModel::ShortName, InstitutionListModel::City,
                      InstitutionListModel::Country});
    setEditable(!document.isReadOnly());
    retranslateUi();
    fitColumns();
}

RecordListPage::Texts InstitutionsPage::texts() const
{
    return {
        tr("Search institutions by name, short name, city or country"),
        tr("Search institutions"),
        tr("Institutions"),
        tr("Details of the institution"),
        tr("&Add Institution…"),
        tr("No institutions yet"),
        tr("Add the welfare centres, NGOs, city halls and other institutions that host or send visits. "
           "Their people and the sessions they host will be shown beside them."),
    };
}

QString InstitutionsPage::countText(int shown, int all) const
{
    if (shown == all) {
        return tr("%n institution(s)", nullptr, all);
    }
    //: %1 institutions are shown out of all %n
    return tr("%1 of %n institution(s)", nullptr, all).arg(shown);
}

QString InstitutionsPage::detailsHtml(Id id) const
{
    InstitutionRepository institutions(m_document.database());
    const auto institution = institutions.get(id);
    if (!institution) {
        return HtmlBuilder::errorParagraph(institution.error().message(), palette());
    }
    HtmlBuilder html(palette());
    html.heading(institution->name.forReader());
    // Under a heading in the interface's language, the name as written.
    if (institution->name.forReader() != institution->name.text) {
        //: %1 is the name of a language, e.g. "Name (Polish):"
        html.field(
            tr("Name (%1):")
                .arg(LocaleNames::language(contentLanguageOf(m_document.database()), LocaleNames::reader())),
            institution->name.text);
    }
    html.line(enumDisplayName(institution->kind));
    html.line(institution->postalLine(LocaleNames::country(institution->country, LocaleNames::reader())));
    html.line(institution->phone);
    html.line(institution->email);
    html.line(institution->website);

    const auto people = PersonRepository(m_document.database()).list(id);
    html.subheading(tr("People"));
    if (people && !people->isEmpty()) {
        QStringList names;
        for (const PersonSummary& person : *people) {
            names << (person.position.isEmpty()
                          ? person.displayName
                          : QStringLiteral("%1 (%2)").arg(person.displayName, person.position));
        }
        html.list(names);
    } else {
        html.note(tr("No one from this institution is recorded yet."));
    }

    const auto sessions = institutions.sessionsHosted(id);
    html.subheading(tr("Sessions held here"));
    if (sessions && !sessions->isEmpty()) {
        QStringList items;
        const QLocale locale;
        for (const HostedSession& session : *sessions) {
            //: %1 date and time, %2 session title, %3 visit title
            items << tr("%1 — %2 (%3)")
                         .arg(formatShortDateTime(session.startsAt, locale), session.sessionTitle,
                              session.visitTitle);
        }
        html.list(items);
    } else {
        html.note(tr("No session has been held here yet."));
    }
    return html.html();
}

void InstitutionsPage::addRecord()
{
    InstitutionDialog dialog(Institution{}, this);
    dialog.setPrompts(m_prompts);
    dialog.setLanguages(contentLanguageOf(m_document.database()));
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const Institution institution = dialog.institution();
        const QString name = institution.name.text.trimmed();
        auto id = m_document.edits().apply<Id>(
            [name] { return tr("Add institution ‘%1’").arg(name); },
            [&] { return InstitutionRepository(m_document.database()).create(institution); });
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

void InstitutionsPage::openRecord(Id id)
{
    InstitutionEdits::edit(m_document, m_prompts, this, id);
}

void InstitutionsPage::deleteRecord(Id id)
{
    InstitutionRepository institutions(m_document.database());
    const auto institution = institutions.get(id);
    const auto usage = institutions.usage(id);
    if (!institution || !usage) {
        m_prompts.warning(this, tr("Delete Institution"),
                          (institution ? usage.error() : institution.error()).message());
        return;
    }
    const QString name = institution->name.forReader();
    QStringList consequences;
    if (usage->people > 0) {
        consequences << tr("%n person(s) from it will stay, without an institution.", nullptr, usage->people);
    }
    if (usage->sessions > 0) {
        consequences << tr("It is the venue of %n session(s); they will stay, without a venue.", nullptr,
                           usage->sessions);
    }
    if (usage->hostedVisits + usage->sentVisits > 0) {
        consequences << tr("%n visit(s) name it as host or sender; they will stay, without it.", nullptr,
                           usage->hostedVisits + usage->sentVisits);
    }
    if (usage->projects > 0) {
        consequences << tr("It will no longer be a partner in %n funding project(s).", nullptr,
                           usage->projects);
    }
    if (usage->exchangeGroups > 0) {
        consequences << tr("It will no longer be a member of %n exchange group(s).", nullptr,
                           usage->exchangeGroups);
    }
    Deletion deletion;
    deletion.title = tr("Delete Institution");
    deletion.question = tr("Delete the institution ‘%1’?").arg(name);
    deletion.consequences = consequences;
    deletion.editName = [name] { return tr("Delete institution ‘%1’").arg(name); };
    deletion.remove = [&] { return institutions.remove(id); };
    deletion.askAndApply(m_document, m_prompts, this);
}
