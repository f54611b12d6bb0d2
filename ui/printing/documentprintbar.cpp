// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/documentprintbar.h"

#include "core/storage/participantrepository.h"
#include "ui/help/helprequest.h"
#include "ui/printing/certificaterecipientsdialog.h"
#include "ui/widgets/userprompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DocumentPrintBar::DocumentPrintBar(Database& database, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_database(database), m_prompts(prompts), m_documentLabel(new QLabel(this)),
      m_document(new QComboBox(this)), m_languagesLabel(new QLabel(this)), m_languages(new QComboBox(this)),
      m_contacts(new QCheckBox(this)), m_recipients(new QPushButton(this)), m_preview(new QPushButton(this)),
      m_print(new QPushButton(this)), m_export(new QPushButton(this))
{
    HelpRequest::setSection(this, QStringLiteral("printing"));
    m_document->setObjectName(QStringLiteral("printedDocument"));
    m_languages->setObjectName(QStringLiteral("documentLanguages"));
    m_contacts->setObjectName(QStringLiteral("documentContacts"));
    m_recipients->setObjectName(QStringLiteral("certificateRecipients"));
    m_preview->setObjectName(QStringLiteral("previewDocument"));
    m_print->setObjectName(QStringLiteral("printDocument"));
    m_export->setObjectName(QStringLiteral("exportDocument"));
    m_documentLabel->setBuddy(m_document);
    m_languagesLabel->setBuddy(m_languages);
    for (const VisitDocumentKind kind : VisitDocuments::all()) {
        m_document->addItem(QString(), static_cast<int>(kind));
    }
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_document, &QComboBox::currentIndexChanged, this, &DocumentPrintBar::updateOptions);
    connect(m_recipients, &QPushButton::clicked, this, &DocumentPrintBar::chooseRecipients);
    // Printing changes nothing, so a read-only database prints too.
    connect(m_preview, &QPushButton::clicked, this, &DocumentPrintBar::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentPrintBar::print);
    connect(m_export, &QPushButton::clicked, this, &DocumentPrintBar::exportPdf);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_documentLabel);
    layout->addWidget(m_document);
    layout->addWidget(m_languagesLabel);
    layout->addWidget(m_languages);
    layout->addWidget(m_contacts);
    layout->addWidget(m_recipients);
    layout->addWidget(m_preview);
    layout->addWidget(m_print);
    layout->addWidget(m_export);
    layout->addStretch();
    retranslateUi();
    setVisit(0, {}, {});
}

void DocumentPrintBar::setVisit(Id visitId, const QStringList& printLanguages, const QString& contentLanguage)
{
    // The same visit again (its details edited) keeps the choice; another starts from its own print
    // languages, as the command line prints them: both when there are two (pl + uk).
    const bool sameVisit = visitId == m_visitId;
    m_visitId = visitId;
    if (!sameVisit) {
        m_recipientIds.clear();
    }
    const QStringList chosen =
        sameVisit ? m_languages->currentData().toStringList() : printLanguages.mid(0, 2);
    const QList<QStringList> choices =
        visitId == 0 ? QList<QStringList>{}
                     : DocumentPrinting::languageChoices(printLanguages, contentLanguage);
    m_languages->clear();
    for (const QStringList& languages : choices) {
        m_languages->addItem(DocumentPrinting::choiceName(languages), languages);
    }
    const int kept = static_cast<int>(choices.indexOf(chosen));
    m_languages->setCurrentIndex(kept >= 0 ? kept : 0);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_document, m_languages, m_preview, m_print, m_export}) {
        widget->setEnabled(visitId != 0);
    }
    updateOptions();
}

QList<QWidget*> DocumentPrintBar::tabOrder() const
{
    return {m_document, m_languages, m_contacts, m_recipients, m_preview, m_print, m_export};
}

DocumentRequest DocumentPrintBar::request() const
{
    DocumentRequest request;
    request.visitId = m_visitId;
    request.kind = static_cast<VisitDocumentKind>(m_document->currentData().toInt());
    request.languages = m_languages->currentData().toStringList();
    request.options.contacts = m_contacts->isEnabled() && m_contacts->isChecked();
    if (request.kind == VisitDocumentKind::Certificates) {
        request.options.participantIds = m_recipientIds;
    }
    return request;
}

void DocumentPrintBar::preview()
{
    if (m_visitId != 0) {
        DocumentPrinting::preview(m_database, m_prompts, window(), request());
    }
}

void DocumentPrintBar::print()
{
    if (m_visitId != 0) {
        DocumentPrinting::print(m_database, m_prompts, window(), request());
    }
}

void DocumentPrintBar::exportPdf()
{
    if (m_visitId != 0) {
        DocumentPrinting::exportPdf(m_database, m_prompts, window(), request());
    }
}

void DocumentPrintBar::updateOptions()
{
    const auto kind = static_cast<VisitDocumentKind>(m_document->currentData().toInt());
    // Contact details are personal data: asked for each time a participant list is made, off at first.
    const bool list = kind == VisitDocumentKind::ParticipantList;
    m_contacts->setVisible(list);
    m_contacts->setEnabled(list && m_visitId != 0);
    const bool certificates = kind == VisitDocumentKind::Certificates;
    m_recipients->setVisible(certificates);
    m_recipients->setEnabled(certificates && m_visitId != 0);
}

void DocumentPrintBar::chooseRecipients()
{
    if (m_visitId == 0) {
        return;
    }
    const auto participants = ParticipantRepository(m_database).listForVisit(m_visitId);
    if (!participants) {
        m_prompts.warning(window(), tr("Certificates of Participation"), participants.error().message());
        return;
    }
    CertificateRecipientsDialog dialog(*participants, m_recipientIds, window());
    if (dialog.exec() == QDialog::Accepted) {
        m_recipientIds = dialog.chosenIds();
    }
}

void DocumentPrintBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DocumentPrintBar::retranslateUi()
{
    //: before the choice of a visit's document: the programme, the participant list...
    m_documentLabel->setText(tr("P&rint:"));
    for (int i = 0; i < m_document->count(); ++i) {
        const auto kind = static_cast<VisitDocumentKind>(m_document->itemData(i).toInt());
        m_document->setItemText(i, VisitDocuments::displayName(kind));
        m_document->setItemData(i, VisitDocuments::description(kind), Qt::ToolTipRole);
    }
    //: the language or two languages a visit's document is printed in
    m_languagesLabel->setText(tr("&in:"));
    m_languages->setAccessibleName(tr("Document languages"));
    m_contacts->setText(tr("With &contact details"));
    m_contacts->setToolTip(
        tr("Print e-mail addresses and phone numbers: personal data, left out unless asked for"));
    m_recipients->setText(tr("C&hoose Participants…"));
    m_recipients->setToolTip(
        tr("Choose who gets a certificate: without a choice, every member of the delegation gets one"));
    m_preview->setText(tr("Print Previe&w…"));
    m_preview->setToolTip(tr("See the document before printing it"));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the document"));
    m_export->setText(tr("E&xport PDF…"));
    m_export->setToolTip(tr("Save the document as a PDF file"));
}
