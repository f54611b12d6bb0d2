// SPDX-License-Identifier: GPL-3.0-or-later
// The handbook's pages: every section in every language, links that lead somewhere, Polish and
// Ukrainian written in their own words, and the interface's names for what the handbook tells to click.
#include "ui/help/handbook.h"

#include "core/languages/languagemanager.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include <memory>

namespace {

const QString english = QStringLiteral("en");

/// A page as the window shows it: loaded by a QTextBrowser from the resources.
std::unique_ptr<QTextBrowser> loadPage(const QString& language)
{
    auto browser = std::make_unique<QTextBrowser>();
    browser->setSource(Handbook::urlFor(language));
    return browser;
}

struct PageText
{
    QStringList anchors;             ///< in page order
    QMap<QString, QString> headings; ///< by anchor
    QStringList links;               ///< every href
    QString prose;                   ///< all text but code, commands and keys
};

bool isCode(const QTextCharFormat& format)
{
    return format.fontFamilies().toStringList().contains(QStringLiteral("monospace"));
}

PageText read(const QTextDocument& document)
{
    PageText page;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            for (const QString& anchor : format.anchorNames()) {
                page.anchors << anchor;
                if (block.blockFormat().headingLevel() > 0) {
                    page.headings.insert(anchor, block.text());
                }
            }
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                page.links << format.anchorHref();
            }
            if (!isCode(format)) {
                page.prose += fragment.text();
            }
        }
        page.prose += QLatin1Char('\n');
    }
    // A no-break space reads as a space.
    page.prose.replace(QChar(0x00A0), QLatin1Char(' '));
    return page;
}

/// A text the interface shows, as the reader sees it: without its mnemonic's '&'.
QString shown(const char* context, const char* source)
{
    QString text = QCoreApplication::translate(context, source);
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    if (text.endsWith(QLatin1Char(':'))) {
        text.chop(1); // "Travel within a city:" is named without its colon in a sentence
    }
    // The handbook writes the Ukrainian apostrophe as U+02BC throughout.
    text.replace(QChar(0x2019), QChar(0x02BC));
    return text;
}

class InterfaceLanguage
{
public:
    explicit InterfaceLanguage(const QString& code) { REQUIRE(m_languages.setLanguage(code)); }
    ~InterfaceLanguage() { m_languages.setLanguage(QStringLiteral("en")); }
    Q_DISABLE_COPY_MOVE(InterfaceLanguage)

private:
    LanguageManager m_languages;
};

} // namespace

TEST_CASE("Each interface language has a handbook page, and any other falls back to English")
{
    for (const QString& language : LanguageManager::supportedLanguages()) {
        INFO(language.toStdString());
        CHECK(Handbook::hasLanguage(language));
        CHECK(Handbook::languageOf(Handbook::urlFor(language, QStringLiteral("visits"))) == language);
    }
    const QUrl czech = Handbook::urlFor(QStringLiteral("cs"), QStringLiteral("printing"));
    CHECK(Handbook::languageOf(czech) == english);
    CHECK(czech.fragment() == QLatin1String("printing"));
    CHECK(Handbook::languageOf(Handbook::urlFor(QStringLiteral("../en"))) == english);
    CHECK(Handbook::languageOf(Handbook::urlFor(QString())) == english);
    CHECK(Handbook::urlFor(QStringLiteral("pl")).fragment().isEmpty());
    CHECK(Handbook::languageOf(QUrl(QStringLiteral("https://example.org/pl.html"))).isEmpty());
}

TEST_CASE("Every section the window opens is a heading in every language's handbook")
{
    for (const QString& language : Handbook::languages()) {
        const auto browser = loadPage(language);
        const PageText page = read(*browser->document());
        for (const QString& section : Handbook::sections()) {
            INFO(language.toStdString() << ": #" << section.toStdString());
            CHECK(page.headings.contains(section));
            CHECK_FALSE(page.headings.value(section).trimmed().isEmpty());
        }
    }
}

TEST_CASE("Every language's handbook has the same anchors in the same order")
{
    const QStringList expected = read(*loadPage(english)->document()).anchors;
    REQUIRE(expected.size() >= Handbook::sections().size());
    CHECK(expected.size() == QSet<QString>(expected.cbegin(), expected.cend()).size()); // each anchor once
    for (const QString& language : Handbook::languages()) {
        INFO(language.toStdString());
        CHECK(read(*loadPage(language)->document()).anchors == expected);
    }
}

TEST_CASE("The handbook pages load with their text, title and links that lead to a section")
{
    for (const QString& language : Handbook::languages()) {
        INFO(language.toStdString());
        const auto browser = loadPage(language);
        const QTextDocument& document = *browser->document();
        CHECK(document.characterCount() > 20000);
        CHECK(document.blockCount() > 150);
        CHECK(document.metaInformation(QTextDocument::DocumentTitle).contains(QLatin1String("Wizyta")));
        // An unclosed tag or a broken entity shows its markup as text.
        const QString text = document.toPlainText();
        CHECK_FALSE(text.contains(QLatin1Char('<')));
        CHECK_FALSE(text.contains(QLatin1String("&nbsp")));
        CHECK_FALSE(text.contains(QLatin1String("&amp;")));
        const PageText page = read(document);
        REQUIRE(page.links.size() >= 10);
        for (const QString& link : page.links) {
            INFO(link.toStdString());
            REQUIRE(link.startsWith(QLatin1Char('#')));
            CHECK(page.anchors.contains(link.mid(1)));
        }
        // The browser scrolls to a section: the anchor has a place in the laid-out page.
        browser->resize(700, 500);
        browser->show();
        browser->scrollToAnchor(QStringLiteral("keyboard"));
        CHECK(browser->verticalScrollBar()->value() > 0);
    }
}

TEST_CASE("The Polish and Ukrainian handbooks are written in their language, not left in English")
{
    const PageText source = read(*loadPage(english)->document());
    // Words English prose cannot do without, and neither Polish nor Ukrainian uses.
    static const QRegularExpression englishWord(
        QStringLiteral(
            "\\b(the|and|with|your|you|which|that|from|when|this|for|are|will|into|only|click)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& language : {QStringLiteral("pl"), QStringLiteral("uk")}) {
        INFO(language.toStdString());
        const PageText page = read(*loadPage(language)->document());
        for (const QString& section : Handbook::sections()) {
            INFO("#" << section.toStdString());
            CHECK(page.headings.value(section) != source.headings.value(section));
        }
        const QRegularExpressionMatch found = englishWord.match(page.prose);
        INFO("English word: " << found.captured().toStdString()
                              << " in: " << page.prose.mid(found.capturedStart() - 60, 120).toStdString());
        CHECK_FALSE(found.hasMatch());
        CHECK(page.prose.size() > source.prose.size() / 2);
    }
}

TEST_CASE("The Ukrainian handbook writes its apostrophe and quotation marks the Ukrainian way")
{
    const PageText page = read(*loadPage(QStringLiteral("uk"))->document());
    // Outside commands and file contents: ʼ (U+02BC) in words, «» around quotes.
    for (const QChar wrong :
         {QChar(u'\''), QChar(0x2019), QChar(u'"'), QChar(0x201C), QChar(0x201D), QChar(0x201E)}) {
        INFO("U+" << QString::number(wrong.unicode(), 16).toStdString()
                  << " at: " << page.prose.mid(page.prose.indexOf(wrong) - 40, 80).toStdString());
        CHECK_FALSE(page.prose.contains(wrong));
    }
    CHECK(page.prose.contains(QStringLiteral("імʼя")));
    CHECK(page.prose.contains(QChar(0x00AB)));
    CHECK(page.prose.count(QChar(0x00AB)) == page.prose.count(QChar(0x00BB)));
}

TEST_CASE("The Polish handbook quotes with „…”")
{
    const PageText page = read(*loadPage(QStringLiteral("pl"))->document());
    CHECK_FALSE(page.prose.contains(QChar(u'"')));
    CHECK_FALSE(page.prose.contains(QChar(0x201C)));
    CHECK(page.prose.count(QChar(0x201E)) == page.prose.count(QChar(0x201D)));
    CHECK(page.prose.count(QChar(0x201E)) > 0);
}

TEST_CASE("The handbook names menus, buttons and fields as the interface shows them in its language")
{
    struct Label
    {
        const char* context;
        const char* source;
    };
    static const Label labels[] = {
        {"MainMenus", "&File"},
        {"MainMenus", "&Edit"},
        {"MainMenus", "&Language"},
        {"MainMenus", "&Help"},
        {"MainWindow", "Visits"},
        {"MainWindow", "Calendar"},
        {"MainWindow", "Institutions"},
        {"MainWindow", "People"},
        {"MainWindow", "Funding projects"},
        {"MainMenus", "New &Database…"},
        {"MainMenus", "&New Visit…"},
        {"MainMenus", "Wizyta &Handbook"},
        {"MainMenus", "&Open Database…"},
        {"MainMenus", "Open &Recent"},
        {"MainMenus", "Restore &Backup…"},
        {"MainMenus", "Print Pre&view…"},
        {"MainMenus", "&Print…"},
        {"MainMenus", "&Export PDF…"},
        {"MainMenus", "&Undo"},
        {"MainMenus", "&Redo"},
        {"MainMenus", "Planning &Settings…"},
        {"MainMenus", "Erase Personal &Data of This Visit…"},
        {"VisitsPage", "&New Visit…"},
        {"VisitsPage", "Add &Sample Visits"},
        {"RecordListPage", "&Delete"},
        {"VisitEditor", "← All &visits"},
        {"VisitEditor", "&Details"},
        {"VisitEditor", "&Participants"},
        {"VisitEditor", "Pro&gramme"},
        {"VisitEditor", "Ti&meline"},
        {"VisitEditor", "Edit Det&ails…"},
        {"VisitEditor", "Delete Vi&sit…"},
        {"VisitEditor", "Participants and programme"},
        {"VisitEditor", "Translations for printing"},
        {"VisitParticipantsTab", "&Add Participant…"},
        {"VisitParticipantsTab", "Rem&ove"},
        {"VisitParticipantsTab", "Import…"},
        {"VisitParticipantsTab", "Export…"},
        {"ParticipantDialog", "E&xisting person"},
        {"ParticipantDialog", "Ne&w person"},
        {"ParticipantDialog", "Known"},
        {"ParticipantDialog", "&Role:"},
        {"ParticipantDialog", "&Arrival:"},
        {"ParticipantDialog", "&Departure:"},
        {"ParticipantDialog", "Acco&mmodation:"},
        {"VisitProgrammeTab", "Add &Session…"},
        {"VisitProgrammeTab", "Earlie&r"},
        {"VisitProgrammeTab", "L&ater"},
        {"VisitProgrammeTab", "Dele&te"},
        {"VisitProgrammeTab", "Export to Calendar…"},
        {"SessionDialog", "Da&y:"},
        {"SessionDialog", "&Start:"},
        {"SessionDialog", "&End:"},
        {"SessionDialog", "&Venue:"},
        {"SessionDialog", "New &Institution…"},
        {"SessionDialog", "Roo&m:"},
        {"SessionDialog", "Inter&pretation:"},
        {"SessionDialog", "Add Pe&rson"},
        {"SessionDialog", "&Whole delegation"},
        {"SessionDialog", "C&hosen participants"},
        {"TranslatedTextEdit", "Add Language…"},
        {"VisitTimelineTab", "Co&nflicts:"},
        {"CalendarPage", "&Today"},
        {"CalendarPage", "&Open"},
        {"InstitutionsPage", "&Add Institution…"},
        {"PeoplePage", "&Add Person…"},
        {"PeoplePage", "Export Personal Data…"},
        {"PersonDialog", "&Consent given on"},
        {"ProjectsPage", "&Add Funding Project…"},
        {"DocumentPrintBar", "P&rint:"},
        {"DocumentPrintBar", "&in:"},
        {"DocumentPrintBar", "With &contact details"},
        {"DocumentPrintBar", "Print Previe&w…"},
        {"DocumentPrintBar", "E&xport PDF…"},
        {"VisitDocuments", "Programme"},
        {"VisitDocuments", "Participant list"},
        {"VisitDocuments", "Attendance sheets"},
        {"VisitDocuments", "Catering summary"},
        {"VisitDocuments", "Name badges"},
        {"PlanningSettingsDialog", "Travel &within a city:"},
        {"PlanningSettingsDialog", "Travel between &cities, unless listed below:"},
        {"PlanningSettingsDialog", "An &interpreter works without a break for at most:"},
        {"PlanningSettingsDialog", "Between &these cities:"},
        {"PlanningSettingsDialog", "&Add Pair"},
        {"PlanningSettingsDialog", "&Remove Pair"},
        {"ImportPreviewDialog", "Holds:"},
        {"RestoreBackupDialog", "&Restore"},
        {"DatabaseCare", "No Backup Today"},
    };
    for (const QString& language : Handbook::languages()) {
        const InterfaceLanguage interface(language);
        const PageText page = read(*loadPage(language)->document());
        for (const Label& label : labels) {
            const QString text = shown(label.context, label.source);
            INFO(language.toStdString()
                 << ": " << label.context << " " << label.source << " → " << text.toStdString());
            CHECK(page.prose.contains(text));
        }
    }
}
