// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/attendancesheetdocument.h"

#include "ui/documents/documentwriter.h"

namespace {

// The fixed labels of the attendance sheet, in the document's language (never with tr(), which
// follows the interface).
const char* const context = "AttendanceSheetDocument";
//: above the visit's title; the sheet participants sign each day
const char* const sheetLabel = QT_TRANSLATE_NOOP("AttendanceSheetDocument", "Attendance list");
//: a day without participants present
const char* const nobodyLabel =
    QT_TRANSLATE_NOOP("AttendanceSheetDocument", "No participants are there this day.");
//: a column of the attendance list: the number of a row
const char* const numberColumn = QT_TRANSLATE_NOOP("AttendanceSheetDocument", "No.");
//: a column of the attendance list
const char* const nameColumn = QT_TRANSLATE_NOOP("AttendanceSheetDocument", "Name");
//: a column of the attendance list
const char* const institutionColumn = QT_TRANSLATE_NOOP("AttendanceSheetDocument", "Institution");
//: a column of the attendance list where each participant signs
const char* const signatureColumn = QT_TRANSLATE_NOOP("AttendanceSheetDocument", "Signature");

class AttendanceSheetWriter final : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;

    Result<QString> write(QTextDocument& document);

private:
    using DocumentWriter::label;
    QString label(const char* source, int n = -1) const { return DocumentWriter::label(context, source, n); }
    Result<QString> day(const QDate& date, const QList<ParticipantRow>& participants);
};

Result<QString> AttendanceSheetWriter::write(QTextDocument& document)
{
    const auto all = participants();
    if (!all) {
        return all.error();
    }
    // The header goes on every sheet: each is signed and filed on its own.
    QString html = QStringLiteral("<html><body>");
    QString sheets;
    for (QDate date = visit().firstDay; date.isValid() && date <= visit().lastDay; date = date.addDays(1)) {
        const auto sheet = day(date, *all);
        if (!sheet) {
            return sheet.error();
        }
        sheets += *sheet;
    }
    const auto top = header(document, label(sheetLabel));
    if (!top) {
        return top.error();
    }
    // Each day's sheet is the header, the notes and the day; the placeholders are where each sheet's
    // header goes once the notes are known, on a new page from the second day on.
    const QString pageTop = *top + fallbackNotes();
    QString newPageTop = pageTop;
    const QString paragraph = QStringLiteral("<p style=\"");
    const QString breakBefore = QStringLiteral("page-break-before:always; ");
    if (newPageTop.startsWith(paragraph)) {
        newPageTop.insert(paragraph.size(), breakBefore);
    } else { // the header's table, with the project's logo
        newPageTop.insert(int(qstrlen("<table ")), QStringLiteral("style=\"%1\" ").arg(breakBefore));
    }
    sheets.replace(QStringLiteral("<!--header-->"), pageTop);
    sheets.replace(QStringLiteral("<!--header-on-new-page-->"), newPageTop);
    return html + sheets + QStringLiteral("</body></html>");
}

Result<QString> AttendanceSheetWriter::day(const QDate& date, const QList<ParticipantRow>& participants)
{
    const bool first = date == visit().firstDay;
    QString html = first ? QStringLiteral("<!--header-->") : QStringLiteral("<!--header-on-new-page-->");
    html += dayHeading(date, 5);

    QList<QStringList> rows;
    for (const ParticipantRow& row : participants) {
        if (!AttendanceSheetDocument::isPresent(row.participant.arrival, row.participant.departure, date)) {
            continue;
        }
        const auto found = person(row.participant.personId);
        if (!found) {
            return found.error();
        }
        const auto institutionName = this->institutionName(*found);
        if (!institutionName) {
            return institutionName.error();
        }
        rows << QStringList{QString::number(rows.size() + 1), nameCell(*found), escaped(*institutionName),
                            QString()};
    }
    if (rows.isEmpty()) {
        return html + QStringLiteral("<p style=\"%1\">%2</p>").arg(quiet, label(nobodyLabel).toHtmlEscaped());
    }
    // Rows tall enough to sign in.
    return html + table({columnLabel(context, numberColumn), columnLabel(context, nameColumn),
                         columnLabel(context, institutionColumn), columnLabel(context, signatureColumn)},
                        {7, 32, 33, 28}, rows, QStringLiteral("%1 %2").arg(mm(2.2), mm(1.2)));
}

} // namespace

AttendanceSheetDocument::AttendanceSheetDocument(const DocumentBasis& basis) : RichTextDocument(basis) {}

AttendanceSheetDocument::~AttendanceSheetDocument() = default;

bool AttendanceSheetDocument::isPresent(const QDateTime& arrival, const QDateTime& departure,
                                        const QDate& day)
{
    return (!arrival.isValid() || arrival.date() <= day) && (!departure.isValid() || departure.date() >= day);
}

Result<std::unique_ptr<AttendanceSheetDocument>> AttendanceSheetDocument::build(Database& database,
                                                                                Id visitId,
                                                                                const QStringList& languages,
                                                                                const QDate& printedOn)
{
    return RichTextDocument::build<AttendanceSheetDocument, AttendanceSheetWriter>(
        database, visitId, languages, printedOn, context, sheetLabel);
}
