// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/tablecolumns.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <numeric>

namespace {

/// The rows whose text the columns are fitted to: at most fifty, those in view first, so that this
/// stays quick on a big file.
QList<int> measuredRows(const QTableView* table)
{
    constexpr int measured = 50;
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
    // (the full text is in its tooltip) so that the main column keeps the room. A header is not cut
    // short unless it is very long.
    const int character = table->fontMetrics().averageCharWidth();
    const QList<int> rows = measuredRows(table);
    // The lists hold one line of plain text per cell, so the font's advance is its width: asking the
    // delegate (sizeHintForColumn) runs each cell through the style's text layout, which took a third
    // of the start-up on a big file (wizyta_bench).
    const QFontMetrics metrics = table->fontMetrics();
    const int cellMargins =
        2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    const QAbstractItemModel* model = table->model();
    QList<int> natural;
    QList<int> least;
    for (const int column : std::as_const(others)) {
        const int headerWidth = header->sectionSizeHint(column);
        int contents = 0;
        for (const int row : rows) {
            contents = std::max(contents, metrics.horizontalAdvance(
                                              model->index(row, column).data(Qt::DisplayRole).toString()));
        }
        const int shortest = std::max(character * 4, std::min(headerWidth, character * 30));
        least.append(shortest);
        natural.append(std::max(shortest, std::min(std::max(contents + cellMargins, headerWidth),
                                                   std::max(character * 24, shortest))));
    }
    // Once the table is laid out, the other columns share at most three fifths of its width: each gets
    // what it needs, those that need more share what the others leave (its header always fits).
    QList<int> widths = natural;
    const int room = table->viewport()->width() * 3 / 5;
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
    if (mainColumn >= 0 && mainColumn < columns) {
        header->setSectionResizeMode(mainColumn, QHeaderView::Stretch);
    }
}
