// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/settingsrepository.h"
#include "ui/records/recorddialog.h"

class DatabaseDocument;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class UserPrompts;

/// Edits the limits the conflict warnings use: the travel time within a city and between cities,
/// the coordinator's city-to-city table, and how long an interpreter works without a break.
///
/// OK stores all of it as one edit that can be undone ("Change planning settings"); a refused value
/// is shown under its input (a table row's under the table, naming the row) and nothing is stored.
class PlanningSettingsDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Reads the stored settings, and the cities already in use for the city completer, from
    /// `document`'s database; a database opened read-only shows them without letting them change.
    PlanningSettingsDialog(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

    /// Ends the editing of a table cell first, so that what was typed last is what is stored.
    void accept() override;

protected:
    void retranslateUi() override;

private:
    class PairDelegate;

    Status load();
    QStringList knownCities(const QList<TravelTime>& pairs) const;
    void makeReadOnly();
    void insertPair(int row, const TravelTime& pair);
    void addPair();
    void removePairs();
    void updateButtons();
    /// The table's rows in order, cities as typed.
    QList<TravelTime> pairs() const;
    Status save();
    Status store(int sameCity, int otherCity, int interpreter, const QList<TravelTime>& pairs,
                 int& failedRow);

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    QSpinBox* m_sameCity;
    QSpinBox* m_otherCity;
    QSpinBox* m_interpreter;
    QWidget* m_pairsBox;
    QTableWidget* m_table;
    QPushButton* m_addPair;
    QPushButton* m_removePair;
    QLabel* m_hint;
    PairDelegate* m_delegate = nullptr;
    bool m_readOnly = false;
};
