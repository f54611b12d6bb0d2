// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/visit.h"
#include "ui/records/recorddialog.h"

class DatabaseDocument;
class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class UserPrompts;

/// Copies a day, or chosen sessions, of another visit into the open one: the visit to copy from, its
/// sessions day by day (tick a day for all of it), and the day the first of them lands on; the others
/// keep their distance from it. Venues, people and texts in every language come with them.
class CopySessionsDialog final : public RecordDialog
{
    Q_OBJECT

public:
    CopySessionsDialog(DatabaseDocument& document, const Visit& target, QWidget* parent = nullptr);

    /// The ticked sessions, in the order they happen.
    QList<Id> chosenSessions() const;
    QDate day() const;
    /// Chooses the visit to copy from (for tests and for a visit chosen elsewhere).
    void chooseVisit(Id visitId);

    FieldErrors check() const override;

    /// Asks what to copy, then copies it as one edit; returns the new sessions' ids (none when the
    /// coordinator cancelled or it failed, the message then saying why).
    static QList<Id> copyInto(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                              Id targetVisitId);

protected:
    void retranslateUi() override;

private:
    void fillVisits();
    void showSessions();
    void explain();

    DatabaseDocument& m_document;
    Visit m_target;
    QComboBox* m_visit;
    QTreeWidget* m_sessions;
    QDateEdit* m_day;
    QLabel* m_explanation;
};
