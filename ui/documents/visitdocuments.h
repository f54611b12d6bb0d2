// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"
#include "ui/documents/printeddocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

class Database;

/// The documents printed for a visit.
enum class VisitDocumentKind {
    Programme,       ///< ProgrammeDocument
    ParticipantList, ///< ParticipantListDocument
    AttendanceSheet, ///< AttendanceSheetDocument
    CateringSummary, ///< CateringSummaryDocument
    NameBadges,      ///< NameBadgeDocument
    Certificates,    ///< CertificateDocument
};

/// What a document may be asked to hold beyond its languages.
struct DocumentOptions
{
    /// The participant list with e-mail addresses and phone numbers.
    bool contacts = false;
    /// The participants (VisitParticipant ids) to print certificates for; none: the delegation's members.
    QList<Id> participantIds;
};

/// Builds any of a visit's documents, for the window and the command line alike.
class VisitDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(VisitDocuments)

public:
    static QList<VisitDocumentKind> all();
    /// The document's name in the interface's language: "Participant list".
    static QString displayName(VisitDocumentKind kind);
    /// What the document is for, in a sentence, for a tooltip.
    static QString description(VisitDocumentKind kind);

    /// The document of `kind` for visit `visitId` in `languages` (one ISO 639-1 code or two), printed on
    /// `printedOn`. Refused as DocumentBasis::read() refuses.
    static Result<std::unique_ptr<PrintedDocument>> build(VisitDocumentKind kind, Database& database,
                                                          Id visitId, const QStringList& languages,
                                                          const DocumentOptions& options = {},
                                                          const QDate& printedOn = QDate::currentDate());
};
