// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QModelIndex;
class QTableView;

/// Makes `table` a read-only list of rows: whole rows selected one at a time, opened by a dialog
/// rather than edited in place, no row numbers, Tab leading out of it to the next control, and a
/// cell cut short showing its whole text as a tooltip.
void setUpRowTable(QTableView* table);

/// Whether the cell's text is wider than its column shows (for checks of a table's layout).
bool isTextCut(const QTableView* table, const QModelIndex& index);
