// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV fuzzer's seed corpus and the inputs it once failed on, kept passing in the normal suite.
#include "tests/fuzz/csvroundtrip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

namespace {

/// The files of `directory` under tests/fuzz/, without its README.
QFileInfoList inputs(const QString& directory)
{
    QDir dir(QStringLiteral(WIZYTA_SOURCE_DIR "/tests/fuzz/") + directory);
    QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeIf([](const QFileInfo& file) { return file.fileName() == QStringLiteral("README"); });
    return files;
}

} // namespace

TEST_CASE("Every CSV file of the fuzzer's corpus and crash list reads the same after being written back")
{
    const QFileInfoList corpus = inputs(QStringLiteral("corpus/csv"));
    REQUIRE(corpus.size() >= 8);
    for (const QFileInfo& file : corpus + inputs(QStringLiteral("crashes"))) {
        INFO(file.filePath().toStdString());
        QFile input(file.filePath());
        REQUIRE(input.open(QIODevice::ReadOnly));
        QString why;
        const bool roundTrips = csvRoundTrips(input.readAll(), &why);
        INFO(why.toStdString());
        CHECK(roundTrips);
    }
}
