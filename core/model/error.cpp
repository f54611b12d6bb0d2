// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/error.h"

Error::Error(Kind kind, QString message, QString field)
    : m_kind(kind), m_message(std::move(message)), m_field(std::move(field))
{}

Error Error::fromSql(const QSqlError& error, const QString& what)
{
    // QSQLITE reports sqlite3_errcode(); the primary result code is the low byte.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const Error generic = internal(what, detail);
    if (!numeric) {
        return generic;
    }
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        //: %1 is an action in the nominative, e.g. "Saving the visit".
        return Error(Kind::Busy, tr("%1 failed: the database is in use by another program. "
                                    "Try again in a moment.")
                                     .arg(what));
    case 8: // SQLITE_READONLY
        //: %1 is an action in the nominative, e.g. "Saving the visit".
        return Error(Kind::ReadOnly, tr("%1 failed: the database is open read-only.").arg(what));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        //: %1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.
        return Error(Kind::Io,
                     tr("%1 failed: the database file cannot be read or written (%2).").arg(what, detail));
    case 11: // SQLITE_CORRUPT
        //: %1 is an action in the nominative, e.g. "Saving the visit".
        return Error(Kind::Corrupt,
                     tr("%1 failed: the database file is damaged. Restore it from a backup.").arg(what));
    case 13: // SQLITE_FULL
        //: %1 is an action in the nominative, e.g. "Saving the visit".
        return Error(Kind::DiskFull, tr("%1 failed: the disk is full. Nothing was changed; "
                                        "free some space and try again.")
                                         .arg(what));
    case 19: // SQLITE_CONSTRAINT
        return Error(Kind::Constraint, generic.message());
    case 26: // SQLITE_NOTADB
        return Error(Kind::NotADatabase, tr("The file is not a Wizyta database."));
    default:
        return generic;
    }
}

Error Error::internal(const QString& what, const QString& detail)
{
    //: %1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.
    return Error(Kind::Internal, tr("%1 failed: %2").arg(what, detail));
}

Error Error::notFound(const QString& what)
{
    //: %1 names a record, e.g. "Visit 12".
    return Error(Kind::NotFound, tr("%1 does not exist (any more).").arg(what));
}
