// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/codeedits.h"

#include "core/languages/languagemanager.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

void type(QWidget* widget, const QString& text)
{
    for (const QChar character : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

} // namespace

TEST_CASE("A country shows its name in the interface language, follows a switch and is stored as its code")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("pl")));
    CountryEdit country;
    country.setCode(QStringLiteral("UA"));
    CHECK(country.text() == QStringLiteral("Ukraina"));
    CHECK(country.code() == QStringLiteral("UA"));

    REQUIRE(languages.setLanguage(QStringLiteral("uk")));
    QCoreApplication::sendPostedEvents();
    country.setLocale(QLocale()); // as the language manager does for open windows
    QCoreApplication::sendPostedEvents();
    CHECK(country.text() == QStringLiteral("Україна"));
    CHECK(country.code() == QStringLiteral("UA"));

    // A name typed in the interface language, in English, or a code: each is the country.
    country.setText(QStringLiteral("польща"));
    CHECK(country.code() == QStringLiteral("PL"));
    country.setText(QStringLiteral("Czechia"));
    CHECK(country.code() == QStringLiteral("CZ"));
    country.setText(QStringLiteral("no"));
    CHECK(country.code() == QStringLiteral("NO"));
    // What names no country is kept as typed, for the form's check to refuse.
    country.setText(QStringLiteral("Atlantyda"));
    CHECK(country.code() == QStringLiteral("ATLANTYDA"));
}

TEST_CASE("Languages are shown by name, offered as typed after the last comma, and stored as codes")
{
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("pl")));
    LanguagesEdit edit;
    edit.setCodes({QStringLiteral("pl"), QStringLiteral("uk")});
    CHECK(edit.text() == QStringLiteral("polski, ukraiński"));
    CHECK(edit.codes() == QStringList{QStringLiteral("pl"), QStringLiteral("uk")});

    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    edit.end(false);
    type(&edit, QStringLiteral(", czes"));
    QCompleter* completer = edit.findChild<QCompleter*>();
    REQUIRE(completer);
    REQUIRE(completer->completionModel()->rowCount() >= 1);
    CHECK(completer->completionModel()->index(0, 0).data().toString() == QStringLiteral("czeski"));
    // Choosing it puts the name in place of what was typed, the others kept.
    emit completer->activated(QStringLiteral("czeski"));
    CHECK(edit.text() == QStringLiteral("polski, ukraiński, czeski"));
    CHECK(edit.codes() == QStringList{QStringLiteral("pl"), QStringLiteral("uk"), QStringLiteral("cs")});

    edit.setText(QStringLiteral("uk, PL en"));
    CHECK(edit.codes() == QStringList{QStringLiteral("uk"), QStringLiteral("pl"), QStringLiteral("en")});
    edit.setText(QStringLiteral("uk, Polish, ukraiński, xx"));
    CHECK(edit.codes() == QStringList{QStringLiteral("uk"), QStringLiteral("pl"), QStringLiteral("xx")});
}
