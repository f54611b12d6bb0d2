// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendaimport.h"
#include "commandline.h"
#include "id.h"
#include "participantexport.h"
#include "participantimport.h"
#include "result.h"
#include "visitdocuments.h"

#include <QCoreApplication>
#include <QTextStream>

class Database;
class Error;

/// Runs the command-line verbs (list visits, add visit, demo, check, ...) without any window.
class CommandRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    CommandRunner(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    /// Runs `invocation.verb` on the database at `databasePath`; returns the exit status.
    int run(const Invocation& invocation, const QString& databasePath, bool isDefaultDatabase);

private:
    int check(Database& database);
    int listVisits(Database& database);
    int addVisit(Database& database, const Invocation& invocation);
    int demo(Database& database);
    int conflicts(Database& database, Id visitId);
    /// Writes a visit's document as a PDF; without `languages`, in the visit's print languages.
    int exportDocument(Database& database, VisitDocumentKind kind, Id visitId, QStringList languages,
                       const DocumentOptions& options, const QString& output);

    int exportParticipantsCsv(Database& database, Id visitId, const QString& language,
                              const ParticipantExportOptions& options, const QString& output);
    int exportIcs(Database& database, Id visitId, const QString& language, const QString& output);
    int importParticipants(Database& database, Id visitId, const QString& file, bool dryRun);
    int importAgenda(Database& database, Id visitId, const QString& file, bool dryRun);
    int backup(Database& database, const QString& output);
    int erasePersonalData(Database& database, Id visitId);
    int exportPerson(Database& database, Id personId, const QString& output);
    /// Prints every row with a problem, then how many; false when there is none.
    template <typename Row>
    bool reportProblems(const QString& file, const QList<Row>& rows);
    static QString describeProblem(const QString& file, const ParticipantImportRow& row);
    static QString describeProblem(const QString& file, const AgendaImportRow& row);
    /// `given`, or else the visit's first print language, or else the content language.
    static Result<QString> singleLanguage(Database& database, Id visitId, const QString& given);
    /// A data error: bad input (3) naming the database when it is about the data, else a failure.
    int dataError(Database& database, const Error& error);
    /// An export's file could not be written: failed when the disk is full, bad input otherwise.
    int writeFailure(Database& database, const Error& error);

    /// The languages --language names for a document (empty: the visit's print languages).
    static Result<QStringList> documentLanguages(const Invocation& invocation);

    int fail(const Error& error);
    int usage(const QString& message);
    int badInput(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};
