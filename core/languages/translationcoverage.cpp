// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/translationcoverage.h"

#include "core/model/localizedtext.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"

namespace {

bool hasText(const LocalizedText& text, const QString& language, const QString& contentLanguage)
{
    const QString inLanguage = language == contentLanguage ? text.text : text.translations.value(language);
    return !inLanguage.trimmed().isEmpty();
}

} // namespace

Result<TranslationGap> TranslationCoverage::forVisit(Database& database, Id visitId, const QString& language)
{
    const auto contentLanguage = SettingsRepository(database).contentLanguage();
    if (!contentLanguage) {
        return contentLanguage.error();
    }
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    const auto sessions = ProgrammeRepository(database).listForVisit(visitId);
    if (!sessions) {
        return sessions.error();
    }

    const QString code = language.trimmed().toLower();
    TranslationGap gap;
    gap.visitTitle = !hasText(visit->title, code, *contentLanguage);
    QList<Id> venues; // in the order the programme first goes there
    for (const ProgrammeRow& row : *sessions) {
        const Session& session = row.session;
        if (!hasText(session.title, code, *contentLanguage)) {
            gap.untitledSessions << session.id;
        }
        // A description left empty in the content language has nothing to translate.
        if (!session.description.text.trimmed().isEmpty() &&
            !hasText(session.description, code, *contentLanguage)) {
            gap.undescribedSessions << session.id;
        }
        if (session.venueInstitutionId != 0 && !venues.contains(session.venueInstitutionId)) {
            venues << session.venueInstitutionId;
        }
    }
    InstitutionRepository institutions(database);
    for (const Id venue : std::as_const(venues)) {
        const auto institution = institutions.get(venue);
        if (!institution) {
            return institution.error();
        }
        if (!hasText(institution->name, code, *contentLanguage)) {
            gap.unnamedVenues << venue;
        }
    }
    return gap;
}
