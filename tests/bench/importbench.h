// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QString>
#include <QTemporaryDir>

#include <optional>

/// Importing participants from a CSV file as File › Import Participants does it (read, check, write in
/// one transaction), each run on a fresh copy of the database so that every run adds the same people.
class ImportBench final
{
public:
    /// Copies the database now, while nothing has it open.
    explicit ImportBench(const QString& databasePath);

    /// The median time, in milliseconds, of importing `rows` new participants into visit `visitId`.
    std::optional<double> importParticipants(Id visitId, int rows, int runs);
    const QString& problem() const { return m_problem; }

private:
    QString writeCsv(const QString& databasePath, int rows) const;

    QTemporaryDir m_directory;
    QString m_pristine;
    QString m_problem;
};
