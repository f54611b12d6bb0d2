// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sampleloader.h"

#include "core/storage/database.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

const QString what = QStringLiteral("Adding the sample visits");

/// The compiled-in data files copied to `dir`, with `from` replaced by `to` (once) in `file`.
void copyWithEdit(const QTemporaryDir& dir, const QString& file, const QString& from, const QString& to)
{
    const QStringList files = QDir(QStringLiteral(":/sample")).entryList(QDir::Files);
    REQUIRE(files.contains(file));
    for (const QString& name : files) {
        QFile source(QStringLiteral(":/sample/") + name);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(source.readAll());
        if (name == file) {
            const qsizetype at = text.indexOf(from);
            REQUIRE(at >= 0);
            text.replace(at, from.size(), to);
        }
        QFile copy(dir.filePath(name));
        REQUIRE(copy.open(QIODevice::WriteOnly));
        REQUIRE(copy.write(text.toUtf8()) > 0);
    }
}

int rows(Database& db, const char* table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

} // namespace

TEST_CASE("The sample data files read as they are")
{
    TestDatabase test;
    QTemporaryDir dir;
    copyWithEdit(dir, QStringLiteral("shared.json"), QStringLiteral("{"), QStringLiteral("{"));
    WriteTransaction transaction(test.db());
    REQUIRE(transaction.begin(what).ok());
    SampleLoader loader(test.db(), what, dir.path());
    const auto headings = loader.headings();
    REQUIRE(headings.ok());
    REQUIRE(headings->size() == 6);
    CHECK(headings->at(1).title ==
          QStringLiteral("Model pomocy społecznej na Mazowszu – doświadczenia dla Lwowa"));
    CHECK(headings->at(1).firstDay == QDate(2026, 5, 19));
    const auto visits = loader.write();
    REQUIRE(visits.ok());
    CHECK(*visits == QList<Id>{1, 2, 3, 4, 5, 6});
    CHECK(headings->at(5).firstDay == QDate(2026, 4, 29));
}

TEST_CASE("A sample data file written wrongly is an internal error naming the file and the item")
{
    struct Case
    {
        const char* file;
        const char* from;
        const char* to;
        QList<const char*> expected; ///< parts of the message
    };
    const Case cases[] = {
        {"shared.json", "\"people\": [", "\"people\" [", {"shared.json", "line 15"}},
        {"zhytomyr.json",
         "\"start\": \"09:30\"",
         "\"start\": \"9.30\"",
         {"zhytomyr.json", "programme.sessions[0]", "“Powitanie, kawa i rejestracja uczestników”", "“start”",
          "9.30"}},
        {"lviv.json",
         "\"kind\": \"site_visit\"",
         "\"kind\": \"site_visits\"",
         {"lviv.json", "programme.sessions[4]", "“kind”", "site_visits", "site_visit, "}},
        {"vsetin.json",
         "\"venue\": \"dayCentre\"",
         "\"venue\": \"dayCenter\"",
         {"vsetin.json", "programme.sessions[6]", "“venue”", "dayCenter"}},
        {"lviv.json", "\"accommodation\"", "\"acommodation\"", {"lviv.json", "delegation", "acommodation"}},
        {"vsetin.json", "\"members\": [", "\"members\": {", {"vsetin.json", "line"}},
        {"zhytomyr.json",
         "{\"role\": \"interpreter\", \"person\": \"kravets\"}",
         "{\"role\": \"interpreter\", \"person\": \"kravetz\"}",
         {"zhytomyr.json", "programme.sessions[1].people[2]", "kravetz"}},
        {"lviv.json",
         "\"audience\": [\"melnyk\"",
         "\"audience\": [\"rutkowski\"",
         {"lviv.json", "“audience”", "not a participant"}},
        {"vsetin.json",
         "\"start\": \"13:00\", \"end\": \"14:00\"",
         "\"start\": \"13:00\", \"end\": \"12:00\"",
         {"vsetin.json", "programme.sessions[11]", "“Obiad pożegnalny”"}},
        {"konin.json",
         "\"exchangeGroup\": \"careGroup\"",
         "\"exchangeGroup\": \"careGrup\"",
         {"konin.json", "visit", "“exchangeGroup”", "careGrup"}},
        {"sochaczew.json",
         "\"audience\": [\"ostrowski\"",
         "\"audience\": [\"sobczak\"",
         {"sochaczew.json", "“audience”", "not a participant"}},
        {"shared.json",
         "\"minutes\": 120",
         "\"minutes\": \"120\"",
         {"shared.json", "travelTimes[0]", "“minutes”"}},
    };
    for (const Case& c : cases) {
        INFO(c.file << ": " << c.from << " → " << c.to);
        TestDatabase test;
        QTemporaryDir dir;
        copyWithEdit(dir, QString::fromUtf8(c.file), QString::fromUtf8(c.from), QString::fromUtf8(c.to));
        {
            WriteTransaction transaction(test.db());
            REQUIRE(transaction.begin(what).ok());
            SampleLoader loader(test.db(), what, dir.path());
            const auto visits = loader.write();
            REQUIRE_FALSE(visits.ok());
            INFO(visits.error().message().toStdString());
            CHECK(visits.error().kind() == Error::Kind::Internal);
            CHECK(visits.error().message().startsWith(what + QStringLiteral(" failed: sample data ")));
            for (const char* part : c.expected) {
                INFO(part);
                CHECK(visits.error().message().contains(QString::fromUtf8(part)));
            }
        }
        CHECK(rows(test.db(), "institution") == 0);
        CHECK(rows(test.db(), "agenda_session") == 0);
    }
}

TEST_CASE("A visit without a title or days in its data file is refused before anything is written")
{
    TestDatabase test;
    QTemporaryDir dir;
    copyWithEdit(dir, QStringLiteral("zhytomyr.json"), QStringLiteral("\"firstDay\": \"2026-08-26\""),
                 QStringLiteral("\"firstDay\": \"2026-08-32\""));
    SampleLoader loader(test.db(), what, dir.path());
    const auto headings = loader.headings();
    REQUIRE_FALSE(headings.ok());
    INFO(headings.error().message().toStdString());
    CHECK(headings.error().kind() == Error::Kind::Internal);
    CHECK(headings.error().message().contains(QStringLiteral("zhytomyr.json, visit")));
    CHECK(headings.error().message().contains(QStringLiteral("2026-08-32")));
}
