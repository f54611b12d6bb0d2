// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/cateringsummarydocument.h"

#include "core/storage/programmerepository.h"
#include "ui/documents/documentwriter.h"
#include "ui/documents/htmlbuilder.h"

#include <QMap>

#include <algorithm>

namespace {

// The fixed labels of the catering summary, in the document's language (never with tr(), which
// follows the interface).
const char* const context = "CateringSummaryDocument";
//: above the visit's title: the meals and portions for the caterer
const char* const summaryLabel = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Catering summary");
//: a programme without meals
const char* const noMealsLabel = QT_TRANSLATE_NOOP(
    "CateringSummaryDocument", "The programme has no meals yet: sessions of the kind Meal are counted here.");
//: a column of the catering summary: the meal's time, name and place
const char* const mealColumn = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Meal");
//: a column of the catering summary: how many portions in all
const char* const totalColumn = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Total");
//: a column of the catering summary: portions without a special diet
const char* const standardColumn = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Standard");
//: a heading of the catering summary, over the list of people with a special diet
const char* const specialDietsLabel = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Special diets");
//: under "Special diets" when nobody has one
const char* const noSpecialDietsLabel =
    QT_TRANSLATE_NOOP("CateringSummaryDocument", "No participant has a special diet.");
//: a column of the list of special diets
const char* const nameColumn = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Name");
//: a column of the list of special diets
const char* const dietColumn = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Diet");
//: a column of the list of special diets: e.g. "no nuts"
const char* const noteColumn = QT_TRANSLATE_NOOP("CateringSummaryDocument", "Details");

const QString enDash = QStringLiteral("\u2013");

bool hasSpecialDiet(const ParticipantRow& row)
{
    return row.diet != DietCategory::None || !row.dietNote.trimmed().isEmpty();
}

class CateringSummaryWriter final : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;

    Result<QString> write(QTextDocument& document);

private:
    using DocumentWriter::label;
    QString label(const char* source, int n = -1) const { return DocumentWriter::label(context, source, n); }
    /// The participants eating `meal`.
    QList<const ParticipantRow*> eating(const Session& meal) const;
    Result<QString> day(const QDate& date, const QList<ProgrammeRow>& meals,
                        const QList<DietCategory>& diets);
    Result<QString> specialDiets();

    QList<ParticipantRow> m_participants;
};

QList<const ParticipantRow*> CateringSummaryWriter::eating(const Session& meal) const
{
    QList<const ParticipantRow*> found;
    for (const ParticipantRow& row : m_participants) {
        const bool inAudience =
            meal.wholeDelegation || meal.audienceParticipantIds.contains(row.participant.id);
        if (inAudience && CateringSummaryDocument::isThere(row.participant.arrival, row.participant.departure,
                                                           meal.startsAt, meal.endsAt)) {
            found << &row;
        }
    }
    return found;
}

Result<QString> CateringSummaryWriter::write(QTextDocument& document)
{
    auto all = participants();
    if (!all) {
        return all.error();
    }
    m_participants = std::move(all).value();
    const auto rows = ProgrammeRepository(database()).listForVisit(visit().id);
    if (!rows) {
        return rows.error();
    }
    QMap<QDate, QList<ProgrammeRow>> meals;
    QList<DietCategory> diets; // the columns: the diets of anyone eating any meal
    for (const ProgrammeRow& row : *rows) {
        if (row.session.kind != SessionKind::Meal) {
            continue;
        }
        meals[row.session.startsAt.date()].append(row);
        for (const ParticipantRow* participant : eating(row.session)) {
            if (!diets.contains(participant->diet)) {
                diets << participant->diet;
            }
        }
    }
    std::sort(diets.begin(), diets.end());

    QString body;
    if (meals.isEmpty()) {
        body += QStringLiteral("<p style=\"margin-top:%1; %2\">%3</p>")
                    .arg(mm(5), quiet, label(noMealsLabel).toHtmlEscaped());
    }
    for (auto it = meals.cbegin(); it != meals.cend(); ++it) {
        const auto section = day(it.key(), it.value(), diets);
        if (!section) {
            return section.error();
        }
        body += *section;
    }
    const auto special = specialDiets();
    if (!special) {
        return special.error();
    }
    body += *special;
    const auto top = header(document, label(summaryLabel));
    if (!top) {
        return top.error();
    }
    return QStringLiteral("<html><body>") + *top + fallbackNotes() + body + QStringLiteral("</body></html>");
}

Result<QString> CateringSummaryWriter::day(const QDate& date, const QList<ProgrammeRow>& meals,
                                           const QList<DietCategory>& diets)
{
    QString html = dayHeading(date, 5);

    QStringList columns = {columnLabel(context, mealColumn), columnLabel(context, totalColumn)};
    // The diets share two thirds of the width at most, the meal takes what they leave.
    const int dietWidth = diets.isEmpty() ? 0 : std::min<int>(19, 64 / int(diets.size()));
    QList<int> widths = {91 - dietWidth * int(diets.size()), 9};
    for (const DietCategory diet : diets) {
        columns << (diet == DietCategory::None ? columnLabel(context, standardColumn)
                                               : columnLabel(EnumInfo<DietCategory>::name(diet)));
        widths << dietWidth;
    }
    QList<QStringList> cells;
    for (const ProgrammeRow& row : meals) {
        const Session& meal = row.session;
        const QString time = meal.startsAt.time().toString(QStringLiteral("HH:mm")) + enDash +
                             meal.endsAt.time().toString(QStringLiteral("HH:mm"));
        const QStringList titles = texts(meal.title);
        QString place = meal.address.trimmed();
        if (meal.venueInstitutionId != 0) {
            const auto venue = institution(meal.venueInstitutionId);
            if (!venue) {
                return venue.error();
            }
            place = texts(venue->name).value(0);
        }
        QString mealCell = QStringLiteral("<b>%1</b> %2").arg(time, escaped(titles.value(0)));
        if (!titles.value(1).isEmpty()) {
            mealCell +=
                QStringLiteral("<br><span style=\"%1\">%2</span>").arg(lighter, escaped(titles.value(1)));
        }
        if (!place.isEmpty()) {
            mealCell += QStringLiteral("<br><span style=\"%1\">%2</span>").arg(quiet, escaped(place));
        }
        const QList<const ParticipantRow*> people = eating(meal);
        QStringList line = {mealCell, QStringLiteral("<b>%1</b>").arg(people.size())};
        for (const DietCategory diet : diets) {
            const auto count =
                std::count_if(people.cbegin(), people.cend(),
                              [diet](const ParticipantRow* person) { return person->diet == diet; });
            line << (count == 0 ? QStringLiteral("<span style=\"%1\">0</span>").arg(quiet)
                                : QString::number(count));
        }
        cells << line;
    }
    return html + table(columns, widths, cells);
}

Result<QString> CateringSummaryWriter::specialDiets()
{
    QString html =
        QStringLiteral("<p style=\"font-size:11pt; font-weight:bold; margin-top:%1; margin-bottom:%2; "
                       "%3\">%4</p>")
            .arg(mm(7), mm(1.5), keep, label(specialDietsLabel).toHtmlEscaped());
    QList<QStringList> cells;
    for (const ParticipantRow& row : std::as_const(m_participants)) {
        if (!hasSpecialDiet(row)) {
            continue;
        }
        const auto found = person(row.participant.personId);
        if (!found) {
            return found.error();
        }
        cells << QStringList{nameCell(*found), escaped(columnLabel(EnumInfo<DietCategory>::name(row.diet))),
                             escaped(row.dietNote)};
    }
    if (cells.isEmpty()) {
        return html + QStringLiteral("<p style=\"%1\">%2</p>")
                          .arg(quiet, label(noSpecialDietsLabel).toHtmlEscaped());
    }
    return html + table({columnLabel(context, nameColumn), columnLabel(context, dietColumn),
                         columnLabel(context, noteColumn)},
                        {34, 26, 40}, cells);
}

} // namespace

CateringSummaryDocument::CateringSummaryDocument(const DocumentBasis& basis) : RichTextDocument(basis) {}

CateringSummaryDocument::~CateringSummaryDocument() = default;

bool CateringSummaryDocument::isThere(const QDateTime& arrival, const QDateTime& departure,
                                      const QDateTime& start, const QDateTime& end)
{
    return (!arrival.isValid() || arrival < end) && (!departure.isValid() || departure > start);
}

Result<std::unique_ptr<CateringSummaryDocument>> CateringSummaryDocument::build(Database& database,
                                                                                Id visitId,
                                                                                const QStringList& languages,
                                                                                const QDate& printedOn)
{
    return RichTextDocument::build<CateringSummaryDocument, CateringSummaryWriter>(
        database, visitId, languages, printedOn, context, summaryLabel);
}
