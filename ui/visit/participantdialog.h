// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/person.h"
#include "core/model/visitparticipant.h"
#include "ui/records/recorddialog.h"

class Database;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class CountryEdit;
class LanguagesEdit;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

/// Adds a person to a visit, or edits their part in it: who (someone already recorded, found by
/// any part of their name in either script, or a new person entered in place), their role, when
/// they arrive and leave, where they stay, notes.
class ParticipantDialog final : public RecordDialog
{
    Q_OBJECT

public:
    ParticipantDialog(const VisitParticipant& participant, Database& database, QWidget* parent = nullptr);

    /// The participation as the form describes it. With "New person" chosen its personId is 0: the
    /// person is to be created first (newPerson()).
    VisitParticipant participant() const;
    /// Whether "New person" is chosen.
    bool createsPerson() const;
    /// The person entered under "New person".
    Person newPerson() const;
    /// The name of the person chosen or entered, e.g. for naming the edit.
    QString personName() const;

    FieldErrors check() const override;

protected:
    void retranslateUi() override;

private:
    void showPersonFields();
    void addTimeRow(const QString& field, QCheckBox* known, QDateTimeEdit* time, const QDateTime& value,
                    const QDateTime& suggested);

    Database& m_database;
    VisitParticipant m_original;
    QRadioButton* m_existing;
    QRadioButton* m_new;
    QComboBox* m_person;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_latinGivenName;
    QLineEdit* m_latinFamilyName;
    QComboBox* m_institution;
    CountryEdit* m_country;
    QLineEdit* m_email;
    QComboBox* m_role;
    QCheckBox* m_arrivalKnown;
    QDateTimeEdit* m_arrival;
    QCheckBox* m_departureKnown;
    QDateTimeEdit* m_departure;
    QLineEdit* m_accommodation;
    QPlainTextEdit* m_notes;
};
