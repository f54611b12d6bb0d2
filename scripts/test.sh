#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Wizyta with its tests and runs every test twice: in the dev preset (Debug, warnings as errors)
# and in the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, leaks checked).
# The gallery of screens and printed pages is written to build/dev/gallery/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages "${WIZYTA_TEST_PACKAGES[@]}"

cmake --preset dev
cmake --build --preset dev
QT_QPA_PLATFORM=offscreen ctest --preset dev --no-tests=error -j2

cmake --preset asan
cmake --build --preset asan
ctest --preset asan --no-tests=error -j2
