// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/visit/sessionedits.h"
#include "ui/visit/visitimportexport.h"

#include <QWidget>

class DatabaseDocument;
class ProgrammeModel;
class QLabel;
class TableMemory;
class QPushButton;
class QTableView;
class UserPrompts;

/// The programme tab of a visit: its sessions day by day, in the order they happen, with buttons to
/// add, edit, delete and move them. Every change goes through the document's undo stack.
///
/// Keys: Enter or a double-click opens the session, Delete deletes it, Insert adds one; Alt+Up and
/// Alt+Down move it 15 minutes earlier or later.
class VisitProgrammeTab final : public QWidget
{
    Q_OBJECT

public:
    VisitProgrammeTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);
    /// Keeps the table's column widths and sort order in `memory`.
    void rememberColumns(TableMemory& memory);

    /// Lists the sessions of `visitId`; 0 lists none.
    void setVisitId(Id visitId);
    /// How many sessions the visit's programme has.
    int sessionCount() const;

protected:
    void changeEvent(QEvent* event) override;
    /// Fits the columns again: they were fitted while the tab was hidden, to no width.
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    Id currentSessionId() const;
    void selectSession(Id sessionId);
    void addSession();
    void editSession();
    void deleteSession();
    void moveSession(int minutes);
    void copyFromVisit();

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    SessionEdits m_edits;
    Id m_visitId = 0;

    ProgrammeModel* m_programme;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_earlier;
    QPushButton* m_later;
    QPushButton* m_import;
    QPushButton* m_copyFrom;
    QPushButton* m_exportCalendar;
    VisitImportExport m_exchange;
};
