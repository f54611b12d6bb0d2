// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/visit.h"
#include "ui/records/recorddialog.h"

#include <QSet>

class Database;
class DatabaseDocument;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class TranslatedTextEdit;

/// Combo boxes that choose a record: each item holds the record's id under IdRole, the items are
/// sorted in the interface language's collation, and an optional first item "(none)" holds 0.
namespace RecordChoice {

constexpr int IdRole = Qt::UserRole;
constexpr int CityRole = Qt::UserRole + 1; ///< an institution's city

/// Adds the "(none)" item first; the dialog sets its text with setItemText(0, ...) when it translates.
void addNone(QComboBox* combo);
/// Every institution, "Name (City)".
void addInstitutions(QComboBox* combo, Database& database);
/// Everyone but `excluded`, "Олена Коваленко (Olena Kovalenko)" when the Latin form differs.
void addPeople(QComboBox* combo, Database& database, const QSet<Id>& excluded = {});
void addFundingProjects(QComboBox* combo, Database& database);
/// Lets a person type any part of an item's text, ignoring case, and pick it from a list: "Kovalenko"
/// finds "Олена Коваленко (Olena Kovalenko)".
void makeSearchable(QComboBox* combo);
void select(QComboBox* combo, Id id);
/// The id of the item the combo shows: 0 for "(none)" or nothing typed; an item is also found by a
/// typed part of its text when only one item holds it; -1 when the typed text names no item.
Id selected(const QComboBox* combo);

} // namespace RecordChoice

/// Adds or edits a visit: title, kind, status, days, time zone, who hosts and sends it, who pays,
/// languages, coordinator and notes.
class VisitDialog final : public RecordDialog
{
    Q_OBJECT

public:
    VisitDialog(const Visit& visit, Database& database, QWidget* parent = nullptr);

    /// The visit as the form now describes it, the title in every language shown.
    Visit visit() const;

    /// Opens the form for a new visit and stores it as one undoable edit ("Add visit ‘…’").
    /// Returns the new visit's id, or 0 when the form was cancelled.
    static Id addVisit(DatabaseDocument& document, QWidget* parent);

    FieldErrors check() const override;

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
    QLineEdit* m_sendingCountry;
    QLineEdit* m_sendingRegion;
    QComboBox* m_project;
    QLineEdit* m_workingLanguages;
    QLineEdit* m_printLanguages;
    QComboBox* m_coordinator;
    QPlainTextEdit* m_notes;
};
