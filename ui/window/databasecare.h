// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QCoreApplication>

class DatabaseDocument;
class QWidget;
class UserPrompts;

/// Looking after the data from the window: erasing a past visit's personal data (PersonalData) and
/// telling the person when the day's backup could not be made.
class DatabaseCare final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCare)

public:
    /// Asks, then erases what visit `visitId` no longer needs of its participants. It cannot be
    /// undone, and Edit › Undo forgets the edits before it (they could bring the data back).
    static void erasePersonalData(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                                  Id visitId);
    /// Says why today's backup of the database at `databasePath` could not be made.
    static void reportBackupProblem(const QString& databasePath, const QString& problem, UserPrompts& prompts,
                                    QWidget* parent);
};
