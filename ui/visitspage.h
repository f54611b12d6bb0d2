// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QWidget>

class CollatingProxyModel;
class Database;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class VisitListModel;

/// The list of every visit, searchable, sorted by first day; where a coordinator's day starts.
class VisitsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(Database& database, QWidget* parent = nullptr);

Q_SIGNALS:
    void openVisitRequested(Id visitId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEmptyState();
    void updateCount();
    void fitColumns();

    VisitListModel* m_model;
    CollatingProxyModel* m_proxy;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QLabel* m_count;
};
