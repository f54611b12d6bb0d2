// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/recordlistpage.h"

#include "ui/lists/afterpaint.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/lists/recordtablemodel.h"
#include "ui/lists/tablecolumns.h"
#include "ui/lists/tablememory.h"
#include "ui/lists/tablesetup.h"
#include "ui/widgets/buttonmenu.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

RecordListPage::RecordListPage(RecordTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new CollatingProxyModel(this)), m_search(new QLineEdit(this)),
      m_topBar(new QWidget(this)), m_filterBar(new QHBoxLayout(m_topBar)), m_bottomBar(new QWidget(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_details(new QTextBrowser(this)),
      m_emptyPage(new QWidget(this)), m_emptyTitle(new QLabel(this)), m_emptyHint(new QLabel(this)),
      m_emptyAdd(new QPushButton(this)), m_emptyButtons(new QHBoxLayout), m_count(new QLabel(this)),
      m_addButton(new QPushButton(this)), m_openButton(new QPushButton(this)),
      m_deleteButton(new QPushButton(this))
{
    m_model->setParent(this);
    // The rows are read when the page is first shown, and read again only while it is.
    m_model->setFollowingChanges(false);
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    // Filtered as typed: within a frame for 50,000 people (wizyta_bench), so no waiting for a pause.
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CollatingProxyModel::setSearchText);
    m_filterBar->setContentsMargins(0, 0, 0, 0);
    m_filterBar->addWidget(m_search, 1);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    setUpRowTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        openRecord(index.data(RecordTableModel::IdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateState();
        refreshDetails();
    });

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &RecordListPage::detailsLinkActivated);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    // Kept out of the stack until the list is found empty: a stack works out the sizes of all its
    // pages, and the start screen's wrapped hint and larger title cost a millisecond of a start-up.
    m_emptyPage->hide();
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_emptyTitle->setFont(titleFont);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyAdd->setObjectName(QStringLiteral("emptyAdd"));
    connect(m_emptyAdd, &QPushButton::clicked, this, [this] { addRecord(); });
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    m_emptyButtons->addStretch();
    m_emptyButtons->addWidget(m_emptyAdd);
    m_emptyButtons->addStretch();
    emptyLayout->addLayout(m_emptyButtons);
    emptyLayout->addStretch();
    m_stack->addWidget(splitter);

    m_addButton->setObjectName(QStringLiteral("add"));
    m_openButton->setObjectName(QStringLiteral("open"));
    m_deleteButton->setObjectName(QStringLiteral("delete"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { addRecord(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const Id id = currentId()) {
            openRecord(id);
        }
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (const Id id = currentId()) {
            deleteRecord(id);
        }
    });
    addButtonMenu(m_table, [this] {
        QList<QAbstractButton*> buttons{m_openButton};
        for (QPushButton* button : std::as_const(m_selectionButtons)) {
            buttons << button;
        }
        return buttons << m_deleteButton << nullptr << m_addButton;
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_deleteButton, &QPushButton::click);
    auto* insertKey =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, m_addButton, &QPushButton::click);

    m_buttons = new QHBoxLayout(m_bottomBar);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addWidget(m_count, 1);
    m_buttons->addWidget(m_addButton);
    m_buttons->addWidget(m_openButton);
    m_buttons->addWidget(m_deleteButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_topBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_bottomBar);
    setTabOrder(m_search, m_table);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &RecordListPage::updateState);
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordListPage::updateState);
    // A reload keeps the selected record selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Read: no longer waiting for the first paint, if something needed the rows sooner.
        m_readAfterPaint = false;
        selectId(m_selectedBeforeReset);
        updateState();
        refreshDetails();
        if (isVisible()) {
            fitColumns(); // else when shown
        }
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateState);
}

Id RecordListPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
}

int RecordListPage::recordCount() const
{
    m_model->ensureLoaded();
    return m_model->rowCount();
}

void RecordListPage::selectId(Id id)
{
    const int sourceRow = id ? m_model->rowOf(id) : -1;
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

QPushButton* RecordListPage::addEmptyStateButton(const QString& objectName)
{
    auto* button = new QPushButton(this);
    button->setObjectName(objectName);
    m_emptyButtons->insertWidget(m_emptyButtons->count() - 1, button);
    return button;
}

QPushButton* RecordListPage::addSelectionButton(const QString& objectName)
{
    auto* button = new QPushButton(this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->indexOf(m_addButton), button);
    m_selectionButtons << button;
    button->setEnabled(currentId() != 0);
    return button;
}

void RecordListPage::setEditable(bool editable)
{
    m_addButton->setVisible(editable);
    m_emptyAdd->setVisible(editable);
    m_deleteButton->setVisible(editable);
}

void RecordListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        m_proxy->updateCollation();
        retranslateUi();
        fitColumns();
        // The new language's alphabetical order moves the chosen row: it is kept in view.
        if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
            m_table->scrollTo(current);
        }
    }
    QWidget::changeEvent(event);
}

void RecordListPage::readAfterFirstPaint()
{
    if (!m_model->isStale()) {
        return;
    }
    // An empty list (or one that cannot be asked) is read when shown, at once: its start screen
    // appears, not an empty list first.
    if (const auto any = m_model->anyRows(); !any || !*any) {
        return;
    }
    m_readAfterPaint = true;
    runAfterNextPaint(m_table->viewport(), [this] {
        if (!m_readAfterPaint) {
            return; // read earlier, because something needed the rows
        }
        m_readAfterPaint = false;
        if (isVisible()) {
            m_model->setFollowingChanges(true); // the reset fits the columns to the rows
        }
        updateState();
    });
    updateState();
}

void RecordListPage::showEvent(QShowEvent* event)
{
    if (m_readAfterPaint) {
        QWidget::showEvent(event);
        fitColumns(); // to the headers, until the rows are read
        return;
    }
    m_model->setFollowingChanges(true); // reads the rows if they changed while hidden
    QWidget::showEvent(event);
    fitColumns(); // now that the table has its width
}

void RecordListPage::hideEvent(QHideEvent* event)
{
    m_model->setFollowingChanges(false);
    QWidget::hideEvent(event);
}

QString RecordListPage::detailsHtml(Id) const
{
    return {};
}

void RecordListPage::retranslateUi()
{
    const Texts words = texts();
    m_search->setPlaceholderText(words.searchPlaceholder);
    m_search->setAccessibleName(words.searchName);
    m_table->setAccessibleName(words.tableName);
    m_details->setAccessibleName(words.detailsName);
    m_addButton->setText(words.add);
    m_emptyAdd->setText(words.add);
    m_openButton->setText(tr("&Open"));
    m_deleteButton->setText(tr("&Delete"));
    m_emptyTitle->setText(words.emptyTitle);
    m_emptyHint->setText(words.emptyHint);
    updateState();
    refreshDetails();
}

void RecordListPage::setSearchColumns(const QList<int>& columns)
{
    m_proxy->setSearchColumns(columns);
}

void RecordListPage::refreshDetails()
{
    const Id id = currentId();
    const QString html = id ? detailsHtml(id) : QString();
    m_details->setHtml(html);
    if (m_details->isHidden() == html.isEmpty()) {
        return;
    }
    m_details->setVisible(!html.isEmpty());
    // The details beside the list appear or go, and the table's width with them: its columns are
    // fitted again once the splitter has laid it out (the layout request was posted first).
    if (isVisible()) {
        QMetaObject::invokeMethod(
            this, [this] { fitColumns(); }, Qt::QueuedConnection);
    }
}

void RecordListPage::rememberColumns(TableMemory& memory, const QString& name)
{
    memory.keep(m_table, name, [this] { fitColumns(); });
}

void RecordListPage::fitColumns()
{
    ::fitColumns(m_table, 0);
}

void RecordListPage::updateState()
{
    const int all = m_model->rowCount();
    // Rows not read yet (the page being built, or waiting for its first paint: the reset that
    // reads them ends the wait) are not an empty list, and the start screen is not laid out for them.
    const bool empty = all == 0 && !m_model->isStale();
    if (empty && m_stack->indexOf(m_emptyPage) < 0) {
        m_stack->addWidget(m_emptyPage);
    }
    m_stack->setCurrentIndex(empty ? m_stack->indexOf(m_emptyPage) : 0);
    // The start screen stands alone: no search or buttons for a list that is not there yet.
    m_topBar->setVisible(!empty);
    m_bottomBar->setVisible(!empty);
    m_count->setText(m_readAfterPaint ? QString() : countText(m_proxy->rowCount(), all));
    const bool selected = currentId() != 0;
    m_openButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    for (QPushButton* button : std::as_const(m_selectionButtons)) {
        button->setEnabled(selected);
    }
}
