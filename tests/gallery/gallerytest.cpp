// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a picture of every main screen and every dialog in every language into the build tree's
// gallery/ folder, and fails when a Polish or Ukrainian one still shows English text.
#include "core/sample/sampledata.h"
#include "core/storage/database.h"
#include "tests/gallery/gallerysupport.h"
#include "tests/ui/support/dialogcatalog.h"
#include "tests/ui/support/mainscreens.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/help/handbookwindow.h"

#include <QImage>
#include <QSet>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("Gallery: every main screen in Polish, Ukrainian and English, with no English left", "[gallery]")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    window.resize(1280, 760);
    auto sampleVisits = SampleData::add(*window.database());
    REQUIRE(sampleVisits.ok());

    QMap<QString, QMap<QString, QString>> english; // screen → texts
    for (const QString& language : galleryLanguages()) {
        fixture.switchLanguage(language);
        for (const MainScreen& screen : mainScreens()) {
            const QString name = QString::fromLatin1(screen.name);
            screen.show(window, sampleVisits.value());
            QCoreApplication::processEvents();
            CHECK(hasContent(saveToGallery(window, name, language)));
            const QMap<QString, QString> texts = visibleTexts(&window);
            if (language == QLatin1String("en")) {
                english.insert(name, texts);
                continue;
            }
            const QStringList untranslated = englishLeft(english[name], texts, language);
            INFO(language.toStdString() << " " << name.toStdString() << " shows English:\n"
                                        << untranslated.join(QLatin1Char('\n')).toStdString());
            CHECK(untranslated.isEmpty());
        }
    }
}

TEST_CASE("Gallery: every dialog in Polish, Ukrainian and English, with no English left", "[gallery]")
{
    WindowFixture fixture;
    fixture.window->resize(1280, 760);
    const DialogCatalog catalog(fixture);
    QMap<QString, QMap<QString, QString>> english; // dialog → texts
    for (const QString& language : galleryLanguages()) {
        // Made after the switch, as a coordinator working in that language opens them.
        fixture.switchLanguage(language);
        QStringList seen;
        catalog.forEachDialog([&](const QString& name, QWidget& dialog) {
            seen << name;
            CHECK(hasContent(saveToGallery(dialog, QStringLiteral("dialog-") + name, language)));
            const QMap<QString, QString> texts = visibleTexts(&dialog);
            if (language == QLatin1String("en")) {
                english.insert(name, texts);
                return;
            }
            const QStringList untranslated = englishLeft(english[name], texts, language);
            INFO(language.toStdString() << " " << name.toStdString() << " shows English:\n"
                                        << untranslated.join(QLatin1Char('\n')).toStdString());
            CHECK(untranslated.isEmpty());
        });
        CHECK(seen == DialogCatalog::names());
    }
}

TEST_CASE("Gallery: the visits page of an empty database, in each language", "[gallery]")
{
    WindowFixture fixture;
    for (const QString& language : galleryLanguages()) {
        fixture.switchLanguage(language);
        fixture.window->showPage(MainWindow::Page::Visits);
        CHECK(hasContent(saveToGallery(*fixture.window, QStringLiteral("visits-empty"), language)));
    }
}

TEST_CASE("Gallery: the handbook at its conflict warnings, in each language", "[gallery]")
{
    WindowFixture fixture;
    HandbookWindow handbook(fixture.languages);
    handbook.resize(920, 680);
    QMap<QString, QString> english;
    for (const QString& language : galleryLanguages()) {
        fixture.switchLanguage(language);
        handbook.showSection(QStringLiteral("conflicts"));
        REQUIRE(QTest::qWaitForWindowExposed(&handbook));
        QCoreApplication::processEvents();
        CHECK(hasContent(saveToGallery(handbook, QStringLiteral("handbook"), language)));
        const QMap<QString, QString> texts = visibleTexts(&handbook);
        if (language == QLatin1String("en")) {
            english = texts;
            continue;
        }
        const QStringList untranslated = englishLeft(english, texts, language);
        INFO(language.toStdString() << " handbook shows English:\n"
                                    << untranslated.join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated.isEmpty());
    }
}
