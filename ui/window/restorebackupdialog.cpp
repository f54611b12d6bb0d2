// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/restorebackupdialog.h"

#include "ui/help/helprequest.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QString& databasePath, const QList<BackupFile>& backups,
                                         QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpRequest::setSection(this, QStringLiteral("backups"));
    setWindowModality(Qt::WindowModal);
    HelpRequest::addShortcut(this);
    setObjectName(QStringLiteral("restoreBackup"));
    setWindowTitle(tr("Restore Backup"));
    //: %1 is the database file, %2 the folder of its backups
    auto* about = new QLabel(
        tr("Choose the copy of %1 to go back to. Everything changed since that copy was made is replaced; "
           "the database as it is now is kept as a backup too, so this can be undone the same way.\n\n"
           "Backups are kept in %2.")
            .arg(QDir::toNativeSeparators(databasePath),
                 QDir::toNativeSeparators(Backups::folderFor(databasePath))),
        this);
    about->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    const QLocale locale;
    for (const BackupFile& backup : backups) {
        //: a backup in the list: %1 its day and time, %2 its size such as "1.2 MB"
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(locale.toString(backup.made, QLocale::LongFormat),
                                                           locale.formattedDataSize(backup.size)),
                                         m_list);
        item->setData(Qt::UserRole, backup.path);
    }
    if (backups.isEmpty()) {
        auto* none =
            new QListWidgetItem(tr("No backups yet: one is made each day the database is opened."), m_list);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(0);
    }
    //: the button that puts the chosen backup in place of the database
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!backups.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    // 560 by 420 pixels at the usual text size, larger with larger text.
    resize(fontMetrics().averageCharWidth() * 93, fontMetrics().lineSpacing() * 30);
}

QString RestoreBackupDialog::chosenBackup() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}
