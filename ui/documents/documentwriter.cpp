// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/documentwriter.h"

#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "ui/documents/pageddocument.h"
#include "ui/documents/textpages.h"

#include <QCollator>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace {

// The labels every visit document shares, in the document's languages (never with tr(), which
// follows the interface). lupdate collects them from these macros.
const char* const context = "VisitDocument";
//: the length of a visit, after its days: "19–25 May 2026 (7 days)"
const char* const daysLabel = QT_TRANSLATE_N_NOOP("VisitDocument", "%n day(s)");
//: a day of the visit, counted from 1: "Day 2 — Wednesday, 20 May 2026"
const char* const dayLabel = QT_TRANSLATE_NOOP("VisitDocument", "Day %1");
//: the institution hosting the visit
const char* const hostLabel = QT_TRANSLATE_NOOP("VisitDocument", "Host:");
//: the project that pays for the visit
const char* const fundingLabel = QT_TRANSLATE_NOOP("VisitDocument", "Funded by:");
//: %1 and %2 are language names (see DocumentLanguage): the text in %2 is missing, %1 is used instead
const char* const fallbackLabel =
    QT_TRANSLATE_NOOP("VisitDocument", "Some items are given in %1: no %2 text was entered.");

const QUrl logoUrl(QStringLiteral("wizyta:funding-logo"));

} // namespace

const QString DocumentWriter::keep = QStringLiteral("-qt-user-state:1;");
const QString DocumentWriter::lighter = QStringLiteral("font-style:italic; color:#4a5563;");
const QString DocumentWriter::quiet = QStringLiteral("color:#5f6b7a;");

DocumentWriter::DocumentWriter(Database& database, const DocumentBasis& basis)
    : m_database(database), m_basis(basis)
{}

DocumentWriter::~DocumentWriter() = default;

QString DocumentWriter::mm(qreal millimetres)
{
    return QStringLiteral("%1px").arg(qRound(millimetres / 25.4 * PagedDocument::layoutDpi));
}

QString DocumentWriter::escaped(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void DocumentWriter::setUpDocument(QTextDocument& document, const QString& fontFamily)
{
    QFont font(fontFamily);
    font.setPointSizeF(10);
    // Any letter spacing (of at least Qt's 1/64 unit) stops Qt from joining "fi" into one ligature
    // glyph, which PDF readers and pdftotext give back as "ﬁ": text copied from the PDF must read as
    // typed.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    // Glyphs are placed as designed, not fitted to the layout's pixels, which are coarser than print.
    font.setHintingPreference(QFont::PreferNoHinting);
    document.setDefaultFont(font);
    // Paragraphs are spaced where a document needs it, not by the HTML default of a blank line.
    document.setDefaultStyleSheet(QStringLiteral("p { margin-top: 0; margin-bottom: 0; }"));
}

void DocumentWriter::finishParagraphs(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.textIndent() < 0) {
            format.setTabPositions({QTextOption::Tab(format.leftMargin(), QTextOption::LeftTab)});
        }
        // HTML has no such property: the block's user state carries it from the `keep` style.
        if (block.userState() == 1) {
            format.setProperty(TextPages::KeepWithNext, true);
        }
        QTextCursor(block).setBlockFormat(format);
    }
}

QString DocumentWriter::fallbackNote(const DocumentLanguage& language, const QString& missingLanguage,
                                     const QString& contentLanguage)
{
    return language.label(context, fallbackLabel)
        .arg(language.languageName(contentLanguage), language.languageName(missingLanguage));
}

QString DocumentWriter::textIn(const LocalizedText& text, int index)
{
    const QString& code = languages().at(index).code();
    if (code == m_basis.contentLanguage) {
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

QStringList DocumentWriter::texts(const LocalizedText& text)
{
    QStringList result;
    for (int i = 0; i < int(languages().size()); ++i) {
        const QString inLanguage = textIn(text, i);
        // Given in the content language for both, the text is printed once.
        result << (i > 0 && inLanguage == result.constFirst() ? QString() : inLanguage);
    }
    return result;
}

QString DocumentWriter::label(const char* labelContext, const char* source, int n) const
{
    return pairedLabel(
        [&](const DocumentLanguage& language) { return language.label(labelContext, source, n); });
}

QString DocumentWriter::label(const EnumName& name) const
{
    return pairedLabel([&](const DocumentLanguage& language) { return language.label(name); });
}

QStringList DocumentWriter::distinctLabels(const std::function<QString(const DocumentLanguage&)>& make) const
{
    QStringList labels;
    for (const DocumentLanguage& language : languages()) {
        const QString text = make(language);
        if (!labels.contains(text)) {
            labels << text;
        }
    }
    return labels;
}

QString DocumentWriter::pairedLabel(const std::function<QString(const DocumentLanguage&)>& make) const
{
    QStringList labels = distinctLabels(make);
    // "Gospodarz / Приймаюча сторона:", not a colon after each.
    const bool colons = std::all_of(labels.cbegin(), labels.cend(),
                                    [](const QString& text) { return text.endsWith(QLatin1Char(':')); });
    for (qsizetype i = 0; colons && i + 1 < labels.size(); ++i) {
        labels[i].chop(1);
    }
    return labels.join(QStringLiteral(" / "));
}

QString DocumentWriter::labelled(const QString& style, const QString& label, const QString& value,
                                 const QString& secondValue)
{
    const bool paired = !secondValue.trimmed().isEmpty();
    QString html = QStringLiteral("<p style=\"%1 %2\"><span style=\"%3\">%4</span> %5</p>")
                       .arg(style, paired ? keep : QString(), quiet, label.toHtmlEscaped(), escaped(value));
    if (paired) {
        html += QStringLiteral("<p style=\"%1 %2\">%3</p>").arg(style, lighter, escaped(secondValue));
    }
    return html;
}

Result<Institution> DocumentWriter::institution(Id id)
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

Result<Person> DocumentWriter::person(Id id)
{
    const auto cached = m_people.constFind(id);
    if (cached != m_people.cend()) {
        return *cached;
    }
    auto read = PersonRepository(m_database).get(id);
    if (read) {
        m_people.insert(id, *read);
    }
    return read;
}

Result<QString> DocumentWriter::institutionName(const Person& person)
{
    if (person.institutionId == 0) {
        return QString();
    }
    const auto place = institution(person.institutionId);
    if (!place) {
        return place.error();
    }
    return texts(place->name).value(0);
}

QString DocumentWriter::personName(const Person& person) const
{
    return languages().front().isCyrillic() ? person.displayName() : person.latinDisplayName();
}

QString DocumentWriter::otherScriptName(const Person& person) const
{
    const QString other = languages().front().isCyrillic() ? person.latinDisplayName() : person.displayName();
    return other == personName(person) ? QString() : other;
}

QString DocumentWriter::nameCell(const Person& person) const
{
    const QString other = otherScriptName(person);
    QString html = QStringLiteral("<b>%1</b>").arg(escaped(personName(person)));
    if (!other.isEmpty()) {
        html += QStringLiteral("<br><span style=\"%1\">%2</span>").arg(quiet, escaped(other));
    }
    return html;
}

Result<QList<ParticipantRow>> DocumentWriter::participants()
{
    auto rows = ParticipantRepository(m_database).listForVisit(visit().id);
    if (!rows) {
        return rows.error();
    }
    // By the family name as printed: "Boichuk" among the B's of a Polish list, "Бойчук" in a Ukrainian one.
    struct Keyed
    {
        QString family;
        QString name;
        ParticipantRow row;
    };
    QList<Keyed> keyed;
    QList<ParticipantRow> read = std::move(rows).value();
    for (ParticipantRow& row : read) {
        const auto found = person(row.participant.personId);
        if (!found) {
            return found.error();
        }
        const bool native = languages().front().isCyrillic() || found->latinFamilyName.trimmed().isEmpty();
        keyed.append(
            {native ? found->familyName : found->latinFamilyName, personName(*found), std::move(row)});
    }
    QCollator collator(languages().front().locale());
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
        const int byFamily = collator.compare(a.family, b.family);
        return byFamily != 0 ? byFamily < 0 : collator.compare(a.name, b.name) < 0;
    });
    QList<ParticipantRow> sorted;
    sorted.reserve(keyed.size());
    for (Keyed& entry : keyed) {
        sorted.append(std::move(entry.row));
    }
    return sorted;
}

QString DocumentWriter::table(const QStringList& columns, const QList<int>& widths,
                              const QList<QStringList>& rows, const QString& cellPadding)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:#9aa5b1; font-size:9pt\">"
                                  "<thead><tr>");
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int width = widths.value(i);
        html += QStringLiteral(
                    "<th align=\"left\" bgcolor=\"#e6ebf1\"%1 style=\"padding:%2; font-size:8.5pt\">%3</th>")
                    .arg(width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString(), mm(1.2),
                         escaped(columns.at(i)));
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            html += QStringLiteral("<td valign=\"top\" style=\"padding:%1\">%2</td>").arg(cellPadding, cell);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

Result<QString> DocumentWriter::header(QTextDocument& document, const QString& documentName)
{
    const Visit& visit = m_basis.visit;
    std::optional<FundingProject> project;
    QImage logo;
    if (visit.fundingProjectId != 0) {
        auto read = FundingProjectRepository(m_database).get(visit.fundingProjectId);
        if (!read) {
            return read.error();
        }
        project = std::move(read).value();
        logo = QImage::fromData(project->logo);
        if (!logo.isNull()) {
            document.addResource(QTextDocument::ImageResource, logoUrl, logo);
        }
    }

    QString html =
        QStringLiteral("<p style=\"font-size:9pt; %1\">%2</p>").arg(quiet, documentName.toHtmlEscaped());
    const QStringList titles = texts(visit.title);
    html += QStringLiteral("<p style=\"font-size:17pt; font-weight:bold; margin-top:%1\">%2</p>")
                .arg(mm(1), escaped(titles.value(0)));
    if (!titles.value(1).isEmpty()) {
        html +=
            QStringLiteral("<p style=\"font-size:13pt; %1\">%2</p>").arg(lighter, escaped(titles.value(1)));
    }
    const int dayCount = int(visit.firstDay.daysTo(visit.lastDay)) + 1;
    for (int i = 0; i < int(languages().size()); ++i) {
        const DocumentLanguage& language = languages().at(i);
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
            facts += labelled(QString(), label(context, hostLabel), names.value(0), names.value(1));
        }
    }
    if (project) {
        facts += labelled(QString(), label(context, fundingLabel), project->name);
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

QString DocumentWriter::dayHeading(const QDate& date, qreal marginTop) const
{
    const Visit& visit = m_basis.visit;
    const qint64 number = visit.firstDay.daysTo(date) + 1;
    const bool withinVisit = date >= visit.firstDay && date <= visit.lastDay;
    QStringList headings;
    for (const DocumentLanguage& language : languages()) {
        const QString day = language.longDay(date);
        headings << (withinVisit
                         ? language.label(context, dayLabel).arg(number) + QStringLiteral(" \u2014 ") + day
                         : day);
    }
    QString html = QStringLiteral("<p style=\"font-size:12pt; font-weight:bold; background-color:#e6ebf1; "
                                  "margin-top:%1; margin-bottom:%2; %3\">%4")
                       .arg(mm(marginTop), mm(1.5), keep, headings.constFirst().toHtmlEscaped());
    if (headings.size() > 1 && headings.at(1) != headings.constFirst()) {
        html += QStringLiteral("<br><span style=\"font-size:10pt; font-weight:normal; %1\">%2</span>")
                    .arg(lighter, headings.at(1).toHtmlEscaped());
    }
    return html + QStringLiteral("</p>");
}

QString DocumentWriter::columnLabel(const char* labelContext, const char* source) const
{
    return distinctLabels(
               [&](const DocumentLanguage& language) { return language.label(labelContext, source); })
        .join(QLatin1Char('\n'));
}

QString DocumentWriter::columnLabel(const EnumName& name) const
{
    return distinctLabels([&](const DocumentLanguage& language) { return language.label(name); })
        .join(QLatin1Char('\n'));
}

QString DocumentWriter::fallbackNotes() const
{
    QString rows;
    for (const QString& missing : m_fallbackLanguages) {
        const QString note = pairedLabel([&](const DocumentLanguage& language) {
            return fallbackNote(language, missing, m_basis.contentLanguage);
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
