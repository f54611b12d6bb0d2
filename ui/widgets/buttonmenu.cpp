// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/buttonmenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QMenu>
#include <QPointer>

void addButtonMenu(QAbstractItemView* list, const QList<QAbstractButton*>& buttons)
{
    addButtonMenu(list, [buttons] { return buttons; });
}

void addButtonMenu(QAbstractItemView* list, std::function<QList<QAbstractButton*>()> buttonsNow)
{
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        list, &QWidget::customContextMenuRequested, list, [list, buttonsNow](const QPoint& position) {
            const QList<QAbstractButton*> buttons = buttonsNow();
            if (const QModelIndex index = list->indexAt(position); index.isValid()) {
                list->setCurrentIndex(index);
            }
            QMenu menu(list);
            bool separatorDue = false;
            for (QAbstractButton* button : buttons) {
                if (!button) {
                    separatorDue = !menu.isEmpty();
                    continue;
                }
                if (!button->isVisibleTo(button->window())) {
                    continue;
                }
                if (separatorDue) {
                    menu.addSeparator();
                    separatorDue = false;
                }
                QAction* action = menu.addAction(button->text());
                action->setEnabled(button->isEnabled());
                // The button may go with its page while the menu is open (the database closed).
                QObject::connect(action, &QAction::triggered, button, [button = QPointer(button)] {
                    if (button) {
                        button->click();
                    }
                });
            }
            if (!menu.isEmpty()) {
                menu.exec(list->viewport()->mapToGlobal(position));
            }
        });
}
