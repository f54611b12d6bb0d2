// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/institution.h"
#include "core/model/session.h"
#include "ui/records/recorddialog.h"

#include <optional>

class Database;
class QComboBox;
class QDateEdit;
class CountryEdit;
class LanguagesEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTimeEdit;
class TranslatedTextEdit;
class QVBoxLayout;

/// Adds or edits a session of a visit's programme: when, what, where (an institution, possibly
/// entered in place), who presents, moderates or interprets, who attends, and notes.
///
/// The session starts and ends on the day chosen; a session that ran past midnight keeps its
/// number of days, and the End label says so.
class SessionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    SessionDialog(const Session& session, Database& database, QWidget* parent = nullptr);

    /// The session as the form describes it, its title and description in every language shown.
    /// With a new institution chosen as the venue, venueInstitutionId is 0: see newVenue().
    Session session() const;
    /// The institution entered with "New Institution…", when it is the venue chosen: it is to be
    /// created with the session, in the same edit.
    std::optional<Institution> newVenue() const;

    FieldErrors check() const override;
    QList<PrintedText> printedTexts() const override;

protected:
    void retranslateUi() override;

private:
    struct PersonEntry
    {
        QWidget* row = nullptr;
        QComboBox* person = nullptr;
        QComboBox* role = nullptr;
        QPushButton* remove = nullptr;
    };

    void enterNewVenue();
    void fillCityFromVenue();
    void addPerson(const SessionPerson& person);
    void removePerson(QWidget* row);
    void showAudience();
    void updateTabOrder();
    /// The languages to interpret into are asked for only with an interpretation.
    void showInterpretedInto();

    Database& m_database;
    Session m_original;
    int m_endDayOffset = 0; ///< days from the start's day to the end's, kept from the original
    std::optional<Institution> m_newVenue;
    QStringList m_visitLanguages; ///< the visit's working and print languages, offered first
    QDateEdit* m_day;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    TranslatedTextEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_venue;
    QPushButton* m_addVenue;
    QLineEdit* m_room;
    QLineEdit* m_address;
    QLineEdit* m_city;
    LanguagesEdit* m_language;
    QComboBox* m_interpretation;
    LanguagesEdit* m_interpretedInto;
    QVBoxLayout* m_peopleRows;
    QList<PersonEntry> m_people;
    QPushButton* m_addPerson;
    QRadioButton* m_wholeDelegation;
    QRadioButton* m_chosen;
    QListWidget* m_audience;
    TranslatedTextEdit* m_description;
    QPlainTextEdit* m_notes;
};
