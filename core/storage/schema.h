// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// The database's schema as a list of upgrade steps: step N turns a version N-1 file into version N.
/// A step is never edited once released; a change to the schema is a new step.
namespace Schema {

/// 'WIZY' in PRAGMA application_id marks a file as a Wizyta database.
inline constexpr int applicationId = 0x57495A59;

/// A condition on `name` in sqlite_master that holds for the tables of the coordinator's data:
/// neither SQLite's own nor those keeping what can be worked out again from the rest (kept_...,
/// see KeptWarnings), which undo does not record.
QString isDataTable();

/// The number of steps, i.e. the version this build writes.
int currentVersion();

/// The SQL statements of the step that upgrades version `toVersion - 1` to `toVersion`.
QStringList upgradeStep(int toVersion);

} // namespace Schema
