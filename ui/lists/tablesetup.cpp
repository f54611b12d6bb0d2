// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/tablesetup.h"

#include "ui/lists/tablecolumns.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QTableView>
#include <QToolTip>

namespace {

/// Shows a cell's whole text as its tooltip when the column cuts it short; a cell shown whole keeps
/// whatever tooltip its model gives.
class CutTextTips final : public QObject
{
public:
    explicit CutTextTips(QTableView* table) : QObject(table), m_table(table) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_table->viewport()) {
            return false;
        }
        const auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = m_table->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid()) {
            return false; // the model's own tooltip, if any
        }
        if (!isTextCut(m_table, index)) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(), index.data(Qt::DisplayRole).toString(), m_table->viewport(),
                           m_table->visualRect(index));
        return true;
    }

private:
    QTableView* m_table;
};

} // namespace

void setUpRowTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // Tab goes on to the next control, as everywhere else in a form; the arrows move within the list.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->viewport()->installEventFilter(new CutTextTips(table));
}

bool isTextCut(const QTableView* table, const QModelIndex& index)
{
    return cellWidthFor(table, index.data(Qt::DisplayRole).toString()) > table->columnWidth(index.column());
}
