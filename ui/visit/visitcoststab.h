// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QWidget>

class CollatingProxyModel;
class CostListModel;
class DatabaseDocument;
class QLabel;
class QPushButton;
class QTableView;
class TableMemory;
class UserPrompts;

/// The costs tab of a visit: its cost lines with what was planned and spent and who pays, the totals
/// per currency and per funder under them, and buttons to add, edit and delete lines. Every change
/// goes through the document's undo stack.
///
/// Keys: Enter or a double-click opens the cost, Delete deletes it, Insert adds one.
class VisitCostsTab final : public QWidget
{
    Q_OBJECT

public:
    VisitCostsTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);
    /// Keeps the table's column widths and sort order in `memory`.
    void rememberColumns(TableMemory& memory);

    /// Lists the costs of `visitId`; 0 lists none.
    void setVisitId(Id visitId);

protected:
    void changeEvent(QEvent* event) override;
    /// Fits the columns again: they were fitted while the tab was hidden, to no width.
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    QString totalsText() const;
    Id currentCostId() const;
    void selectCost(Id costId);
    void addCost();
    void editCost();
    void deleteCost();

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    Id m_visitId = 0;

    CostListModel* m_costs;
    CollatingProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_totals;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
};
