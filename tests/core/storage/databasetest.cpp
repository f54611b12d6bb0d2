// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/storage/backups.h"
#include "core/storage/schema.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <optional>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Runs statements on a plain SQLite connection, as another program (or an older Wizyta) would.
void writeRaw(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList schemaObjects(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master "
                                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")));
    QStringList objects;
    while (query.next()) {
        objects << query.value(0).toString();
    }
    return objects;
}

} // namespace

TEST_CASE("A new database is marked as Wizyta's, at the current schema, in WAL mode")
{
    TestDatabase test;
    Database& db = test.db();
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == Schema::applicationId);
    CHECK(db.schemaVersion() == Schema::currentVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    // Other people's personal data: readable by the owner only.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(test.path()) & others) == QFileDevice::Permissions());
    CHECK(QFile::permissions(test.path()).testFlag(QFileDevice::WriteOwner));
    CHECK(db.check().ok());
    CHECK(db.check()->isEmpty());
}

TEST_CASE("The upgrade steps turn an empty file into the current schema")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.wizyta"));
    writeRaw(path, {QStringLiteral("PRAGMA user_version = 0")}); // an SQLite file with nothing in it
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    CHECK(db.schemaVersion() == 5);
    QStringList expected = {
        QStringLiteral("index agenda_session_time"),
        QStringLiteral("index agenda_session_venue"),
        QStringLiteral("index agenda_session_visit"),
        QStringLiteral("index cost_line_project"),
        QStringLiteral("index cost_line_visit"),
        QStringLiteral("index exchange_group_member_institution"),
        QStringLiteral("index follow_up_open"),
        QStringLiteral("index follow_up_owner"),
        QStringLiteral("index follow_up_visit"),
        QStringLiteral("index funding_project_partner_institution"),
        QStringLiteral("index institution_city"),
        QStringLiteral("index kept_warning_visit"),
        QStringLiteral("index outcome_partner"),
        QStringLiteral("index outcome_visit"),
        QStringLiteral("index person_family_name"),
        QStringLiteral("index person_institution"),
        QStringLiteral("index session_audience_participant"),
        QStringLiteral("index session_person_person"),
        QStringLiteral("index visit_coordinator"),
        QStringLiteral("index visit_days"),
        QStringLiteral("index visit_group"),
        QStringLiteral("index visit_host"),
        QStringLiteral("index visit_institution_institution"),
        QStringLiteral("index visit_participant_person"),
        QStringLiteral("index visit_project"),
        QStringLiteral("index visit_sending"),
        QStringLiteral("table agenda_session"),
        QStringLiteral("table agenda_session_text"),
        QStringLiteral("table cost_line"),
        QStringLiteral("table exchange_group"),
        QStringLiteral("table exchange_group_member"),
        QStringLiteral("table follow_up"),
        QStringLiteral("table funding_project"),
        QStringLiteral("table funding_project_partner"),
        QStringLiteral("table institution"),
        QStringLiteral("table institution_text"),
        QStringLiteral("table kept_check"),
        QStringLiteral("table kept_visit"),
        QStringLiteral("table kept_warning"),
        QStringLiteral("table outcome"),
        QStringLiteral("table person"),
        QStringLiteral("table session_audience"),
        QStringLiteral("table session_person"),
        QStringLiteral("table setting"),
        QStringLiteral("table travel_time"),
        QStringLiteral("table visit"),
        QStringLiteral("table visit_institution"),
        QStringLiteral("table visit_participant"),
        QStringLiteral("table visit_text"),
    };
    // Version 2: what forgets the conflict check's kept warnings (KeptWarnings); version 4: the
    // translations warnings name things by.
    for (const char* trigger : {"agenda_session_text_delete",
                                "agenda_session_text_insert",
                                "agenda_session_text_update",
                                "audience_delete",
                                "audience_insert",
                                "audience_update",
                                "institution_delete",
                                "institution_text_delete",
                                "institution_text_insert",
                                "institution_text_update",
                                "institution_update",
                                "participant_delete",
                                "participant_insert",
                                "participant_update",
                                "person_in_session_delete",
                                "person_in_session_insert",
                                "person_in_session_update",
                                "person_name",
                                "session_delete",
                                "session_insert",
                                "session_update",
                                "setting_delete",
                                "setting_insert",
                                "setting_update",
                                "travel_time_delete",
                                "travel_time_insert",
                                "travel_time_update",
                                "visit_days",
                                "visit_delete",
                                "visit_text_delete",
                                "visit_text_insert",
                                "visit_text_update",
                                "visit_title",
                                "warnings"}) {
        expected << QStringLiteral("trigger kept_forget_") + QLatin1String(trigger);
    }
    CHECK(schemaObjects(db) == expected);
    CHECK(scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = 'interpreter_max_minutes'"))
              .toInt() == 90);
}

TEST_CASE("A version 1 file is upgraded with its data, after a backup of it as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2025.wizyta"));
    QStringList version1 = Schema::upgradeStep(1);
    version1 << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
             << QStringLiteral("PRAGMA user_version = 1")
             << QStringLiteral("INSERT INTO visit (title, first_day, last_day) "
                               "VALUES ('Lwów', '2025-05-19', '2025-05-23')");
    writeRaw(path, version1);
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = **opened;
    CHECK(db.schemaVersion() == Schema::currentVersion());
    CHECK(scalar(db, QStringLiteral("SELECT title FROM visit")).toString() == QStringLiteral("Lwów"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM kept_visit")).toInt() == 0);
    const QList<BackupFile> backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    auto backup = Database::open(backups.constFirst().path, Database::Access::ReadOnly);
    REQUIRE_FALSE(backup.ok()); // as it was: version 1, which a read-only opening does not upgrade
    CHECK(backup.error().kind() == Error::Kind::ReadOnly);
}

TEST_CASE("A version 3 file's interpretation texts become languages and a mode with nothing lost")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2026.wizyta"));
    QStringList version3 = Schema::upgradeStep(1) + Schema::upgradeStep(2) + Schema::upgradeStep(3);
    version3 << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
             << QStringLiteral("PRAGMA user_version = 3")
             << QStringLiteral("INSERT INTO visit (id, title, first_day, last_day) "
                               "VALUES (1, 'Lwów', '2026-05-19', '2026-05-23')");
    // id, language, interpretation, notes
    const QList<QStringList> sessions = {
        {QStringLiteral("1"), QString(), QStringLiteral("pl→uk, tłumaczenie konsekutywne"), QString()},
        {QStringLiteral("2"), QStringLiteral("cs"), QStringLiteral("cs -> PL symultaniczne"), QString()},
        {QStringLiteral("3"), QStringLiteral("pl"), QStringLiteral("PL→UA, szeptane"), QString()},
        {QStringLiteral("4"), QStringLiteral("pl"), QStringLiteral("napisy po ukraińsku"),
         QStringLiteral("Film.")},
        {QStringLiteral("5"), QStringLiteral("pl"), QStringLiteral("pl→uk"), QString()},
        {QStringLiteral("6"), QStringLiteral("pl"), QString(), QStringLiteral("Bez tłumaczenia.")},
    };
    for (const QStringList& row : sessions) {
        version3 << QStringLiteral(
                        "INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title, language, "
                        "interpretation, notes) VALUES (%1, 1, '2026-05-19T09:00', "
                        "'2026-05-19T10:00', 'Sesja', '%2', '%3', '%4')")
                        .arg(row.at(0), row.at(1), row.at(2), row.at(3));
    }
    writeRaw(path, version3);
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = **opened;
    REQUIRE(db.schemaVersion() == Schema::currentVersion());
    const auto column = [&db](const char* name, int id) {
        return scalar(db, QStringLiteral("SELECT %1 FROM agenda_session WHERE id = %2")
                              .arg(QLatin1String(name))
                              .arg(id))
            .toString();
    };
    // Understood: the mode and the language interpreted into; the language spoken when it had none.
    CHECK(column("interpretation_mode", 1) == QStringLiteral("consecutive"));
    CHECK(column("interpreted_into", 1) == QStringLiteral("uk"));
    CHECK(column("language", 1) == QStringLiteral("pl"));
    CHECK(column("notes", 1).isEmpty());
    CHECK(column("interpretation_mode", 2) == QStringLiteral("simultaneous"));
    CHECK(column("interpreted_into", 2) == QStringLiteral("pl"));
    CHECK(column("language", 2) == QStringLiteral("cs"));
    CHECK(column("interpretation_mode", 3) == QStringLiteral("whispered"));
    CHECK(column("interpreted_into", 3) == QStringLiteral("uk"));
    // Not understood: kept in the notes, word for word.
    CHECK(column("interpretation_mode", 4) == QStringLiteral("none"));
    CHECK(column("notes", 4) == QStringLiteral("Film.\nnapisy po ukraińsku"));
    // Languages without a mode: consecutive, the usual kind, and the text kept as well.
    CHECK(column("interpretation_mode", 5) == QStringLiteral("consecutive"));
    CHECK(column("interpreted_into", 5) == QStringLiteral("uk"));
    CHECK(column("notes", 5) == QStringLiteral("pl→uk"));
    CHECK(column("interpretation_mode", 6) == QStringLiteral("none"));
    CHECK(column("notes", 6) == QStringLiteral("Bez tłumaczenia."));
}

TEST_CASE("Reopening a current database changes nothing in its schema")
{
    TestDatabase test;
    const QStringList before = schemaObjects(test.db());
    test.reopen();
    CHECK(schemaObjects(test.db()) == before);
    CHECK(test.db().schemaVersion() == Schema::currentVersion());
}

TEST_CASE("A file that is not a database is refused and left as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Program wizyty: 19-25 maja\n");
    file.close();
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind() == Error::Kind::NotADatabase);
    CHECK(opened.error().message().contains(path));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("An SQLite database of another program is refused and left as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    writeRaw(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                    QStringLiteral("INSERT INTO contacts VALUES ('Anna')")});
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind() == Error::Kind::NotADatabase);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database from a newer version is refused and left as it was")
{
    TestDatabase test;
    test.close();
    writeRaw(test.path(), {QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1),
                           QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileHash(test.path());
    auto opened = Database::open(test.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind() == Error::Kind::NewerSchema);
    CHECK(opened.error().message().contains(QString::number(Schema::currentVersion() + 1)));
    CHECK(fileHash(test.path()) == before);
}

TEST_CASE("A Wizyta file whose schema is damaged is reported as damaged and left as it was")
{
    TestDatabase test;
    test.close();
    writeRaw(
        test.path(),
        {QStringLiteral("PRAGMA writable_schema = ON"),
         QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE TABLE visit (id INTEGER PRIMARY KEY, broken' "
                        "WHERE name = 'visit'"),
         QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileHash(test.path());
    auto opened = Database::open(test.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind() == Error::Kind::Corrupt);
    CHECK(opened.error().message().contains(QStringLiteral("damaged")));
    CHECK(fileHash(test.path()) == before);
}

TEST_CASE("A truncated database file is refused without a crash")
{
    TestDatabase test;
    test.close();
    writeRaw(test.path(), {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    QFile file(test.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(100)); // the header survives, the pages do not
    file.close();
    auto opened = Database::open(test.path());
    CHECK_FALSE(opened.ok());
}

namespace {

/// Whether another process sees a lock on the database file's shared bytes, as another program
/// would before taking the file for its own (SQLite's locks are POSIX record locks, and a process
/// does not see its own).
bool otherProgramSeesLock(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDONLY);
        struct flock lock = {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0x40000000; // SQLite's lock bytes: pending, reserved, shared
        lock.l_len = 512;
        const bool locked = fd >= 0 && fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
        _exit(locked ? 0 : 1);
    }
    int status = 0;
    REQUIRE(child > 0);
    REQUIRE(waitpid(child, &status, 0) == child);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

TEST_CASE("Opening the file again in the same process (the day's backup) keeps the open connection's locks")
{
    TestDatabase test;
    REQUIRE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == 0);
    REQUIRE(otherProgramSeesLock(test.path()));
    {
        const auto again = Database::open(test.path(), Database::Access::ReadOnly);
        REQUIRE(again.ok());
    }
    // Without its locks, a program closing the file would think itself the last to use it and
    // checkpoint and remove the write-ahead log under the open connection.
    CHECK(otherProgramSeesLock(test.path()));
}

TEST_CASE("A database opened read-only can be read but refuses writes")
{
    TestDatabase test;
    REQUIRE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit")).toInt() == 0);
    test.close();

    if (::geteuid() != 0) {
        // The file's permissions say read-only: asking to write is refused with a clear reason.
        QFile::setPermissions(test.path(), QFileDevice::ReadOwner);
        auto writable = Database::open(test.path());
        REQUIRE_FALSE(writable.ok());
        CHECK(writable.error().kind() == Error::Kind::ReadOnly);
    } else {
        WARN("Running as root, which may write any file: the file-permission check is not exercised.");
    }

    auto opened = Database::open(test.path(), Database::Access::ReadOnly);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    CHECK(db.isReadOnly());
    WriteTransaction transaction(db);
    const Status begun = transaction.begin(QStringLiteral("Saving the visit"));
    REQUIRE_FALSE(begun.ok());
    CHECK(begun.error().kind() == Error::Kind::ReadOnly);
}

TEST_CASE("A missing database is created, but not when opened read-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.wizyta"));
    auto readOnly = Database::open(path, Database::Access::ReadOnly);
    REQUIRE_FALSE(readOnly.ok());
    CHECK_FALSE(QFile::exists(path));
    auto created = Database::open(path);
    REQUIRE(created.ok());
    CHECK(QFile::exists(path));
}

TEST_CASE("check() reports a broken foreign key")
{
    TestDatabase test;
    test.close();
    writeRaw(test.path(),
             {QStringLiteral("PRAGMA foreign_keys = OFF"),
              QStringLiteral("INSERT INTO visit (id, title, first_day, last_day) "
                             "VALUES (1, 'X', '2026-05-19', '2026-05-19')"),
              QStringLiteral("INSERT INTO visit_participant (visit_id, person_id) VALUES (1, 999)")});
    test.reopen();
    const auto problems = test.db().check();
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    CHECK(problems->constFirst().contains(QLatin1String("visit_participant")));
}

TEST_CASE("A nested transaction rolls back alone — the outer one still commits")
{
    TestDatabase test;
    Database& db = test.db();
    {
        WriteTransaction outer(db);
        REQUIRE(outer.begin(QStringLiteral("outer")).ok());
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('outer', '1')"));
        {
            WriteTransaction inner(db);
            REQUIRE(inner.begin(QStringLiteral("inner")).ok());
            QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('inner', '1')"));
            // leaves scope without commit: rolled back to its savepoint
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'outer'")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'inner'")).toInt() == 0);
}

TEST_CASE("Changes are announced once, after the outermost commit")
{
    TestDatabase test;
    Database& db = test.db();
    QList<ChangeNotifier::Topics> announced;
    QObject::connect(&db.notifier(), &ChangeNotifier::changed, &db.notifier(),
                     [&announced](ChangeNotifier::Topics topics) { announced.append(topics); });
    {
        WriteTransaction outer(db);
        REQUIRE(outer.begin(QStringLiteral("outer")).ok());
        db.markChanged(ChangeNotifier::Topic::Visits);
        db.markChanged(ChangeNotifier::Topic::Sessions);
        CHECK(announced.isEmpty());
        REQUIRE(outer.commit().ok());
    }
    REQUIRE(announced.size() == 1);
    CHECK(announced.constFirst() == (ChangeNotifier::Topic::Visits | ChangeNotifier::Topic::Sessions));
    {
        WriteTransaction rolledBack(db);
        REQUIRE(rolledBack.begin(QStringLiteral("rolled back")).ok());
        db.markChanged(ChangeNotifier::Topic::People);
    }
    CHECK(announced.size() == 1);
}

TEST_CASE("A database with corrupted pages is reported, not crashed on, and left as it was")
{
    TestDatabase test;
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta z Lwowa");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 20);
    for (int i = 0; i < 200; ++i) {
        REQUIRE(VisitRepository(test.db()).create(visit).ok());
    }
    test.close();
    writeRaw(test.path(), {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    QFile file(test.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    // Garbage over every page but the first, which holds the header and the schema's root.
    const qint64 size = file.size();
    REQUIRE(size > 3 * 4096);
    for (qint64 offset = 4096; offset + 512 <= size; offset += 4096) {
        file.seek(offset + 100);
        file.write(QByteArray(400, '\xA5'));
    }
    file.close();
    const QByteArray before = fileHash(test.path());

    // Either refused at once or opened, the problem is found and named; the file is not touched.
    auto opened = Database::open(test.path(), Database::Access::ReadOnly);
    if (opened.ok()) {
        const auto problems = (*opened)->check();
        CHECK((!problems.ok() || !problems->isEmpty()));
        opened.value().reset();
    } else {
        CHECK_FALSE(opened.error().message().isEmpty());
    }
    CHECK(fileHash(test.path()) == before);
}

TEST_CASE("A full disk refuses the edit with a clear message and keeps what was saved before")
{
    TestDatabase test;
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta z Lwowa");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 20);
    REQUIRE(VisitRepository(test.db()).create(visit).ok());
    // The file may grow no further: as a full disk, to SQLite.
    const int pages = scalar(test.db(), QStringLiteral("PRAGMA page_count")).toInt();
    run(test.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    // Large rows, in the notes: a title is at most two printed lines.
    visit.title.text = QStringLiteral("Wizyta zapełniająca dysk");
    visit.notes = QString(3000, u'x');
    std::optional<Error> refused;
    for (int i = 0; i < 500 && !refused; ++i) {
        if (const auto created = VisitRepository(test.db()).create(visit); !created.ok()) {
            refused = created.error();
        }
    }
    REQUIRE(refused);
    CHECK(refused->kind() == Error::Kind::DiskFull);
    CHECK(refused->message().contains(QStringLiteral("disk"), Qt::CaseInsensitive));
    const auto problems = test.db().check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK(scalar(test.db(), QStringLiteral("SELECT count(*) FROM visit WHERE title = 'Wizyta z Lwowa'"))
              .toInt() == 1);
}
