// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    uninstall();
}

void LanguageManager::uninstall()
{
    for (QTranslator* translator : {m_appTranslator.get(), m_qtTranslator.get()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
        }
    }
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("pl"), QStringLiteral("uk"), QStringLiteral("en")};
}

bool LanguageManager::isSupported(const QString& code)
{
    return supportedLanguages().contains(code);
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("pl")) {
        return QStringLiteral("Polski");
    }
    if (code == QLatin1String("uk")) {
        return QStringLiteral("Українська");
    }
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    return code;
}

QLocale LanguageManager::localeFor(const QString& code)
{
    if (code == QLatin1String("pl")) {
        return QLocale(QLocale::Polish, QLocale::Poland);
    }
    if (code == QLatin1String("uk")) {
        return QLocale(QLocale::Ukrainian, QLocale::Ukraine);
    }
    // British English: day-month-year dates and a 24-hour clock, as the other two languages use.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString LanguageManager::systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString& language : wanted) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (isSupported(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!isSupported(code)) {
        return false;
    }
    auto appTranslator = std::make_unique<QTranslator>();
    // English is the source language: its file holds only the plural forms.
    (void)appTranslator->load(QStringLiteral(":/i18n/wizyta_%1.qm").arg(code));
    auto qtTranslator = std::make_unique<QTranslator>();
    (void)qtTranslator->load(QStringLiteral("qtbase_%1").arg(code),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    uninstall();
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    QLocale::setDefault(localeFor(code));
    if (!m_qtTranslator->isEmpty()) {
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    if (!m_appTranslator->isEmpty()) {
        QCoreApplication::installTranslator(m_appTranslator.get());
    }
    m_current = code;
    Q_EMIT languageChanged(code);
    return true;
}
