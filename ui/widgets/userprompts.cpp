// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/userprompts.h"

#include <QFileDialog>
#include <QPushButton>

QString UserPrompts::openFileName(QWidget* parent, const QString& title, const QString& directory,
                                  const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString UserPrompts::saveFileName(QWidget* parent, const QString& title, const QString& directory,
                                  const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, directory, filter);
}

void UserPrompts::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void UserPrompts::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton UserPrompts::question(QWidget* parent, const QString& title, const QString& text,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

bool UserPrompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* doIt = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == doIt;
}
