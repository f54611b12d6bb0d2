// SPDX-License-Identifier: GPL-3.0-or-later
// Titles of a sensible length, counted as they are typed and cut in headers; characters the printed
// documents cannot show named before saving.
#include "core/languages/languagemanager.h"
#include "core/model/textlimits.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/documents/documentfonts.h"
#include "ui/records/institutiondialog.h"
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

TEST_CASE("The characters the document font lacks are named, Polish and Ukrainian writing is not")
{
    CHECK(DocumentFonts::unprintable(QStringLiteral("Zażółć gęślą jaźń ŁÓDŹ")).isEmpty());
    CHECK(DocumentFonts::unprintable(QStringLiteral("Мар\u02BCяна Ґудзь, Їжакевич — Київ, Єнакієве"))
              .isEmpty());
    CHECK(DocumentFonts::unprintable(QStringLiteral("„Razem w gminie” – “quoted” ‘single’ № 5, 20 €, 100 ₴"))
              .isEmpty());
    CHECK(DocumentFonts::unprintable(QStringLiteral("Spotkanie 👍 i 🚀 i znów 👍")) ==
          QStringList{QStringLiteral("👍"), QStringLiteral("🚀")});
    // A flag is two code points and one character, named whole.
    CHECK(DocumentFonts::unprintable(QStringLiteral("Wizyta 🇺🇦")) == QStringList{QStringLiteral("🇺🇦")});
    CHECK(DocumentFonts::unprintable(QStringLiteral("会议")) ==
          QStringList{QStringLiteral("会"), QStringLiteral("议")});
    // DejaVu Sans draws the classic emoticons itself, in black and white: 😀 prints.
    CHECK(DocumentFonts::unprintable(QStringLiteral("😀 ☺")).isEmpty());
}

TEST_CASE("Saving a title with a character that cannot print asks first, naming the character and the field")
{
    English english;
    TestDatabase test;
    ScriptedPrompts prompts;
    SessionDialog dialog(sessionIn(test.db()), test.db());
    dialog.setPrompts(prompts);
    bool saved = false;
    dialog.setSaver([&]() -> Status {
        saved = true;
        return success();
    });
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("session.title"));
    REQUIRE(title);
    title->setText(QStringLiteral("Spotkanie z dyrektorką 👍"));

    pressOk(dialog); // no answer: Cancel, back to the form
    REQUIRE(prompts.shown.size() == 1);
    CHECK(prompts.shown.constFirst().contains(
        QStringLiteral("“Title” contains 👍, which the printed documents cannot show")));
    CHECK(prompts.actions.constFirst() == QStringLiteral("Save &Anyway"));
    CHECK_FALSE(saved);
    CHECK(dialog.isVisible());

    prompts.answers.enqueue(QMessageBox::Yes);
    pressOk(dialog);
    CHECK(saved);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Names in Polish and Ukrainian with their apostrophes and dashes save without a question")
{
    English english;
    ScriptedPrompts prompts;
    Institution institution;
    institution.name.text = QStringLiteral("Ośrodek „Przystań” – Łódź");
    institution.name.translations.insert(QStringLiteral("uk"),
                                         QStringLiteral("Центр «Пристань» – Мар\u02BCянівка"));
    institution.address = QStringLiteral("ul. Źródlana 5");
    InstitutionDialog dialog(institution);
    dialog.setPrompts(prompts);
    dialog.show();
    pressOk(dialog);
    CHECK(prompts.shown.isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);

    // A translation is named with its language.
    Institution changed = institution;
    changed.name.translations.insert(QStringLiteral("uk"), QStringLiteral("Центр 🚀"));
    InstitutionDialog translated(changed);
    translated.setPrompts(prompts);
    translated.show();
    pressOk(translated);
    REQUIRE(prompts.shown.size() == 1);
    CHECK(prompts.shown.constFirst().contains(QStringLiteral("“Name (uk)” contains 🚀")));
    translated.reject();
}
