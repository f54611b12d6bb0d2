// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

/// Installs the translations of the interface language, Wizyta's and Qt's own, and switches them
/// while the program runs. Whoever shows text listens to languageChanged() (widgets also get
/// QEvent::LanguageChange from Qt).
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// The interface languages, as ISO 639-1 codes: "pl", "uk", "en".
    static QStringList supportedLanguages();
    static bool isSupported(const QString& code);
    /// The language's name in itself ("Polski", "Українська", "English"): the same in every interface.
    static QString nativeName(const QString& code);
    /// The locale used for dates and numbers in that interface language.
    static QLocale localeFor(const QString& code);
    /// The first supported language the system asks for, else English.
    static QString systemLanguage();

    QString current() const { return m_current; }

    /// Loads and installs the translators and makes the language's locale the default.
    /// Returns false, changing nothing, for an unsupported code.
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};
