// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/printing/documentprinting.h"

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class UserPrompts;

/// The row under a visit's details that prints its documents: which document (VisitDocuments), in
/// which language or two (DocumentPrinting::languageChoices), the participant list with contact
/// details or without, who gets a certificate (CertificateRecipientsDialog), then Print Preview, Print
/// and Export PDF. The File menu's entries do the same
/// through preview(), print() and exportPdf().
class DocumentPrintBar final : public QWidget
{
    Q_OBJECT

public:
    DocumentPrintBar(Database& database, UserPrompts& prompts, QWidget* parent = nullptr);

    /// Offers the documents of visit `visitId` (0: none) in its print languages, keeping the choices
    /// made where they are still offered.
    void setVisit(Id visitId, const QStringList& printLanguages, const QString& contentLanguage);
    /// What the choices ask for.
    DocumentRequest request() const;

    /// The widgets Tab goes through, in order.
    QList<QWidget*> tabOrder() const;

    void preview();
    void print();
    void exportPdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// Shows the options of the document chosen: contact details, who gets a certificate.
    void updateOptions();
    void chooseRecipients();

    Database& m_database;
    UserPrompts& m_prompts;
    Id m_visitId = 0;
    QLabel* m_documentLabel;
    QComboBox* m_document;
    QLabel* m_languagesLabel;
    QComboBox* m_languages;
    QCheckBox* m_contacts;
    QPushButton* m_recipients;
    /// Who gets a certificate; none: the delegation. Chosen again for another visit.
    QList<Id> m_recipientIds;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_export;
};
