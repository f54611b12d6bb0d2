// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

/// What the export verbs of a visit share: "export WHAT --visit ID [--language L] --output FILE",
/// read from the database, the command line checked before any file is touched.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    explicit ExportCommand(QString what) : m_what(std::move(what)) {}

    QStringList words() const override { return {QStringLiteral("export"), m_what}; }
    bool needsVisit() const override { return true; }
    Access access(const Invocation&) const override { return Access::Reads; }
    int check(const Invocation& invocation, CommandOutput& output) const override;

protected:
    /// The file's ending, ".pdf".
    virtual QString suffix() const = 0;
    /// Why a file without that ending is refused, naming `output`; empty to accept any name.
    virtual QString wrongSuffix(const QString& output) const = 0;
    /// Whether it is written in one language only (a document may pair two).
    virtual bool oneLanguage() const { return true; }

private:
    QString m_what;
};
