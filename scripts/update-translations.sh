#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/*.ts up to date with the strings in app/, core/ and ui/.
# Polish and Ukrainian get every string; English, the source language, gets only the plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=(app core ui)
"$lupdate" -no-obsolete -locations none -source-language en -target-language pl \
    "${sources[@]}" -ts translations/wizyta_pl.ts
"$lupdate" -no-obsolete -locations none -source-language en -target-language uk \
    "${sources[@]}" -ts translations/wizyta_uk.ts
"$lupdate" -no-obsolete -locations none -pluralonly -source-language en -target-language en \
    "${sources[@]}" -ts translations/wizyta_en.ts
