// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

/// A verified copy of a database, kept beside it.
struct BackupFile
{
    QString path;
    QDateTime made; ///< local time, from the file's name
    qint64 size = 0;
};

/// Backups of a database: made before every schema upgrade and once a day when it is opened for
/// writing, in a folder beside it ("visits.wizyta.backups/visits 2026-11-26 15.30.12.wizyta").
///
/// A backup is written with VACUUM INTO into a new file readable by its owner only, opened again and
/// integrity-checked; only a backup that passed counts, and only then are the oldest pruned to the
/// number kept. A backup that cannot be made never stops the database from opening: the caller is
/// told and the work goes on.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    /// How many backups are kept; older ones are removed once a new one is verified.
    static constexpr int kept = 10;

    /// The folder of the backups of the database at `databasePath`.
    static QString folderFor(const QString& databasePath);
    /// The database's backups, newest first.
    static QList<BackupFile> list(const QString& databasePath);

    /// Writes a verified copy of `database` to `path` (a new file, owner-only). The file is only
    /// there once verified.
    static Status copyTo(Database& database, const QString& path);
    /// Makes a backup in the backup folder, then prunes the oldest to `kept`; returns its path.
    static Result<QString> make(Database& database, const QDateTime& now = QDateTime::currentDateTime());
    /// Makes a backup unless one was made on `now`'s day; returns its path, or an empty one when none
    /// was needed.
    static Result<QString> daily(Database& database, const QDateTime& now = QDateTime::currentDateTime());
    /// The same for the database at `databasePath`, read on a read-only connection of its own: it can
    /// run in another thread while the file is open for writing (the window does it after opening,
    /// so that the first start of a day does not wait for a copy of a big file).
    static Result<QString> dailyOf(const QString& databasePath,
                                   const QDateTime& now = QDateTime::currentDateTime());
    /// Puts `backup` in place of the database at `databasePath`, which must not be open; the current
    /// file is first kept as a backup itself. The backup is checked before anything is replaced.
    static Status restore(const QString& backup, const QString& databasePath,
                          const QDateTime& now = QDateTime::currentDateTime());
};
