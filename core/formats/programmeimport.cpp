// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/programmeimport.h"

#include "core/formats/institutionmatcher.h"
#include "core/model/codes.h"
#include "core/storage/database.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/visitrepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

using ImportCells::normalized;

enum class Column { Ignored, Date, Start, End, Title, Venue, City, Room, Presenters, Description, Kind };

struct Alias
{
    Column column;
    const char16_t* headings; ///< separated by |
};

const Alias aliases[] = {
    {Column::Date, u"date|day|data|dzień|дата|день"},
    {Column::Start, u"start|from|begins|początek|od|godzina rozpoczęcia|початок|з|від"},
    {Column::End, u"end|to|ends|koniec|do|godzina zakończenia|кінець|до"},
    {Column::Title, u"title|session|temat|tytuł|punkt programu|назва|тема"},
    {Column::Venue, u"venue|place|miejsce|instytucja|місце|установа"},
    {Column::City, u"city|town|miasto|місто"},
    {Column::Room, u"room|sala|pokój|зала|кімната|аудиторія"},
    {Column::Presenters,
     u"presenters|presenter|speakers|prowadzący|prelegenci|prowadzenie|доповідачі|доповідач"},
    {Column::Description, u"description|details|opis|опис"},
    {Column::Kind, u"kind|type|rodzaj|тип|вид"},
};

Column columnOf(const QString& heading)
{
    const QString wanted = normalized(heading);
    for (const Alias& alias : aliases) {
        if (QString::fromUtf16(alias.headings).split(u'|').contains(wanted)) {
            return alias.column;
        }
    }
    return Column::Ignored;
}

/// "title_uk" or "description_cs": the field and the language, for per-language columns.
std::optional<std::pair<Column, QString>> translationColumn(const QString& heading)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)[_ ]([a-z]{2})$"));
    const auto match = pattern.match(normalized(heading));
    if (!match.hasMatch() || !Codes::isLanguageCode(match.captured(2))) {
        return std::nullopt;
    }
    const Column column = columnOf(match.captured(1));
    if (column != Column::Title && column != Column::Description) {
        return std::nullopt;
    }
    return std::make_pair(column, match.captured(2));
}

QString nameKey(const QString& given, const QString& family)
{
    return normalized(given + u' ' + family);
}

struct Known
{
    InstitutionMatcher institutions;
    QHash<QString, Id> people; ///< by normalized "given family", native and Latin
    QSet<QString> sessions;    ///< start and normalized title of the sessions in the programme
};

QString sessionKey(const QDateTime& start, const QString& title)
{
    return start.toString(Qt::ISODate) + u'|' + normalized(title);
}

Result<Known> readKnown(Database& database, Id visitId)
{
    Known known;
    const QString what = ProgrammeImport::tr("Reading the programme");
    auto institutions = InstitutionMatcher::read(database, what);
    if (!institutions) {
        return institutions.error();
    }
    known.institutions = std::move(institutions).value();
    SqlQuery people(database, QStringLiteral("SELECT id, given_name, family_name, latin_given_name, "
                                             "latin_family_name FROM person"));
    if (Status done = people.exec(what); !done) {
        return done.error();
    }
    while (people.next()) {
        known.people.insert(nameKey(people.text(1), people.text(2)), people.id(0));
        if (!people.text(4).isEmpty()) {
            known.people.insert(nameKey(people.text(3), people.text(4)), people.id(0));
        }
    }
    const auto rows = ProgrammeRepository(database).listForVisit(visitId);
    if (!rows) {
        return rows.error();
    }
    for (const ProgrammeRow& row : *rows) {
        known.sessions.insert(sessionKey(row.session.startsAt, row.session.title.text));
    }
    return known;
}

/// "Anna Nowak, Jan Kowalski" or "Anna Nowak; Jan Kowalski" as names.
QStringList splitNames(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]+"));
    QStringList names;
    for (const QString& name : text.split(separators, Qt::SkipEmptyParts)) {
        if (!name.simplified().isEmpty()) {
            names << name.simplified();
        }
    }
    return names;
}

} // namespace

int ProgrammeImportPlan::count(ProgrammeImportRow::Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const ProgrammeImportRow& row) { return row.action == action; }));
}

int ProgrammeImportPlan::countWarned() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ProgrammeImportRow& row) {
        return row.action == ProgrammeImportRow::Action::Add && !row.warnings.isEmpty();
    }));
}

const ProgrammeImportRow* ProgrammeImportPlan::firstProblem() const
{
    const auto found = std::find_if(rows.cbegin(), rows.cend(),
                                    [](const ProgrammeImportRow& row) { return !row.problems.isEmpty(); });
    return found == rows.cend() ? nullptr : &*found;
}

Result<ProgrammeImportPlan> ProgrammeImport::plan(Database& database, Id visitId, const CsvTable& table)
{
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    QList<Column> columns;
    QHash<int, std::pair<Column, QString>> translations;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        Column column = columnOf(table.header.at(c));
        if (column == Column::Ignored) {
            if (const auto translated = translationColumn(table.header.at(c))) {
                translations.insert(int(c), *translated);
            }
        }
        columns << (columns.contains(column) ? Column::Ignored : column);
    }
    for (const Column needed : {Column::Date, Column::Start, Column::End, Column::Title}) {
        if (!columns.contains(needed)) {
            return Error(
                Error::Kind::Validation,
                tr("A programme needs the columns date, start, end and title (\"data\", \"początek\", "
                   "\"koniec\", \"tytuł\"; \"дата\", \"початок\", \"кінець\", \"назва\")."));
        }
    }
    const auto known = readKnown(database, visitId);
    if (!known) {
        return known.error();
    }
    const auto headingOf = [&](Column column) { return table.header.value(columns.indexOf(column)); };

    ProgrammeImportPlan plan;
    plan.visitId = visitId;
    InstitutionMatcher venues = known->institutions; // a new venue is added at its first mention
    QSet<QString> planned;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows.at(r);
        ProgrammeImportRow row;
        row.line = table.rowLines.value(r);
        row.session.visitId = visitId;
        const auto problem = [&](Column column, const QString& message) {
            row.problems.append({headingOf(column), message});
        };
        const auto cell = [&](Column column) {
            const auto index = columns.indexOf(column);
            return index >= 0 ? cells.value(index).trimmed() : QString();
        };
        const QDate date = ImportCells::day(cell(Column::Date));
        if (!date.isValid()) {
            //: %1 is what the cell holds
            problem(Column::Date,
                    tr("\"%1\" is not a day such as 2026-05-19 or 19.05.2026.").arg(cell(Column::Date)));
        }
        const QTime start = ImportCells::clock(cell(Column::Start));
        if (!start.isValid()) {
            //: %1 is what the cell holds
            problem(Column::Start,
                    tr("\"%1\" is not a time such as 9:00 or 14:30.").arg(cell(Column::Start)));
        }
        const QTime end = ImportCells::clock(cell(Column::End));
        if (!end.isValid()) {
            problem(Column::End, tr("\"%1\" is not a time such as 9:00 or 14:30.").arg(cell(Column::End)));
        }
        row.session.startsAt = QDateTime(date, start, Qt::UTC);
        // A session ending at or before its start runs past midnight ("22:00–01:00").
        row.session.endsAt = QDateTime(end <= start ? date.addDays(1) : date, end, Qt::UTC);
        row.session.title.text = cell(Column::Title);
        row.session.description.text = cell(Column::Description);
        row.session.room = cell(Column::Room);
        row.session.city = cell(Column::City);
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            const QString value = cells.value(it.key()).trimmed();
            if (value.isEmpty()) {
                continue;
            }
            LocalizedText& text = it->first == Column::Title ? row.session.title : row.session.description;
            text.translations.insert(it->second, value);
        }
        // As in the session editor, a day outside the visit's is a warning, not a reason to refuse the
        // file: the hosts' draft may run a day early, and the coordinator moves the visit's days after.
        if (date.isValid() && (date < visit->firstDay || date > visit->lastDay)) {
            //: %1 is a day, %2 and %3 the visit's first and last day
            row.warnings.append({headingOf(Column::Date),
                                 tr("%1 is not a day of the visit (%2 to %3).")
                                     .arg(date.toString(Qt::ISODate), visit->firstDay.toString(Qt::ISODate),
                                          visit->lastDay.toString(Qt::ISODate))});
        }
        row.venueName = cell(Column::Venue);
        if (!row.venueName.isEmpty()) {
            if (const Id id = venues.find(row.venueName); id != 0) {
                row.session.venueInstitutionId = id;
            } else {
                row.newVenue = venues.isFirstMention(row.venueName);
            }
        }
        row.presenterNames = splitNames(cell(Column::Presenters));
        if (row.problems.isEmpty()) {
            for (const FieldError& error : SessionValidator::validate(row.session)) {
                problem(error.field.endsWith(QLatin1String("title")) ? Column::Title : Column::End,
                        error.message);
            }
        }
        const QString key = sessionKey(row.session.startsAt, row.session.title.text);
        if (!row.problems.isEmpty()) {
            row.action = ProgrammeImportRow::Action::Refused;
        } else if (known->sessions.contains(key) || planned.contains(key)) {
            row.action = ProgrammeImportRow::Action::AlreadyThere;
            row.warnings.clear(); // left as it is: the conflict check has listed it already
        } else {
            planned.insert(key);
        }
        plan.rows << row;
    }
    return plan;
}

Result<ProgrammeImportOutcome> ProgrammeImport::apply(Database& database, const ProgrammeImportPlan& plan)
{
    if (const ProgrammeImportRow* refused = plan.firstProblem()) {
        return Error(Error::Kind::Validation, describe(QString(), *refused));
    }
    const auto known = readKnown(database, plan.visitId);
    if (!known) {
        return known.error();
    }
    ProgrammeImportOutcome outcome;
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(tr("Importing the programme")); !begun) {
        return begun.error();
    }
    InstitutionMatcher venues = known->institutions;
    QHash<QString, Id> people = known->people;
    for (const ProgrammeImportRow& planned : plan.rows) {
        if (planned.action == ProgrammeImportRow::Action::AlreadyThere) {
            ++outcome.unchanged;
            continue;
        }
        Session session = planned.session;
        if (session.venueInstitutionId == 0 && !normalized(planned.venueName).isEmpty()) {
            Institution details;
            details.city = planned.session.city;
            const auto venue = venues.findOrAdd(database, planned.venueName, details, outcome.venuesAdded);
            if (!venue) {
                return venue.error();
            }
            session.venueInstitutionId = *venue;
        }
        for (const QString& name : planned.presenterNames) {
            Id personId = people.value(normalized(name));
            if (personId == 0) {
                Person person;
                const QStringList parts = name.split(u' ');
                person.familyName = parts.constLast();
                person.givenName = parts.mid(0, parts.size() - 1).join(u' ');
                const auto created = PersonRepository(database).create(person);
                if (!created) {
                    return ImportCells::atLine(planned.line, created.error());
                }
                personId = *created;
                people.insert(normalized(name), personId);
                ++outcome.peopleAdded;
            }
            if (std::none_of(session.people.cbegin(), session.people.cend(),
                             [personId](const SessionPerson& p) { return p.personId == personId; })) {
                session.people.append({personId, SessionRole::Presenter});
            }
        }
        const auto created = ProgrammeRepository(database).create(session);
        if (!created) {
            return ImportCells::atLine(planned.line, created.error());
        }
        ++outcome.sessionsAdded;
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return outcome;
}

QString ProgrammeImport::describe(const QString& file, const ProgrammeImportRow& row)
{
    return ImportCells::describe(file, row.line, row.problems);
}

QString ProgrammeImport::describeWarning(const QString& file, const ProgrammeImportRow& row)
{
    return ImportCells::describe(file, row.line, row.warnings);
}
