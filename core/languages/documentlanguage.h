// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

/// One language a printed or exported document is written in, whatever language the interface speaks.
///
/// Its fixed labels come from the application's own translation for that language, loaded on its
/// own and never installed on the application; its weekday and month names from the language's
/// QLocale. A language Wizyta has no translation for (e.g. "cs") gets the English labels with its
/// own dates.
class DocumentLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguage)
    Q_DISABLE_COPY(DocumentLanguage)

public:
    /// `code` is an ISO 639-1 code such as "pl", "uk", "en" or "cs".
    explicit DocumentLanguage(const QString& code);
    DocumentLanguage(DocumentLanguage&&) noexcept;
    DocumentLanguage& operator=(DocumentLanguage&&) noexcept;
    ~DocumentLanguage();

    const QString& code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }
    /// Whether Wizyta has its own labels in this language; without, they are English.
    bool hasOwnLabels() const;
    /// Whether the language is written in Cyrillic, so people's native Cyrillic names suit it.
    bool isCyrillic() const { return m_locale.script() == QLocale::CyrillicScript; }

    /// A fixed label in this language: `source` marked in `context` with QT_TRANSLATE_NOOP, or with
    /// QT_TRANSLATE_N_NOOP and `n` for a plural; the English source when there is no translation.
    QString label(const char* context, const char* source, int n = -1) const;
    /// The name of an enum's value in this language: label(EnumInfo<ParticipantRole>::name(role)).
    QString label(const EnumName& name) const;
    /// The name of the language `languageCode` in this language: "Polish", "polski", "польська".
    QString languageName(const QString& languageCode) const;

    /// A day in the long form with its weekday: "wtorek, 19 maja 2026", "вівторок, 19 травня 2026 р.".
    QString longDay(const QDate& day) const;
    /// A visit's days: "19–25 maja 2026".
    QString dayRange(const QDate& first, const QDate& last) const;

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_english;
};
