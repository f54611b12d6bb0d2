#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz preset (clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer) and fuzzes
# the CSV reader for SECONDS (default 60): scripts/fuzz.sh [SECONDS]
#
# The fuzzer starts from tests/fuzz/corpus/csv/ and the inputs in tests/fuzz/crashes/, in a scratch
# copy so that the inputs it finds do not pile up in the tree. An input it fails on is written to
# tests/fuzz/crashes/: fix the code, keep the input there, and the core tests run it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages "${WIZYTA_FUZZ_PACKAGES[@]}"

seconds=${1:-60}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS]  (default 60)" >&2
    exit 2
fi

cmake --preset fuzz
cmake --build --preset fuzz -j2

mkdir -p tests/fuzz/crashes
corpus=$(mktemp -d -t wizyta-csv-corpus.XXXXXX)
trap 'rm -rf "$corpus"' EXIT
cp tests/fuzz/corpus/csv/* "$corpus"/
find tests/fuzz/crashes -type f ! -name README -exec cp {} "$corpus"/ \;

build/fuzz/tests/fuzz/wizyta_csv_fuzz \
    -max_total_time="$seconds" \
    -max_len=65536 \
    -print_final_stats=1 \
    -artifact_prefix=tests/fuzz/crashes/ \
    "$corpus"
