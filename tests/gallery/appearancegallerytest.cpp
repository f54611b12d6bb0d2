// SPDX-License-Identifier: GPL-3.0-or-later
// The main screens as they look to a coordinator who works in a dark colour scheme, and to one who
// needs the text twice as large: pictures to look at for text lost on its background or cut off.
#include "core/sample/sampledata.h"
#include "core/storage/database.h"
#include "tests/gallery/gallerysupport.h"
#include "tests/ui/support/dialogcatalog.h"
#include "tests/ui/support/mainscreens.h"
#include "tests/ui/support/windowfixture.h"
#include "ui/records/recorddialog.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <catch2/catch.hpp>

#include <memory>

namespace {

/// The application's style, palette and font while it lives; as they were afterwards.
class Appearance final
{
public:
    Appearance() : m_palette(QApplication::palette()), m_font(QApplication::font())
    {
        m_style = QApplication::style()->name();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    ~Appearance()
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
        QApplication::setFont(m_font);
    }
    Q_DISABLE_COPY_MOVE(Appearance)

    /// A dark scheme as desktops set it: light text on dark grey, a blue highlight.
    static void makeDark()
    {
        QPalette dark;
        const QColor window(0x35, 0x35, 0x35);
        const QColor base(0x24, 0x24, 0x24);
        const QColor text(0xef, 0xef, 0xef);
        const QColor disabled(0x80, 0x80, 0x80);
        dark.setColor(QPalette::Window, window);
        dark.setColor(QPalette::WindowText, text);
        dark.setColor(QPalette::Base, base);
        dark.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x2e));
        dark.setColor(QPalette::ToolTipBase, window);
        dark.setColor(QPalette::ToolTipText, text);
        dark.setColor(QPalette::Text, text);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Button, window);
        dark.setColor(QPalette::ButtonText, text);
        dark.setColor(QPalette::BrightText, Qt::red);
        dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
        dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
        dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
        dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Shadow, Qt::black);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        dark.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            dark.setColor(QPalette::Disabled, role, disabled);
        }
        QApplication::setPalette(dark);
    }

    /// Every text at twice its size, as a desktop's text scaling of 200 % sets it.
    static void makeTextLarge()
    {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 2);
        QApplication::setFont(font);
    }

private:
    QPalette m_palette;
    QFont m_font;
    QString m_style;
};

/// The pages that show most of what is drawn in colour or laid out tightly.
const QStringList screensShown = {
    QStringLiteral("visits"),          QStringLiteral("calendar"),       QStringLiteral("calendar-year"),
    QStringLiteral("institutions"),    QStringLiteral("visit-details"),  QStringLiteral("visit-participants"),
    QStringLiteral("visit-programme"), QStringLiteral("visit-timeline"), QStringLiteral("visit-costs")};

/// Makes the window after the appearance is set, as an application started in it would be.
void showScreens(const QString& prefix, const QString& language, const QSize& size)
{
    WindowFixture fixture(language);
    MainWindow& window = *fixture.window;
    window.resize(size);
    auto sampleVisits = SampleData::add(*window.database());
    REQUIRE(sampleVisits.ok());
    for (const MainScreen& screen : mainScreens()) {
        const QString name = QString::fromLatin1(screen.name);
        if (!screensShown.contains(name)) {
            continue;
        }
        screen.show(window, sampleVisits.value());
        QCoreApplication::processEvents();
        CHECK(hasContent(saveToGallery(window, prefix + name, language)));
    }
}

} // namespace

TEST_CASE("Gallery: the main screens in a dark colour scheme", "[gallery]")
{
    Appearance appearance;
    Appearance::makeDark();
    showScreens(QStringLiteral("dark-"), QStringLiteral("en"), QSize(1280, 760));
}

TEST_CASE("Gallery: the main screens with text at 200 %", "[gallery]")
{
    Appearance appearance;
    Appearance::makeTextLarge();
    // Polish: its words are the longest of the three; a full-HD screen.
    showScreens(QStringLiteral("large-"), QStringLiteral("pl"), QSize(1920, 1080));
}

TEST_CASE("Gallery: every dialog in a dark colour scheme, a refused value marked", "[gallery]")
{
    Appearance appearance;
    Appearance::makeDark();
    WindowFixture fixture;
    const DialogCatalog catalog(fixture);
    catalog.forEachDialog([](const QString& name, QWidget& dialog) {
        // The red of a refused value, under its input and as the input's tint, on the dark background.
        if (auto* form = qobject_cast<RecordDialog*>(&dialog);
            form && name.endsWith(QLatin1String("-edit"))) {
            const QString field = form->focusWidget() ? form->focusWidget()->objectName() : QString();
            form->showErrors({{field, QStringLiteral("This value cannot be saved as it is.")}});
            QCoreApplication::processEvents();
        }
        CHECK(hasContent(saveToGallery(dialog, QStringLiteral("dark-dialog-") + name, QStringLiteral("en"))));
    });
}

TEST_CASE("Gallery: every dialog with text at 200 %, in Polish", "[gallery]")
{
    Appearance appearance;
    Appearance::makeTextLarge();
    WindowFixture fixture(QStringLiteral("pl"));
    const DialogCatalog catalog(fixture);
    catalog.forEachDialog([](const QString& name, QWidget& dialog) {
        CHECK(
            hasContent(saveToGallery(dialog, QStringLiteral("large-dialog-") + name, QStringLiteral("pl"))));
    });
}
