// SPDX-License-Identifier: GPL-3.0-or-later
// The translation files are complete: every string in Polish and Ukrainian, each plural form,
// the same placeholders as the English source; and lupdate finds no string they lack.
#include "core/languages/languagemanager.h"
#include "tests/support/tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[1-9])"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found << it.next().captured().remove(QLatin1Char('L'));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

std::string describe(const TsMessage& message)
{
    return (message.context + QStringLiteral(": ") + message.source).toStdString();
}

} // namespace

TEST_CASE("Polish and Ukrainian translations are complete, with three plural forms and the same placeholders")
{
    for (const QString& language : {QStringLiteral("pl"), QStringLiteral("uk")}) {
        const QList<TsMessage> messages = readTs(tsPath(language));
        REQUIRE(messages.size() > 20);
        for (const TsMessage& message : messages) {
            INFO(language.toStdString() << " — " << describe(message));
            CHECK_FALSE(message.vanished);
            CHECK_FALSE(message.unfinished);
            REQUIRE_FALSE(message.translations.isEmpty());
            CHECK(message.translations.size() == (message.numerus ? 3 : 1));
            for (const QString& translation : message.translations) {
                CHECK_FALSE(translation.trimmed().isEmpty());
                QStringList expected = placeholders(message.source);
                if (message.numerus && message.translations.size() == 3) {
                    // A plural form may leave out %n when the word alone says it ("jedna wizyta").
                    QStringList got = placeholders(translation);
                    got.removeAll(QStringLiteral("%n"));
                    expected.removeAll(QStringLiteral("%n"));
                    CHECK(got == expected);
                } else {
                    CHECK(placeholders(translation) == expected);
                }
            }
        }
    }
}

TEST_CASE("The English file holds every plural string, with two forms")
{
    const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("en")));
    REQUIRE_FALSE(messages.isEmpty());
    for (const TsMessage& message : messages) {
        INFO(describe(message));
        CHECK(message.numerus);
        CHECK_FALSE(message.unfinished);
        CHECK(message.translations.size() == 2);
        for (const QString& translation : message.translations) {
            CHECK(placeholders(translation) == placeholders(message.source));
        }
    }
}

TEST_CASE("Every string in the sources is in the translation files")
{
    // lupdate over the sources into a copy of the Polish file: a new, untranslated string would
    // appear in the copy as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check_pl.ts"));
    REQUIRE(QFile::copy(tsPath(QStringLiteral("pl")), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(WIZYTA_SOURCE_DIR));
    lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("-ts"),
                   copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    QStringList missing;
    for (const TsMessage& message : readTs(copy)) {
        if (message.unfinished) {
            missing << message.context + QStringLiteral(": ") + message.source;
        }
    }
    INFO("Run scripts/update-translations.sh and translate:\n"
         << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
    CHECK(readTs(copy).size() == readTs(tsPath(QStringLiteral("pl"))).size());
}

TEST_CASE("Plural forms read right in each language")
{
    LanguageManager languages;
    struct Expected
    {
        int n;
        const char* pl;
        const char* uk;
        const char* en;
    };
    const Expected cases[] = {
        {1, "1 wizyta", "1 візит", "1 visit"},           {2, "2 wizyty", "2 візити", "2 visits"},
        {5, "5 wizyt", "5 візитів", "5 visits"},         {12, "12 wizyt", "12 візитів", "12 visits"},
        {21, "21 wizyt", "21 візит", "21 visits"},       {22, "22 wizyty", "22 візити", "22 visits"},
        {25, "25 wizyt", "25 візитів", "25 visits"},     {101, "101 wizyt", "101 візит", "101 visits"},
        {112, "112 wizyt", "112 візитів", "112 visits"},
    };
    for (const Expected& expected : cases) {
        for (const auto& [language, text] :
             {std::pair{"pl", expected.pl}, std::pair{"uk", expected.uk}, std::pair{"en", expected.en}}) {
            REQUIRE(languages.setLanguage(QString::fromLatin1(language)));
            INFO(language << " n=" << expected.n);
            CHECK(QCoreApplication::translate("VisitsPage", "%n visit(s)", nullptr, expected.n) ==
                  QString::fromUtf8(text));
        }
    }
    languages.setLanguage(QStringLiteral("en"));
}
