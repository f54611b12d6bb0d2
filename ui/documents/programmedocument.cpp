// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/programmedocument.h"

#include "core/languages/interpretationtext.h"
#include "core/storage/programmerepository.h"
#include "ui/documents/documentwriter.h"
#include "ui/documents/htmlbuilder.h"

#include <QMap>
#include <QTextDocument>

#include <optional>

namespace {

// The fixed labels of the programme, translated in the document's language (never with tr(), which
// follows the interface). lupdate collects them from these macros.
const char* const context = "ProgrammeDocument";
//: above the visit's title
const char* const programmeLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Programme");
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
//: how a session is interpreted, e.g. "Interpretation: Polish → Ukrainian, consecutive (Olena Kravets)"
const char* const interpretationLabel = QT_TRANSLATE_NOOP("ProgrammeDocument", "Interpretation:");

const QString enDash = QStringLiteral("\u2013");

/// The width of the time column; everything of a session but its time is indented by it.
constexpr qreal timeColumn = 27;
const QString indented = QStringLiteral("margin-left:%1;").arg(DocumentWriter::mm(timeColumn));

QString clock(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

/// Writes the programme's HTML from what the repositories hold.
class ProgrammeWriter final : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;

    Result<QString> write(QTextDocument& document);

private:
    using DocumentWriter::label;
    QString label(const char* source, int n = -1) const { return DocumentWriter::label(context, source, n); }
    Result<QString> personName(Id id);

    Result<QString> day(const QDate& date, const QList<ProgrammeRow>& rows);
    Result<QString> session(const Session& session);
    /// A label and a value in small print under a session's title, the value in the second language
    /// below; left out when the value is empty, unless `labelOnly`.
    QString detail(const QString& label, const QString& value, const QString& secondValue = {},
                   bool labelOnly = false) const;
};

Result<QString> ProgrammeWriter::personName(Id id)
{
    const auto found = person(id);
    if (!found) {
        return found.error();
    }
    return DocumentWriter::personName(*found);
}

Result<QString> ProgrammeWriter::write(QTextDocument& document)
{
    const auto rows = ProgrammeRepository(database()).listForVisit(visit().id);
    if (!rows) {
        return rows.error();
    }
    // Every day of the visit, and any day a session lies on outside them.
    QMap<QDate, QList<ProgrammeRow>> days;
    for (QDate date = visit().firstDay; date.isValid() && date <= visit().lastDay; date = date.addDays(1)) {
        days.insert(date, {});
    }
    for (const ProgrammeRow& row : *rows) {
        days[row.session.startsAt.date()].append(row);
    }
    QString body;
    for (auto it = days.cbegin(); it != days.cend() && !rows->isEmpty(); ++it) {
        const auto section = day(it.key(), it.value());
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
    const auto top = header(document, label(programmeLabel));
    if (!top) {
        return top.error();
    }
    return QStringLiteral("<html><body>") + *top + fallbackNotes() + body + QStringLiteral("</body></html>");
}

Result<QString> ProgrammeWriter::day(const QDate& date, const QList<ProgrammeRow>& rows)
{
    // Blocks only, no tables: a session's description may run over a page break.
    QString html = dayHeading(date, 6);
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

Result<QString> ProgrammeWriter::session(const Session& session)
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
    std::optional<Institution> venue;
    if (session.venueInstitutionId != 0) {
        auto found = institution(session.venueInstitutionId);
        if (!found) {
            return found.error();
        }
        venue = std::move(found).value();
        venueNames = texts(venue->name);
    }
    const SessionPlace place = SessionPlace::of(session, venue ? &*venue : nullptr);
    html += detail(label(venueLabel), place.describe(venueNames.value(0)), venueNames.value(1));

    const auto credits = SessionCredits::of(session, [this](Id id) { return personName(id); });
    if (!credits) {
        return credits.error();
    }
    html += detail(label(presentersLabel), credits->presenters.join(QStringLiteral(", ")));
    html += detail(label(moderatorLabel), credits->moderators.join(QStringLiteral(", ")));
    QStringList interpretation;
    for (const DocumentLanguage& language : languages()) {
        interpretation << InterpretationText::describe(session, credits->interpreters, language);
    }
    html += detail(label(interpretationLabel), interpretation.value(0),
                   interpretation.value(1) == interpretation.value(0) ? QString() : interpretation.value(1));
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

ProgrammeDocument::ProgrammeDocument(const DocumentBasis& basis) : RichTextDocument(basis) {}

ProgrammeDocument::~ProgrammeDocument() = default;

Result<std::unique_ptr<ProgrammeDocument>>
ProgrammeDocument::build(Database& database, Id visitId, const QStringList& languages, const QDate& printedOn)
{
    return RichTextDocument::build<ProgrammeDocument, ProgrammeWriter>(database, visitId, languages,
                                                                       printedOn, context, programmeLabel);
}
