// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Countries and languages by their names in the language a person reads, from the Unicode CLDR
/// data of ICU (Debian's libicu, which Qt already uses): "Ukraina" and "ukraiński" for a Polish
/// reader, "Україна" and "українська" for a Ukrainian one. Forms store the codes and show the names.
namespace LocaleNames {

/// The country of ISO 3166-1 code `code` ("UA") in language `reader` ("pl"); empty when unknown.
QString country(const QString& code, const QString& reader);
/// The language of ISO 639-1 code `code` ("uk") in language `reader`; empty when unknown.
QString language(const QString& code, const QString& reader);
/// The language of ISO 639-1 code `code` named in itself ("polski", "українська", "English", "norsk";
/// never Qt's "American English" for en); empty when unknown.
QString nativeLanguage(const QString& code);
/// The language the interface is read in now ("pl"), from the default QLocale; "en" when none is set.
QString reader();
/// Every ISO 3166-1 alpha-2 code, in capitals.
QStringList countryCodes();
/// Every ISO 639-1 (two-letter) language code.
QStringList languageCodes();

} // namespace LocaleNames
