// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/fundingproject.h"
#include "ui/records/recorddialog.h"

class Database;
class InstitutionChecklist;
class MoneyEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class UserPrompts;

/// Adds or edits a funding project: its name and funder, the agreement, the period, the budget,
/// the partner institutions and the logo printed on the visit's documents.
class ProjectDialog final : public RecordDialog
{
    Q_OBJECT

public:
    ProjectDialog(const FundingProject& project, Database& database, UserPrompts& prompts,
                  QWidget* parent = nullptr);

    /// The project as the form now describes it.
    FundingProject project() const;

    /// Refuses an amount that cannot be read on its field, before anything is saved.
    FieldErrors check() const override;
    QList<PrintedText> printedTexts() const override;

protected:
    void retranslateUi() override;

private:
    void chooseLogo();
    void showLogo();

    FundingProject m_original;
    UserPrompts& m_prompts;
    QByteArray m_logo;
    QLineEdit* m_name;
    QLineEdit* m_acronym;
    QLineEdit* m_funder;
    QLineEdit* m_agreementNumber;
    QCheckBox* m_hasFirstDay;
    QDateEdit* m_firstDay;
    QCheckBox* m_hasLastDay;
    QDateEdit* m_lastDay;
    QComboBox* m_currency;
    MoneyEdit* m_totalValue;
    MoneyEdit* m_coFinancing;
    InstitutionChecklist* m_partners;
    QLabel* m_logoPreview;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    QPlainTextEdit* m_notes;
};
