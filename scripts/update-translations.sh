#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/*.ts up to date with the strings in app/, core/ and ui/.
# Polish and Ukrainian get every string; English, the source language, gets only the plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=(app core ui)
# Includes are written from the source root (#include "core/model/visit.h"): lupdate follows them from there
# to know the classes whose tr() it finds.
options=(-no-obsolete -locations none -I . -source-language en)
"$lupdate" "${options[@]}" -target-language pl \
    "${sources[@]}" -ts translations/wizyta_pl.ts
"$lupdate" "${options[@]}" -target-language uk \
    "${sources[@]}" -ts translations/wizyta_uk.ts
"$lupdate" "${options[@]}" -pluralonly -target-language en \
    "${sources[@]}" -ts translations/wizyta_en.ts

# The plural review sheets: every plural message for 1, 2, 5, 12, 21, 22, 25, 101, 112, to be read.
# They are written from the translations as built, so the core library is built first.
if [[ -d build/dev ]]; then
    cmake --build build/dev --target wizyta_plural_sheet >/dev/null
    build/dev/tests/wizyta_plural_sheet translations translations/review
else
    echo "update-translations: configure the dev build (cmake --preset dev) to write translations/review/" >&2
fi
