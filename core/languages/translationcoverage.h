// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QList>
#include <QString>

class Database;

/// What of a visit has no text in one language: what the coordinator still has to translate before
/// the programme is printed in that language.
struct TranslationGap
{
    QList<Id> untitledSessions;    ///< sessions with no title in the language, in programme order
    QList<Id> undescribedSessions; ///< sessions with a description, but none in the language
    QList<Id> unnamedVenues;       ///< institutions the sessions are held at, each once, with no name in it
    bool visitTitle = false;       ///< the visit's own title has no text in the language

    /// Nothing is missing: everything printed in the language has its text.
    bool isEmpty() const
    {
        return untitledSessions.isEmpty() && undescribedSessions.isEmpty() && unnamedVenues.isEmpty() &&
               !visitTitle;
    }

    friend bool operator==(const TranslationGap&, const TranslationGap&) = default;
};

/// Counts the translatable texts of a visit that are missing in a language.
class TranslationCoverage final
{
public:
    /// What the visit `visitId` lacks in `language` (an ISO 639-1 code). In the database's content
    /// language only an empty text is missing; in any other language, a text with no translation.
    /// A visit that does not exist is NotFound.
    static Result<TranslationGap> forVisit(Database& database, Id visitId, const QString& language);
};
