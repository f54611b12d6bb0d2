// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backups.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

const QString stampFormat = QStringLiteral("yyyy-MM-dd HH.mm.ss");

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Whether the SQLite file at `path` opens and passes integrity_check; `problem` says why not.
bool isSound(const QString& path, QString* problem)
{
    const QString name =
        QStringLiteral("wizyta-backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool sound = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            sound = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
                    query.value(0).toString() == QLatin1String("ok");
            if (!sound) {
                *problem = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
            }
            query.finish();
        } else {
            *problem = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return sound;
}

/// A new empty file readable by its owner only: a backup holds other people's personal data.
bool createPrivateFile(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *problem = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

QString Backups::folderFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".backups");
}

QList<BackupFile> Backups::list(const QString& databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QDir folder(folderFor(databasePath));
    QList<BackupFile> backups;
    const QFileInfoList files = folder.entryInfoList({base + QStringLiteral(" *.wizyta")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QString stamp = file.completeBaseName().mid(base.size() + 1);
        const QDateTime made = QDateTime::fromString(stamp, stampFormat);
        if (made.isValid()) {
            backups.append({file.absoluteFilePath(), made, file.size()});
        }
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.made > b.made; });
    return backups;
}

Status Backups::copyTo(Database& database, const QString& path)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QString problem;
    if (!createPrivateFile(partial, &problem)) {
        //: %1 is a file, %2 the system's reason
        return Error(Error::Kind::Io, tr("The backup %1 cannot be written: %2").arg(shown(path), problem));
    }
    SqlQuery vacuum(database, QStringLiteral("VACUUM INTO :path"));
    vacuum.bind(QStringLiteral(":path"), partial);
    if (Status done = vacuum.exec(tr("Writing the backup %1").arg(shown(path))); !done) {
        QFile::remove(partial);
        return done;
    }
    if (!isSound(partial, &problem)) {
        QFile::remove(partial);
        //: %1 is a file, %2 what the check found
        return Error(Error::Kind::Io,
                     tr("The backup %1 failed its check and was not kept: %2").arg(shown(path), problem));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(
            Error::Kind::Io,
            tr("The backup %1 cannot be written: it cannot be renamed into place.").arg(shown(path)));
    }
    return success();
}

Result<QString> Backups::make(Database& database, const QDateTime& now)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder)) {
        //: %1 is a folder
        return Error(Error::Kind::Io, tr("The backup folder %1 cannot be created.").arg(shown(folder)));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(folder).filePath(
        QStringLiteral("%1 %2.wizyta")
            .arg(QFileInfo(database.path()).completeBaseName(), now.toString(stampFormat)));
    if (Status copied = copyTo(database, path); !copied) {
        return copied.error();
    }
    // Only now that a sound backup exists do the oldest go.
    const QList<BackupFile> backups = list(database.path());
    for (qsizetype i = kept; i < backups.size(); ++i) {
        QFile::remove(backups.at(i).path);
    }
    return path;
}

Result<QString> Backups::daily(Database& database, const QDateTime& now)
{
    const QList<BackupFile> backups = list(database.path());
    if (!backups.isEmpty() && backups.constFirst().made.date() == now.date()) {
        return QString();
    }
    return make(database, now);
}

Result<QString> Backups::dailyOf(const QString& databasePath, const QDateTime& now)
{
    const QList<BackupFile> backups = list(databasePath);
    if (!backups.isEmpty() && backups.constFirst().made.date() == now.date()) {
        return QString(); // no connection at all on the other starts of the day
    }
    auto database = Database::open(databasePath, Database::Access::ReadOnly);
    if (!database) {
        return database.error();
    }
    return daily(**database, now);
}

Status Backups::restore(const QString& backup, const QString& databasePath, const QDateTime& now)
{
    QString problem;
    if (!isSound(backup, &problem)) {
        //: %1 is a file, %2 what the check found
        return Error(
            Error::Kind::Corrupt,
            tr("The backup %1 cannot be restored: it failed its check (%2).").arg(shown(backup), problem));
    }
    // The file as it is now becomes a backup too: restoring can itself be undone.
    if (QFileInfo::exists(databasePath)) {
        auto current = Database::open(databasePath);
        if (!current) {
            return current.error();
        }
        const auto kept = make(**current, now);
        if (!kept) {
            return kept.error();
        }
    }
    const QString partial = databasePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!createPrivateFile(partial, &problem)) {
        return Error(Error::Kind::Io, tr("%1 cannot be restored: %2").arg(shown(databasePath), problem));
    }
    QFile source(backup);
    QFile target(partial);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(source.readAll()) != source.size() || !target.flush()) {
        target.close();
        QFile::remove(partial);
        return Error(Error::Kind::Io,
                     tr("%1 cannot be restored: %2").arg(shown(databasePath), target.errorString()));
    }
    target.close();
    // The old write-ahead log belongs to the old file.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath);
    if (!QFile::rename(partial, databasePath)) {
        return Error(
            Error::Kind::Io,
            tr("%1 cannot be restored: the copy cannot be renamed into place.").arg(shown(databasePath)));
    }
    return success();
}
