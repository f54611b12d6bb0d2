// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QThread;

/// The day's backup of an open database (Backups::dailyOf), made in a thread of its own on a
/// read-only connection of its own: the window is shown and used at once, also on the first start
/// of a day, when a copy of ten years' file takes most of a second.
class DailyBackup final : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(QString databasePath, QObject* parent = nullptr);
    /// Waits for the copy: the file is not closed or replaced under it.
    ~DailyBackup() override;

    void start();
    /// Waits until the copy is done (or returns at once when none is being made).
    void wait();

Q_SIGNALS:
    /// In the owner's thread, when today's backup could not be made; `problem` says why.
    void failed(const QString& problem);

private:
    QString m_databasePath;
    QThread* m_thread = nullptr;
    QString m_problem; ///< written by the thread, read once it has finished
};
