// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/languages/localenames.h"

#include <QMap>
#include <QString>

/// A translatable field: the text in the database's content language, and the same text in
/// other languages keyed by ISO 639-1 code ("uk", "cs", "no", ...).
struct LocalizedText
{
    QString text;
    QMap<QString, QString> translations;

    /// The text in `language`, or the content-language text when there is no translation.
    QString in(const QString& language) const
    {
        const QString translated = translations.value(language);
        return translated.isEmpty() ? text : translated;
    }
    /// The text in the interface's language of the moment (LocaleNames::reader()), where it has one:
    /// what a window shows of a record.
    QString forReader() const { return in(LocaleNames::reader()); }
    bool hasTranslation(const QString& language) const { return !translations.value(language).isEmpty(); }

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};
