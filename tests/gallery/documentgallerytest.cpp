// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a picture of the first page of each printed document in each language into the build tree's
// gallery/ folder: programme-pl.png, participants-uk.png, attendance-en.png, catering-pl+uk.png,
// badges-pl.png, certificates-uk.png...
#include "core/sample/sampledata.h"
#include "core/storage/database.h"
#include "ui/documents/visitdocuments.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

/// How many pixels are darker than the paper: a blank or nearly blank page has few.
int inkedPixels(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int inked = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            inked += line[x] < 160 ? 1 : 0;
        }
    }
    return inked;
}

} // namespace

TEST_CASE("Gallery: the first page of each printed document in Polish, Ukrainian, English and both",
          "[gallery]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("sample.wizyta")));
    REQUIRE(opened.ok());
    Database& database = *opened.value();
    const auto visits = SampleData::add(database);
    REQUIRE(visits.ok());
    const QString galleryDir = QStringLiteral(WIZYTA_GALLERY_DIR);
    QDir().mkpath(galleryDir);
    const QList<std::pair<VisitDocumentKind, QString>> documents = {
        {VisitDocumentKind::Programme, QStringLiteral("programme")},
        {VisitDocumentKind::ParticipantList, QStringLiteral("participants")},
        {VisitDocumentKind::AttendanceSheet, QStringLiteral("attendance")},
        {VisitDocumentKind::CateringSummary, QStringLiteral("catering")},
        {VisitDocumentKind::NameBadges, QStringLiteral("badges")},
        {VisitDocumentKind::Certificates, QStringLiteral("certificates")},
    };
    for (const auto& [kind, file] : documents) {
        for (const QStringList& languages :
             {QStringList{QStringLiteral("pl")}, QStringList{QStringLiteral("uk")},
              QStringList{QStringLiteral("en")}, QStringList{QStringLiteral("pl"), QStringLiteral("uk")}}) {
            const QString name = QStringLiteral("%1-%2").arg(file, languages.join(QLatin1Char('+')));
            INFO(name.toStdString());
            // The seven-day visit from Lviv, the one with its whole programme in Ukrainian too.
            auto document =
                VisitDocuments::build(kind, database, visits->at(1), languages, {}, QDate(2026, 5, 12));
            REQUIRE(document.ok());
            const QImage page = (*document)->pageImage(0, 100);
            CHECK(page.size() == QSize(827, 1169)); // A4 at 100 dpi
            CHECK(inkedPixels(page) > 20000);
            CHECK(page.save(QStringLiteral("%1/%2.png").arg(galleryDir, name)));
        }
    }
}
