// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/institutiondialog.h"

#include "core/model/textlimits.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/codeedits.h"
#include "ui/widgets/textsize.h"
#include "ui/widgets/translatedtextedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

InstitutionDialog::InstitutionDialog(const Institution& institution, QWidget* parent)
    : RecordDialog(parent), m_original(institution),
      m_name(new TranslatedTextEdit(TranslatedTextEdit::Mode::Line, this)), m_shortName(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_city(new QLineEdit(this)), m_country(new CountryEdit(this)),
      m_address(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_website(new QLineEdit(this)), m_notes(new QPlainTextEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("institutions"));
    setObjectName(QStringLiteral("institutionDialog"));
    // The main line carries the field's label and errors; the other languages sit under it.
    addRow(QStringLiteral("institution.name"), m_name->mainInput());
    m_name->reclaimMainInput();
    m_name->setMaximumLength(TextLimits::name);
    addRow(QStringLiteral("institution.shortName"), m_shortName);
    addRow(QStringLiteral("institution.kind"), m_kind);
    addRow(QStringLiteral("institution.city"), m_city);
    addRow(QStringLiteral("institution.country"), m_country);
    addRow(QStringLiteral("institution.address"), m_address);
    addRow(QStringLiteral("institution.phone"), m_phone);
    addRow(QStringLiteral("institution.email"), m_email);
    addRow(QStringLiteral("institution.website"), m_website);
    addRow(QStringLiteral("institution.notes"), m_notes);

    for (const InstitutionKind kind : EnumInfo<InstitutionKind>::all()) {
        m_kind->addItem(QString(), static_cast<int>(kind));
    }
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(heightForLines(m_notes, 6));

    m_name->setText(institution.name);
    m_shortName->setText(institution.shortName);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(institution.kind)));
    m_city->setText(institution.city);
    m_country->setCode(institution.country);
    m_address->setText(institution.address);
    m_phone->setText(institution.phone);
    m_email->setText(institution.email);
    m_website->setText(institution.website);
    m_notes->setPlainText(institution.notes);
    resize(widthForCharacters(this, 100), sizeHint().height());
    retranslateUi();
}

Institution InstitutionDialog::institution() const
{
    Institution institution = m_original; // keeps the id
    institution.name = m_name->text();
    institution.shortName = m_shortName->text();
    institution.kind = static_cast<InstitutionKind>(m_kind->currentData().toInt());
    institution.city = m_city->text();
    institution.country = m_country->code();
    institution.address = m_address->text();
    institution.phone = m_phone->text();
    institution.email = m_email->text();
    institution.website = m_website->text();
    institution.notes = m_notes->toPlainText();
    return institution;
}

void InstitutionDialog::setLanguages(const QString& contentLanguage, const QStringList& suggested)
{
    m_name->setContentLanguage(contentLanguage);
    m_name->setSuggestedLanguages(suggested);
}

void InstitutionDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Institution") : tr("New Institution"));
    setLabel(QStringLiteral("institution.name"), tr("&Name:"));
    m_name->setFieldName(tr("Name"));
    setLabel(QStringLiteral("institution.shortName"), tr("S&hort name:"));
    setLabel(QStringLiteral("institution.kind"), tr("&Kind:"));
    setLabel(QStringLiteral("institution.city"), tr("&City:"));
    setLabel(QStringLiteral("institution.country"), tr("C&ountry:"));
    setLabel(QStringLiteral("institution.address"), tr("&Address:"));
    setLabel(QStringLiteral("institution.phone"), tr("&Phone:"));
    setLabel(QStringLiteral("institution.email"), tr("&E-mail:"));
    setLabel(QStringLiteral("institution.website"), tr("&Website:"));
    setLabel(QStringLiteral("institution.notes"), tr("No&tes:"));
    m_shortName->setPlaceholderText(tr("e.g. MOPR Kraków"));
    m_country->setPlaceholderText(tr("e.g. Poland"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, enumDisplayName(static_cast<InstitutionKind>(m_kind->itemData(i).toInt())));
    }
}

FieldErrors InstitutionDialog::check() const
{
    return InstitutionValidator::validate(institution());
}

QList<RecordDialog::PrintedText> InstitutionDialog::printedTexts() const
{
    const Institution shown = institution();
    return printed(QStringLiteral("institution.name"), shown.name) +
           QList<PrintedText>{{QStringLiteral("institution.shortName"), {}, shown.shortName},
                              {QStringLiteral("institution.city"), {}, shown.city},
                              {QStringLiteral("institution.address"), {}, shown.address}};
}
