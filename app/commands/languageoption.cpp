// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/languageoption.h"

#include "core/model/codes.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"
#include "ui/documents/printeddocument.h"

Result<QStringList> LanguageOption::documentLanguages(const Invocation& invocation)
{
    if (!invocation.has(QStringLiteral("language"))) {
        return QStringList(); // the visit's print languages
    }
    const QString given = invocation.option(QStringLiteral("language"));
    QStringList languages;
    for (const QString& part : given.split(QLatin1Char(','))) {
        languages << part.trimmed().toLower();
    }
    const bool twice = languages.size() == 2 && languages.constFirst() == languages.constLast();
    if (languages.size() > DocumentBasis::maximumLanguages || twice) {
        //: %1 is what the user typed after --language
        return Error(Error::Kind::Validation,
                     tr("--language: \"%1\": a document is printed in one language or in two different ones, "
                        "e.g. uk or pl,uk.")
                         .arg(given));
    }
    for (const QString& language : languages) {
        if (!Codes::isLanguageCode(language)) {
            //: %1 is one of the languages the user typed after --language
            return Error(Error::Kind::Validation,
                         tr("--language: \"%1\" is not a language code such as pl, uk or en.").arg(language));
        }
    }
    return languages;
}

Result<QString> LanguageOption::singleLanguage(Database& database, Id visitId, const QString& given)
{
    if (!given.isEmpty()) {
        return given;
    }
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    if (!visit->printLanguages.isEmpty()) {
        return visit->printLanguages.constFirst();
    }
    return SettingsRepository(database).contentLanguage();
}

Result<QStringList> LanguageOption::printLanguages(Database& database, Id visitId)
{
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    QStringList languages = visit->printLanguages.mid(0, DocumentBasis::maximumLanguages);
    if (languages.isEmpty()) {
        const auto contentLanguage = SettingsRepository(database).contentLanguage();
        if (!contentLanguage) {
            return contentLanguage.error();
        }
        languages << *contentLanguage;
    }
    return languages;
}
