// SPDX-License-Identifier: GPL-3.0-or-later
// Alt+letter reaches one thing: in every language, no two mnemonics visible together share a letter,
// and a label's mnemonic has a field to go to. Walks the menus, every page and tab of the main window
// and every dialog, in Polish, Ukrainian and English.
#include "tests/ui/support/dialogcatalog.h"
#include "tests/ui/support/mainscreens.h"
#include "tests/ui/support/windowfixture.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

#include <catch2/catch.hpp>

namespace {

/// The mnemonic letter of `text`, case-folded ("Pro&gramme" → "g"); empty when there is none.
QString mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&') {
            continue;
        }
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.mid(i + 1, 1).toCaseFolded();
    }
    return {};
}

/// Letters taken, each with the texts that take it.
using Letters = QMap<QString, QStringList>;

void take(Letters& letters, const QString& text)
{
    if (const QString letter = mnemonic(text); !letter.isEmpty()) {
        letters[letter] << text;
    }
}

/// Every mnemonic shown, to choose a free letter from when two clash.
QString allTaken(const Letters& letters)
{
    QStringList texts;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        texts << it.value();
    }
    return texts.join(QStringLiteral(" | "));
}

QStringList clashes(const Letters& letters)
{
    QStringList found;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value().size() > 1) {
            found << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
        }
    }
    return found;
}

/// The mnemonics shown in `root` (labels, buttons, group boxes, tabs), and labels whose mnemonic
/// leads nowhere. Menus are walked on their own: their letters work only while they are open.
Letters shownMnemonics(QWidget* root, QStringList* withoutBuddy)
{
    Letters letters;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) || qobject_cast<QMenu*>(widget->window())) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->textFormat() != Qt::RichText && !mnemonic(label->text()).isEmpty()) {
                take(letters, label->text());
                if (!label->buddy()) {
                    *withoutBuddy << label->text();
                }
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            take(letters, button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            take(letters, group->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i)) {
                    take(letters, tabs->tabText(i));
                }
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (const QAction* action : bar->actions()) {
                if (action->isVisible()) {
                    take(letters, action->text());
                }
            }
        }
    }
    return letters;
}

void checkMenus(QMenuBar* bar, const QString& language)
{
    QList<QMenu*> menus;
    for (QAction* action : bar->actions()) {
        if (action->menu()) {
            menus << action->menu();
        }
    }
    for (qsizetype m = 0; m < menus.size(); ++m) {
        QMenu* menu = menus.at(m);
        Letters letters;
        for (QAction* action : menu->actions()) {
            if (!action->isVisible() || action->isSeparator()) {
                continue;
            }
            take(letters, action->text());
            if (action->menu()) {
                menus << action->menu();
            }
        }
        const QStringList found = clashes(letters);
        INFO(language.toStdString() << " menu " << menu->title().toStdString() << ":\n"
                                    << found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    }
}

const QStringList languages{QStringLiteral("pl"), QStringLiteral("uk"), QStringLiteral("en")};

} // namespace

TEST_CASE("Menus and main screens have no two mnemonics on one letter, in any language")
{
    WindowFixture fixture;
    fixture.window->resize(1280, 760);
    const DialogCatalog catalog(fixture);
    for (const QString& language : languages) {
        fixture.switchLanguage(language);
        checkMenus(fixture.window->menuBar(), language);
        for (const MainScreen& screen : mainScreens()) {
            screen.show(*fixture.window, catalog.sampleVisits());
            QCoreApplication::processEvents();
            QStringList withoutBuddy;
            const QStringList found = clashes(shownMnemonics(fixture.window.get(), &withoutBuddy));
            INFO(language.toStdString() << " " << screen.name << ":\n"
                                        << found.join(QLatin1Char('\n')).toStdString());
            CHECK(found.isEmpty());
            INFO("labels whose mnemonic leads nowhere: "
                 << withoutBuddy.join(QStringLiteral(", ")).toStdString());
            CHECK(withoutBuddy.isEmpty());
        }
    }
}

TEST_CASE("Dialogs have no two mnemonics on one letter, and every label's leads to a field, in any language")
{
    WindowFixture fixture;
    const DialogCatalog catalog(fixture);
    for (const QString& language : languages) {
        fixture.switchLanguage(language);
        catalog.forEachDialog([&language](const QString& name, QWidget& dialog) {
            QStringList withoutBuddy;
            const Letters letters = shownMnemonics(&dialog, &withoutBuddy);
            const QStringList found = clashes(letters);
            INFO(language.toStdString() << " " << name.toStdString() << ":\n"
                                        << found.join(QLatin1Char('\n')).toStdString()
                                        << "\nall: " << allTaken(letters).toStdString());
            CHECK(found.isEmpty());
            INFO("labels whose mnemonic leads nowhere: "
                 << withoutBuddy.join(QStringLiteral(", ")).toStdString());
            CHECK(withoutBuddy.isEmpty());
        });
    }
}

TEST_CASE("A mnemonic is the letter after a single ampersand")
{
    CHECK(mnemonic(QStringLiteral("Pro&gramme")) == QStringLiteral("g"));
    CHECK(mnemonic(QStringLiteral("&Ім’я:")) == QStringLiteral("і"));
    CHECK(mnemonic(QStringLiteral("Fish && &Chips")) == QStringLiteral("c"));
    CHECK(mnemonic(QStringLiteral("No mnemonic && none")).isEmpty());
}
