#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the dev preset and kills a program editing a database KILLS times (default 5000) at random
# moments, checking after each kill that the file is sound and holds every edit reported saved:
# scripts/crash-test.sh [KILLS]
#
# The test suite does the same 200 times (tests/core/crashsafetytest.cpp); this is the longer run.
# A kill takes about 0.1 s; the run is given 0.2 s a kill and a minute, and fails on fewer kills.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages "${WIZYTA_TEST_PACKAGES[@]}"

kills=${1:-5000}
if ! [[ "$kills" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [KILLS]  (default 5000)" >&2
    exit 2
fi

cmake --preset dev
cmake --build --preset dev --target wizyta_crash_writer wizyta_core_tests

export QT_QPA_PLATFORM=offscreen
export WIZYTA_CRASH_KILLS="$kills"
export WIZYTA_CRASH_SECONDS=$((kills / 5 + 60))
time build/dev/tests/wizyta_core_tests "[crash]"
