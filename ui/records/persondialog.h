// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/person.h"
#include "ui/records/recorddialog.h"

#include <optional>

class Database;
class DatabaseDocument;
class QCheckBox;
class QComboBox;
class QDateEdit;
class CountryEdit;
class LanguagesEdit;
class QLineEdit;
class QPlainTextEdit;

/// Adds or edits a person: their name (and its Latin form for badges and bookings), institution,
/// languages, contacts, diet, accessibility needs and the day they consented to their data being kept.
///
/// It needs nothing but the database, so any form can add a person in place (see addPerson()).
class PersonDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Reads the institutions to choose from out of `database`.
    PersonDialog(const Person& person, Database& database, QWidget* parent = nullptr);

    /// The person as the form now describes them.
    Person person() const;

    /// Asks for a new person, starting from `draft`, and adds them as one edit that can be undone.
    /// Returns their id, or 0 when the form was cancelled.
    static Id addPerson(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                        const Person& draft = {});

    FieldErrors check() const override;
    QList<PrintedText> printedTexts() const override;

protected:
    void retranslateUi() override;

private:
    void loadInstitutions(Database& database);
    /// The institution named in the box: 0 for none, nothing when the text names no institution.
    std::optional<Id> chosenInstitution() const;

    Person m_original;
    bool m_institutionsLoaded = false;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_latinGivenName;
    QLineEdit* m_latinFamilyName;
    QComboBox* m_institution;
    QLineEdit* m_position;
    CountryEdit* m_country;
    LanguagesEdit* m_languages;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_diet;
    QLineEdit* m_dietNote;
    QPlainTextEdit* m_accessibilityNeeds;
    QWidget* m_consent;
    QCheckBox* m_consentGiven;
    QDateEdit* m_consentDate;
    QPlainTextEdit* m_notes;
};
