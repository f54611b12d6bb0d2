// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

/// Acts on the next modal dialog of type D once it is open: a modal dialog runs its own event loop,
/// so the test's steps are queued before the action that opens it. `act` must close the dialog.
template <typename D>
void onNextDialog(std::function<void(D&)> act, bool* reached = nullptr)
{
    QTimer::singleShot(0, [act = std::move(act), reached] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (reached) {
            *reached = dialog != nullptr;
        }
        if (dialog) {
            act(*dialog);
        } else if (QWidget* other = QApplication::activeModalWidget()) {
            other->close(); // not the dialog the test expected: let the test go on and fail
        }
    });
}

/// Presses OK, as a person would (the dialog may refuse and stay open).
inline void pressOk(QDialog& dialog)
{
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}
