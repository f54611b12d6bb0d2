// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/costdialog.h"

#include "core/storage/fundingprojectrepository.h"
#include "core/storage/visitrepository.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/moneyedit.h"
#include "ui/widgets/textsize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

#include <algorithm>

namespace {

const QString categoryField = QStringLiteral("cost.category");
const QString descriptionField = QStringLiteral("cost.description");
const QString plannedField = QStringLiteral("cost.planned");
const QString actualField = QStringLiteral("cost.actual");
const QString currencyField = QStringLiteral("cost.currency");
const QString paidByField = QStringLiteral("cost.fundingProjectId");
const QString paidField = QStringLiteral("cost.paid");
const QString invoiceField = QStringLiteral("cost.invoiceReference");

// 1 250,50: the example amount the messages show.
constexpr qint64 exampleAmount = 125050;

// The currencies of the funders the coordinators deal with; any other code can be typed.
QStringList usualCurrencies()
{
    return {QStringLiteral("PLN"), QStringLiteral("EUR"), QStringLiteral("NOK"), QStringLiteral("CHF"),
            QStringLiteral("USD"), QStringLiteral("UAH"), QStringLiteral("CZK")};
}

} // namespace

CostDialog::CostDialog(const CostLine& line, Database& database, QWidget* parent)
    : RecordDialog(parent), m_original(line), m_category(new QComboBox(this)),
      m_description(new QLineEdit(this)), m_planned(new MoneyEdit(this)), m_actual(new MoneyEdit(this)),
      m_actualUnknown(new QCheckBox(this)), m_currency(new QComboBox(this)), m_paidBy(new QComboBox(this)),
      m_paid(new QCheckBox(this)), m_invoice(new QLineEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("costs"));
    setObjectName(QStringLiteral("costDialog"));
    m_actual->setObjectName(QStringLiteral("cost.actual.amount"));
    m_actualUnknown->setObjectName(QStringLiteral("cost.actual.unknown"));

    addRow(categoryField, m_category);
    addRow(descriptionField, m_description);
    addRow(plannedField, m_planned);
    auto* actualRow = new QWidget(this);
    auto* actualLayout = new QHBoxLayout(actualRow);
    actualLayout->setContentsMargins(0, 0, 0, 0);
    actualLayout->addWidget(m_actual, 1);
    actualLayout->addWidget(m_actualUnknown);
    addRow(actualField, actualRow);
    addRow(currencyField, m_currency);
    addRow(paidByField, m_paidBy);
    addRow(paidField, m_paid);
    addRow(invoiceField, m_invoice);

    for (const CostCategory category : EnumInfo<CostCategory>::all()) {
        m_category->addItem(QString(), static_cast<int>(category));
    }
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(line.category)));
    m_description->setText(line.description);
    m_planned->setMinorUnits(line.planned);
    m_actual->setMinorUnits(line.actual.value_or(0));
    m_actualUnknown->setChecked(!line.actual.has_value());
    // The label's mnemonic goes to what can be used: the amount while it is known, else the box.
    const auto follow = [this, actualRow](bool unknown) {
        m_actual->setEnabled(!unknown);
        actualRow->setFocusProxy(unknown ? static_cast<QWidget*>(m_actualUnknown) : m_actual);
    };
    follow(m_actualUnknown->isChecked());
    connect(m_actualUnknown, &QCheckBox::toggled, this, follow);

    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(usualCurrencies());
    m_currency->lineEdit()->setMaxLength(3);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        m_planned->setCurrency(text.trimmed().toUpper());
        m_actual->setCurrency(text.trimmed().toUpper());
    });
    m_currency->setCurrentText(line.currency);
    m_planned->setCurrency(line.currency);
    m_actual->setCurrency(line.currency);

    m_paidBy->addItem(QString(), Id(0));
    if (const auto projects = FundingProjectRepository(database).list()) {
        for (const FundingProjectSummary& project : *projects) {
            m_paidBy->addItem(project.acronym.isEmpty()
                                  ? project.name
                                  : QStringLiteral("%1 (%2)").arg(project.acronym, project.name),
                              project.id);
        }
    }
    m_paidBy->setCurrentIndex(std::max(0, m_paidBy->findData(line.fundingProjectId)));
    m_paid->setChecked(line.paid);
    m_invoice->setText(line.invoiceReference);

    const QList<QWidget*> order = {m_category, m_description, m_planned, m_actual, m_actualUnknown,
                                   m_currency, m_paidBy,      m_paid,    m_invoice};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    m_category->setFocus();
    resize(widthForCharacters(this, 70), sizeHint().height());
    retranslateUi();
}

CostLine CostDialog::newLine(Database& database, Id visitId)
{
    CostLine line;
    line.visitId = visitId;
    if (const auto visit = VisitRepository(database).get(visitId); visit && visit->fundingProjectId != 0) {
        if (const auto project = FundingProjectRepository(database).get(visit->fundingProjectId)) {
            line.currency = project->currency;
            line.fundingProjectId = project->id;
        }
    }
    return line;
}

CostLine CostDialog::line() const
{
    CostLine line = m_original; // keeps the id and the visit
    line.category = static_cast<CostCategory>(m_category->currentData().toInt());
    line.description = m_description->text().trimmed();
    line.planned = m_planned->minorUnits();
    line.actual = m_actualUnknown->isChecked() ? std::nullopt : std::optional<qint64>(m_actual->minorUnits());
    line.currency = m_currency->currentText().trimmed().toUpper();
    line.fundingProjectId = m_paidBy->currentData().toLongLong();
    line.paid = m_paid->isChecked();
    line.invoiceReference = m_invoice->text().trimmed();
    return line;
}

FieldErrors CostDialog::check() const
{
    // Text that is no amount is refused rather than saved as the last amount the input could read.
    FieldErrors errors;
    const QString example = formatAmount(exampleAmount, locale());
    if (!m_planned->hasAcceptableInput()) {
        //: %1 is what was typed, %2 an example amount such as 1 250,50
        errors.append({plannedField, tr("Planned amount: \"%1\" is not an amount; write it like %2.")
                                         .arg(m_planned->text().trimmed(), example)});
    }
    if (!m_actualUnknown->isChecked() && !m_actual->hasAcceptableInput()) {
        //: %1 is what was typed, %2 an example amount such as 1 250,50
        errors.append({actualField, tr("Actual amount: \"%1\" is not an amount; write it like %2.")
                                        .arg(m_actual->text().trimmed(), example)});
    }
    for (const FieldError& error : CostLineValidator::validate(line())) {
        const bool said = std::any_of(errors.cbegin(), errors.cend(),
                                      [&](const FieldError& found) { return found.field == error.field; });
        if (!said) {
            errors.append(error);
        }
    }
    return errors;
}

void CostDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Cost") : tr("Add Cost"));
    setLabel(categoryField, tr("Ca&tegory:"));
    setLabel(descriptionField, tr("&Description:"));
    setLabel(plannedField, tr("&Planned amount:"));
    setLabel(actualField, tr("A&ctual amount:"));
    setLabel(currencyField, tr("Cu&rrency:"));
    //: who pays a cost: own funds or a funding project
    setLabel(paidByField, tr("Paid &by:"));
    //: a label before the check box "Paid"
    setLabel(paidField, tr("Pa&yment:"));
    setLabel(invoiceField, tr("&Invoice reference:"));
    //: the actual amount of a cost is not known until the invoice is in
    m_actualUnknown->setText(tr("&Not known yet"));
    //: a check box: the cost has been paid
    m_paid->setText(tr("Paid"));
    m_description->setPlaceholderText(tr("e.g. Hotel Ibis, 2 nights for 8 people"));
    m_currency->setToolTip(tr("A three-letter code, such as PLN or EUR"));
    m_invoice->setPlaceholderText(tr("e.g. FV 12/05/2026"));
    m_actual->setAccessibleName(tr("Actual amount"));
    //: who pays a cost: the institution itself, not a funding project
    m_paidBy->setItemText(0, tr("Own funds"));
    for (int i = 0; i < m_category->count(); ++i) {
        m_category->setItemText(i,
                                enumDisplayName(static_cast<CostCategory>(m_category->itemData(i).toInt())));
    }
}
