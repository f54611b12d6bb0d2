// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/searchcompleter.h"

#include "ui/widgets/recordchoice.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

/// Types `text` into `widget` key by key, as a person does (QTest::keyClicks takes Latin-1 only).
void type(QWidget* widget, const QString& text)
{
    for (const QChar character : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

QStringList offered(QCompleter* completer)
{
    QStringList texts;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
        texts << completer->completionModel()->index(row, 0).data().toString();
    }
    return texts;
}

} // namespace

TEST_CASE("A picker offers what was typed whatever its diacritics and apostrophes, and takes it")
{
    QComboBox combo;
    RecordChoice::addNone(&combo);
    combo.addItem(QStringLiteral("MOPS (Płock)"), Id(7));
    combo.addItem(QStringLiteral("Centrum Usług Społecznych (Łódź)"), Id(8));
    combo.addItem(QStringLiteral("Марʼяна Коваль (Mariiana Koval)"), Id(9));
    RecordChoice::makeSearchable(&combo);
    combo.show();
    REQUIRE(QTest::qWaitForWindowExposed(&combo));
    auto* completer = combo.completer();
    REQUIRE(qobject_cast<SearchCompleter*>(completer));

    combo.lineEdit()->setFocus();
    type(combo.lineEdit(), QStringLiteral("lodz"));
    CHECK(offered(completer) == QStringList{QStringLiteral("Centrum Usług Społecznych (Łódź)")});
    CHECK(RecordChoice::selected(&combo) == 8);

    combo.lineEdit()->clear();
    type(combo.lineEdit(), QStringLiteral("Мар'я"));
    CHECK(offered(completer) == QStringList{QStringLiteral("Марʼяна Коваль (Mariiana Koval)")});
    CHECK(RecordChoice::selected(&combo) == 9);

    combo.lineEdit()->clear();
    type(combo.lineEdit(), QStringLiteral("mops (plock)"));
    CHECK(RecordChoice::selected(&combo) == 7);

    combo.lineEdit()->clear();
    type(combo.lineEdit(), QStringLiteral("Gdańsk"));
    CHECK(offered(completer).isEmpty());
    CHECK(RecordChoice::selected(&combo) == -1);
}
