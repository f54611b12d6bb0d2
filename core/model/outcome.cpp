// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/outcome.h"

FieldErrors OutcomeValidator::validate(const Outcome& outcome)
{
    FieldErrors errors;
    if (outcome.title.trimmed().isEmpty()) {
        errors.append({QStringLiteral("outcome.title"), tr("Title: say what was agreed or adopted.")});
    }
    return errors;
}

FieldErrors OutcomeValidator::validate(const FollowUp& followUp)
{
    FieldErrors errors;
    if (followUp.task.trimmed().isEmpty()) {
        errors.append({QStringLiteral("followUp.task"), tr("Task: say what is to be done.")});
    }
    return errors;
}
