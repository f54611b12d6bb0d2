// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStringList>
#include <QTimer>

#include <functional>

/// The texts of the actions of the next popup menu (separators as "-"), then `choose` is called with
/// the menu, which it may trigger an action of; the menu is closed after. A popup menu runs its own
/// event loop, so this is queued before the action that opens it.
inline void onNextPopupMenu(QStringList* texts, std::function<void(QMenu&)> choose = {})
{
    QTimer::singleShot(0, [texts, choose = std::move(choose)] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        for (QAction* action : menu->actions()) {
            *texts << (action->isSeparator() ? QStringLiteral("-") : action->text());
        }
        if (choose) {
            choose(*menu);
        }
        menu->close();
    });
}

/// The action of `menu` whose text is `text`, or nullptr.
inline QAction* actionNamed(QMenu& menu, const QString& text)
{
    for (QAction* action : menu.actions()) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}
