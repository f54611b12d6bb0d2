// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/documents/printeddocument.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

class Database;

/// Certificates of participation, one A4 page for each participant, to sign and hand out at the end of
/// a visit: the funding project's logo, the title, the participant's name in the document's script and
/// in the other one, what they took part in (the visit's kind, title and days), its host and funding
/// project, the hours of programme they attended and on which days (AttendedProgramme), the place and
/// day of issue, and a line for the coordinator's signature with their name under it.
///
/// The day of issue is the day the certificates are printed, or the visit's last day when they are
/// printed before it ends: certificates are handed out at the closing session. The place is the host
/// institution's city. The pages have no footer: each is a document of its own once handed out.
class CertificateDocument final : public PrintedDocument
{
public:
    /// Reads visit `visitId` and sets a certificate in `languages` for each of `participantIds` (the
    /// visit's participants), or, when none are given, for each member of the delegation, its leaders
    /// included: hosts, presenters, interpreters and organisers are chosen when they are to get one.
    /// Certificates go by family name. Refused as DocumentBasis::read() refuses.
    static Result<std::unique_ptr<CertificateDocument>> build(Database& database, Id visitId,
                                                              const QStringList& languages,
                                                              const QList<Id>& participantIds = {},
                                                              const QDate& printedOn = QDate::currentDate());
    ~CertificateDocument() override;

    /// The day a certificate printed on `printedOn` is issued for a visit ending on `lastDay`.
    static QDate issuedOn(const QDate& printedOn, const QDate& lastDay);
    /// Whether a participant of `role` gets a certificate when none are chosen.
    static bool certifiedByDefault(ParticipantRole role);

private:
    CertificateDocument() = default;
};
