// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/support/windowfixture.h"

#include "ui/lists/recordlistpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

WindowFixture::WindowFixture(const QString& language)
{
    REQUIRE(m_dir.isValid());
    settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    REQUIRE(languages.setLanguage(language));
    window = std::make_unique<MainWindow>(languages, *settings, prompts);
    REQUIRE(window->openDatabase(databasePath()));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(waitForListsRead(*window));
}

bool waitForListsRead(MainWindow& window)
{
    return QTest::qWaitFor([&window] {
        const auto pages = window.findChildren<RecordListPage*>();
        return std::none_of(pages.begin(), pages.end(),
                            [](const RecordListPage* page) { return page->isWaitingToRead(); });
    });
}

WindowFixture::~WindowFixture()
{
    window.reset();
    languages.setLanguage(QStringLiteral("en"));
}

void WindowFixture::switchLanguage(const QString& code)
{
    auto* action = window->findChild<QAction*>(QStringLiteral("language_") + code);
    REQUIRE(action);
    action->trigger();
    // LanguageChange is posted, not sent.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

namespace {

QString pathOf(QObject* object, QObject* root)
{
    QStringList parts;
    for (QObject* o = object; o && o != root; o = o->parent()) {
        const QObject* parent = o->parent();
        const int index = parent ? static_cast<int>(parent->children().indexOf(o)) : 0;
        parts.prepend(QStringLiteral("%1[%2]")
                          .arg(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                         : o->objectName())
                          .arg(index));
    }
    return parts.join(QLatin1Char('/'));
}

void collectMenu(QMenu* menu, const QString& path, QMap<QString, QString>& texts)
{
    texts.insert(path, menu->title());
    const auto actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (!actions[i]->isSeparator() && !actions[i]->text().isEmpty()) {
            texts.insert(path + QStringLiteral("/action%1").arg(i), actions[i]->text());
        }
        if (actions[i]->menu()) {
            collectMenu(actions[i]->menu(), path + QStringLiteral("/menu%1").arg(i), texts);
        }
    }
}

} // namespace

QMap<QString, QString> visibleTexts(QWidget* root)
{
    QMap<QString, QString> texts;
    texts.insert(QStringLiteral("windowTitle"), root->windowTitle());
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        // Content (a visit's title, a person's name) reads the same in every interface language.
        if (!widget->isVisibleTo(root) || widget->property("content").toBool()) {
            continue;
        }
        const QString path = pathOf(widget, root);
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts.insert(path, label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts.insert(path, button->text());
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            texts.insert(path + QStringLiteral("#placeholder"), edit->placeholderText());
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                texts.insert(path + QStringLiteral("#item%1").arg(row), list->item(row)->text());
            }
        } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            if (header->orientation() == Qt::Horizontal && header->model()) {
                for (int section = 0; section < header->count(); ++section) {
                    if (!header->isSectionHidden(section)) {
                        texts.insert(path + QStringLiteral("#section%1").arg(section),
                                     header->model()->headerData(section, Qt::Horizontal).toString());
                    }
                }
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            const auto actions = bar->actions();
            for (int i = 0; i < actions.size(); ++i) {
                if (actions[i]->menu()) {
                    collectMenu(actions[i]->menu(), path + QStringLiteral("/menu%1").arg(i), texts);
                }
            }
        }
        if (!widget->accessibleName().isEmpty()) {
            texts.insert(path + QStringLiteral("#accessibleName"), widget->accessibleName());
        }
        if (!widget->toolTip().isEmpty()) {
            texts.insert(path + QStringLiteral("#toolTip"), widget->toolTip());
        }
    }
    for (auto it = texts.begin(); it != texts.end();) {
        it = it.value().trimmed().isEmpty() ? texts.erase(it) : std::next(it);
    }
    return texts;
}
