// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/groups/planmeetingdialog.h"

#include "core/languages/dayrange.h"
#include "core/languages/localenames.h"
#include "core/planning/workingdays.h"
#include "core/storage/institutionrepository.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/textsize.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

PlanMeetingDialog::PlanMeetingDialog(const MeetingProposal& proposal, Database& database,
                                     UserPrompts& prompts, QWidget* parent)
    : RecordDialog(parent), m_database(database), m_proposal(proposal), m_host(new QComboBox(this)),
      m_firstDay(new QDateEdit(this)), m_lastDay(new QDateEdit(this)), m_explanation(new QLabel(this))
{
    HelpRequest::setSection(this, QStringLiteral("groups"));
    setObjectName(QStringLiteral("planMeetingDialog"));
    setPrompts(prompts);
    m_host->setProperty("content", true); // institutions' names
    for (QDateEdit* day : {m_firstDay, m_lastDay}) {
        day->setCalendarPopup(true);
    }
    m_explanation->setWordWrap(true);

    addRow(QStringLiteral("meeting.host"), m_host);
    addRow(QStringLiteral("meeting.firstDay"), m_firstDay);
    addRow(QStringLiteral("meeting.lastDay"), m_lastDay);
    addRow(QStringLiteral("meeting.explanation"), m_explanation);

    const auto institutions = InstitutionRepository(database).list();
    if (!institutions) {
        showError(institutions.error());
    } else {
        for (const InstitutionSummary& institution : *institutions) {
            if (proposal.group.memberInstitutionIds.contains(institution.id)) {
                m_hostNames.insert(institution.id,
                                   institution.city.isEmpty()
                                       ? institution.name
                                       : QStringLiteral("%1 (%2)").arg(institution.name, institution.city));
                m_hostCountries.insert(institution.id, institution.country);
            }
        }
    }
    fillHosts();
    m_firstDay->setDate(proposal.firstDay);
    m_lastDay->setDate(proposal.lastDay);
    connect(m_host, &QComboBox::currentIndexChanged, this, &PlanMeetingDialog::hostChosen);
    // Moving the first day moves the last one with it, so the meeting keeps its length.
    connect(m_firstDay, &QDateEdit::dateChanged, this,
            [this](QDate day) { m_lastDay->setDate(day.addDays(m_proposal.meetingDays - 1)); });
    m_host->setFocus();
    resize(widthForCharacters(this, 80), sizeHint().height());
    retranslateUi();
}

Id PlanMeetingDialog::hostId() const
{
    return m_host->currentData().toLongLong();
}

QDate PlanMeetingDialog::firstDay() const
{
    return m_firstDay->date();
}

QDate PlanMeetingDialog::lastDay() const
{
    return m_lastDay->date();
}

FieldErrors PlanMeetingDialog::check() const
{
    FieldErrors errors;
    if (lastDay() < firstDay()) {
        errors.append(
            {QStringLiteral("meeting.lastDay"), tr("Last day: the meeting cannot end before it starts.")});
    }
    return errors;
}

void PlanMeetingDialog::hostChosen()
{
    const auto moved = MeetingPlanner(m_database).withHost(m_proposal, hostId());
    if (!moved) {
        showError(moved.error());
        return;
    }
    m_proposal = *moved;
    m_firstDay->setDate(moved->firstDay);
    m_lastDay->setDate(moved->lastDay);
    explain();
}

void PlanMeetingDialog::fillHosts()
{
    const Id current = m_host->count() > 0 ? hostId() : m_proposal.hostInstitutionId;
    const QSignalBlocker blocker(m_host);
    m_host->clear();
    // In rotation order: whoever waited longest first.
    for (const HostingTurn& turn : std::as_const(m_proposal.turns)) {
        const QString name = m_hostNames.value(turn.institutionId);
        QString waited;
        if (!turn.lastHosted.isValid()) {
            //: after a member's name in the list of possible hosts
            waited = tr("has not hosted yet");
        } else {
            //: after a member's name in the list of possible hosts; %1 is a date
            waited = tr("last hosted %1").arg(formatDay(turn.lastHosted));
        }
        //: %1 is an institution, %2 when it last hosted the group's meeting
        m_host->addItem(tr("%1 — %2").arg(name, waited), turn.institutionId);
    }
    m_host->setCurrentIndex(std::max(0, m_host->findData(current)));
}

void PlanMeetingDialog::explain()
{
    const QString country = m_hostCountries.value(hostId());
    QStringList lines;
    if (m_proposal.turns.value(0).institutionId == hostId()) {
        lines << tr("Proposed host: the member that has waited longest.");
    }
    if (m_proposal.due.isValid()) {
        //: %1 is a date
        lines << tr("Due on %1, the group's usual interval after its last meeting.")
                     .arg(formatDay(m_proposal.due));
    }
    if (m_proposal.firstDay != m_proposal.due) {
        if (WorkingDays::countriesWithHolidays().contains(country.toUpper())) {
            //: %1 is a country's name
            lines << tr("Moved off the weekend and the public holidays in %1.")
                         .arg(LocaleNames::country(country, LocaleNames::reader()));
        } else {
            lines << tr("Moved off the weekend.");
        }
    }
    lines << tr("The meeting is added as a draft, the other members invited; then build its programme.");
    m_explanation->setText(lines.join(QLatin1Char('\n')));
}

void PlanMeetingDialog::retranslateUi()
{
    //: %1 is the exchange group's name
    setWindowTitle(tr("Plan Next Meeting of %1").arg(m_proposal.group.name));
    setLabel(QStringLiteral("meeting.host"), tr("&Host:"));
    setLabel(QStringLiteral("meeting.firstDay"), tr("&First day:"));
    setLabel(QStringLiteral("meeting.lastDay"), tr("&Last day:"));
    setLabel(QStringLiteral("meeting.explanation"), QString());
    m_explanation->setAccessibleName(tr("Why these days"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Plan Meeting"));
    fillHosts();
    explain();
}
