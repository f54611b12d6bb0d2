// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/documents/richtextdocument.h"

#include <QDate>
#include <QStringList>

#include <memory>

class Database;

/// A visit's participant list as a printed document: the participants by role (the delegation's
/// leaders first, then its members, the hosts, the presenters...), within a role by institution and
/// name, each with their name in both scripts where they differ, institution, position and country.
///
/// E-mail addresses and phone numbers are personal data a delegation's list need not spread: they are
/// printed only when asked for.
class ParticipantListDocument final : public RichTextDocument
{
public:
    /// Reads the participants of visit `visitId` and sets them in `languages`; with `contacts`, their
    /// e-mail addresses and phone numbers too. Refused as DocumentBasis::read() refuses.
    static Result<std::unique_ptr<ParticipantListDocument>>
    build(Database& database, Id visitId, const QStringList& languages, bool contacts = false,
          const QDate& printedOn = QDate::currentDate());
    ~ParticipantListDocument() override;

private:
    friend class RichTextDocument;
    explicit ParticipantListDocument(const DocumentBasis& basis);
};
