// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a picture of every main screen in every language into the build tree's gallery/ folder,
// and fails when a Polish or Ukrainian screen still shows English text.
#include "core/sample/sampledata.h"
#include "core/storage/database.h"
#include "core/storage/visitrepository.h"
#include "tests/ui/support/dialogdriver.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/calendar/calendarpage.h"
#include "ui/help/handbookwindow.h"
#include "ui/visit/importpreviewdialog.h"
#include "ui/visit/visiteditor.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <functional>

namespace {

const QString galleryDir = QStringLiteral(WIZYTA_GALLERY_DIR);

struct Screen
{
    const char* name;
    std::function<void(MainWindow&, const QList<Id>& sampleVisits)> show;
};

/// Shows a page with its first record selected, so its details are in the picture too.
std::function<void(MainWindow&, const QList<Id>&)> page(MainWindow::Page page)
{
    return [page](MainWindow& window, const QList<Id>&) {
        window.showPage(page);
        REQUIRE(waitForListsRead(window));
        const auto tables = window.findChildren<QTableView*>();
        for (QTableView* table : tables) {
            if (table->isVisible() && table->model() && table->model()->rowCount() > 0 &&
                !table->selectionModel()->currentIndex().isValid()) {
                table->selectRow(0);
            }
        }
    };
}

/// Shows the seven-day sample visit in the editor, on one of its tabs.
std::function<void(MainWindow&, const QList<Id>&)> visitTab(int tab)
{
    return [tab](MainWindow& window, const QList<Id>& visits) {
        window.openVisit(visits.at(1));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("visitTabs"));
        REQUIRE(tabs);
        tabs->setCurrentIndex(tab);
    };
}

const Screen screens[] = {
    {"visits", page(MainWindow::Page::Visits)},
    {"calendar",
     [](MainWindow& window, const QList<Id>&) {
         window.showPage(MainWindow::Page::Calendar);
         window.findChild<CalendarPage*>()->showMonth(2026, 5); // the month of the seven-day sample visit
     }},
    {"institutions", page(MainWindow::Page::Institutions)},
    {"people", page(MainWindow::Page::People)},
    {"projects", page(MainWindow::Page::Projects)},
    {"visit-details", visitTab(0)},
    {"visit-participants", visitTab(1)},
    {"visit-programme", visitTab(2)},
    {"visit-timeline", visitTab(3)},
};

QList<Id> addSampleVisits(Database& db)
{
    auto visits = SampleData::add(db);
    REQUIRE(visits.ok());
    return visits.value();
}

/// Texts that read the same in every language: proper names, numbers, file names, language names.
bool isLanguageNeutral(const QString& text)
{
    static const QStringList neutral = {QStringLiteral("Polski"),  QStringLiteral("Українська"),
                                        QStringLiteral("English"), QStringLiteral("UA"),
                                        QStringLiteral("CZ"),      QStringLiteral("Wizyta")};
    if (neutral.contains(text)) {
        return true;
    }
    bool isNumber = false;
    text.toInt(&isNumber);
    return isNumber || text.contains(QStringLiteral(".wizyta")) || text.startsWith(QLatin1Char('/'));
}

/// Source texts that the translator deliberately kept as they are in `language` ("Status" in Polish).
QSet<QString> keptByTranslator(const QString& language)
{
    QFile file(QStringLiteral(WIZYTA_SOURCE_DIR "/translations/wizyta_%1.ts").arg(language));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QSet<QString> kept;
    QXmlStreamReader xml(&file);
    QString source;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            if (xml.readElementText(QXmlStreamReader::IncludeChildElements) == source) {
                kept.insert(source);
            }
        } else if (!xml.isStartElement()) {
            xml.readNext();
        }
    }
    return kept;
}

QImage saveScreen(MainWindow& window, const QString& name, const QString& language)
{
    QDir().mkpath(galleryDir);
    const QImage image = window.grab().toImage();
    const QString file = QStringLiteral("%1/%2-%3.png").arg(galleryDir, name, language);
    REQUIRE(image.save(file));
    return image;
}

bool hasContent(const QImage& image)
{
    // Not one flat colour: something was drawn.
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

TEST_CASE("Gallery: every main screen in Polish, Ukrainian and English, with no English left", "[gallery]")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    window.resize(1280, 760);
    const QList<Id> sampleVisits = addSampleVisits(*window.database());

    QMap<QString, QMap<QString, QString>> english; // screen → texts
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk")}) {
        fixture.switchLanguage(language);
        for (const Screen& screen : screens) {
            const QString name = QString::fromLatin1(screen.name);
            screen.show(window, sampleVisits);
            QCoreApplication::processEvents();
            const QImage image = saveScreen(window, name, language);
            CHECK(hasContent(image));
            const QMap<QString, QString> texts = visibleTexts(&window);
            if (language == QLatin1String("en")) {
                english.insert(name, texts);
                continue;
            }
            const QSet<QString> kept = keptByTranslator(language);
            QStringList untranslated;
            for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
                if (english[name].value(it.key()) == it.value() && !isLanguageNeutral(it.value()) &&
                    !kept.contains(it.value())) {
                    untranslated << it.key() + QStringLiteral(": ") + it.value();
                }
            }
            INFO(language.toStdString() << " " << name.toStdString() << " shows English:\n"
                                        << untranslated.join(QLatin1Char('\n')).toStdString());
            CHECK(untranslated.isEmpty());
        }
    }
}

TEST_CASE("Gallery: the visits page of an empty database, in each language", "[gallery]")
{
    WindowFixture fixture;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk")}) {
        fixture.switchLanguage(language);
        fixture.window->showPage(MainWindow::Page::Visits);
        CHECK(hasContent(saveScreen(*fixture.window, QStringLiteral("visits-empty"), language)));
    }
}

TEST_CASE("Gallery: a participants' list from a spreadsheet, previewed before import, in each language",
          "[gallery]")
{
    WindowFixture fixture;
    MainWindow& window = *fixture.window;
    const QList<Id> sampleVisits = addSampleVisits(*window.database());
    const QString list = fixture.filePath(QStringLiteral("lista-charkow.csv"));
    QFile file(list);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral("Imię;Nazwisko;Instytucja;E-mail;Rola;Przyjazd;Wyjazd;Dieta\r\n"
                       "Oksana;Melnyk;Lwowska Rada Miejska;o.melnyk@example.org;Kierownik delegacji;"
                       "19.05.2026 07:30;25.05.2026 18:00;\r\n"
                       "Ołena;Szewczenko;Charkowskie Centrum Usług Społecznych;;Uczestnik;19.05.2026 07:30;"
                       "25.05.2026 18:00;wegetariańska\r\n"
                       "Iwan;Bojko;Charkowskie Centrum Usług Społecznych;;Uczestnik;wczoraj;;\r\n")
            .toUtf8());
    file.close();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk")}) {
        fixture.switchLanguage(language);
        window.openVisit(sampleVisits.at(1));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("visitTabs"));
        REQUIRE(tabs);
        tabs->setCurrentIndex(1);
        fixture.prompts.fileNames.enqueue(list);
        bool reached = false;
        onNextDialog<ImportPreviewDialog>(
            [language](ImportPreviewDialog& dialog) {
                const QImage image = dialog.grab().toImage();
                CHECK(hasContent(image));
                CHECK(image.save(QStringLiteral("%1/import-participants-%2.png").arg(galleryDir, language)));
                dialog.reject();
            },
            &reached);
        window.findChild<QPushButton*>(QStringLiteral("importParticipants"))->click();
        CHECK(reached);
    }
}

TEST_CASE("Gallery: the handbook at its conflict warnings, in each language", "[gallery]")
{
    WindowFixture fixture;
    HandbookWindow handbook(fixture.languages);
    handbook.resize(920, 680);
    QDir().mkpath(galleryDir);
    QMap<QString, QString> english;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk")}) {
        fixture.switchLanguage(language);
        handbook.showSection(QStringLiteral("conflicts"));
        REQUIRE(QTest::qWaitForWindowExposed(&handbook));
        QCoreApplication::processEvents();
        const QImage image = handbook.grab().toImage();
        CHECK(hasContent(image));
        CHECK(image.save(QStringLiteral("%1/handbook-%2.png").arg(galleryDir, language)));
        const QMap<QString, QString> texts = visibleTexts(&handbook);
        if (language == QLatin1String("en")) {
            english = texts;
            continue;
        }
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            INFO(language.toStdString() << " " << it.key().toStdString() << ": " << it.value().toStdString());
            CHECK((english.value(it.key()) != it.value() || isLanguageNeutral(it.value())));
        }
    }
}
