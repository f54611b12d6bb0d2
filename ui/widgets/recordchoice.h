// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QSet>

class Database;
class QComboBox;

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
/// Lets a person type any part of an item's text, as searches compare it (SearchText), and pick it
/// from a list: "Kovalenko" finds "Олена Коваленко (Olena Kovalenko)", "plock" finds "MOPS (Płock)".
void makeSearchable(QComboBox* combo);
void select(QComboBox* combo, Id id);
/// The id of the item the combo shows: 0 for "(none)" or nothing typed; an item is also found by a
/// typed part of its text (compared as searches compare) when only one item holds it; -1 when the
/// typed text names no item.
Id selected(const QComboBox* combo);

} // namespace RecordChoice
