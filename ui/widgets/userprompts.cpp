// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/userprompts.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

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

void UserPrompts::fileWritten(QWidget* parent, const QString& title, const QString& path)
{
    const QFileInfo file(path);
    //: %1 is a file's name, %2 the folder it is in
    QMessageBox box(
        QMessageBox::Information, title,
        tr("%1 was saved in %2.").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
        QMessageBox::Close, parent);
    QPushButton* open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
    QPushButton* folder = box.addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absoluteFilePath()));
    } else if (box.clickedButton() == folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
    }
}
