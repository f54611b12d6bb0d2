// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/visitdocuments.h"

#include "ui/documents/attendancesheetdocument.h"
#include "ui/documents/cateringsummarydocument.h"
#include "ui/documents/certificatedocument.h"
#include "ui/documents/namebadgedocument.h"
#include "ui/documents/participantlistdocument.h"
#include "ui/documents/programmedocument.h"

namespace {

template <typename Document>
Result<std::unique_ptr<PrintedDocument>> upcast(Result<std::unique_ptr<Document>> built)
{
    if (!built) {
        return built.error();
    }
    return std::unique_ptr<PrintedDocument>(std::move(built).value());
}

} // namespace

QList<VisitDocumentKind> VisitDocuments::all()
{
    return {VisitDocumentKind::Programme,       VisitDocumentKind::ParticipantList,
            VisitDocumentKind::AttendanceSheet, VisitDocumentKind::CateringSummary,
            VisitDocumentKind::NameBadges,      VisitDocumentKind::Certificates};
}

QString VisitDocuments::displayName(VisitDocumentKind kind)
{
    switch (kind) {
    case VisitDocumentKind::Programme:
        return tr("Programme");
    case VisitDocumentKind::ParticipantList:
        return tr("Participant list");
    case VisitDocumentKind::AttendanceSheet:
        return tr("Attendance sheets");
    case VisitDocumentKind::CateringSummary:
        return tr("Catering summary");
    case VisitDocumentKind::NameBadges:
        return tr("Name badges");
    case VisitDocumentKind::Certificates:
        return tr("Certificates of participation");
    }
    return {};
}

QString VisitDocuments::description(VisitDocumentKind kind)
{
    switch (kind) {
    case VisitDocumentKind::Programme:
        return tr("The visit's programme day by day, for the delegation");
    case VisitDocumentKind::ParticipantList:
        return tr("The participants by role and institution");
    case VisitDocumentKind::AttendanceSheet:
        return tr("One sheet a day with a column for signatures, as funders ask for");
    case VisitDocumentKind::CateringSummary:
        return tr("The meals of each day with the number of portions for each diet, for the caterer");
    case VisitDocumentKind::NameBadges:
        return tr("Eight badges to an A4 sheet, to cut out");
    case VisitDocumentKind::Certificates:
        return tr(
            "A page for each member of the delegation with the hours of programme they attended, to sign "
            "and hand out");
    }
    return {};
}

Result<std::unique_ptr<PrintedDocument>> VisitDocuments::build(VisitDocumentKind kind, Database& database,
                                                               Id visitId, const QStringList& languages,
                                                               const DocumentOptions& options,
                                                               const QDate& printedOn)
{
    switch (kind) {
    case VisitDocumentKind::Programme:
        return upcast(ProgrammeDocument::build(database, visitId, languages, printedOn));
    case VisitDocumentKind::ParticipantList:
        return upcast(
            ParticipantListDocument::build(database, visitId, languages, options.contacts, printedOn));
    case VisitDocumentKind::AttendanceSheet:
        return upcast(AttendanceSheetDocument::build(database, visitId, languages, printedOn));
    case VisitDocumentKind::CateringSummary:
        return upcast(CateringSummaryDocument::build(database, visitId, languages, printedOn));
    case VisitDocumentKind::NameBadges:
        return upcast(NameBadgeDocument::build(database, visitId, languages, printedOn));
    case VisitDocumentKind::Certificates:
        return upcast(
            CertificateDocument::build(database, visitId, languages, options.participantIds, printedOn));
    }
    return Error(Error::Kind::Internal, QStringLiteral("unknown document"));
}
