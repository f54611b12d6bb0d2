// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/documentlanguage.h"

#include "core/languages/dayrange.h"
#include "core/languages/languagemanager.h"
#include "core/languages/localenames.h"

#include <QTranslator>

namespace {

// Names of the languages a delegation most often reads, for sentences such as "Some items are given
// in Polish"; any other language is named by its own locale.
struct LanguageName
{
    const char* code;
    const char* name;
};

const LanguageName languageNames[] = {
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"pl", QT_TRANSLATE_NOOP("DocumentLanguage", "Polish")},
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"uk", QT_TRANSLATE_NOOP("DocumentLanguage", "Ukrainian")},
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"en", QT_TRANSLATE_NOOP("DocumentLanguage", "English")},
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"cs", QT_TRANSLATE_NOOP("DocumentLanguage", "Czech")},
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"sk", QT_TRANSLATE_NOOP("DocumentLanguage", "Slovak")},
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"de", QT_TRANSLATE_NOOP("DocumentLanguage", "German")},
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"no", QT_TRANSLATE_NOOP("DocumentLanguage", "Norwegian")},
    //: a language name, used in "Some items are given in %1: no %2 text was entered."
    {"lt", QT_TRANSLATE_NOOP("DocumentLanguage", "Lithuanian")},
};

QLocale localeFor(const QString& code)
{
    // The interface languages keep the locales the interface uses (British English: day-month-year).
    return LanguageManager::isSupported(code) ? LanguageManager::localeFor(code) : QLocale(code);
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString& code)
    : m_code(code), m_locale(localeFor(code)), m_translator(std::make_unique<QTranslator>()),
      m_english(std::make_unique<QTranslator>())
{
    // A language without a translation file keeps an empty translator: English labels.
    (void)m_translator->load(QStringLiteral(":/i18n/wizyta_%1.qm").arg(code));
    // English is the source language; its file gives the plural forms ("1 day", "7 days").
    (void)m_english->load(QStringLiteral(":/i18n/wizyta_en.qm"));
}

DocumentLanguage::DocumentLanguage(DocumentLanguage&&) noexcept = default;
DocumentLanguage& DocumentLanguage::operator=(DocumentLanguage&&) noexcept = default;
DocumentLanguage::~DocumentLanguage() = default;

QString DocumentLanguage::label(const EnumName& name) const
{
    if (name.source == nullptr) {
        return {};
    }
    QString text = m_translator->translate(name.context, name.source, name.disambiguation);
    return text.isEmpty() ? QString::fromUtf8(name.source) : text;
}

QString DocumentLanguage::label(const char* context, const char* source, int n) const
{
    QString text = m_translator->translate(context, source, nullptr, n);
    if (text.isEmpty()) {
        text = m_english->translate(context, source, nullptr, n);
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    if (n >= 0) {
        // What QCoreApplication::translate() does for an installed translator.
        text.replace(QStringLiteral("%Ln"), m_locale.toString(n));
        text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text;
}

bool DocumentLanguage::hasOwnLabels() const
{
    return m_code == QLatin1String("en") || !m_translator->isEmpty();
}

QString DocumentLanguage::languageName(const QString& languageCode) const
{
    for (const LanguageName& known : languageNames) {
        if (languageCode == QLatin1String(known.code)) {
            return label("DocumentLanguage", known.name);
        }
    }
    const QLocale locale(languageCode);
    if (locale.language() == QLocale::C) {
        return languageCode;
    }
    // Without a translated name, English labels get the English name, others the language's own.
    const bool englishLabels = m_code == QLatin1String("en") || m_translator->isEmpty();
    const QString native = LocaleNames::nativeLanguage(languageCode);
    return englishLabels || native.isEmpty() ? QLocale::languageToString(locale.language()) : native;
}

QString DocumentLanguage::longDay(const QDate& day) const
{
    // Polish, Ukrainian, English and Czech all write the weekday first, then a comma.
    return m_locale.dayName(day.dayOfWeek(), QLocale::LongFormat) + QStringLiteral(", ") +
           formatDay(day, m_locale);
}

QString DocumentLanguage::dayRange(const QDate& first, const QDate& last) const
{
    return formatDayRange(first, last, m_locale);
}
