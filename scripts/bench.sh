#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmark (optimised, preset "bench"), generates ten busy years of data once (fixed seed)
# and times Wizyta on it, each figure beside its baseline; see the README's Performance section.
#   scripts/bench.sh              the full run: 5,000 visits, 100,000 sessions, 50,000 people
#   scripts/bench.sh --small      a fiftieth of it, in a minute
#   scripts/bench.sh --runs 11    more runs per figure (default 7; the median is reported)
# The table is printed and written to build/bench/report-<scale>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages "${WIZYTA_BENCH_PACKAGES[@]}"

scale=ten-years
runs=7
while (($#)); do
    case "$1" in
    --small) scale=small ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: $0 [--small] [--runs N]" >&2; exit 1 ;;
    esac
    shift
done

cmake --preset bench >/dev/null
cmake --build --preset bench
bin=build/bench/tests/bench
data="build/bench/data/$scale.wizyta"
# Generated again when the generator changed; otherwise the same file is timed run after run.
if [[ ! -f "$data" || "$bin/wizyta_generate" -nt "$data" ]]; then
    rm -rf "$data" "$data".*
    mkdir -p "$(dirname "$data")"
    "$bin/wizyta_generate" --output "$data" --scale "$scale"
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
"$bin/wizyta_bench" --database "$data" --runs "$runs" --report "build/bench/report-$scale.md"
