// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/visit.h"
#include "ui/records/recorddialog.h"

#include <QSet>

class Database;
class DatabaseDocument;
class QComboBox;
class QDateEdit;
class CountryEdit;
class LanguagesEdit;
class UserPrompts;
class QLineEdit;
class QPlainTextEdit;
class TranslatedTextEdit;

/// Adds or edits a visit: title, kind, status, days, time zone, who hosts and sends it, who pays,
/// languages, coordinator and notes.
class VisitDialog final : public RecordDialog
{
    Q_OBJECT

public:
    VisitDialog(const Visit& visit, Database& database, QWidget* parent = nullptr);

    /// The visit as the form now describes it, the title in every language shown.
    Visit visit() const;

    /// Opens the form for a new visit (starting on `firstDay` when one is given, as a day chosen in the
    /// calendar) and stores it as one undoable edit ("Add visit ‘…’"). Returns the new visit's id, or 0
    /// when the form was cancelled.
    static Id addVisit(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                       const QDate& firstDay = {});

    FieldErrors check() const override;
    QList<PrintedText> printedTexts() const override;

protected:
    void retranslateUi() override;

private:
    /// What the core does not check: language codes, and text typed in a combo that names nothing.
    FieldErrors formErrors() const;
    /// Offers the languages typed as the visit's working and print languages first for the title.
    void suggestTitleLanguages();

    Visit m_original;
    TranslatedTextEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_status;
    QDateEdit* m_firstDay;
    QDateEdit* m_lastDay;
    QComboBox* m_timeZone;
    QComboBox* m_host;
    QComboBox* m_sender;
    CountryEdit* m_sendingCountry;
    QLineEdit* m_sendingRegion;
    QComboBox* m_project;
    LanguagesEdit* m_workingLanguages;
    LanguagesEdit* m_printLanguages;
    QComboBox* m_coordinator;
    QPlainTextEdit* m_notes;
};
