// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/participantlistdocument.h"

#include "ui/documents/documentwriter.h"

#include <QCollator>
#include <QMap>

#include <algorithm>

namespace {

// The fixed labels of the participant list, in the document's language (never with tr(), which
// follows the interface).
const char* const context = "ParticipantListDocument";
//: above the visit's title
const char* const listLabel = QT_TRANSLATE_NOOP("ParticipantListDocument", "Participant list");
//: under the visit's header: how many take part
const char* const countLabel = QT_TRANSLATE_N_NOOP("ParticipantListDocument", "%n participant(s)");
//: a list without participants
const char* const emptyLabel = QT_TRANSLATE_NOOP("ParticipantListDocument", "No participants entered yet.");
//: a column of the participant list: the number of a row
const char* const numberColumn = QT_TRANSLATE_NOOP("ParticipantListDocument", "No.");
//: a column of the participant list
const char* const nameColumn = QT_TRANSLATE_NOOP("ParticipantListDocument", "Name");
//: a column of the participant list
const char* const institutionColumn = QT_TRANSLATE_NOOP("ParticipantListDocument", "Institution");
//: a column of the participant list: the person's job
const char* const positionColumn = QT_TRANSLATE_NOOP("ParticipantListDocument", "Position");
//: a column of the participant list: a country code such as UA
const char* const countryColumn = QT_TRANSLATE_NOOP("ParticipantListDocument", "Country");
//: a column of the participant list
const char* const emailColumn = QT_TRANSLATE_NOOP("ParticipantListDocument", "E-mail");
//: a column of the participant list
const char* const phoneColumn = QT_TRANSLATE_NOOP("ParticipantListDocument", "Phone");

/// The heading of each role's group, a collective noun: "Delegation members", not "Delegation member".
const char* groupLabel(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::DelegationLeader:
        //: a heading of the participant list, over the delegation's leader or leaders
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Delegation leadership");
    case ParticipantRole::DelegationMember:
        //: a heading of the participant list
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Delegation members");
    case ParticipantRole::Host:
        //: a heading of the participant list, over the people of the hosting institution
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Hosts");
    case ParticipantRole::Presenter:
        //: a heading of the participant list
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Presenters");
    case ParticipantRole::Moderator:
        //: a heading of the participant list
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Moderators");
    case ParticipantRole::Interpreter:
        //: a heading of the participant list
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Interpreters");
    case ParticipantRole::GuideOrDriver:
        //: a heading of the participant list
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Guides and drivers");
    case ParticipantRole::Organiser:
        //: a heading of the participant list
        return QT_TRANSLATE_NOOP("ParticipantListDocument", "Organisers");
    }
    return "";
}

class ParticipantListWriter final : public DocumentWriter
{
public:
    ParticipantListWriter(Database& database, const DocumentBasis& basis, bool contacts)
        : DocumentWriter(database, basis), m_contacts(contacts)
    {}

    Result<QString> write(QTextDocument& document);

private:
    using DocumentWriter::label;
    QString label(const char* source, int n = -1) const { return DocumentWriter::label(context, source, n); }
    /// One role's table.
    Result<QString> group(ParticipantRole role, const QList<ParticipantRow>& rows);

    bool m_contacts;
};

Result<QString> ParticipantListWriter::write(QTextDocument& document)
{
    const auto all = participants();
    if (!all) {
        return all.error();
    }
    QMap<ParticipantRole, QList<ParticipantRow>> byRole;
    for (const ParticipantRow& row : *all) {
        byRole[row.participant.role].append(row);
    }
    QString body =
        QStringLiteral("<p style=\"margin-top:%1; %2\">%3</p>")
            .arg(mm(4), quiet,
                 (all->isEmpty() ? label(emptyLabel) : label(countLabel, int(all->size()))).toHtmlEscaped());
    for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
        const auto section = group(it.key(), it.value());
        if (!section) {
            return section.error();
        }
        body += *section;
    }
    const auto top = header(document, label(listLabel));
    if (!top) {
        return top.error();
    }
    return QStringLiteral("<html><body>") + *top + fallbackNotes() + body + QStringLiteral("</body></html>");
}

Result<QString> ParticipantListWriter::group(ParticipantRole role, const QList<ParticipantRow>& rows)
{
    struct Line
    {
        QString institution;
        Person person;
    };
    QList<Line> lines;
    for (const ParticipantRow& row : rows) {
        const auto found = person(row.participant.personId);
        if (!found) {
            return found.error();
        }
        const auto institutionName = this->institutionName(*found);
        if (!institutionName) {
            return institutionName.error();
        }
        lines.append({*institutionName, *found});
    }
    // By institution, then by name: rows come sorted by name, and the sort is stable.
    QCollator collator(languages().front().locale());
    std::stable_sort(lines.begin(), lines.end(), [&](const Line& a, const Line& b) {
        return collator.compare(a.institution, b.institution) < 0;
    });

    QStringList columns = {columnLabel(context, numberColumn), columnLabel(context, nameColumn),
                           columnLabel(context, institutionColumn), columnLabel(context, positionColumn),
                           columnLabel(context, countryColumn)};
    QList<int> widths = {7, 27, 33, 23, 10};
    if (m_contacts) {
        columns << columnLabel(context, emailColumn) << columnLabel(context, phoneColumn);
        widths = {6, 20, 24, 15, 8, 16, 11};
    }
    QList<QStringList> cells;
    for (const Line& line : std::as_const(lines)) {
        QStringList row = {QString::number(cells.size() + 1), nameCell(line.person),
                           escaped(line.institution), escaped(line.person.position),
                           escaped(line.person.country)};
        if (m_contacts) {
            row << escaped(line.person.email) << escaped(line.person.phone);
        }
        cells << row;
    }
    const QString heading = QStringLiteral("%1 (%2)").arg(label(groupLabel(role))).arg(rows.size());
    return QStringLiteral(
               "<p style=\"font-size:11pt; font-weight:bold; margin-top:%1; margin-bottom:%2; %3\">"
               "%4</p>")
               .arg(mm(5), mm(1.5), keep, heading.toHtmlEscaped()) +
           table(columns, widths, cells);
}

} // namespace

ParticipantListDocument::ParticipantListDocument(const DocumentBasis& basis) : RichTextDocument(basis) {}

ParticipantListDocument::~ParticipantListDocument() = default;

Result<std::unique_ptr<ParticipantListDocument>>
ParticipantListDocument::build(Database& database, Id visitId, const QStringList& languages, bool contacts,
                               const QDate& printedOn)
{
    return RichTextDocument::build<ParticipantListDocument, ParticipantListWriter>(
        database, visitId, languages, printedOn, context, listLabel, contacts);
}
