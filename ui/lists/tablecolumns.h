// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

class QString;
class QTableView;

/// A column whose every text is shown whole: a time, a day, an amount, a count. A model says so with
/// headerData(column, Qt::Horizontal, WholeColumnRole) == true. Other columns may be cut short (the
/// whole text shows as a tooltip), the main one takes what is left.
constexpr int WholeColumnRole = Qt::UserRole + 40;

/// The property of a table's header holding the widths chosen by hand: column number → width.
constexpr const char* ChosenWidthsProperty = "chosenWidths";

/// The width a cell of `table` needs to show `text` whole.
int cellWidthFor(const QTableView* table, const QString& text);

/// Sizes a table's columns to their headers and rows — headers differ in length from language to
/// language. Whole columns (WholeColumnRole) get the width of their longest text, measured over up
/// to a thousand rows, those in view first; the others that of (at most fifty of) the rows in view,
/// up to a limit, sharing what the whole ones leave; `mainColumn` (the title or name) takes the rest.
/// A column the coordinator widened or narrowed by hand keeps that width (see TableMemory).
void fitColumns(QTableView* table, int mainColumn);
