// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecolumns.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

void fitColumns(QTableView* table, int mainColumn)
{
    QHeaderView* header = table->horizontalHeader();
    const int columns = table->model() ? table->model()->columnCount() : 0;
    QList<int> others;
    for (int column = 0; column < columns; ++column) {
        if (column != mainColumn && !header->isSectionHidden(column)) {
            others << column;
        }
    }
    // Wide enough for a day, a time, a kind or a city; a venue or a list of people is cut short
    // (the full text is in its tooltip) so that the main column keeps the room. Once the table is
    // laid out, the other columns share at most three fifths of its width.
    const int character = table->fontMetrics().averageCharWidth();
    int widest = character * 24;
    if (table->isVisible() && !others.isEmpty()) {
        widest = std::clamp(table->viewport()->width() * 3 / 5 / static_cast<int>(others.size()),
                            character * 8, widest);
    }
    // At most fifty rows are measured, those in view first, so this stays quick on a big file: Qt's
    // default measures a thousand rows of every column, and "only those in view" (0) measures every
    // row of a table not laid out yet.
    table->verticalHeader()->setResizeContentsPrecision(50);
    for (const int column : std::as_const(others)) {
        const int headerWidth = header->sectionSizeHint(column);
        const int natural =
            std::max(static_cast<const QAbstractItemView*>(table)->sizeHintForColumn(column), headerWidth);
        // A header is not cut short unless it is very long.
        const int limit = std::max(widest, std::min(headerWidth, character * 18));
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        table->setColumnWidth(column, std::min(natural, limit));
    }
    if (mainColumn >= 0 && mainColumn < columns) {
        header->setSectionResizeMode(mainColumn, QHeaderView::Stretch);
    }
}
