// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/handbook.h"

#include <QFileInfo>

namespace {

const QString fallbackLanguage = QStringLiteral("en");

QString pagePath(const QString& language)
{
    return QStringLiteral(":/handbook/%1.html").arg(language);
}

} // namespace

QStringList Handbook::sections()
{
    return {
        QStringLiteral("getting-started"),   QStringLiteral("visits"),        QStringLiteral("visit-details"),
        QStringLiteral("participants"),      QStringLiteral("programme"),     QStringLiteral("timeline"),
        QStringLiteral("calendar"),          QStringLiteral("institutions"),  QStringLiteral("people"),
        QStringLiteral("projects"),          QStringLiteral("printing"),      QStringLiteral("conflicts"),
        QStringLiteral("planning-settings"), QStringLiteral("import-export"), QStringLiteral("backups"),
        QStringLiteral("personal-data"),     QStringLiteral("command-line"),  QStringLiteral("keyboard"),
        QStringLiteral("languages"),
    };
}

QStringList Handbook::languages()
{
    return {QStringLiteral("pl"), QStringLiteral("uk"), QStringLiteral("en")};
}

bool Handbook::hasLanguage(const QString& language)
{
    // A code is checked against the list before it goes into a path: "../x" names no page.
    return languages().contains(language) && QFileInfo::exists(pagePath(language));
}

QUrl Handbook::urlFor(const QString& language, const QString& section)
{
    QUrl url;
    url.setScheme(QStringLiteral("qrc"));
    url.setPath(pagePath(hasLanguage(language) ? language : fallbackLanguage).mid(1));
    if (!section.isEmpty()) {
        url.setFragment(section);
    }
    return url;
}

QString Handbook::languageOf(const QUrl& url)
{
    if (url.scheme() != QLatin1String("qrc")) {
        return {};
    }
    for (const QString& language : languages()) {
        if (url.path() == pagePath(language).mid(1)) {
            return language;
        }
    }
    return {};
}
