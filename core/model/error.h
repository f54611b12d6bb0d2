// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

/// The one error type of the core: what went wrong, in words a coordinator can act on.
///
/// The message is translated when the error is made (errors are shown at once and never cached),
/// and names the file, field or row it is about. `field()` is the machine name of a validated
/// field (e.g. "visit.lastDay") so a form can put the message next to the right input.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    enum class Kind {
        NotADatabase, ///< the file is not an SQLite database, or not a Wizyta one
        NewerSchema,  ///< written by a newer Wizyta; left untouched
        ReadOnly,     ///< the file or its folder cannot be written
        Busy,         ///< another program holds a write lock for too long
        DiskFull,     ///< the disk (or the database's size limit) is full
        Corrupt,      ///< SQLite reports a damaged file
        Validation,   ///< a value a coordinator entered is not acceptable
        NotFound,     ///< the record asked for does not exist (any more)
        Constraint,   ///< the database refused a write that would break its rules
        Io,           ///< the file cannot be opened, read or written
        Internal,     ///< a programming error: an SQL statement that does not prepare
    };

    Error(Kind kind, QString message, QString field = {});

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& field() const { return m_field; }

    /// Turns a failed SQL call into an Error, classifying SQLite's result code.
    /// `what` says what was being done ("saving the visit"), for the message.
    static Error fromSql(const QSqlError& error, const QString& what);
    /// An Internal error: `what` failed for a reason only a developer can act on, given in `detail`
    /// as the program found it (like SQLite's own messages, not translated).
    static Error internal(const QString& what, const QString& detail);
    static Error notFound(const QString& what);

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
};
