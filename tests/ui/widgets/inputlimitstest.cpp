// SPDX-License-Identifier: GPL-3.0-or-later
// Titles of a sensible length, counted as they are typed and cut in headers.
#include "core/languages/languagemanager.h"
#include "core/model/textlimits.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "ui/visit/sessiondialog.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/lengthcounter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

namespace {

struct English
{
    LanguageManager languages;
    bool set = languages.setLanguage(QStringLiteral("en"));
};

Session sessionIn(Database& db)
{
    Visit visit;
    visit.title.text = QStringLiteral("Lwów na Mazowszu");
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 25);
    const auto id = VisitRepository(db).create(visit);
    REQUIRE(id.ok());
    Session session;
    session.visitId = *id;
    session.startsAt = QDateTime(QDate(2026, 5, 19), QTime(9, 0), Qt::UTC);
    session.endsAt = QDateTime(QDate(2026, 5, 19), QTime(10, 0), Qt::UTC);
    return session;
}

void pressOk(QDialog& dialog)
{
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

/// Types `text` as keystrokes, letters outside Latin-1 included.
void type(QWidget* widget, const QString& text)
{
    for (const QChar character : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

} // namespace

TEST_CASE("A title's counter shows as the limit comes near, and a title too long is refused under it")
{
    English english;
    TestDatabase test;
    SessionDialog dialog(sessionIn(test.db()), test.db());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("session.title"));
    REQUIRE(title);
    const LengthCounter* counter = LengthCounter::of(title);
    REQUIRE(counter);

    title->setText(QString(95, u'a'));
    CHECK(counter->text().isEmpty()); // far from 120
    title->setText(QString(111, u'a'));
    type(title, QStringLiteral("ą"));
    CHECK(counter->text() == QStringLiteral("112 / 120"));
    // The text keeps clear of the counter.
    CHECK(title->textMargins().right() >=
          dialog.findChild<QLabel*>(QStringLiteral("lengthCounterLabel"))->width());

    title->setText(QString(134, u'a'));
    CHECK(counter->text() == QStringLiteral("134 / 120"));
    CHECK(title->text().size() == 134); // nothing pasted is cut without a word
    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText(QStringLiteral("session.title")).startsWith(QStringLiteral("Title: “aaaa")));
    title->setText(QString(120, u'a'));
    CHECK(dialog.errorText(QStringLiteral("session.title")).isEmpty());
    CHECK(counter->text() == QStringLiteral("120 / 120"));
    dialog.reject();
}

TEST_CASE("A title in a header is cut to two lines, the whole of it in the tooltip")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* label = new ElidedLabel(&window);
    layout->addWidget(label);
    layout->addStretch();
    window.resize(600, 300);
    const QString longTitle = QStringLiteral("Wizyta studyjna delegacji z Charkowa ").repeated(8).trimmed();
    label->setFullText(longTitle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    CHECK(label->isElided());
    CHECK(label->text().count(u'\n') == 1);
    CHECK(label->text().endsWith(QStringLiteral("…")));
    CHECK(label->toolTip() == longTitle);
    CHECK(label->height() <= 2 * label->fontMetrics().lineSpacing() + 2);
    for (const QString& line : label->text().split(u'\n')) {
        CHECK(label->fontMetrics().horizontalAdvance(line) <= label->contentsRect().width());
    }
    // The window is not made wider by the title.
    CHECK(window.minimumSizeHint().width() < 300);

    label->setFullText(QStringLiteral("Wizyta z Charkowa"));
    QApplication::processEvents();
    CHECK_FALSE(label->isElided());
    CHECK(label->text() == QStringLiteral("Wizyta z Charkowa"));
    CHECK(label->toolTip().isEmpty());
}
