// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes CsvReader accepts must read the same after CsvWriter writes them back.
#include "tests/fuzz/csvroundtrip.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

/// Larger inputs only slow the search down: what breaks the reader breaks it in a few lines.
constexpr size_t maxInputSize = 64 * 1024;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > maxInputSize) {
        return -1; // not added to the corpus
    }
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString why;
    if (!csvRoundTrips(input, &why)) {
        std::fprintf(stderr, "CSV round trip failed: %s\n", qUtf8Printable(why));
        std::abort();
    }
    return 0;
}
