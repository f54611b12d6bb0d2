// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lists/recordlistpage.h"

class DatabaseDocument;
class QComboBox;
class QPushButton;
class UserPrompts;
class VisitListModel;

/// The list of every visit, searchable and filtered by status, year and kind; where a coordinator's
/// day starts. On an empty database it says what to do and offers the sample visits.
class VisitsPage final : public RecordListPage
{
    Q_OBJECT

public:
    VisitsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

    /// Adds the sample visits (SampleData) as one undoable edit; returns false and says why if not.
    bool addSampleVisits();

Q_SIGNALS:
    void openVisitRequested(Id visitId);

protected:
    Texts texts() const override;
    QString countText(int shown, int all) const override;
    void addRecord() override;
    void openRecord(Id id) override;
    void deleteRecord(Id id) override;
    void retranslateUi() override;

private:
    void updateYears();
    bool acceptsRow(int sourceRow) const;
    /// Scrolls the list, in its order by days, to the first visit not over yet.
    void showToday();

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    VisitListModel* m_visits;
    QComboBox* m_status;
    QComboBox* m_year;
    QComboBox* m_kind;
    QPushButton* m_sampleButton;
    QPushButton* m_duplicateButton;
    bool m_todayShown = false; ///< the list was scrolled to today once, when first read
};
