// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/handbookwindow.h"

#include "core/languages/languagemanager.h"
#include "ui/help/handbook.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <catch2/catch.hpp>

namespace {

/// The interface language of a test, set back to English at its end for the tests that follow.
class Interface
{
public:
    explicit Interface(const QString& code) { REQUIRE(languages.setLanguage(code)); }
    ~Interface() { languages.setLanguage(QStringLiteral("en")); }
    Q_DISABLE_COPY_MOVE(Interface)

    /// As the Language menu does; LanguageChange is posted, not sent.
    void switchTo(const QString& code)
    {
        REQUIRE(languages.setLanguage(code));
        QCoreApplication::sendPostedEvents();
    }

    LanguageManager languages;
};

template <typename T>
T* child(const HandbookWindow& window, const char* name)
{
    auto* found = window.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QTreeWidgetItem* contentsItem(const HandbookWindow& window, const QString& section)
{
    for (QTreeWidgetItemIterator it(child<QTreeWidget>(window, "handbookContents")); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == section) {
            return *it;
        }
    }
    return nullptr;
}

QString currentContentsText(const HandbookWindow& window)
{
    const QTreeWidgetItem* item = child<QTreeWidget>(window, "handbookContents")->currentItem();
    return item ? item->text(0) : QString();
}

void showAndWait(HandbookWindow& window, const QString& section)
{
    window.showSection(section);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
}

/// The letters after '&' in the window's buttons and labels, as Alt+letter reaches them.
QStringList mnemonics(const HandbookWindow& window)
{
    QStringList letters;
    QStringList texts;
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        texts << button->text();
    }
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (const QString& text : texts) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at >= 0 && at + 1 < text.size()) {
            letters << text.at(at + 1).toLower();
        }
    }
    return letters;
}

/// Whether Qt has blocked a window's input for a modal one.
class BlockedSpy final : public QObject
{
public:
    bool blocked = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::WindowBlocked) {
            blocked = true;
        } else if (event->type() == QEvent::WindowUnblocked) {
            blocked = false;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

TEST_CASE("The handbook window shows the section asked for in the interface language")
{
    Interface interface(QStringLiteral("pl"));
    HandbookWindow window(interface.languages);
    showAndWait(window, QStringLiteral("conflicts"));

    CHECK(window.isVisible());
    CHECK_FALSE(window.isModal());
    CHECK(window.isWindow());
    CHECK(window.windowTitle() == QStringLiteral("Podręcznik programu Wizyta"));
    CHECK(window.language() == QLatin1String("pl"));
    CHECK(window.source() == Handbook::urlFor(QStringLiteral("pl"), QStringLiteral("conflicts")));
    CHECK(window.currentSection() == QLatin1String("conflicts"));
    CHECK(currentContentsText(window) == QStringLiteral("Ostrzeżenia o konfliktach"));
    // The section's heading is what the reader sees first.
    auto* text = child<QTextBrowser>(window, "handbookText");
    CHECK(text->verticalScrollBar()->value() > 0);
    CHECK(text->cursorForPosition(QPoint(40, 8)).block().text().trimmed() ==
          QStringLiteral("Ostrzeżenia o konfliktach"));
}

TEST_CASE("The handbook window follows a language switch, keeping the section being read")
{
    Interface interface(QStringLiteral("en"));
    HandbookWindow window(interface.languages);
    showAndWait(window, QStringLiteral("printing"));
    CHECK(currentContentsText(window) == QStringLiteral("Printed documents"));
    CHECK(child<QToolButton>(window, "handbookBack")->text() == QStringLiteral("&Back"));

    interface.switchTo(QStringLiteral("uk"));
    CHECK(window.language() == QLatin1String("uk"));
    CHECK(window.source() == Handbook::urlFor(QStringLiteral("uk"), QStringLiteral("printing")));
    CHECK(window.currentSection() == QLatin1String("printing"));
    CHECK(currentContentsText(window) == QStringLiteral("Документи для друку"));
    CHECK(window.windowTitle() == QStringLiteral("Посібник користувача Wizyta"));
    CHECK(child<QToolButton>(window, "handbookBack")->text() == QStringLiteral("&Назад"));
    // Going back would lead to a page in the language left behind.
    CHECK_FALSE(child<QToolButton>(window, "handbookBack")->isEnabled());

    // A section the reader scrolled to, not one asked for, is kept too.
    child<QTextBrowser>(window, "handbookText")->scrollToAnchor(QStringLiteral("backups"));
    CHECK(window.currentSection() == QLatin1String("backups"));
    interface.switchTo(QStringLiteral("pl"));
    CHECK(window.source() == Handbook::urlFor(QStringLiteral("pl"), QStringLiteral("backups")));
    CHECK(currentContentsText(window) == QStringLiteral("Kopie zapasowe"));
}

TEST_CASE("The last section of the handbook stays the one being read after a language switch")
{
    // It cannot be scrolled to the top of the view: the section above it is at the top.
    Interface interface(QStringLiteral("uk"));
    HandbookWindow window(interface.languages);
    showAndWait(window, QStringLiteral("languages"));
    CHECK(window.currentSection() == QLatin1String("languages"));
    interface.switchTo(QStringLiteral("en"));
    CHECK(window.source() == Handbook::urlFor(QStringLiteral("en"), QStringLiteral("languages")));
    CHECK(currentContentsText(window) == QStringLiteral("Languages"));
}

TEST_CASE("A hidden handbook window follows a language switch too, and an unknown section shows the top")
{
    Interface interface(QStringLiteral("pl"));
    HandbookWindow window(interface.languages);
    CHECK(window.language().isEmpty());
    showAndWait(window, QStringLiteral("keyboard"));
    window.close();
    interface.switchTo(QStringLiteral("uk"));
    CHECK(window.language() == QLatin1String("uk"));
    CHECK(window.source() == Handbook::urlFor(QStringLiteral("uk"), QStringLiteral("keyboard")));

    showAndWait(window, QStringLiteral("no-such-section"));
    CHECK(window.source() == Handbook::urlFor(QStringLiteral("uk")));
    CHECK(child<QTextBrowser>(window, "handbookText")->verticalScrollBar()->value() == 0);
    CHECK(window.currentSection().isEmpty());
}

TEST_CASE("One handbook window goes back and forward between the sections shown in it")
{
    Interface interface(QStringLiteral("en"));
    HandbookWindow window(interface.languages);
    auto* back = child<QToolButton>(window, "handbookBack");
    auto* forward = child<QToolButton>(window, "handbookForward");
    showAndWait(window, QStringLiteral("visits"));
    CHECK_FALSE(back->isEnabled());
    showAndWait(window, QStringLiteral("import-export"));
    REQUIRE(back->isEnabled());
    CHECK_FALSE(forward->isEnabled());

    back->click();
    CHECK(window.source().fragment() == QLatin1String("visits"));
    CHECK(window.currentSection() == QLatin1String("visits"));
    REQUIRE(forward->isEnabled());
    forward->click();
    CHECK(window.source().fragment() == QLatin1String("import-export"));
    CHECK(currentContentsText(window) == QStringLiteral("Import and export"));

    // Alt+Left from anywhere in the window.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(child<QTreeWidget>(window, "handbookContents"), Qt::Key_Left, Qt::AltModifier);
    CHECK(window.source().fragment() == QLatin1String("visits"));
}

TEST_CASE("The handbook's contents list its sections, and choosing one shows it")
{
    Interface interface(QStringLiteral("pl"));
    HandbookWindow window(interface.languages);
    showAndWait(window, QString());
    auto* contents = child<QTreeWidget>(window, "handbookContents");
    for (const QString& section : Handbook::sections()) {
        INFO(section.toStdString());
        CHECK(contentsItem(window, section) != nullptr);
    }
    // The visit's tabs are under the visits, planning settings under the warnings.
    REQUIRE(contentsItem(window, QStringLiteral("participants")));
    CHECK(contentsItem(window, QStringLiteral("participants"))->parent() ==
          contentsItem(window, QStringLiteral("visits")));
    CHECK(contentsItem(window, QStringLiteral("planning-settings"))->parent() ==
          contentsItem(window, QStringLiteral("conflicts")));
    CHECK(contents->topLevelItemCount() == 15);

    contents->setCurrentItem(contentsItem(window, QStringLiteral("personal-data")));
    CHECK(window.source() == Handbook::urlFor(QStringLiteral("pl"), QStringLiteral("personal-data")));
    CHECK(window.currentSection() == QLatin1String("personal-data"));
    CHECK(child<QToolButton>(window, "handbookBack")->isEnabled());

    // Read on a little, then back to the section's heading with a click on the section marked.
    QScrollBar* scroll = child<QTextBrowser>(window, "handbookText")->verticalScrollBar();
    const int atHeading = scroll->value();
    scroll->setValue(atHeading + 40);
    QTreeWidgetItem* marked = contentsItem(window, QStringLiteral("personal-data"));
    REQUIRE(contents->currentItem() == marked);
    QTest::mouseClick(contents->viewport(), Qt::LeftButton, {}, contents->visualItemRect(marked).center());
    CHECK(scroll->value() == atHeading);
}

TEST_CASE("Esc closes the handbook window, and the same window shows the next section asked for")
{
    Interface interface(QStringLiteral("en"));
    HandbookWindow window(interface.languages);
    showAndWait(window, QStringLiteral("calendar"));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(child<QTextBrowser>(window, "handbookText"), Qt::Key_Escape);
    CHECK_FALSE(window.isVisible());

    showAndWait(window, QStringLiteral("people"));
    CHECK(window.isVisible());
    CHECK(window.currentSection() == QLatin1String("people"));
    CHECK(child<QToolButton>(window, "handbookBack")->isEnabled()); // the history was kept
}

TEST_CASE("The handbook window's keys to its buttons and contents differ in each language")
{
    Interface interface(QStringLiteral("en"));
    HandbookWindow window(interface.languages);
    for (const QString& language : LanguageManager::supportedLanguages()) {
        interface.switchTo(language);
        const QStringList letters = mnemonics(window);
        INFO(language.toStdString() << ": " << letters.join(QLatin1Char(' ')).toStdString());
        CHECK(letters.size() == 3);
        CHECK(QSet<QString>(letters.cbegin(), letters.cend()).size() == letters.size());
    }
}

TEST_CASE("The handbook window can be read beside a window-modal dialog, and does not keep the program open")
{
    Interface interface(QStringLiteral("en"));
    QWidget mainWindow;
    mainWindow.show();
    REQUIRE(QTest::qWaitForWindowExposed(&mainWindow));
    HandbookWindow window(interface.languages);
    CHECK(window.parentWidget() == nullptr);
    CHECK_FALSE(window.testAttribute(Qt::WA_QuitOnClose));
    showAndWait(window, QStringLiteral("planning-settings"));
    BlockedSpy spy;
    window.installEventFilter(&spy);

    // A dialog of the main window asking for help on itself, as F1 in it would.
    QDialog dialog(&mainWindow);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    CHECK_FALSE(spy.blocked);
    dialog.hide();
}
