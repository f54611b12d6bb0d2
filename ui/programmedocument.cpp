// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmedocument.h"

#include "agendarepository.h"
#include "codes.h"
#include "database.h"
#include "dayrange.h"
#include "documentfonts.h"
#include "documentlanguage.h"
#include "fundingprojectrepository.h"
#include "htmlbuilder.h"
#include "institutionrepository.h"
#include "personrepository.h"
#include "settingsrepository.h"
#include "visitrepository.h"

#include <QFont>
#include <QHash>
#include <QMap>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace {

// The fixed labels of the programme, translated in the document's language (never with tr(), which
// follows the interface). lupdate collects them from these macros.
const char* const context = "ProgrammeDocument";
//: above the visit's title
const char* const programmeLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Programme");
//: the length of a visit, after its days: "19–25 May 2026 (7 days)"
const char* const daysLabel = QT_TRANSLATE_N_NOOP("ProgrammeDocument", "%n day(s)");
//: the institution hosting the visit
const char* const hostLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Host:");
//: the project that pays for the visit
const char* const fundingLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Funded by:");
//: a day of the visit, counted from 1: "Day 2 — Wednesday, 20 May 2026"
const char* const dayLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Day %1");
//: under a day with no session
const char* const emptyDayLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Nothing planned.");
//: a programme without any session
const char* const emptyProgrammeLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "No sessions planned yet.");
//: under a session running past midnight; %1 is a day and a time, e.g. "Wednesday, 20 May 2026 01:00"
const char* const endsLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Ends %1");
//: where a session takes place
const char* const venueLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Venue:");
//: the people presenting a session, e.g. "Presented by: Anna Nowak, Jan Kowalski"
const char* const presentersLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Presented by:");
//: the person moderating a session
const char* const moderatorLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Moderated by:");
//: how a session is interpreted, e.g. "Interpretation: pl→uk, consecutive (Olena Kravets)"
const char* const interpretationLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Interpretation:");
//: %1 and %2 are language names (see DocumentLanguage): the text in %2 is missing, %1 is used instead
const char* const fallbackLabel =
    QT_TRANSLATE_NOOP("ProgrammeDocument", "Some items are given in %1: no %2 text was entered.");
//: in the footer of each page; %1 is a day, e.g. "Printed 12 May 2026"
const char* const printedLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Printed %1");
//: in the footer of each page: "Page 2 of 5"
const char* const pageLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Page %1 of %2");

const QString enDash = QStringLiteral("\u2013");
const QString emDash = QStringLiteral("\u2014");
const QString lighter = QStringLiteral("font-style:italic; color:#4a5563;");
/// Marks a paragraph kept on one page with the next: a heading with what it heads, a text with its
/// translation (HTML has no such property: the block's user state carries it to finishParagraphs()).
const QString keep = QStringLiteral("-qt-user-state:1;");
const QString quiet = QStringLiteral("color:#5f6b7a;");
const QUrl logoUrl(QStringLiteral("wizyta:funding-logo"));
/// A length in the HTML's pixels, the printed document's layout units.
QString mm(qreal millimetres)
{
    return QStringLiteral("%1px").arg(qRound(millimetres / 25.4 * PagedDocument::layoutDpi));
}

/// The width of the time column; everything of a session but its time is indented by it.
constexpr qreal timeColumn = 27;
const QString indented = QStringLiteral("margin-left:%1;").arg(mm(timeColumn));

QString escaped(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString clock(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

/// Sets what HTML cannot: a tab stop where each hanging paragraph's indentation ends (a session's
/// time, then its title in line with the text below it), and which paragraphs keep with the next.
void finishParagraphs(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.textIndent() < 0) {
            format.setTabPositions({QTextOption::Tab(format.leftMargin(), QTextOption::LeftTab)});
        }
        if (block.userState() == 1) {
            format.setProperty(PagedDocument::KeepWithNext, true);
        }
        QTextCursor(block).setBlockFormat(format);
    }
}

/// A label and its value in a paragraph of `style`, the value in the second language below it.
QString labelled(const QString& style, const QString& label, const QString& value,
                 const QString& secondValue = {})
{
    const bool paired = !secondValue.trimmed().isEmpty();
    QString html = QStringLiteral("<p style=\"%1 %2\"><span style=\"%3\">%4</span> %5</p>")
                       .arg(style, paired ? keep : QString(), quiet, label.toHtmlEscaped(), escaped(value));
    if (paired) {
        html += QStringLiteral("<p style=\"%1 %2\">%3</p>").arg(style, lighter, escaped(secondValue));
    }
    return html;
}

/// Writes the programme's HTML from what the repositories hold.
class ProgrammeWriter final
{
public:
    ProgrammeWriter(Database& database, const std::vector<DocumentLanguage>& languages,
                    QString contentLanguage)
        : m_database(database), m_languages(languages), m_contentLanguage(std::move(contentLanguage))
    {}

    Status write(const Visit& visit, QTextDocument& document);
    const QStringList& fallbackLanguages() const { return m_fallbackLanguages; }

private:
    /// The text in document language `index`: its translation, else the content language's text.
    QString textIn(const LocalizedText& text, int index);
    /// The text in each document language; the second is empty where it would repeat the first.
    QStringList texts(const LocalizedText& text);
    /// A fixed label in each document language, joined: "Programme / Програма".
    QString label(const char* source, int n = -1) const;
    QString pairedLabel(const std::function<QString(const DocumentLanguage&)>& make) const;

    Result<Institution> institution(Id id);
    Result<QString> personName(Id id);

    QString header(const Visit& visit, const FundingProject* project, const QImage& logo);
    QString fallbackNotes() const;
    Result<QString> day(const Visit& visit, const QDate& date, const QList<AgendaRow>& rows);
    Result<QString> session(const AgendaSession& session);
    /// A label and a value in small print under a session's title, the value in the second language
    /// below; left out when the value is empty, unless `labelOnly`.
    QString detail(const QString& label, const QString& value, const QString& secondValue = {},
                   bool labelOnly = false) const;

    Database& m_database;
    const std::vector<DocumentLanguage>& m_languages;
    QString m_contentLanguage;
    QStringList m_fallbackLanguages;
    QHash<Id, Institution> m_institutions;
    QHash<Id, QString> m_names;
};

QString ProgrammeWriter::textIn(const LocalizedText& text, int index)
{
    const QString& code = m_languages.at(index).code();
    if (code == m_contentLanguage) {
        return text.text.trimmed();
    }
    const QString translated = text.translations.value(code).trimmed();
    if (!translated.isEmpty()) {
        return translated;
    }
    const QString original = text.text.trimmed();
    if (!original.isEmpty() && !m_fallbackLanguages.contains(code)) {
        m_fallbackLanguages << code;
    }
    return original;
}

QStringList ProgrammeWriter::texts(const LocalizedText& text)
{
    QStringList result;
    for (int i = 0; i < int(m_languages.size()); ++i) {
        const QString inLanguage = textIn(text, i);
        // Given in the content language for both, the text is printed once.
        result << (i > 0 && inLanguage == result.constFirst() ? QString() : inLanguage);
    }
    return result;
}

QString ProgrammeWriter::label(const char* source, int n) const
{
    return pairedLabel([&](const DocumentLanguage& language) { return language.label(context, source, n); });
}

QString ProgrammeWriter::pairedLabel(const std::function<QString(const DocumentLanguage&)>& make) const
{
    QStringList labels;
    for (const DocumentLanguage& language : m_languages) {
        const QString text = make(language);
        if (!labels.contains(text)) {
            labels << text;
        }
    }
    // "Gospodarz / Приймаюча сторона:", not a colon after each.
    const bool colons = std::all_of(labels.cbegin(), labels.cend(),
                                    [](const QString& text) { return text.endsWith(QLatin1Char(':')); });
    for (qsizetype i = 0; colons && i + 1 < labels.size(); ++i) {
        labels[i].chop(1);
    }
    return labels.join(QStringLiteral(" / "));
}

Result<Institution> ProgrammeWriter::institution(Id id)
{
    const auto cached = m_institutions.constFind(id);
    if (cached != m_institutions.cend()) {
        return *cached;
    }
    auto read = InstitutionRepository(m_database).get(id);
    if (read) {
        m_institutions.insert(id, *read);
    }
    return read;
}

Result<QString> ProgrammeWriter::personName(Id id)
{
    const auto cached = m_names.constFind(id);
    if (cached != m_names.cend()) {
        return *cached;
    }
    const auto person = PersonRepository(m_database).get(id);
    if (!person) {
        return person.error();
    }
    // A reader of a Latin-script language gets "Oksana Levchuk", a Ukrainian reader "Оксана Левчук".
    const QString name =
        m_languages.front().isCyrillic() ? person->displayName() : person->latinDisplayName();
    m_names.insert(id, name);
    return name;
}

Status ProgrammeWriter::write(const Visit& visit, QTextDocument& document)
{
    std::optional<FundingProject> project;
    QImage logo;
    if (visit.fundingProjectId != 0) {
        auto read = FundingProjectRepository(m_database).get(visit.fundingProjectId);
        if (!read) {
            return read.error();
        }
        project = *read;
        logo = QImage::fromData(project->logo);
        if (!logo.isNull()) {
            document.addResource(QTextDocument::ImageResource, logoUrl, logo);
        }
    }
    const auto rows = AgendaRepository(m_database).listForVisit(visit.id);
    if (!rows) {
        return rows.error();
    }

    // Every day of the visit, and any day a session lies on outside them.
    QMap<QDate, QList<AgendaRow>> days;
    for (QDate date = visit.firstDay; date.isValid() && date <= visit.lastDay; date = date.addDays(1)) {
        days.insert(date, {});
    }
    for (const AgendaRow& row : *rows) {
        days[row.session.startsAt.date()].append(row);
    }
    QString body;
    for (auto it = days.cbegin(); it != days.cend() && !rows->isEmpty(); ++it) {
        const auto section = day(visit, it.key(), it.value());
        if (!section) {
            return section.error();
        }
        body += *section;
    }
    if (rows->isEmpty()) {
        body += QStringLiteral("<p style=\"margin-top:%1; %2\">%3</p>")
                    .arg(mm(6), quiet, label(emptyProgrammeLabel).toHtmlEscaped());
    }
    // The header is written last, as only then is it known whether any text was missing.
    const QString top = header(visit, project ? &*project : nullptr, logo);
    document.setHtml(QStringLiteral("<html><body>") + top + fallbackNotes() + body +
                     QStringLiteral("</body></html>"));
    finishParagraphs(document);
    return success();
}

QString ProgrammeWriter::header(const Visit& visit, const FundingProject* project, const QImage& logo)
{
    QString html = QStringLiteral("<p style=\"font-size:9pt; %1\">%2</p>")
                       .arg(quiet, label(programmeLabel).toHtmlEscaped());
    const QStringList titles = texts(visit.title);
    html += QStringLiteral("<p style=\"font-size:17pt; font-weight:bold; margin-top:%1\">%2</p>")
                .arg(mm(1), escaped(titles.value(0)));
    if (!titles.value(1).isEmpty()) {
        html +=
            QStringLiteral("<p style=\"font-size:13pt; %1\">%2</p>").arg(lighter, escaped(titles.value(1)));
    }
    const int dayCount = int(visit.firstDay.daysTo(visit.lastDay)) + 1;
    for (int i = 0; i < int(m_languages.size()); ++i) {
        const DocumentLanguage& language = m_languages.at(i);
        const QString days = QStringLiteral("%1 (%2)").arg(language.dayRange(visit.firstDay, visit.lastDay),
                                                           language.label(context, daysLabel, dayCount));
        html += QStringLiteral("<p style=\"font-size:11pt; margin-top:%1; %2\">%3</p>")
                    .arg(i == 0 ? mm(2.5) : QStringLiteral("0"), i == 0 ? QString() : lighter,
                         days.toHtmlEscaped());
    }
    QString facts;
    if (visit.hostInstitutionId != 0) {
        const auto host = institution(visit.hostInstitutionId);
        if (host) {
            const QStringList names = texts(host->name);
            facts += labelled(QString(), label(hostLabel), names.value(0), names.value(1));
        }
    }
    if (project) {
        facts += labelled(QString(), label(fundingLabel), project->name);
    }
    if (!facts.isEmpty()) {
        html += QStringLiteral("<div style=\"font-size:10pt; margin-top:%1\">%2</div>").arg(mm(2.5), facts);
    }
    if (logo.isNull()) {
        return html;
    }
    // The logo at the right, at most 45 × 22 mm.
    const qreal pixelsPerMillimetre = PagedDocument::layoutDpi / 25.4;
    const QSizeF box(45 * pixelsPerMillimetre, 22 * pixelsPerMillimetre);
    const QSizeF size = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td valign=\"top\">%1</td>"
                          "<td valign=\"top\" align=\"right\" width=\"%2\"><img src=\"%3\" width=\"%2\" "
                          "height=\"%4\"></td></tr></table>")
        .arg(html, QString::number(qRound(size.width())), logoUrl.toString(),
             QString::number(qRound(size.height())));
}

QString ProgrammeWriter::fallbackNotes() const
{
    QString rows;
    for (const QString& missing : m_fallbackLanguages) {
        const QString note = pairedLabel([&](const DocumentLanguage& language) {
            return ProgrammeDocument::fallbackNote(language, missing, m_contentLanguage);
        });
        rows += QStringLiteral("<tr><td bgcolor=\"#fff4d6\" style=\"font-size:9pt\">%1</td></tr>")
                    .arg(note.toHtmlEscaped());
    }
    if (rows.isEmpty()) {
        return {};
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                          "style=\"margin-top:%1\">%2</table>")
        .arg(mm(3), rows);
}

Result<QString> ProgrammeWriter::day(const Visit& visit, const QDate& date, const QList<AgendaRow>& rows)
{
    const qint64 number = visit.firstDay.daysTo(date) + 1;
    const bool withinVisit = date >= visit.firstDay && date <= visit.lastDay;
    QStringList headings;
    for (const DocumentLanguage& language : m_languages) {
        const QString day = language.longDay(date);
        headings << (withinVisit ? language.label(context, dayLabel).arg(number) + QLatin1Char(' ') + emDash +
                                       QLatin1Char(' ') + day
                                 : day);
    }
    // Blocks only, no tables: Qt breaks pages between the lines of blocks, while a table cell's
    // lines would be cut in two at a page break.
    QString html = QStringLiteral("<p style=\"font-size:12pt; font-weight:bold; background-color:#e6ebf1; "
                                  "margin-top:%1; margin-bottom:%2; %3\">%4")
                       .arg(mm(6), mm(1), keep, headings.constFirst().toHtmlEscaped());
    if (headings.size() > 1) {
        html += QStringLiteral("<br><span style=\"font-size:10pt; font-weight:normal; %1\">%2</span>")
                    .arg(lighter, headings.at(1).toHtmlEscaped());
    }
    html += QStringLiteral("</p>");
    if (rows.isEmpty()) {
        return html +
               QStringLiteral("<p style=\"%1\">%2</p>").arg(quiet, label(emptyDayLabel).toHtmlEscaped());
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0) {
            html += QStringLiteral("<hr>");
        }
        const auto item = session(rows.at(i).session);
        if (!item) {
            return item.error();
        }
        html += *item;
    }
    return html;
}

Result<QString> ProgrammeWriter::session(const AgendaSession& session)
{
    const QString time = clock(session.startsAt.time()) + enDash + clock(session.endsAt.time());
    const QStringList titles = texts(session.title);
    // The time hangs in the left column, the title after a tab stop where the column ends.
    QString html =
        QStringLiteral("<p style=\"%1 text-indent:-%2; white-space:pre-wrap; margin-top:%3; %4\">"
                       "<b>%5</b>&#9;<span style=\"font-size:10.5pt; font-weight:bold\">%6</span></p>")
            .arg(indented, mm(timeColumn), mm(1.5), keep, time.toHtmlEscaped(), escaped(titles.value(0)));
    if (!titles.value(1).isEmpty()) {
        html += QStringLiteral("<p style=\"%1 %2 %3\">%4</p>")
                    .arg(indented, lighter, keep, escaped(titles.value(1)));
    }
    const QStringList descriptions = texts(session.description);
    if (!descriptions.value(0).isEmpty()) {
        html += QStringLiteral("<p style=\"%1 margin-top:%2; %3\">%4</p>")
                    .arg(indented, mm(1), descriptions.value(1).isEmpty() ? QString() : keep,
                         escaped(descriptions.value(0)));
    }
    if (!descriptions.value(1).isEmpty()) {
        html += QStringLiteral("<p style=\"%1 %2\">%3</p>")
                    .arg(indented, lighter, escaped(descriptions.value(1)));
    }
    if (session.endsAt.date() != session.startsAt.date()) {
        html += detail(pairedLabel([&](const DocumentLanguage& language) {
                           return language.label(context, endsLabel)
                               .arg(language.longDay(session.endsAt.date()) + QLatin1Char(' ') +
                                    clock(session.endsAt.time()));
                       }),
                       {}, {}, true);
    }

    QStringList venueNames;
    QString address = session.address;
    QString city = session.city;
    if (session.venueInstitutionId != 0) {
        const auto venue = institution(session.venueInstitutionId);
        if (!venue) {
            return venue.error();
        }
        venueNames = texts(venue->name);
        if (address.trimmed().isEmpty()) {
            address = venue->address;
        }
        if (city.trimmed().isEmpty()) {
            city = venue->city;
        }
    }
    // An address often ends with its city already: "ul. Józefińska 14, 30-529 Kraków".
    if (!city.trimmed().isEmpty() && address.contains(city.trimmed(), Qt::CaseInsensitive)) {
        city.clear();
    }
    html += detail(label(venueLabel),
                   HtmlBuilder::joinNonEmpty({venueNames.value(0), session.room, address, city}),
                   venueNames.value(1));

    QStringList presenters;
    QStringList moderators;
    QStringList interpreters;
    for (const SessionPerson& person : session.people) {
        const auto name = personName(person.personId);
        if (!name) {
            return name.error();
        }
        switch (person.role) {
        case SessionRole::Presenter:
            presenters << *name;
            break;
        case SessionRole::Moderator:
            moderators << *name;
            break;
        case SessionRole::Interpreter:
            interpreters << *name;
            break;
        }
    }
    html += detail(label(presentersLabel), presenters.join(QStringLiteral(", ")));
    html += detail(label(moderatorLabel), moderators.join(QStringLiteral(", ")));
    QString interpretation = session.interpretation.trimmed();
    if (!interpreters.isEmpty()) {
        const QString names = interpreters.join(QStringLiteral(", "));
        interpretation =
            interpretation.isEmpty() ? names : QStringLiteral("%1 (%2)").arg(interpretation, names);
    }
    html += detail(label(interpretationLabel), interpretation);
    return html;
}

QString ProgrammeWriter::detail(const QString& label, const QString& value, const QString& secondValue,
                                bool labelOnly) const
{
    if (value.trimmed().isEmpty() && !labelOnly) {
        return {};
    }
    return labelled(indented + QStringLiteral(" font-size:9pt;"), label, value, secondValue);
}

} // namespace

ProgrammeDocument::ProgrammeDocument(const QStringList& languages, const QString& fontFamily)
    : m_languages(languages), m_pages(m_document)
{
    QFont font(fontFamily);
    font.setPointSizeF(10);
    // Any letter spacing (of at least Qt's 1/64 unit) stops Qt from joining "fi" into one ligature
    // glyph, which PDF readers and pdftotext give back as "ﬁ": text copied from the PDF must read as
    // typed.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    // Glyphs are placed as designed, not fitted to the layout's pixels, which are coarser than print.
    font.setHintingPreference(QFont::PreferNoHinting);
    m_document.setDefaultFont(font);
    // Paragraphs are spaced where the programme needs it, not by the HTML default of a blank line.
    m_document.setDefaultStyleSheet(QStringLiteral("p { margin-top: 0; margin-bottom: 0; }"));
}

ProgrammeDocument::~ProgrammeDocument() = default;

Result<std::unique_ptr<ProgrammeDocument>>
ProgrammeDocument::build(Database& database, Id visitId, const QStringList& languages, const QDate& printedOn)
{
    if (languages.isEmpty() || languages.size() > maximumLanguages) {
        return Error(Error::Kind::Validation,
                     tr("A programme is printed in one language or in two, e.g. uk or pl,uk."));
    }
    for (const QString& code : languages) {
        if (!Codes::isLanguageCode(code)) {
            //: %1 is what was given as a language
            return Error(Error::Kind::Validation,
                         tr("\"%1\" is not a language code such as pl, uk or en.").arg(code));
        }
    }
    if (languages.size() == 2 && languages.constFirst() == languages.constLast()) {
        //: %1 is a language code such as uk
        return Error(Error::Kind::Validation,
                     tr("A programme in two languages needs two different ones, not %1 twice.")
                         .arg(languages.constFirst()));
    }
    const auto family = DocumentFonts::family();
    if (!family) {
        return family.error();
    }
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    const auto contentLanguage = SettingsRepository(database).contentLanguage();
    if (!contentLanguage) {
        return contentLanguage.error();
    }

    std::vector<DocumentLanguage> documentLanguages;
    for (const QString& code : languages) {
        documentLanguages.emplace_back(code);
    }
    std::unique_ptr<ProgrammeDocument> document(new ProgrammeDocument(languages, *family));
    ProgrammeWriter writer(database, documentLanguages, *contentLanguage);
    const Status written = writer.write(*visit, document->m_document);
    if (!written) {
        return written.error();
    }
    document->m_fallbackLanguages = writer.fallbackLanguages();
    document->m_title = visit->title.in(languages.constFirst());

    QStringList printed;
    QStringList pageTemplates;
    for (const DocumentLanguage& language : documentLanguages) {
        printed << language.label(context, printedLabel).arg(formatDay(printedOn, language.locale()));
        pageTemplates << language.label(context, pageLabel);
    }
    document->m_pages.setFooter(printed.join(QStringLiteral(" / ")),
                                [pageTemplates](int page, int pageCount) {
                                    QStringList labels;
                                    for (const QString& pageTemplate : pageTemplates) {
                                        labels << pageTemplate.arg(page).arg(pageCount);
                                    }
                                    labels.removeDuplicates();
                                    return labels.join(QStringLiteral(" / "));
                                });
    return document;
}

QString ProgrammeDocument::fallbackNote(const DocumentLanguage& language, const QString& missingLanguage,
                                        const QString& contentLanguage)
{
    return language.label(context, fallbackLabel)
        .arg(language.languageName(contentLanguage), language.languageName(missingLanguage));
}
