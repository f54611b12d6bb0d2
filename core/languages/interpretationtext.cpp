// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/interpretationtext.h"

#include "core/languages/documentlanguage.h"
#include "core/languages/localenames.h"
#include "core/model/session.h"

#include <QCoreApplication>

namespace {

// Each mode's phrase is one message, so that its word agrees with the label before it
// ("Tłumaczenie: … konsekutywne", "Переклад: … послідовний").
struct Phrases
{
    const char* withLanguages;
    const char* alone;
};

Phrases phrases(InterpretationMode mode)
{
    switch (mode) {
    case InterpretationMode::Consecutive:
        //: after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted
        //: into, named in the document's language ("polski → ukraiński, konsekutywne")
        return {QT_TRANSLATE_NOOP("InterpretationText", "%1 → %2, consecutive"),
                //: after the label "Interpretation:", when the languages are not known yet
                QT_TRANSLATE_NOOP("InterpretationText", "consecutive")};
    case InterpretationMode::Simultaneous:
        //: after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted
        //: into, named in the document's language ("polski → ukraiński, symultaniczne")
        return {QT_TRANSLATE_NOOP("InterpretationText", "%1 → %2, simultaneous"),
                //: after the label "Interpretation:", when the languages are not known yet
                QT_TRANSLATE_NOOP("InterpretationText", "simultaneous")};
    case InterpretationMode::Whispered:
        //: after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted
        //: into, named in the document's language ("polski → ukraiński, szeptane")
        return {QT_TRANSLATE_NOOP("InterpretationText", "%1 → %2, whispered"),
                //: after the label "Interpretation:", when the languages are not known yet
                QT_TRANSLATE_NOOP("InterpretationText", "whispered")};
    case InterpretationMode::None:
        break;
    }
    return {nullptr, nullptr};
}

} // namespace

namespace InterpretationText {

QString describe(const Session& session, const QStringList& interpreters, const DocumentLanguage& language)
{
    const QString names = interpreters.join(QStringLiteral(", "));
    const Phrases phrase = phrases(session.interpretation);
    if (!phrase.withLanguages) {
        return names;
    }
    // Languages named as a list names them, in the nominative: "polski", "польська"; in English
    // where the labels are English.
    const QString reader = language.hasOwnLabels() ? language.code() : QStringLiteral("en");
    const auto name = [&reader](const QString& code) {
        const QString named = LocaleNames::language(code, reader);
        return named.isEmpty() ? code : named;
    };
    QStringList into;
    for (const QString& code : session.interpretedInto) {
        into << name(code);
    }
    const QString from = session.language.isEmpty() ? QString() : name(session.language);
    const QString text = into.isEmpty() ? language.label("InterpretationText", phrase.alone)
                                        : language.label("InterpretationText", phrase.withLanguages)
                                              .arg(from, into.join(QStringLiteral(" / ")))
                                              .trimmed();
    return names.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, names);
}

} // namespace InterpretationText
