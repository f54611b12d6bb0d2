// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/backups.h"

#include <QDialog>

class QListWidget;
class QDialogButtonBox;

/// File › Restore Backup: the database's backups by the day and time they were made, newest first,
/// to choose one to put in place of the database.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& databasePath, const QList<BackupFile>& backups,
                        QWidget* parent = nullptr);

    /// The backup chosen; empty when none is.
    QString chosenBackup() const;

private:
    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
};
