// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/tablecolumns.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

#include <catch2/catch.hpp>

namespace {

/// A list like the visits list: a title, then columns of short and of long text.
void fill(QStandardItemModel& model, const QStringList& headers, const QStringList& cells, int rows)
{
    model.setColumnCount(static_cast<int>(headers.size()));
    model.setHorizontalHeaderLabels(headers);
    for (int row = 0; row < rows; ++row) {
        QList<QStandardItem*> items;
        for (const QString& cell : cells) {
            items << new QStandardItem(cell);
        }
        model.appendRow(items);
    }
}

int textWidth(const QTableView& table, const QString& text)
{
    return table.fontMetrics().horizontalAdvance(text);
}

} // namespace

TEST_CASE("Columns fit their text, and the headers fit even when the columns must share the width")
{
    QStandardItemModel model;
    const QString days = QStringLiteral("19–25 травня 2026");
    const QString kind = QStringLiteral("Навчальний візит");
    fill(model,
         {QStringLiteral("Назва"), QStringLiteral("Дні"), QStringLiteral("Статус"), QStringLiteral("Вид"),
          QStringLiteral("Приймаюча сторона"), QStringLiteral("Країна")},
         {QStringLiteral("Model pomocy społecznej na Mazowszu – doświadczenia dla Lwowa"), days,
          QStringLiteral("Заплановано"), kind, QStringLiteral("MOPS Przasnysz"), QStringLiteral("UA")},
         80);
    QTableView table;
    table.setModel(&model);
    QHeaderView* header = table.horizontalHeader();

    SECTION("with room, each column is as wide as its longest text")
    {
        table.resize(1600, 400);
        table.show();
        fitColumns(&table, 0);
        CHECK(table.columnWidth(1) >= textWidth(table, days));
        CHECK(table.columnWidth(3) >= textWidth(table, kind));
        // A short column is not widened: the title keeps the room.
        CHECK(table.columnWidth(5) < textWidth(table, kind));
        CHECK(header->sectionResizeMode(0) == QHeaderView::Stretch);
    }
    SECTION("when narrow, the columns share three fifths of the width and no header is cut")
    {
        table.resize(700, 400);
        table.show();
        fitColumns(&table, 0);
        int others = 0;
        for (int column = 1; column < model.columnCount(); ++column) {
            INFO("column " << column);
            CHECK(table.columnWidth(column) >= header->sectionSizeHint(column));
            others += table.columnWidth(column);
        }
        CHECK(others <= table.viewport()->width() * 3 / 5);
        // What a short column does not need goes to the long ones.
        CHECK(table.columnWidth(5) < table.columnWidth(3));
    }
}
