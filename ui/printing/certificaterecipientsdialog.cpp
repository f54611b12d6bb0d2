// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/certificaterecipientsdialog.h"

#include "ui/documents/certificatedocument.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/textsize.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

bool inDelegation(const ParticipantRow& row)
{
    return CertificateDocument::certifiedByDefault(row.participant.role);
}

bool anyone(const ParticipantRow&)
{
    return true;
}

} // namespace

CertificateRecipientsDialog::CertificateRecipientsDialog(QList<ParticipantRow> participants,
                                                         const QList<Id>& chosen, QWidget* parent)
    : QDialog(parent), m_participants(std::move(participants)), m_label(new QLabel(this)),
      m_list(new QListWidget(this)), m_delegation(new QPushButton(this)), m_everyone(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpRequest::setSection(this, QStringLiteral("printing"));
    setObjectName(QStringLiteral("certificateRecipientsDialog"));
    m_list->setObjectName(QStringLiteral("certificateRecipients"));
    m_list->setProperty("content", true); // people's names, with their roles
    m_delegation->setObjectName(QStringLiteral("tickDelegation"));
    m_everyone->setObjectName(QStringLiteral("tickEveryone"));
    m_label->setWordWrap(true);
    m_label->setBuddy(m_list);
    for (const ParticipantRow& row : std::as_const(m_participants)) {
        auto* item = new QListWidgetItem(m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, row.participant.id);
        const bool ticked = chosen.isEmpty() ? inDelegation(row) : chosen.contains(row.participant.id);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setMinimumHeight(heightForLines(m_list, 12));
    m_buttons->addButton(m_delegation, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_everyone, QDialogButtonBox::ActionRole);
    connect(m_delegation, &QPushButton::clicked, this, [this] { tickWhere(inDelegation); });
    connect(m_everyone, &QPushButton::clicked, this, [this] { tickWhere(anyone); });
    connect(m_list, &QListWidget::itemChanged, this, &CertificateRecipientsDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(widthForCharacters(this, 60), sizeHint().height());
    m_list->setFocus();
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updateOk();
}

QList<Id> CertificateRecipientsDialog::chosenIds() const
{
    QList<Id> chosen;
    bool delegation = true;
    for (int i = 0; i < m_list->count(); ++i) {
        const bool ticked = m_list->item(i)->checkState() == Qt::Checked;
        if (ticked) {
            chosen << m_list->item(i)->data(Qt::UserRole).value<Id>();
        }
        delegation = delegation && ticked == inDelegation(m_participants.at(i));
    }
    return delegation ? QList<Id>() : chosen;
}

void CertificateRecipientsDialog::tickWhere(bool (*tick)(const ParticipantRow& row))
{
    for (int i = 0; i < m_list->count(); ++i) {
        m_list->item(i)->setCheckState(tick(m_participants.at(i)) ? Qt::Checked : Qt::Unchecked);
    }
}

void CertificateRecipientsDialog::updateOk()
{
    bool any = false;
    for (int i = 0; i < m_list->count() && !any; ++i) {
        any = m_list->item(i)->checkState() == Qt::Checked;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

void CertificateRecipientsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void CertificateRecipientsDialog::retranslateUi()
{
    setWindowTitle(tr("Certificates of Participation"));
    m_label->setText(tr("&Tick who gets a certificate of participation, with the hours of programme they "
                        "attended:"));
    m_list->setAccessibleName(tr("Participants who get a certificate"));
    for (int i = 0; i < m_list->count(); ++i) {
        const ParticipantRow& row = m_participants.at(i);
        //: a participant in the list of those who may get a certificate: %1 is a name, %2 a role
        m_list->item(i)->setText(tr("%1 (%2)").arg(row.displayName, enumDisplayName(row.participant.role)));
    }
    m_delegation->setText(tr("Only the &Delegation"));
    m_delegation->setToolTip(tr("Tick the delegation's leaders and members, and no one else"));
    m_everyone->setText(tr("&Everyone"));
    m_everyone->setToolTip(tr("Tick every participant of the visit"));
}
