// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/tablecolumns.h"

#include <QFontMetricsF>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

/// The rows whose text the columns are fitted to: at most fifty, those in view first, so that this
/// stays quick on a big file.
QList<int> measuredRows(const QTableView* table, int measured)
{
    const int count = table->model() ? table->model()->rowCount() : 0;
    const int inView = table->rowAt(0);
    const int first = std::clamp(inView < 0 ? 0 : inView, 0, std::max(0, count - measured));
    QList<int> rows;
    for (int row = first; row < std::min(count, first + measured); ++row) {
        rows.append(row);
    }
    return rows;
}

} // namespace

int cellWidthFor(const QTableView* table, const QString& text)
{
    // The lists hold one line of plain text per cell, so the font's advance is its width: asking the
    // delegate (sizeHintForColumn) runs each cell through the style's text layout, which took a third
    // of the start-up on a big file (wizyta_bench). The advance is fractional and rounded up, then the
    // delegate's text margins on either side, the grid line the cell gives up to its right and a pixel
    // against rounding: without them a time "09:30–10:00" fitted to its column was drawn "09:30–10:…".
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    return static_cast<int>(std::ceil(QFontMetricsF(table->font()).horizontalAdvance(text))) + margins +
           (table->showGrid() ? 1 : 0) + 1;
}

void fitColumns(QTableView* table, int mainColumn)
{
    QHeaderView* header = table->horizontalHeader();
    const int columns = table->model() ? table->model()->columnCount() : 0;
    const QAbstractItemModel* model = table->model();
    // Widths the coordinator chose by hand (TableMemory) are kept as they are.
    const QVariantMap chosen = header->property(ChosenWidthsProperty).toMap();
    QList<int> others;
    QList<int> whole;
    for (int column = 0; column < columns; ++column) {
        if (column == mainColumn || header->isSectionHidden(column) ||
            chosen.contains(QString::number(column))) {
            continue;
        }
        (model->headerData(column, Qt::Horizontal, WholeColumnRole).toBool() ? whole : others) << column;
    }
    // Wide enough for a kind or a city; a venue or a list of people is cut short (the full text is in
    // its tooltip) so that the main column keeps the room. A header is not cut short unless it is
    // very long.
    const int character = table->fontMetrics().averageCharWidth();
    const auto widest = [&](int column, const QList<int>& rows) {
        int width = 0;
        for (const int row : rows) {
            width = std::max(width,
                             cellWidthFor(table, model->index(row, column).data(Qt::DisplayRole).toString()));
        }
        return width;
    };

    int wholeWidth = 0;
    const QList<int> wholeRows = measuredRows(table, 1000);
    for (const int column : std::as_const(whole)) {
        const int width = std::max(widest(column, wholeRows), header->sectionSizeHint(column));
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        table->setColumnWidth(column, width);
        wholeWidth += width;
    }
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        const int column = it.key().toInt();
        if (column >= 0 && column < columns && column != mainColumn) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            table->setColumnWidth(column, it.value().toInt());
            wholeWidth += it.value().toInt();
        }
    }

    const QList<int> rows = measuredRows(table, 50);
    QList<int> natural;
    QList<int> least;
    for (const int column : std::as_const(others)) {
        const int headerWidth = header->sectionSizeHint(column);
        const int shortest = std::max(character * 4, std::min(headerWidth, character * 30));
        least.append(shortest);
        natural.append(std::max(shortest, std::min(std::max(widest(column, rows), headerWidth),
                                                   std::max(character * 24, shortest))));
    }
    // Once the table is laid out, the columns but the main one share what the main one leaves: the
    // whole ones first, then each other gets what it needs, those that need more sharing what is left
    // (its header always fits).
    // The main column keeps room for a title or a name: some 28 characters, or two fifths of the width
    // when its texts are that long. What its texts do not need (a list of short names) the others share.
    const int mainLeast = character * 28;
    const int viewport = table->viewport()->width();
    const bool hasMain = mainColumn >= 0 && mainColumn < columns;
    const int mainWanted =
        hasMain ? std::max(header->sectionSizeHint(mainColumn), widest(mainColumn, rows)) : 0;
    const int mainNeeds = std::min(mainLeast, mainWanted);
    const int mainKept = std::max(mainNeeds, std::min(mainWanted, viewport - viewport * 3 / 5));
    QList<int> widths = natural;
    const int room = std::max(0, viewport - mainKept - wholeWidth);
    const int wanted = std::accumulate(natural.cbegin(), natural.cend(), 0);
    if (table->isVisible() && wanted > room) {
        widths = least;
        int left = room - std::accumulate(least.cbegin(), least.cend(), 0);
        QList<qsizetype> byExtra(others.size());
        std::iota(byExtra.begin(), byExtra.end(), 0);
        std::sort(byExtra.begin(), byExtra.end(), [&](qsizetype a, qsizetype b) {
            return natural.at(a) - least.at(a) < natural.at(b) - least.at(b);
        });
        for (qsizetype i = 0; i < byExtra.size() && left > 0; ++i) {
            const qsizetype at = byExtra.at(i);
            const int share = left / static_cast<int>(byExtra.size() - i);
            const int extra = std::min(natural.at(at) - least.at(at), share);
            widths[at] += extra;
            left -= extra;
        }
    }
    for (qsizetype i = 0; i < others.size(); ++i) {
        header->setSectionResizeMode(others.at(i), QHeaderView::Interactive);
        table->setColumnWidth(others.at(i), widths.at(i));
    }
    if (hasMain) {
        // Too narrow for all of it: the main column keeps its room and the list scrolls sideways,
        // rather than squeezing the titles into a few letters.
        const int used = wholeWidth + std::accumulate(widths.cbegin(), widths.cend(), 0);
        if (!table->isVisible() || viewport - used >= mainNeeds) {
            header->setSectionResizeMode(mainColumn, QHeaderView::Stretch);
        } else {
            header->setSectionResizeMode(mainColumn, QHeaderView::Interactive);
            table->setColumnWidth(mainColumn, mainNeeds);
        }
    }
}
