// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The shapes of the codes and addresses the forms accept, checked one way everywhere.
namespace Codes {

/// ISO 3166-1 alpha-2, either case: "PL", "ua".
bool isCountryCode(const QString& code);
/// ISO 639-1, lower case, known to Qt's locale data (plus the few Qt 6.4 lacks, such as "no").
bool isLanguageCode(const QString& code);
/// ISO 4217 shape: three capital letters.
bool isCurrencyCode(const QString& code);
/// Only the shape: one @, something before it, a dotted domain after it.
bool looksLikeEmailAddress(const QString& address);

} // namespace Codes
