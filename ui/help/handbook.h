// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/// The coordinator's handbook: one HTML page per interface language, built into the program
/// (resources/handbook/<language>.html). Every page has the same sections, each an anchor with the
/// same id in every language, so a section can be shown in whatever language the interface speaks.
class Handbook final
{
public:
    /// The sections the window, its dialogs and the handbook's own contents open: "getting-started",
    /// "visits", "visit-details"... Each is an anchor in every language's page.
    static QStringList sections();
    /// The languages that have a page of their own, as ISO 639-1 codes.
    static QStringList languages();
    static bool hasLanguage(const QString& language);

    /// The page in `language` (in English when that language has none), scrolled to `section`;
    /// an empty section is the top of the page.
    static QUrl urlFor(const QString& language, const QString& section = {});
    /// The language of a handbook page's URL; empty for a URL that is not one.
    static QString languageOf(const QUrl& url);
};
