// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/error.h"

#include <QList>
#include <QString>

/// A value that cannot be accepted: the field's machine name ("visit.lastDay") and the reason,
/// translated, naming the field in the words of the form.
struct FieldError
{
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;

/// The Error a repository returns for a refused record: the first problem, tied to its field.
inline Error validationError(const FieldErrors& errors)
{
    Q_ASSERT(!errors.isEmpty());
    return Error(Error::Kind::Validation, errors.constFirst().message, errors.constFirst().field);
}
