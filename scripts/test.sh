#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Wizyta with its tests and runs every test twice: in the dev preset (Debug, warnings as errors)
# and in the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, leaks checked).
# The gallery of screens and printed pages is written to build/dev/gallery/. The benchmark runs once on
# a small generated file as a smoke test: it must run and report every figure; no timing is judged.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages "${WIZYTA_TEST_PACKAGES[@]}"

cmake --preset dev
cmake --build --preset dev
QT_QPA_PLATFORM=offscreen ctest --preset dev --no-tests=error -j2

smoke=build/dev/bench-smoke
rm -rf "$smoke" && mkdir -p "$smoke"
build/dev/tests/bench/wizyta_generate --output "$smoke/small.wizyta" --scale small
QT_QPA_PLATFORM=offscreen build/dev/tests/bench/wizyta_bench --database "$smoke/small.wizyta" \
    --runs 1 --import-rows 200 --report "$smoke/report.md"

cmake --preset asan
cmake --build --preset asan
ctest --preset asan --no-tests=error -j2
