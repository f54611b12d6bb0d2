// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/languages/dayrange.h"
#include "core/storage/backups.h"
#include "core/storage/schema.h"
#include "core/storage/sqlquery.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("wizyta-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// What a look at the file, without writing to it, found.
struct FileInspection
{
    enum class State { Missing, Empty, Wizyta, Foreign, NotSqlite, Unreadable };
    State state = State::Missing;
    int applicationId = 0;
    int userVersion = 0;
    QString detail;
};

FileInspection inspect(const QString& path)
{
    FileInspection result;
    const QFileInfo info(path);
    if (!info.exists()) {
        return result;
    }
    if (info.isDir()) {
        result.state = FileInspection::State::NotSqlite;
        return result;
    }
    // No descriptor of the file is opened outside SQLite: closing one would release the locks that
    // SQLite's other connections in this process (the day's backup, a second window) hold on it,
    // and another program could then take the file for its own while they still use it (SQLite's
    // "How To Corrupt An SQLite Database File", 2.2). SQLite itself reads the header below.
    if (!info.isReadable()) {
        QFile file(path); // cannot be opened: only for the system's reason
        result.state = FileInspection::State::Unreadable;
        result.detail = file.open(QIODevice::ReadOnly) ? QString() : file.errorString();
        return result;
    }
    if (info.size() == 0) {
        result.state = FileInspection::State::Empty;
        return result;
    }

    // A read-only connection of its own, so that looking at a foreign file cannot change it.
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result.state = FileInspection::State::Unreadable;
            result.detail = db.lastError().text();
        } else {
            // The header's two numbers are read without the schema; only a file that is not
            // Wizyta's has its schema read, to tell an empty file from another program's.
            QSqlQuery query(db);
            const bool read = query.exec(QStringLiteral("PRAGMA application_id")) && query.next() &&
                              (result.applicationId = query.value(0).toInt(), true) &&
                              query.exec(QStringLiteral("PRAGMA user_version")) && query.next() &&
                              (result.userVersion = query.value(0).toInt(), true);
            if (!read) {
                result.state = FileInspection::State::NotSqlite;
                result.detail = query.lastError().text();
            } else if (result.applicationId == Schema::applicationId) {
                result.state = FileInspection::State::Wizyta;
            } else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
                result.state = FileInspection::State::NotSqlite;
                result.detail = query.lastError().text();
            } else if (result.applicationId == 0 && query.value(0).toInt() == 0) {
                result.state = FileInspection::State::Empty;
            } else {
                result.state = FileInspection::State::Foreign;
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// Creates a new, empty file readable by its owner only: it will hold other people's personal data.
bool createPrivateFile(const QString& path, QString* errorString)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *errorString = Database::tr("the folder %1 cannot be created")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *errorString = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

/// The lock that makes this process the database's one writer; Busy, naming the holder, when another
/// Wizyta writes to it. A lock whose process is gone (a crash) is taken over.
Result<std::unique_ptr<QLockFile>> takeLock(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto lock = std::make_unique<QLockFile>(Database::lockPath(path));
    // Only a lock whose process has died is stale, however old: a week-long session keeps its lock.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        // A lock file with nothing readable in it was left by a Wizyta killed while taking it: Qt
        // cannot tell its process is gone, so it would never be stale. It is removed, unless a
        // running process still holds it (removeStaleLockFile() checks), and taken.
        if (!lock->getLockInfo(&pid, &host, &program) && lock->removeStaleLockFile() && lock->tryLock(0)) {
            return lock;
        }
        const QDateTime since = QFileInfo(Database::lockPath(path)).lastModified();
        if (host.isEmpty()) {
            //: %1 is a file, %2 a process number, %3 a day and time
            return Error(
                Error::Kind::Busy,
                Database::tr("The database %1 is open in another Wizyta, on another computer (process "
                             "%2) since %3. Only one can change it at a time; it can be opened "
                             "read-only meanwhile.")
                    .arg(shown)
                    .arg(pid)
                    .arg(formatShortDateTime(since)));
        }
        //: %1 is a file, %2 a computer's name, %3 a process number, %4 a day and time
        return Error(Error::Kind::Busy,
                     Database::tr("The database %1 is open in another Wizyta, on %2 (process %3) since %4. "
                                  "Only one can change it at a time; it can be opened read-only meanwhile.")
                         .arg(shown, host)
                         .arg(pid)
                         .arg(formatShortDateTime(since)));
    }
    //: %1 is a file
    return Error(
        Error::Kind::Io,
        Database::tr("The database %1 cannot be locked for writing: its folder does not allow a lock "
                     "file beside it.")
            .arg(shown));
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        return Error(Error::Kind::Io, tr("No database file was given."));
    }

    const FileInspection found = inspect(path);
    switch (found.state) {
    case FileInspection::State::Missing:
        if (access == Access::ReadOnly) {
            return Error(Error::Kind::Io, tr("The database %1 does not exist.").arg(shown));
        }
        if (QString reason; !createPrivateFile(path, &reason)) {
            return Error(Error::Kind::Io, tr("The database %1 cannot be created: %2.").arg(shown, reason));
        }
        break;
    case FileInspection::State::Unreadable:
        return Error(Error::Kind::Io, tr("The file %1 cannot be read: %2.").arg(shown, found.detail));
    case FileInspection::State::NotSqlite:
        return Error(
            Error::Kind::NotADatabase,
            tr("The file %1 is not a Wizyta database (it is not an SQLite database file).").arg(shown));
    case FileInspection::State::Foreign:
        return Error(
            Error::Kind::NotADatabase,
            tr("The file %1 is not a Wizyta database (it is a database of another program).").arg(shown));
    case FileInspection::State::Wizyta:
        if (found.userVersion > Schema::currentVersion()) {
            return Error(
                Error::Kind::NewerSchema,
                tr("The database %1 was written by a newer version of Wizyta (schema %2; this version "
                   "reads up to %3). It was left unchanged; open it with the newer version.")
                    .arg(shown)
                    .arg(found.userVersion)
                    .arg(Schema::currentVersion()));
        }
        break;
    case FileInspection::State::Empty:
        break;
    }

    if (access == Access::ReadWrite) {
        const QFileInfo info(path);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            return Error(
                Error::Kind::ReadOnly,
                tr("The database %1 cannot be written: the file or its folder is read-only.").arg(shown));
        }
    } else if (found.state != FileInspection::State::Wizyta || found.userVersion < Schema::currentVersion()) {
        return Error(Error::Kind::ReadOnly,
                     tr("The database %1 must be upgraded before use, and it is open read-only.").arg(shown));
    }

    std::unique_ptr<QLockFile> lock;
    if (access == Access::ReadWrite) {
        auto taken = takeLock(path);
        if (!taken) {
            return taken.error();
        }
        lock = std::move(taken).value();
    }
    std::unique_ptr<Database> database(new Database(path, newConnectionName(), access, std::move(lock)));
    if (Status configured = database->configure(); !configured) {
        return configured.error();
    }
    const bool existing = found.state == FileInspection::State::Wizyta;
    if (existing && access == Access::ReadWrite && found.userVersion < Schema::currentVersion()) {
        // Nothing is upgraded without a sound copy of the file as it was.
        if (const auto kept = Backups::make(*database); !kept) {
            //: %1 is a file, %2 why its backup could not be made
            return Error(kept.error().kind(), tr("The database %1 was not upgraded, and is unchanged: %2")
                                                  .arg(shown, kept.error().message()));
        }
    }
    if (Status upgraded = database->upgrade(); !upgraded) {
        return upgraded.error();
    }
    return database;
}

QString Database::lockPath(const QString& path)
{
    return path + QStringLiteral(".lock");
}

Database::Database(QString path, QString connectionName, Access access, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_access(access),
      m_lock(std::move(lock))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (m_access == Access::ReadOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
}

Database::~Database()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements)) {
        sqlite3_finalize(statement); // before the connection closes
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3_stmt* Database::takeStatement(const QString& sql) const
{
    return m_statements.take(sql);
}

void Database::keepStatement(const QString& sql, sqlite3_stmt* statement) const
{
    // The repositories' statements are a few hundred at most (lists of ids are bound, not written in).
    constexpr qsizetype kept = 256;
    if (m_statements.contains(sql) || m_statements.size() >= kept) {
        sqlite3_finalize(statement);
        return;
    }
    m_statements.insert(sql, statement);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    if (!db.open()) {
        return Error(Error::Kind::Io, tr("The database %1 cannot be opened: %2.")
                                          .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    // Qt's SQLite driver opens the connection; SqlQuery runs statements on its handle.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return Error(Error::Kind::Internal, tr("The database %1 cannot be opened: %2.")
                                                .arg(QDir::toNativeSeparators(m_path), db.driverName()));
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    const QString what = tr("Opening the database");
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_access == Access::ReadWrite) {
        // WAL lets a reader go on while a write is committed; FULL syncs every commit, so a
        // power cut never loses an edit the window has shown as saved.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL")
                // Deleted and overwritten text is zeroed in the file, not left in free pages: erased
                // personal data must be gone.
                << QStringLiteral("PRAGMA secure_delete = ON");
    }
    for (const QString& pragma : pragmas) {
        SqlQuery query(*this, pragma);
        if (Status done = query.exec(what); !done) {
            return done;
        }
    }
    return success();
}

int Database::schemaVersion() const
{
    SqlQuery query(*this, QStringLiteral("PRAGMA user_version"));
    return (query.exec(QString()) && query.next()) ? query.value(0).toInt() : -1;
}

Status Database::upgrade()
{
    for (int version = schemaVersion() + 1; version <= Schema::currentVersion(); ++version) {
        WriteTransaction transaction(*this);
        //: %1 is the schema version number
        const QString what = tr("Upgrading the database to version %1").arg(version);
        if (Status begun = transaction.begin(what); !begun) {
            return begun;
        }
        QStringList statements = Schema::upgradeStep(version);
        statements << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = %1").arg(version);
        if (Status done = SqlQuery::execAll(*this, statements, what); !done) {
            return done;
        }
        if (Status committed = transaction.commit(); !committed) {
            return committed;
        }
    }
    return success();
}

Result<QStringList> Database::check() const
{
    const QString what = tr("Checking the database");
    QStringList problems;
    SqlQuery integrity(*this, QStringLiteral("PRAGMA integrity_check"));
    if (Status done = integrity.exec(what); !done) {
        return done.error();
    }
    while (integrity.next()) {
        if (const QString line = integrity.text(0); line != QLatin1String("ok")) {
            problems << line;
        }
    }
    SqlQuery foreignKeys(*this, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status done = foreignKeys.exec(what); !done) {
        return done.error();
    }
    while (foreignKeys.next()) {
        //: %1 table, %2 row id, %3 referenced table
        problems << tr("Table %1, row %2 refers to a missing row in %3.")
                        .arg(foreignKeys.text(0), foreignKeys.text(1), foreignKeys.text(2));
    }
    return problems;
}

void Database::markChanged(ChangeNotifier::Topics topics)
{
    m_pendingChanges |= topics;
    if (m_transactionDepth == 0) {
        const ChangeNotifier::Topics changed = std::exchange(m_pendingChanges, {});
        Q_EMIT m_notifier.changed(changed);
    }
}

WriteTransaction::WriteTransaction(Database& database) : m_database(database) {}

WriteTransaction::~WriteTransaction()
{
    if (m_level > 0 && !m_finished) {
        rollback();
    }
}

Status WriteTransaction::begin(const QString& what)
{
    m_what = what;
    if (m_database.isReadOnly()) {
        // SQLite lets a read-only connection BEGIN IMMEDIATE; refuse here so the reason is clear.
        //: %1 names the action, e.g. "Saving the visit"; %2 is the file
        return Error(Error::Kind::ReadOnly, Database::tr("%1 failed: the database %2 is open read-only.")
                                                .arg(what, QDir::toNativeSeparators(m_database.path())));
    }
    m_level = m_database.m_transactionDepth + 1;
    const QString statement =
        m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT level%1").arg(m_level);
    SqlQuery query(m_database, statement);
    if (Status begun = query.exec(what); !begun) {
        m_level = 0;
        return begun;
    }
    ++m_database.m_transactionDepth;
    return success();
}

Status WriteTransaction::commit()
{
    Q_ASSERT(m_level > 0 && !m_finished);
    const QString statement =
        m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_level);
    SqlQuery query(m_database, statement);
    if (Status committed = query.exec(m_what); !committed) {
        rollback();
        return committed;
    }
    m_finished = true;
    --m_database.m_transactionDepth;
    if (m_level == 1 && m_database.m_pendingChanges) {
        m_database.markChanged({});
    }
    return success();
}

void WriteTransaction::rollback()
{
    m_finished = true;
    if (m_level == 1) {
        SqlQuery query(m_database, QStringLiteral("ROLLBACK"));
        (void)query.exec(m_what);
        m_database.m_pendingChanges = {};
    } else {
        SqlQuery undo(m_database, QStringLiteral("ROLLBACK TO SAVEPOINT level%1").arg(m_level));
        (void)undo.exec(m_what);
        SqlQuery release(m_database, QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_level));
        (void)release.exec(m_what);
    }
    --m_database.m_transactionDepth;
}
