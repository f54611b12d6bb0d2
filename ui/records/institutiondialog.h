// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/institution.h"
#include "ui/records/recorddialog.h"

class QComboBox;
class CountryEdit;
class LanguagesEdit;
class QLineEdit;
class QPlainTextEdit;
class TranslatedTextEdit;

/// Adds or edits an institution: its name (and the name in other languages), kind, place and contacts.
class InstitutionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    explicit InstitutionDialog(const Institution& institution, QWidget* parent = nullptr);

    /// The institution as the form now describes it, its name in every language shown.
    Institution institution() const;

    /// The database's content language, which the main name is in ("pl" until set), and the
    /// languages offered first for the name in other languages (the visit's, when entered for one).
    void setLanguages(const QString& contentLanguage, const QStringList& suggested = {});

protected:
    void retranslateUi() override;
    FieldErrors check() const override;
    QList<PrintedText> printedTexts() const override;

private:
    Institution m_original;
    TranslatedTextEdit* m_name;
    QLineEdit* m_shortName;
    QComboBox* m_kind;
    QLineEdit* m_city;
    CountryEdit* m_country;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QPlainTextEdit* m_notes;
};
