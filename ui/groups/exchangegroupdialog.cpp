// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/groups/exchangegroupdialog.h"

#include "core/model/textlimits.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/institutionchecklist.h"
#include "ui/widgets/lengthcounter.h"
#include "ui/widgets/textsize.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {

// Longer than two years between meetings is no rhythm, but a typing error.
constexpr int longestIntervalDays = 730;

} // namespace

ExchangeGroupDialog::ExchangeGroupDialog(const ExchangeGroup& group, Database& database, UserPrompts& prompts,
                                         QWidget* parent)
    : RecordDialog(parent), m_original(group), m_name(new QLineEdit(this)), m_interval(new QSpinBox(this)),
      m_members(new InstitutionChecklist(QStringLiteral("members"), QStringLiteral("memberFilter"), this)),
      m_notes(new QPlainTextEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("groups"));
    setObjectName(QStringLiteral("exchangeGroupDialog"));
    setPrompts(prompts);
    m_interval->setRange(0, longestIntervalDays);
    m_interval->setValue(group.meetingIntervalDays.value_or(0));
    m_notes->setMaximumHeight(heightForLines(m_notes, 4));

    addRow(QStringLiteral("exchangeGroup.name"), m_name);
    LengthCounter::attach(m_name, TextLimits::name);
    addRow(QStringLiteral("exchangeGroup.meetingIntervalDays"), m_interval);
    addRow(QStringLiteral("exchangeGroup.members"), m_members);
    addRow(QStringLiteral("exchangeGroup.notes"), m_notes);

    m_name->setText(group.name);
    m_notes->setPlainText(group.notes);
    if (Status loaded = m_members->load(database, group.memberInstitutionIds); !loaded) {
        showError(loaded.error());
    }
    setTabOrder(m_name, m_interval);
    setTabOrder(m_interval, m_members);
    setTabOrder(m_members, m_notes);
    retranslateUi();
}

ExchangeGroup ExchangeGroupDialog::group() const
{
    ExchangeGroup group = m_original; // keeps the id
    group.name = m_name->text();
    group.meetingIntervalDays =
        m_interval->value() > 0 ? std::optional<int>(m_interval->value()) : std::optional<int>();
    group.memberInstitutionIds = m_members->checkedIds();
    group.notes = m_notes->toPlainText();
    return group;
}

FieldErrors ExchangeGroupDialog::check() const
{
    return ExchangeGroupValidator::validate(group());
}

void ExchangeGroupDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Exchange Group") : tr("New Exchange Group"));
    setLabel(QStringLiteral("exchangeGroup.name"), tr("&Name:"));
    setLabel(QStringLiteral("exchangeGroup.meetingIntervalDays"), tr("Meets &every:"));
    //: shown in the interval box when an exchange group has no usual interval
    m_interval->setSpecialValueText(tr("no usual interval"));
    //: after the number of days between meetings; the box holds numbers up to 730
    m_interval->setSuffix(tr(" days"));
    m_interval->setToolTip(tr("The usual number of days between two meetings, e.g. 61 for every two months"));
    setLabel(QStringLiteral("exchangeGroup.members"), tr("&Members:"));
    m_members->setTexts(tr("Filter member institutions"), tr("Member institutions"));
    setLabel(QStringLiteral("exchangeGroup.notes"), tr("N&otes:"));
}
