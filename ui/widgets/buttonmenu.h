// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

class QAbstractButton;
class QAbstractItemView;

/// A list's right-click menu: the buttons beside the list, as they stand (text, enabled, shown), so
/// that the menu offers what the buttons do and never something else. A separator goes where a
/// button is null. The row under the pointer is chosen first, as a left click would choose it.
void addButtonMenu(QAbstractItemView* list, const QList<QAbstractButton*>& buttons);
/// The same, with the buttons as they are when the menu is asked for (a page adds some later).
void addButtonMenu(QAbstractItemView* list, std::function<QList<QAbstractButton*>()> buttons);
