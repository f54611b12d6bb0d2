// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitspage.h"

#include "collatingproxymodel.h"
#include "visitlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

VisitsPage::VisitsPage(Database& database, QWidget* parent)
    : QWidget(parent), m_model(new VisitListModel(database, this)), m_proxy(new CollatingProxyModel(this)),
      m_search(new QLineEdit(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_emptyTitle(new QLabel(this)), m_emptyHint(new QLabel(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("visitsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSearchColumns({VisitListModel::Title, VisitListModel::Host, VisitListModel::Country});

    m_search->setObjectName(QStringLiteral("visitSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CollatingProxyModel::setSearchText);

    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VisitListModel::Days, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(VisitListModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openVisitRequested(index.data(VisitListModel::IdRole).toLongLong());
    });

    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyTitle->setObjectName(QStringLiteral("visitsEmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_emptyTitle->setFont(titleFont);
    m_emptyHint->setObjectName(QStringLiteral("visitsEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch();

    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    m_count->setObjectName(QStringLiteral("visitCount"));
    layout->addWidget(m_count);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &VisitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &VisitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &VisitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &VisitsPage::updateCount);

    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitsPage::fitColumns);
    retranslateUi();
    updateEmptyState();
    fitColumns();
}

void VisitsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        m_proxy->updateCollation();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void VisitsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search visits by title, host or country"));
    m_search->setAccessibleName(tr("Search visits"));
    m_table->setAccessibleName(tr("Visits"));
    m_emptyTitle->setText(tr("No visits yet"));
    m_emptyHint->setText(
        tr("Every study visit, exchange-group meeting and conference you plan will be listed "
           "here with its days, status and host."));
    updateCount();
}

void VisitsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    if (shown == all) {
        m_count->setText(tr("%n visit(s)", nullptr, all));
    } else {
        //: %1 visits are shown out of all %n
        m_count->setText(tr("%1 of %n visit(s)", nullptr, all).arg(shown));
    }
}

void VisitsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_search->setVisible(!empty);
    m_count->setVisible(!empty);
}

void VisitsPage::fitColumns()
{
    // Headers and statuses differ in length from language to language ("Приймаюча сторона"): the
    // columns follow them. Only the rows in view are measured, so this stays quick on a big file.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != VisitListModel::Title) {
            m_table->resizeColumnToContents(column);
        }
    }
}
