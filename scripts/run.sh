#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Wizyta (release) and starts it. Arguments are passed on, e.g. scripts/run.sh --language uk
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages "${WIZYTA_BUILD_PACKAGES[@]}"

cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/wizyta "$@"
