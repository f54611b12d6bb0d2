// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a person can reach or read has a name that a screen reader says: on every page of the
// main window and in every dialog.
#include "tests/ui/support/dialogcatalog.h"
#include "tests/ui/support/mainscreens.h"
#include "tests/ui/support/windowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>

#include <catch2/catch.hpp>

namespace {

/// Inputs, buttons, choices, lists and tables, tab bars: what a person reaches with Tab or reads as a
/// control. Parts a control is made of (a combo box's line edit, a spin box's) are the control itself
/// to a screen reader; headers, scroll bars and a table's corner button are read as parts of their view.
bool isControl(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (widget->inherits("QTableCornerButton")) {
        return false;
    }
    if (qobject_cast<const QLineEdit*>(widget) &&
        (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent))) {
        return false;
    }
    if (qobject_cast<const QHeaderView*>(widget) || qobject_cast<const QScrollBar*>(widget)) {
        return false;
    }
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTabBar*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget);
}

/// "QLineEdit 'person.email' in participantDialog": the widget, and the nearest named widget it is in.
QString describe(const QWidget* widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) {
        text += QStringLiteral(" '%1'").arg(widget->objectName());
    }
    for (const QWidget* outer = widget->parentWidget(); outer; outer = outer->parentWidget()) {
        if (!outer->objectName().isEmpty()) {
            return text + QStringLiteral(" in ") + outer->objectName();
        }
    }
    return text;
}

/// The controls in view in `root` that a screen reader would announce without a name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) || !isControl(widget)) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed << describe(widget);
        }
    }
    return unnamed;
}

} // namespace

TEST_CASE("Every control on every page of the main window has an accessible name")
{
    WindowFixture fixture;
    fixture.window->resize(1280, 760);
    const DialogCatalog catalog(fixture); // the sample visits, so that every list has rows
    for (const MainScreen& screen : mainScreens()) {
        screen.show(*fixture.window, catalog.sampleVisits());
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedControls(fixture.window.get());
        INFO(screen.name << ": no accessible name for\n" << unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(unnamed.isEmpty());
    }
}

TEST_CASE("Every control of every dialog has an accessible name")
{
    WindowFixture fixture;
    const DialogCatalog catalog(fixture);
    QStringList seen;
    catalog.forEachDialog([&seen](const QString& name, QWidget& dialog) {
        seen << name;
        const QStringList unnamed = unnamedControls(&dialog);
        INFO(name.toStdString() << ": no accessible name for\n"
                                << unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(unnamed.isEmpty());
    });
    CHECK(seen == DialogCatalog::names());
}
