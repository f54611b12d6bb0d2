// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QWidget>

class CollatingProxyModel;
class QAction;
class TableMemory;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUrl;
class RecordTableModel;

/// A page listing records of one kind: a search box (and the subclass's filters), a sortable
/// table, a count, Add / Open / Delete, a pane with the selected record's details, and a screen
/// that says what to do while there is nothing to list.
///
/// Enter or a double-click opens a record, Delete deletes it, Insert adds one. Subclasses supply the
/// texts, the details and what the three actions do.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    /// The texts of the page, in the interface language of the moment.
    struct Texts
    {
        QString searchPlaceholder;
        QString searchName;  ///< accessible name of the search box
        QString tableName;   ///< accessible name of the table
        QString detailsName; ///< accessible name of the chosen record's details beside the table
        QString add;         ///< "&Add Institution…"; Open and Delete are the same on every page
        QString emptyTitle;
        QString emptyHint;
    };

    RecordListPage(RecordTableModel* model, QWidget* parent = nullptr);

    Id currentId() const;
    /// How many records there are, filtered or not (read now if the page has not been shown yet).
    int recordCount() const;
    /// Selects the record's row, if it is shown.
    void selectId(Id id);
    QTableView* table() const { return m_table; }
    /// A read-only database: records can be looked at, not added or deleted.
    void setEditable(bool editable);
    /// The rows are read right after the page is first painted, not before it is shown: the window
    /// of a start-up appears without waiting for 5,000 visits, the people page without waiting for
    /// 50,000 people (wizyta_bench). Until then the list is shown with no rows, not as empty; a list
    /// with no rows in the file is read when shown, as before.
    void readAfterFirstPaint();
    /// Keeps the table's column widths and sort order in `memory`, under `name`.
    void rememberColumns(TableMemory& memory, const QString& name);
    /// Whether the page waits for its first paint to read its rows.
    bool isWaitingToRead() const { return m_readAfterPaint; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

    virtual Texts texts() const = 0;
    /// "%n institution(s)", or "%1 of %n institution(s)" while filtered.
    virtual QString countText(int shown, int all) const = 0;
    /// Rich text about the record, shown beside the list; empty hides the pane.
    virtual QString detailsHtml(Id id) const;
    virtual void addRecord() = 0;
    virtual void openRecord(Id id) = 0;
    virtual void deleteRecord(Id id) = 0;
    /// A link in the details (HtmlBuilder::links) was clicked; by default nothing happens.
    virtual void detailsLinkActivated(const QUrl& target) { Q_UNUSED(target); }

    /// Calls texts() and the like again; subclasses that show more texts extend it.
    virtual void retranslateUi();

    void setSearchColumns(const QList<int>& columns);
    /// Where a subclass puts its filters, to the right of the search box.
    QHBoxLayout* filterBar() const { return m_filterBar; }
    CollatingProxyModel* proxy() const { return m_proxy; }
    /// A further button on the screen shown while the list is empty, beside Add.
    QPushButton* addEmptyStateButton(const QString& objectName);
    /// A further button under the list, before Add, for the selected record: enabled while one is.
    QPushButton* addSelectionButton(const QString& objectName);
    RecordTableModel* model() const { return m_model; }
    void refreshDetails();
    /// Widths that fit the headers and the rows in view, the first column taking what is left.
    void fitColumns();

private:
    void updateState();

    RecordTableModel* m_model;
    CollatingProxyModel* m_proxy;
    QLineEdit* m_search;
    QWidget* m_topBar;
    QHBoxLayout* m_filterBar;
    QWidget* m_bottomBar;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QTextBrowser* m_details;
    /// The start screen of an empty list; put in the stack the first time the list is empty.
    QWidget* m_emptyPage;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QPushButton* m_emptyAdd;
    QHBoxLayout* m_emptyButtons;
    QLabel* m_count;
    QPushButton* m_addButton;
    QPushButton* m_openButton;
    QPushButton* m_deleteButton;
    QHBoxLayout* m_buttons;
    QList<QPushButton*> m_selectionButtons;
    Id m_selectedBeforeReset = 0;
    bool m_readAfterPaint = false;
};
