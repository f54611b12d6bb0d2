// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

/// Makes `table` a read-only list of rows: whole rows selected one at a time, opened by a dialog
/// rather than edited in place, no row numbers.
void setUpRowTable(QTableView* table);
