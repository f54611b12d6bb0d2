// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

/// Sizes a table's columns to their headers and (at most fifty of) the rows in view — headers
/// differ in length from language to language — up to a limit, and gives `mainColumn` (the title
/// or name) the rest.
void fitColumns(QTableView* table, int mainColumn);
