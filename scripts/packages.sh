# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian 12 packages Wizyta needs, in one place; sourced by run.sh, test.sh and fuzz.sh.
#
# ensure_packages PKG...: returns when every package is installed. As root it installs the missing
# ones with apt-get; otherwise it prints the exact command to run and exits.

# Building and running the application.
WIZYTA_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite    # the SQLite driver is only a Recommends of Qt Sql
    qt6-translations-l10n # Qt's own dialogs in Polish and Ukrainian (qtbase_pl.qm, qtbase_uk.qm)
    libical-dev
    libsqlite3-dev        # the core steps statements through SQLite's C API
    libicu-dev            # names of countries and languages in the reader's language (LocaleNames)
    fonts-dejavu-core     # Latin and Cyrillic glyphs for the window and printed documents
)

# The benchmark (scripts/bench.sh) besides the build.
WIZYTA_BENCH_ONLY_PACKAGES=(
    sqlite3               # the sqlite3 shell: the baseline for data queries
)
WIZYTA_BENCH_PACKAGES=(
    "${WIZYTA_BUILD_PACKAGES[@]}"
    "${WIZYTA_BENCH_ONLY_PACKAGES[@]}"
)

# Running the tests as well.
WIZYTA_TEST_PACKAGES=(
    "${WIZYTA_BUILD_PACKAGES[@]}"
    catch2
    clang-format          # the format check is one of the tests
    poppler-utils         # pdftotext/pdffonts check the printed documents
    unzip                 # the report draft's .odt is read back from its content.xml
    "${WIZYTA_BENCH_ONLY_PACKAGES[@]}" # the benchmark runs once on a small file as a smoke test
)

# Building and running the fuzz targets (scripts/fuzz.sh) as well.
WIZYTA_FUZZ_PACKAGES=(
    "${WIZYTA_BUILD_PACKAGES[@]}"
    clang                 # libFuzzer comes with clang only
    libclang-rt-14-dev    # the fuzzer and sanitizer runtimes
)

ensure_packages() {
    local missing=() package status
    for package in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        [[ "$status" == "install ok installed" ]] || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installing the Debian packages Wizyta needs: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${missing[@]}"
    else
        echo "Wizyta needs these Debian packages first; install them with:" >&2
        echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        echo "then run $0 again." >&2
        exit 1
    fi
}
