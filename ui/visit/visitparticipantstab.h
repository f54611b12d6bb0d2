// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/visit/visitimportexport.h"

#include <QWidget>

class CollatingProxyModel;
class DatabaseDocument;
class ParticipantListModel;
class QLabel;
class TableMemory;
class QPushButton;
class QTableView;
class UserPrompts;

/// The participants tab of a visit: who takes part and in what role, with counts per role and
/// buttons to add, edit and remove participants. Every change goes through the document's undo stack.
///
/// Keys: Enter or a double-click opens the participant, Delete removes them, Insert adds one.
class VisitParticipantsTab final : public QWidget
{
    Q_OBJECT

public:
    VisitParticipantsTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);
    /// Keeps the table's column widths and sort order in `memory`.
    void rememberColumns(TableMemory& memory);

    /// Lists the participants of `visitId`; 0 lists none.
    void setVisitId(Id visitId);
    /// How many participants the visit has.
    int participantCount() const;

protected:
    void changeEvent(QEvent* event) override;
    /// Fits the columns again: they were fitted while the tab was hidden, to no width.
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    Id currentParticipantId() const;
    void selectParticipant(Id participantId);
    void addParticipant();
    void editParticipant();
    void removeParticipant();

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    Id m_visitId = 0;

    ParticipantListModel* m_participants;
    CollatingProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_counts;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_import;
    QPushButton* m_export;
    VisitImportExport m_exchange;
};
