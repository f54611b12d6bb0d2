// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "institution.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Adds or edits an institution: its name (and the name in other languages), kind, place and contacts.
class InstitutionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    explicit InstitutionDialog(const Institution& institution, QWidget* parent = nullptr);

    /// The institution as the form now describes it.
    Institution institution() const;

protected:
    void retranslateUi() override;

private:
    Institution m_original;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QComboBox* m_kind;
    QLineEdit* m_city;
    QLineEdit* m_country;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QPlainTextEdit* m_notes;
};
