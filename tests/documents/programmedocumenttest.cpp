// SPDX-License-Identifier: GPL-3.0-or-later
// The printed programme as the delegation reads it: the PDF's text (pdftotext), its fonts (pdffonts)
// and its pictures (pdfimages), all from poppler-utils.
#include "ui/documents/programmedocument.h"

#include "core/languages/documentlanguage.h"
#include "core/languages/languagemanager.h"
#include "core/sample/sampledata.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/poppler.h"
#include "tests/support/testsupport.h"
#include "ui/documents/documentfonts.h"
#include "ui/documents/documentwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

const QDate printedOn(2026, 5, 12);

/// The PDF's text with every run of white space made one space, to find sentences that wrap.
QString flowingText(const QString& pdf)
{
    return pdfText(pdf).simplified();
}

/// The seven-day sample visit (from Lviv, with the whole programme in Ukrainian too).
class SampleVisit
{
public:
    SampleVisit()
    {
        const auto visits = SampleData::add(database.db());
        REQUIRE(visits.ok());
        id = visits->at(1);
    }

    /// Writes the programme in `languages` ("pl", "uk,pl") to a PDF and returns its path.
    QString writePdf(const QString& languages)
    {
        auto document = ProgrammeDocument::build(database.db(), id, languages.split(u','), printedOn);
        INFO((document ? std::string() : document.error().message().toStdString()));
        REQUIRE(document.ok());
        const QString path = database.filePath(QStringLiteral("programme-%1.pdf").arg(languages));
        const Status written = (*document)->writePdf(path);
        INFO((written ? std::string() : written.error().message().toStdString()));
        REQUIRE(written.ok());
        return path;
    }

    /// Removes the session's translation into `language`, as if nobody had entered it.
    void forgetTranslation(const QString& polishTitle, const QString& language)
    {
        ProgrammeRepository programme(database.db());
        const auto rows = programme.listForVisit(id);
        REQUIRE(rows.ok());
        for (const ProgrammeRow& row : *rows) {
            if (row.session.title.text == polishTitle) {
                Session session = row.session;
                session.title.translations.remove(language);
                session.description.translations.remove(language);
                REQUIRE(programme.update(session).ok());
                return;
            }
        }
        FAIL("no session " << polishTitle.toStdString());
    }

    TestDatabase database;
    Id id = 0;
};

const QString openingPl = QStringLiteral("Otwarcie wizyty i omówienie programu");
const QString openingUk = QStringLiteral("Відкриття візиту та огляд програми");
const QString dinnerPl = QStringLiteral("Kolacja powitalna");
const QString dinnerUk = QStringLiteral("Вітальна вечеря");
const QString theatrePl = QStringLiteral("Spektakl w Teatrze Polskim");
const QString theatreUk = QStringLiteral("Вистава в Польському театрі");

/// The line after the first one holding `text`, skipping empty lines.
QString lineAfter(const QString& layoutText, const QString& text)
{
    const QStringList lines = layoutText.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text)) {
            for (qsizetype next = i + 1; next < lines.size(); ++next) {
                if (!lines.at(next).trimmed().isEmpty()) {
                    return lines.at(next);
                }
            }
        }
    }
    return {};
}

/// A word pdftotext -bbox found, with its place on the page in points from the top left.
struct PlacedWord
{
    int page = 0;
    QRectF box;
    QString text;
};

QList<PlacedWord> placedWords(const QString& pdf)
{
    QXmlStreamReader xml(
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    QList<PlacedWord> words;
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const auto attribute = [&](const char* name) {
                return xml.attributes().value(QLatin1String(name)).toDouble();
            };
            const QRectF box(QPointF(attribute("xMin"), attribute("yMin")),
                             QPointF(attribute("xMax"), attribute("yMax")));
            words.append({page, box, xml.readElementText()});
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return words;
}

/// A visit of one day with one session whose description fills several pages.
Id addLongSession(Database& db, int sentences)
{
    Visit visit;
    visit.title.text = QStringLiteral("Seminarium");
    visit.firstDay = QDate(2026, 3, 2);
    visit.lastDay = QDate(2026, 3, 2);
    const auto visitId = VisitRepository(db).create(visit);
    REQUIRE(visitId.ok());
    Session session;
    session.visitId = *visitId;
    session.title.text = QStringLiteral("Warsztat");
    session.startsAt = QDateTime(visit.firstDay, QTime(9, 0), Qt::UTC);
    session.endsAt = QDateTime(visit.firstDay, QTime(17, 0), Qt::UTC);
    QStringList text;
    for (int i = 1; i <= sentences; ++i) {
        text << QStringLiteral("Zdanie %1 opisuje przebieg warsztatu i pracę w małych grupach.").arg(i);
    }
    session.description.text = text.join(u' ');
    REQUIRE(ProgrammeRepository(db).create(session).ok());
    return *visitId;
}

/// A small picture as a logo file's bytes.
QByteArray logoPng()
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x5f, 0xa8));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

int imageCount(const QString& pdf)
{
    // Two header lines, then one line an image.
    const QStringList lines =
        poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n', Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

// The default locale for one test, as the language menu would set it, put back afterwards.
class DefaultLocale
{
public:
    DefaultLocale() = default;
    ~DefaultLocale() { QLocale::setDefault(m_saved); }
    Q_DISABLE_COPY_MOVE(DefaultLocale)

private:
    QLocale m_saved;
};

} // namespace

TEST_CASE("The programme printed in Ukrainian holds the Ukrainian titles, days and months")
{
    SampleVisit visit;
    const QString text = flowingText(visit.writePdf(QStringLiteral("uk")));
    INFO(text.toStdString());
    CHECK(text.contains(
        QStringLiteral("Модель соціальної допомоги в Мазовецькому воєводстві — досвід для Львова")));
    CHECK(text.contains(openingUk));
    CHECK(text.contains(dinnerUk));
    CHECK(text.contains(QStringLiteral("Мазовецький центр соціальної політики")));
    CHECK(text.contains(QStringLiteral("вівторок, 19 травня 2026 р.")));
    CHECK(text.contains(QStringLiteral("понеділок, 25 травня 2026 р.")));
    CHECK(text.contains(QStringLiteral("19–25 травня 2026 р.")));
    // The fixed labels are Ukrainian too, though the interface (no translator installed) is English.
    CHECK(text.contains(QStringLiteral("День 1 — вівторок, 19 травня 2026 р.")));
    CHECK(text.contains(QStringLiteral("Сторінка 1 з")));
    CHECK_FALSE(text.contains(QStringLiteral("Day 1")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1 of")));
    // Ukrainian readers get the interpreters' names as they write them.
    CHECK(text.contains(QStringLiteral("Олена Кравець")));
    CHECK_FALSE(text.contains(openingPl));
    CHECK_FALSE(text.contains(dinnerPl));
}

TEST_CASE("The programme in Polish and Ukrainian gives each item in both, the Ukrainian directly below")
{
    SampleVisit visit;
    const QString text = pdfText(visit.writePdf(QStringLiteral("pl,uk")));
    INFO(text.toStdString());
    CHECK(lineAfter(text, openingPl).trimmed() == openingUk);
    CHECK(lineAfter(text, dinnerPl).trimmed() == dinnerUk);
    CHECK(lineAfter(text, theatrePl).trimmed() == theatreUk);
    CHECK(
        lineAfter(text, QStringLiteral("19–25 maja 2026")).contains(QStringLiteral("19–25 травня 2026 р.")));
    CHECK(lineAfter(text, QStringLiteral("wtorek, 19 maja 2026"))
              .contains(QStringLiteral("вівторок, 19 травня 2026 р.")));
    // A Polish reader comes first: names in Latin letters.
    CHECK(text.contains(QStringLiteral("Olena Kravets")));
    CHECK_FALSE(text.contains(QStringLiteral("Олена Кравець")));

    // Every word within its page's body: none hidden above it, repeated from the page before.
    const qreal bodyTop = ProgrammeDocument::pageLayout().paintRect(QPageLayout::Point).top();
    for (const PlacedWord& word : placedWords(visit.writePdf(QStringLiteral("pl,uk")))) {
        if (word.box.top() < bodyTop - 2) {
            FAIL_CHECK("page " << word.page << ": " << word.text.toStdString() << " at " << word.box.top());
        }
    }

    // The other way round, Ukrainian first.
    const QString reversed = pdfText(visit.writePdf(QStringLiteral("uk,pl")));
    CHECK(lineAfter(reversed, openingUk).trimmed() == openingPl);
}

TEST_CASE("A missing translation is given in the content language and the programme says so")
{
    SampleVisit visit;
    visit.forgetTranslation(theatrePl, QStringLiteral("uk"));
    const QString ukrainianNote = DocumentWriter::fallbackNote(DocumentLanguage(QStringLiteral("uk")),
                                                               QStringLiteral("uk"), QStringLiteral("pl"));
    const QString polishNote = DocumentWriter::fallbackNote(DocumentLanguage(QStringLiteral("pl")),
                                                            QStringLiteral("uk"), QStringLiteral("pl"));

    auto ukrainian =
        ProgrammeDocument::build(visit.database.db(), visit.id, {QStringLiteral("uk")}, printedOn);
    REQUIRE(ukrainian.ok());
    CHECK((*ukrainian)->fallbackLanguages() == QStringList{QStringLiteral("uk")});
    const QString text = flowingText(visit.writePdf(QStringLiteral("uk")));
    INFO(text.toStdString());
    CHECK(text.contains(theatrePl));
    CHECK_FALSE(text.contains(theatreUk));
    CHECK(text.contains(openingUk)); // the rest stays Ukrainian
    CHECK(text.contains(ukrainianNote));

    // Both languages: the Polish text once, not repeated as if it were the Ukrainian; the note in both.
    const QString both = flowingText(visit.writePdf(QStringLiteral("pl,uk")));
    CHECK(both.count(theatrePl) == 1);
    CHECK(both.contains(ukrainianNote));
    CHECK(both.contains(polishNote));

    // Polish is the content language: nothing is missing.
    auto polish = ProgrammeDocument::build(visit.database.db(), visit.id, {QStringLiteral("pl")}, printedOn);
    REQUIRE(polish.ok());
    CHECK((*polish)->fallbackLanguages().isEmpty());
    CHECK_FALSE((*polish)->textDocument().toPlainText().contains(polishNote));
}

TEST_CASE("The programme in English, with no English text entered, is in Polish with a note in English")
{
    SampleVisit visit;
    const QString text = flowingText(visit.writePdf(QStringLiteral("en")));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Some items are given in Polish: no English text was entered.")));
    CHECK(text.contains(openingPl));
    CHECK(text.contains(QStringLiteral("Day 1 — Tuesday, 19 May 2026")));
    CHECK(text.contains(QStringLiteral("Day 7 — Monday, 25 May 2026")));
    CHECK(text.contains(QStringLiteral("19–25 May 2026 (7 days)")));
    CHECK(text.contains(QStringLiteral("Programme")));
}

TEST_CASE("Each page's footer gives the day it was printed and the page out of how many")
{
    SampleVisit visit;
    auto document =
        ProgrammeDocument::build(visit.database.db(), visit.id, {QStringLiteral("en")}, printedOn);
    REQUIRE(document.ok());
    const int pages = (*document)->pageCount();
    CHECK(pages > 2);
    const QString text = pdfText(visit.writePdf(QStringLiteral("en")));
    CHECK(text.count(QStringLiteral("Printed 12 May 2026")) == pages);
    for (int page = 1; page <= pages; ++page) {
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    // pdftotext separates pages with a form feed.
    CHECK(text.count(u'\f') == pages);
}

TEST_CASE("A description running over a page break is printed whole, every line once, none under the footer")
{
    TestDatabase database;
    const int sentences = 160;
    const Id visitId = addLongSession(database.db(), sentences);
    // In English, whose labels are the sources: the footer starts with "Printed".
    auto document = ProgrammeDocument::build(database.db(), visitId, {QStringLiteral("en")}, printedOn);
    REQUIRE(document.ok());
    CHECK((*document)->pageCount() >= 3);
    const QString pdf = database.filePath(QStringLiteral("long.pdf"));
    REQUIRE((*document)->writePdf(pdf).ok());

    // Every sentence once and in order: a line cut by a page break would be printed on both pages.
    const QString text = flowingText(pdf);
    QList<int> numbers;
    static const QRegularExpression sentence(QStringLiteral("Zdanie (\\d+) opisuje"));
    for (auto match = sentence.globalMatch(text); match.hasNext();) {
        numbers << match.next().captured(1).toInt();
    }
    QList<int> expected;
    for (int i = 1; i <= sentences; ++i) {
        expected << i;
    }
    CHECK(numbers == expected);

    // Every line of the description lies above its page's footer.
    const QList<PlacedWord> words = placedWords(pdf);
    QHash<int, qreal> footerTop;
    for (const PlacedWord& word : words) {
        if (word.text == QLatin1String("Printed")) {
            footerTop.insert(word.page, word.box.top());
        }
    }
    REQUIRE(footerTop.size() == (*document)->pageCount());
    int checked = 0;
    for (const PlacedWord& word : words) {
        if (word.text == QLatin1String("Zdanie")) {
            INFO("page " << word.page << ", from " << word.box.top() << " to " << word.box.bottom() << " pt");
            CHECK(word.box.bottom() < footerTop.value(word.page));
            CHECK(word.box.top() > 30);
            ++checked;
        }
    }
    CHECK(checked == sentences);
}

TEST_CASE("Every font in the programme's PDF is embedded")
{
    SampleVisit visit;
    const QString pdf = visit.writePdf(QStringLiteral("pl,uk"));
    const QStringList lines = poppler(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts);
    INFO(lines.join(u'\n').toStdString());
    // A header line, a line of dashes marking the columns, then one line a font.
    REQUIRE(lines.size() > 2);
    const QStringList columns = lines.at(1).split(u' ', Qt::SkipEmptyParts);
    REQUIRE(columns.size() >= 4);
    qsizetype embeddedColumn = 0;
    for (int i = 0; i < 3; ++i) {
        embeddedColumn += columns.at(i).size() + 1;
    }
    for (const QString& line : lines.mid(2)) {
        INFO(line.toStdString());
        CHECK(line.mid(embeddedColumn, 3) == QStringLiteral("yes"));
        CHECK(line.startsWith(QStringLiteral("DejaVuSans")));
    }
}

TEST_CASE("The funding project's logo is printed in the header when it has one")
{
    SampleVisit visit;
    const QString without = visit.writePdf(QStringLiteral("pl"));
    CHECK(imageCount(without) == 0);
    CHECK(flowingText(without).contains(
        QStringLiteral("Mazowsze–Lwów: wymiana doświadczeń w pomocy i integracji społecznej")));

    const auto stored = VisitRepository(visit.database.db()).get(visit.id);
    REQUIRE(stored.ok());
    FundingProjectRepository projects(visit.database.db());
    auto project = projects.get(stored->fundingProjectId);
    REQUIRE(project.ok());
    FundingProject withLogo = *project;
    withLogo.logo = logoPng();
    REQUIRE(projects.update(withLogo).ok());
    CHECK(imageCount(visit.writePdf(QStringLiteral("pl"))) == 1);
}

TEST_CASE("Titles and descriptions are printed as typed, markup and placeholders included")
{
    TestDatabase database;
    const auto logo = logoPng();
    FundingProject project;
    project.name = QStringLiteral("Projekt %1 <i>Razem</i>");
    project.logo = logo;
    const auto projectId = FundingProjectRepository(database.db()).create(project);
    REQUIRE(projectId.ok());
    Visit visit;
    visit.title.text = QStringLiteral("Wizyta <b>%2</b> & „Fundacja”");
    visit.firstDay = QDate(2026, 3, 2);
    visit.lastDay = QDate(2026, 3, 2);
    visit.fundingProjectId = *projectId;
    const auto visitId = VisitRepository(database.db()).create(visit);
    REQUIRE(visitId.ok());
    Session session;
    session.visitId = *visitId;
    session.title.text = QStringLiteral("Warsztat %1 <br> 100%");
    session.description.text = QStringLiteral("Pierwszy wiersz\nDrugi wiersz <script>");
    session.startsAt = QDateTime(visit.firstDay, QTime(9, 0), Qt::UTC);
    session.endsAt = QDateTime(visit.firstDay, QTime(10, 0), Qt::UTC);
    REQUIRE(ProgrammeRepository(database.db()).create(session).ok());

    auto document = ProgrammeDocument::build(database.db(), *visitId, {QStringLiteral("pl")}, printedOn);
    REQUIRE(document.ok());
    const QString text = (*document)->textDocument().toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Wizyta <b>%2</b> & „Fundacja”")));
    CHECK(text.contains(QStringLiteral("Projekt %1 <i>Razem</i>")));
    CHECK(text.contains(QStringLiteral("Warsztat %1 <br> 100%")));
    CHECK(text.contains(QStringLiteral("Pierwszy wiersz")));
    CHECK(text.contains(QStringLiteral("Drugi wiersz <script>")));
}

TEST_CASE("Fixed labels, weekdays and months follow the document's language, not the interface's")
{
    DefaultLocale restoreLocale;
    LanguageManager interface;
    REQUIRE(interface.setLanguage(QStringLiteral("uk")));
    SampleVisit visit;

    const DocumentLanguage polish(QStringLiteral("pl"));
    CHECK(polish.label("CommandLine", "Print this help and exit.") ==
          QStringLiteral("Wypisz tę pomoc i zakończ."));
    CHECK(polish.label("ConflictChecker", "%n minute(s)", 5) == QStringLiteral("5 minut"));
    CHECK(polish.longDay(QDate(2026, 5, 19)) == QStringLiteral("wtorek, 19 maja 2026"));
    CHECK(DocumentLanguage(QStringLiteral("uk")).longDay(QDate(2026, 5, 19)) ==
          QStringLiteral("вівторок, 19 травня 2026 р."));
    const DocumentLanguage english(QStringLiteral("en"));
    CHECK(english.label("CommandLine", "Print this help and exit.") ==
          QStringLiteral("Print this help and exit."));
    CHECK(english.label("ConflictChecker", "%n minute(s)", 1) == QStringLiteral("1 minute"));

    auto document =
        ProgrammeDocument::build(visit.database.db(), visit.id, {QStringLiteral("en")}, printedOn);
    REQUIRE(document.ok());
    const QString text = (*document)->textDocument().toPlainText();
    CHECK(text.contains(QStringLiteral("Programme")));
    CHECK(text.contains(QStringLiteral("Day 2 — Wednesday, 20 May 2026")));
    CHECK_FALSE(text.contains(QStringLiteral("травня")));
}

TEST_CASE("A language Wizyta has no translation for gets English labels with its own days and months")
{
    SampleVisit visit;
    const DocumentLanguage czech(QStringLiteral("cs"));
    CHECK(czech.label("ConflictChecker", "%n minute(s)", 5) == QStringLiteral("5 minutes"));
    auto document =
        ProgrammeDocument::build(visit.database.db(), visit.id, {QStringLiteral("cs")}, printedOn);
    REQUIRE(document.ok());
    const QString text = (*document)->textDocument().toPlainText();
    CHECK(text.contains(QStringLiteral("Day 1 — úterý, 19 května 2026")));
    CHECK(text.contains(QStringLiteral("Some items are given in Polish: no Czech text was entered.")));
}

TEST_CASE("The programme is refused for an unknown visit or languages it cannot be printed in")
{
    SampleVisit visit;
    const auto unknown = ProgrammeDocument::build(visit.database.db(), 4711, {QStringLiteral("pl")});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind() == Error::Kind::NotFound);
    CHECK(unknown.error().message().contains(QStringLiteral("4711")));
    for (const QStringList& languages :
         {QStringList{}, QStringList{QStringLiteral("xx")},
          QStringList{QStringLiteral("uk"), QStringLiteral("uk")},
          QStringList{QStringLiteral("pl"), QStringLiteral("uk"), QStringLiteral("en")}}) {
        INFO(languages.join(u',').toStdString());
        const auto refused = ProgrammeDocument::build(visit.database.db(), visit.id, languages);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind() == Error::Kind::Validation);
    }
}

TEST_CASE("A PDF that cannot be written is reported with the file and the reason, nothing left behind")
{
    SampleVisit visit;
    auto document = ProgrammeDocument::build(visit.database.db(), visit.id, {QStringLiteral("pl")});
    REQUIRE(document.ok());
    const QString path = visit.database.filePath(QStringLiteral("missing-folder/programme.pdf"));
    const Status written = (*document)->writePdf(path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A missing font file is an error, never a PDF with empty boxes")
{
    const auto loaded = DocumentFonts::load({QStringLiteral("/nonexistent/DejaVuSans.ttf")});
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message().contains(QStringLiteral("/nonexistent/DejaVuSans.ttf")));
    CHECK(DocumentFonts::family().ok());
}

TEST_CASE("The programme prints on any paged device, e.g. a printer set up for Letter paper")
{
    SampleVisit visit;
    auto document = ProgrammeDocument::build(visit.database.db(), visit.id, {QStringLiteral("uk")});
    REQUIRE(document.ok());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setResolution(600);
        CHECK((*document)->print(&writer));
    }
    CHECK(bytes.startsWith("%PDF"));
    const QImage first = (*document)->pageImage(0, 50);
    CHECK(first.size() == QSize(413, 585)); // A4 at 50 dpi
}
