// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/tablememory.h"

#include "ui/lists/tablecolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QTableView>

namespace {

/// Tells a divider dragged by hand from the widths the table sets itself: only the first count.
class DividerWatch final : public QObject
{
public:
    using QObject::QObject;
    bool dragging = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
            dragging = true;
        } else if (event->type() == QEvent::MouseButtonRelease) {
            dragging = false;
        }
        return false;
    }
};

} // namespace

void TableMemory::keep(QTableView* table, const QString& name, std::function<void()> refit)
{
    const QString key = QStringLiteral("tables/") + name + QLatin1Char('/');
    QHeaderView* header = table->horizontalHeader();
    header->setProperty(ChosenWidthsProperty, m_settings.value(key + QStringLiteral("widths")).toMap());
    const QVariant sortColumn = m_settings.value(key + QStringLiteral("sortColumn"));
    if (table->isSortingEnabled() && sortColumn.isValid() && sortColumn.toInt() < header->count()) {
        table->sortByColumn(
            sortColumn.toInt(),
            static_cast<Qt::SortOrder>(m_settings.value(key + QStringLiteral("sortOrder")).toInt()));
    }

    auto* watch = new DividerWatch(header);
    header->viewport()->installEventFilter(watch);
    QObject::connect(header, &QHeaderView::sectionResized, header,
                     [this, header, watch, key](int column, int, int width) {
                         if (!watch->dragging || header->sectionResizeMode(column) == QHeaderView::Stretch) {
                             return;
                         }
                         QVariantMap chosen = header->property(ChosenWidthsProperty).toMap();
                         chosen.insert(QString::number(column), width);
                         header->setProperty(ChosenWidthsProperty, chosen);
                         m_settings.setValue(key + QStringLiteral("widths"), chosen);
                     });
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header,
                     [this, key](int column, Qt::SortOrder order) {
                         m_settings.setValue(key + QStringLiteral("sortColumn"), column);
                         m_settings.setValue(key + QStringLiteral("sortOrder"), static_cast<int>(order));
                     });

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header,
                     [this, header, key, refit](const QPoint& position) {
                         QMenu menu(header);
                         QAction* fit = menu.addAction(tr("&Fit Columns to Their Contents"));
                         fit->setEnabled(!header->property(ChosenWidthsProperty).toMap().isEmpty());
                         if (menu.exec(header->mapToGlobal(position)) == fit) {
                             header->setProperty(ChosenWidthsProperty, QVariantMap());
                             m_settings.remove(key + QStringLiteral("widths"));
                             refit();
                         }
                     });
}
