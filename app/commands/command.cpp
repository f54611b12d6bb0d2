// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/command.h"

#include "core/model/error.h"
#include "core/storage/database.h"

#include <QDir>

namespace {

int exitStatusFor(const Error& error)
{
    switch (error.kind()) {
    case Error::Kind::NotADatabase:
    case Error::Kind::NewerSchema:
    case Error::Kind::Corrupt:
    case Error::Kind::Validation:
    case Error::Kind::NotFound:
    case Error::Kind::Constraint:
        return ExitBadInput;
    case Error::Kind::ReadOnly:
    case Error::Kind::Busy:
    case Error::Kind::DiskFull:
    case Error::Kind::Io:
    case Error::Kind::Internal:
        return ExitFailed;
    }
    return ExitFailed;
}

} // namespace

QDate parseDay(const QString& text)
{
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        day = QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    }
    return day;
}

int CommandOutput::fail(const Error& error)
{
    m_err << "wizyta: " << error.message() << Qt::endl;
    return exitStatusFor(error);
}

int CommandOutput::usage(const QString& message)
{
    m_err << "wizyta: " << message << Qt::endl;
    return ExitUsage;
}

int CommandOutput::badInput(const QString& message)
{
    m_err << "wizyta: " << message << Qt::endl;
    return ExitBadInput;
}

int CommandOutput::dataError(const Database& database, const Error& error)
{
    const Error::Kind kind = error.kind();
    if (kind == Error::Kind::NotFound || kind == Error::Kind::Validation) {
        return badInput(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(database.path()), error.message()));
    }
    return fail(error);
}

int CommandOutput::writeFailure(const Database& database, const Error& error)
{
    switch (error.kind()) {
    case Error::Kind::DiskFull:
        return fail(error);
    case Error::Kind::Io:
        return badInput(error.message());
    default:
        return dataError(database, error);
    }
}

bool Command::matches(const Invocation& invocation) const
{
    return invocation.verb == words();
}

int Command::check(const Invocation& /*invocation*/, CommandOutput& /*output*/) const
{
    return ExitDone;
}
