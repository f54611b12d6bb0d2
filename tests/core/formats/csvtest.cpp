// SPDX-License-Identifier: GPL-3.0-or-later
// CSV files as spreadsheets write them, read and written back.
#include "core/formats/csvreader.h"
#include "core/formats/csvwriter.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

namespace {

const QString polish = QStringLiteral("Zażółć gęślą jaźń");
const QString ukrainian = QStringLiteral("Олена Кравець, м. Житомир");

QByteArray windows1250(const QString& text)
{
    QStringEncoder encoder("windows-1250");
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("Each encoding a spreadsheet saves in is read: UTF-8 with and without BOM, UTF-16, Windows-1250")
{
    const QString text = QStringLiteral("Imię;Nazwisko\r\nŁucja;Żółkiewska\r\n");
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* encoding;
    };
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    QStringEncoder utf16be(QStringEncoder::Utf16BE);
    const QList<Case> cases = {
        {"UTF-8", text.toUtf8(), "UTF-8"},
        {"UTF-8 with BOM", QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8(), "UTF-8"},
        {"UTF-16 LE with BOM", QByteArrayLiteral("\xFF\xFE") + QByteArray(utf16le.encode(text)), "UTF-16"},
        {"UTF-16 BE with BOM", QByteArrayLiteral("\xFE\xFF") + QByteArray(utf16be.encode(text)), "UTF-16"},
        {"Windows-1250", windows1250(text), "Windows-1250"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const auto table = CsvReader::read(c.bytes);
        REQUIRE(table.ok());
        CHECK(table->encoding == QLatin1String(c.encoding));
        CHECK(table->header == QStringList{QStringLiteral("Imię"), QStringLiteral("Nazwisko")});
        REQUIRE(table->rows.size() == 1);
        CHECK(table->rows.first() == QStringList{QStringLiteral("Łucja"), QStringLiteral("Żółkiewska")});
    }
}

TEST_CASE("Comma, semicolon and tab separators are told from the heading row")
{
    for (const QChar separator : {u',', u';', u'\t'}) {
        INFO(QString(separator).toStdString());
        const QString text = QStringLiteral("a,b,c\n1,2,3\n").replace(u',', separator);
        const auto table = CsvReader::parse(text);
        REQUIRE(table.ok());
        CHECK(table->separator == separator);
        CHECK(table->header == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        CHECK(table->rows ==
              QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}});
    }
}

TEST_CASE("Quoted cells keep separators, doubled quotes and line breaks — rows know their lines")
{
    const QString text = QStringLiteral("Name,Notes,City\r\n"
                                        "\"Kowalski, Jan\",\"Says \"\"hello\"\"\nthen leaves\",Kraków\r\n"
                                        "\r\n"
                                        "Nowak,,\"Płock\"\r\n");
    const auto table = CsvReader::parse(text);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0) == QStringList{QStringLiteral("Kowalski, Jan"),
                                           QStringLiteral("Says \"hello\"\nthen leaves"),
                                           QStringLiteral("Kraków")});
    CHECK(table->rows.at(1) == QStringList{QStringLiteral("Nowak"), QString(), QStringLiteral("Płock")});
    // The second row starts on line 5: the first spans lines 2 and 3, line 4 is empty.
    CHECK(table->rowLines == QList<int>{2, 5});
}

TEST_CASE("A quote left open or an empty file is refused with where it happened")
{
    const auto open = CsvReader::parse(QStringLiteral("a;b\n1;\"never closed\n2;3\n"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message().contains(QStringLiteral("line 2")));
    const auto empty = CsvReader::parse(QStringLiteral("\n\n"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind() == Error::Kind::Validation);
}

TEST_CASE("CSV is written for Polish Excel: BOM, semicolons, CRLF, quotes where needed")
{
    const QByteArray bytes = CsvWriter::write(
        {{QStringLiteral("Imię"), QStringLiteral("Uwagi")}, {polish, QStringLiteral("a;b \"c\"\nd")}});
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes.mid(3)) ==
          QStringLiteral("Imię;Uwagi\r\n") + polish + QStringLiteral(";\"a;b \"\"c\"\"\nd\"\r\n"));
}

TEST_CASE("A cell that would start a formula is neutralised, a phone number stays readable, and reads back")
{
    CHECK(CsvWriter::neutralized(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(CsvWriter::neutralized(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::neutralized(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(CsvWriter::neutralized(QStringLiteral("+48 600 100 200")) == QStringLiteral("'+48 600 100 200"));
    CHECK(CsvWriter::neutralized(QStringLiteral("600 100 200")) == QStringLiteral("600 100 200"));
    CHECK(CsvWriter::neutralized(ukrainian) == ukrainian);

    const QList<QStringList> rows = {{QStringLiteral("Phone"), QStringLiteral("Note")},
                                     {QStringLiteral("+48 600 100 200"), QStringLiteral("=1+1")}};
    const auto table = CsvReader::read(CsvWriter::write(rows));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    QStringList read;
    for (const QString& cell : table->rows.first()) {
        read << CsvReader::unneutralized(cell);
    }
    CHECK(read == rows.at(1));
}
