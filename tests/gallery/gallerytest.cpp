// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a picture of every main screen and every dialog in every language into the build tree's
// gallery/ folder, and fails when a Polish or Ukrainian one still shows English text.
#include "core/sample/sampledata.h"
#include "core/storage/database.h"
#include "core/storage/visitrepository.h"
#include "tests/gallery/gallerysupport.h"
#include "tests/ui/support/dialogcatalog.h"
#include "tests/ui/support/mainscreens.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/calendar/calendarpage.h"
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

TEST_CASE("Gallery: the year of a busy office on the calendar, in each language", "[gallery]")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    window.resize(1280, 760);
    REQUIRE(SampleData::add(*window.database()).ok());
    // Ninety visits more, most of them in the spring and the autumn as in a real office's year, of
    // every status, some over a month's end; the same every time.
    const QStringList titles = {
        QStringLiteral("Delegation from Lviv city hall"),     QStringLiteral("Exchange group: Kraków"),
        QStringLiteral("Study visit of the Zhytomyr region"), QStringLiteral("Working meeting in Brussels"),
        QStringLiteral("Annual cooperation conference"),      QStringLiteral("Students from Lyon"),
        QStringLiteral("Women's shelter team from Vsetín"),   QStringLiteral("Delegation from Trondheim")};
    const QList<int> busyMonths = {3, 4, 5, 5, 6, 6, 9, 10, 10, 11, 1, 2, 7, 8, 12};
    VisitRepository visits(*window.database());
    quint32 seed = 2026;
    auto next = [&seed](int below) {
        seed = seed * 1103515245U + 12345U;
        return static_cast<int>((seed >> 16) % static_cast<quint32>(below));
    };
    const auto statuses = EnumInfo<VisitStatus>::all();
    for (int i = 0; i < 90; ++i) {
        Visit visit;
        visit.title.text = titles.at(i % titles.size());
        visit.firstDay = QDate(2026, busyMonths.at(next(busyMonths.size())), 1 + next(28));
        visit.lastDay = visit.firstDay.addDays(next(4) == 0 ? next(10) : next(3));
        visit.status = statuses.at(next(static_cast<int>(statuses.size())));
        REQUIRE(visits.create(visit));
    }
    for (const QString& language : galleryLanguages()) {
        fixture.switchLanguage(language);
        window.showPage(MainWindow::Page::Calendar);
        window.findChild<CalendarPage*>()->showYear(2026);
        QCoreApplication::processEvents();
        CHECK(hasContent(saveToGallery(window, QStringLiteral("calendar-year-busy"), language)));
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
