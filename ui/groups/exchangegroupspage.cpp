// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/groups/exchangegroupspage.h"

#include "core/languages/dayrange.h"
#include "core/planning/meetingplanner.h"
#include "core/storage/exchangegrouprepository.h"
#include "core/storage/institutionrepository.h"
#include "ui/documents/htmlbuilder.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/deletion.h"
#include "ui/groups/exchangegroupdialog.h"
#include "ui/groups/exchangegrouplistmodel.h"
#include "ui/groups/planmeetingdialog.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/userprompts.h"

#include <QHash>
#include <QPushButton>
#include <QUrl>

namespace {

const QString visitLink = QStringLiteral("visit:");

} // namespace

ExchangeGroupsPage::ExchangeGroupsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : RecordListPage(new ExchangeGroupListModel(document.database()), parent), m_document(document),
      m_prompts(prompts), m_planMeeting(addSelectionButton(QStringLiteral("planMeeting")))
{
    HelpRequest::setSection(this, QStringLiteral("groups"));
    setObjectName(QStringLiteral("exchangeGroupsPage"));
    connect(m_planMeeting, &QPushButton::clicked, this, &ExchangeGroupsPage::planMeeting);
    setSearchColumns({ExchangeGroupListModel::Name});
    setEditable(!document.isReadOnly());
    retranslateUi();
    fitColumns();
}

RecordListPage::Texts ExchangeGroupsPage::texts() const
{
    return {
        tr("Search exchange groups by name"),
        tr("Search exchange groups"),
        tr("Exchange groups"),
        tr("Details of the exchange group"),
        tr("&Add Exchange Group…"),
        tr("No exchange groups yet"),
        tr("An exchange group is a few institutions, often of several cities, that meet in turn: every "
           "two months or so, each time at another member. Add the group with its members and usual "
           "interval; Wizyta then proposes who hosts next and when, and keeps the meetings together."),
    };
}

QString ExchangeGroupsPage::countText(int shown, int all) const
{
    if (shown == all) {
        return tr("%n exchange group(s)", nullptr, all);
    }
    //: %1 exchange groups are shown out of all %n
    return tr("%1 of %n exchange group(s)", nullptr, all).arg(shown);
}

QString ExchangeGroupsPage::detailsHtml(Id id) const
{
    ExchangeGroupRepository groups(m_document.database());
    const auto group = groups.get(id);
    const auto meetings = groups.meetings(id);
    const auto institutions = InstitutionRepository(m_document.database()).list();
    if (!group || !meetings || !institutions) {
        const Error& error = !group ? group.error() : !meetings ? meetings.error() : institutions.error();
        return HtmlBuilder::errorParagraph(error.message(), palette());
    }
    QHash<Id, QString> names;
    for (const InstitutionSummary& institution : *institutions) {
        names.insert(institution.id, institution.city.isEmpty()
                                         ? institution.name
                                         : QStringLiteral("%1 (%2)").arg(institution.name, institution.city));
    }
    HtmlBuilder html(palette());
    html.heading(group->name);
    html.field(tr("Meets:"), ExchangeGroupListModel::intervalText(group->meetingIntervalDays));
    const MeetingRotation rotation(group->memberInstitutionIds, *meetings);
    if (rotation.lastMeeting().isValid()) {
        const QDate due = rotation.dueFrom(group->meetingIntervalDays, rotation.lastMeeting());
        html.field(tr("Next meeting due:"), due < QDate::currentDate()
                                                //: %1 is a date that has passed
                                                ? tr("%1 (overdue)").arg(formatDay(due))
                                                : formatDay(due));
    }
    html.line(group->notes);

    //: the members in the order they would host the group's meetings
    html.subheading(tr("Hosts in turn"));
    if (rotation.turns().isEmpty()) {
        html.note(tr("The group has no members yet: edit it to choose them."));
    } else {
        QStringList turns;
        for (const HostingTurn& turn : rotation.turns()) {
            const QString name = names.value(turn.institutionId);
            if (!turn.lastHosted.isValid()) {
                //: %1 is an institution
                turns << tr("%1: has not hosted yet").arg(name);
            } else {
                //: %1 is an institution, %2 a date; %n how many meetings it hosted
                turns << tr("%1: hosted %n time(s), last on %2", nullptr, turn.timesHosted)
                             .arg(name, formatDay(turn.lastHosted));
            }
        }
        html.list(turns);
    }

    html.subheading(tr("Meetings"));
    if (meetings->isEmpty()) {
        html.note(tr("No meetings yet. Plan Next Meeting adds the first as a draft."));
    } else {
        QList<HtmlBuilder::Link> links;
        // The latest first: it is the one a coordinator looks for.
        for (auto it = meetings->crbegin(); it != meetings->crend(); ++it) {
            QString text = formatDayRange(it->firstDay, it->lastDay);
            if (!it->hostName.isEmpty()) {
                text += QStringLiteral(" — ") + it->hostName;
            }
            text += QStringLiteral(" (%1)").arg(enumDisplayName(it->status));
            links.append({visitLink + QString::number(it->id), text});
        }
        html.links(links);
    }
    return html.html();
}

void ExchangeGroupsPage::addRecord()
{
    ExchangeGroup draft;
    draft.meetingIntervalDays = MeetingRotation::defaultIntervalDays;
    ExchangeGroupDialog dialog(draft, m_document.database(), m_prompts, this);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const ExchangeGroup group = dialog.group();
        const QString name = group.name.trimmed();
        auto id = m_document.edits().apply<Id>(
            [name] { return tr("Add exchange group ‘%1’").arg(name); },
            [&] { return ExchangeGroupRepository(m_document.database()).create(group); });
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

void ExchangeGroupsPage::openRecord(Id id)
{
    auto group = ExchangeGroupRepository(m_document.database()).get(id);
    if (!group) {
        m_prompts.warning(this, tr("Exchange Groups"), group.error().message());
        return;
    }
    ExchangeGroupDialog dialog(group.value(), m_document.database(), m_prompts, this);
    dialog.setReadOnly(m_document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const ExchangeGroup edited = dialog.group();
        if (edited == group.value()) {
            return success();
        }
        const QString name = edited.name.trimmed();
        return m_document.edits().apply(
            [name] { return tr("Edit exchange group ‘%1’").arg(name); },
            [&] { return ExchangeGroupRepository(m_document.database()).update(edited); });
    });
    dialog.exec();
}

void ExchangeGroupsPage::deleteRecord(Id id)
{
    ExchangeGroupRepository groups(m_document.database());
    const auto group = groups.get(id);
    const auto usage = groups.usage(id);
    if (!group || !usage) {
        m_prompts.warning(this, tr("Delete Exchange Group"),
                          (group ? usage.error() : group.error()).message());
        return;
    }
    const QString name = group->name;
    Deletion deletion;
    deletion.title = tr("Delete Exchange Group");
    deletion.question = tr("Delete the exchange group ‘%1’?").arg(name);
    if (usage->meetings > 0) {
        deletion.consequences << tr("Its %n meeting(s) will stay as visits, without a group.", nullptr,
                                    usage->meetings);
    }
    deletion.editName = [name] { return tr("Delete exchange group ‘%1’").arg(name); };
    deletion.remove = [&] { return groups.remove(id); };
    deletion.askAndApply(m_document, m_prompts, this);
}

void ExchangeGroupsPage::planMeeting()
{
    const Id groupId = currentId();
    if (groupId == 0 || m_document.isReadOnly()) {
        return;
    }
    MeetingPlanner planner(m_document.database());
    const auto proposal = planner.propose(groupId, QDate::currentDate());
    if (!proposal) {
        m_prompts.warning(this, tr("Plan Next Meeting"), proposal.error().message());
        return;
    }
    PlanMeetingDialog dialog(*proposal, m_document.database(), m_prompts, this);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const QString name = proposal->group.name;
        auto id = m_document.edits().apply<Id>(
            [name] { return tr("Plan meeting of ‘%1’").arg(name); },
            [&] { return planner.plan(groupId, dialog.hostId(), dialog.firstDay(), dialog.lastDay()); });
        if (!id) {
            return id.error();
        }
        created = id.value();
        return success();
    });
    if (dialog.exec() == QDialog::Accepted && created != 0) {
        Q_EMIT openVisitRequested(created);
    }
}

void ExchangeGroupsPage::detailsLinkActivated(const QUrl& target)
{
    const QString link = target.toString();
    if (link.startsWith(visitLink)) {
        Q_EMIT openVisitRequested(link.mid(visitLink.size()).toLongLong());
    }
}

void ExchangeGroupsPage::retranslateUi()
{
    RecordListPage::retranslateUi();
    m_planMeeting->setText(tr("&Plan Next Meeting…"));
    m_planMeeting->setToolTip(
        tr("Adds the group's next meeting as a draft at the member that has waited longest"));
}
