// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/participantimport.h"

#include "core/formats/csvreader.h"
#include "core/formats/importcells.h"
#include "core/formats/institutionmatcher.h"
#include "core/languages/documentlanguage.h"
#include "core/model/codes.h"
#include "core/storage/database.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/visitrepository.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

using ImportCells::normalized;

struct Alias
{
    ParticipantField field;
    const char16_t* headings; ///< separated by |
};

// The headings each field is recognised by, in Polish, Ukrainian and English, as normalized() makes them.
const Alias aliases[] = {
    {ParticipantField::GivenName, u"imię|imie|ім'я|імя|first name|given name|forename|name (given)"},
    {ParticipantField::FamilyName, u"nazwisko|прізвище|last name|family name|surname"},
    {ParticipantField::FullName,
     u"imię i nazwisko|imie i nazwisko|ім'я та прізвище|ім'я і прізвище|піб|name|full name|participant"},
    {ParticipantField::LatinGivenName,
     u"imię (łacinką)|ім'я латиницею|given name (latin)|first name (latin)"},
    {ParticipantField::LatinFamilyName,
     u"nazwisko (łacinką)|прізвище латиницею|family name (latin)|last name (latin)"},
    {ParticipantField::Institution,
     u"instytucja|organizacja|ośrodek|установа|організація|institution|organisation|organization"},
    {ParticipantField::Position, u"stanowisko|funkcja|посада|position|job title|job"},
    {ParticipantField::Country, u"kraj|państwo|країна|country"},
    {ParticipantField::Email, u"e-mail|email|adres e-mail|mail|електронна пошта|ел. пошта|e-mail address"},
    {ParticipantField::Phone, u"telefon|tel.|nr telefonu|телефон|phone|telephone|mobile"},
    {ParticipantField::Role, u"rola|роль|role"},
    {ParticipantField::Arrival, u"przyjazd|przylot|прибуття|приїзд|arrival"},
    {ParticipantField::Departure, u"wyjazd|odlot|від'їзд|виїзд|departure"},
    {ParticipantField::Accommodation, u"zakwaterowanie|hotel|nocleg|проживання|готель|accommodation"},
    {ParticipantField::Diet, u"dieta|харчування|дієта|diet"},
    {ParticipantField::DietNote,
     u"uwagi do diety|alergie|dieta - uwagi|примітки до харчування|алергії|diet note|diet notes|allergies"},
    {ParticipantField::Accessibility,
     u"dostępność|potrzeby|niepełnosprawność|доступність|особливі потреби|accessibility|accessibility needs"},
    {ParticipantField::Notes, u"uwagi|notatki|примітки|notes|comments"},
};

/// Other words spreadsheets use for roles, besides their names in Wizyta's languages.
const std::pair<ParticipantRole, const char16_t*> roleAliases[] = {
    {ParticipantRole::DelegationLeader,
     u"kierownik delegacji|przewodnicząca delegacji|lider|head of delegation|leader"},
    {ParticipantRole::DelegationMember,
     u"uczestnik|uczestniczka|członek|członkini|учасник|учасниця|member|participant"},
    {ParticipantRole::Host, u"gospodarz|gospodyni|host"},
    {ParticipantRole::Interpreter, u"tłumacz|tłumaczka|перекладач|перекладачка"},
    {ParticipantRole::GuideOrDriver, u"przewodnik|kierowca|гід|водій|guide|driver"},
    {ParticipantRole::Organiser,
     u"organizator|organizatorka|koordynator|koordynatorka|організатор|organizer"},
};

std::optional<ParticipantRole> roleAlias(const QString& normalizedText)
{
    for (const auto& [role, words] : roleAliases) {
        if (QString::fromUtf16(words).split(u'|').contains(normalizedText)) {
            return role;
        }
    }
    return std::nullopt;
}

/// The value of an enum a cell names: its key or its name in Polish, Ukrainian or English.
template <typename E>
std::optional<E> parseEnum(const QString& text, const std::vector<DocumentLanguage>& languages)
{
    const QString wanted = normalized(text);
    for (const E value : EnumInfo<E>::all()) {
        if (wanted == normalized(EnumInfo<E>::key(value)) ||
            wanted == normalized(EnumInfo<E>::key(value).replace(u'_', u' '))) {
            return value;
        }
        for (const DocumentLanguage& language : languages) {
            if (wanted == normalized(language.label(EnumInfo<E>::name(value)))) {
                return value;
            }
        }
    }
    return std::nullopt;
}

/// A country code from a cell: "UA", "ua" or an English name ("Ukraine").
QString parseCountry(const QString& text)
{
    const QString value = text.trimmed();
    if (Codes::isCountryCode(value.toUpper())) {
        return value.toUpper();
    }
    const QString wanted = normalized(value);
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        if (normalized(QLocale::territoryToString(territory)) == wanted) {
            const QString code = QLocale::territoryToCode(territory);
            if (Codes::isCountryCode(code)) {
                return code;
            }
        }
    }
    return {};
}

/// People and institutions already in the database, indexed for matching.
struct Known
{
    QHash<QString, Id> people; ///< by personKey()
    InstitutionMatcher institutions;
    QSet<Id> inVisit; ///< people taking part in the visit already
};

QString nameKey(const QString& given, const QString& family)
{
    return normalized(given + u' ' + family);
}

/// How a person is recognised: name and e-mail when there is one, else name and institution.
QString personKey(const QString& name, const QString& email, const QString& institution)
{
    return email.trimmed().isEmpty() ? name + QStringLiteral("|#") + institution
                                     : name + QStringLiteral("|@") + normalized(email);
}

Result<Known> readKnown(Database& database, Id visitId)
{
    Known known;
    const QString what = ParticipantImport::tr("Reading the people");
    auto institutions = InstitutionMatcher::read(database, what);
    if (!institutions) {
        return institutions.error();
    }
    known.institutions = std::move(institutions).value();
    SqlQuery people(database, QStringLiteral("SELECT id, given_name, family_name, latin_given_name, "
                                             "latin_family_name, email, institution_id FROM person"));
    if (Status done = people.exec(what); !done) {
        return done.error();
    }
    while (people.next()) {
        const Id id = people.id(0);
        const QString institution = known.institutions.keyOf(SqlValue::toId(people.value(6)));
        for (const QString& name :
             {nameKey(people.text(1), people.text(2)), nameKey(people.text(3), people.text(4))}) {
            if (!name.isEmpty()) {
                known.people.insert(personKey(name, people.text(5), institution), id);
            }
        }
    }
    SqlQuery participants(database,
                          QStringLiteral("SELECT person_id FROM visit_participant WHERE visit_id = :visit"));
    participants.bind(QStringLiteral(":visit"), visitId);
    if (Status done = participants.exec(what); !done) {
        return done.error();
    }
    while (participants.next()) {
        known.inVisit.insert(participants.id(0));
    }
    return known;
}

/// The heading of the column holding `field`, as the file writes it.
QString headingOf(const ParticipantImportPlan& plan, ParticipantField field)
{
    const auto index = plan.columns.indexOf(field);
    return index >= 0 ? plan.header.value(index) : ParticipantColumns::displayName(field);
}

/// The column a validator's field belongs to.
ParticipantField fieldOf(const QString& validatorField)
{
    static const QHash<QString, ParticipantField> fields = {
        {QStringLiteral("person.givenName"), ParticipantField::GivenName},
        {QStringLiteral("person.familyName"), ParticipantField::FamilyName},
        {QStringLiteral("person.country"), ParticipantField::Country},
        {QStringLiteral("person.email"), ParticipantField::Email},
        {QStringLiteral("person.phone"), ParticipantField::Phone},
        {QStringLiteral("participant.arrival"), ParticipantField::Arrival},
        {QStringLiteral("participant.departure"), ParticipantField::Departure},
    };
    return fields.value(validatorField, ParticipantField::FullName);
}

} // namespace

QList<ParticipantField> ParticipantColumns::all()
{
    QList<ParticipantField> fields;
    for (int f = int(ParticipantField::Ignored); f <= int(ParticipantField::Notes); ++f) {
        fields << static_cast<ParticipantField>(f);
    }
    return fields;
}

QString ParticipantColumns::displayName(ParticipantField field)
{
    return QCoreApplication::translate("ParticipantColumns", source(field));
}

const char* ParticipantColumns::source(ParticipantField field)
{
    switch (field) {
    case ParticipantField::Ignored:
        //: a CSV column that is not imported
        return QT_TRANSLATE_NOOP("ParticipantColumns", "(not imported)");
    case ParticipantField::GivenName:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Given name");
    case ParticipantField::FamilyName:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Family name");
    case ParticipantField::FullName:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Full name");
    case ParticipantField::LatinGivenName:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Given name in Latin script");
    case ParticipantField::LatinFamilyName:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Family name in Latin script");
    case ParticipantField::Institution:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Institution");
    case ParticipantField::Position:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Position");
    case ParticipantField::Country:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Country");
    case ParticipantField::Email:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "E-mail");
    case ParticipantField::Phone:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Phone");
    case ParticipantField::Role:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Role");
    case ParticipantField::Arrival:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Arrival");
    case ParticipantField::Departure:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Departure");
    case ParticipantField::Accommodation:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Accommodation");
    case ParticipantField::Diet:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Diet");
    case ParticipantField::DietNote:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Diet details");
    case ParticipantField::Accessibility:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Accessibility needs");
    case ParticipantField::Notes:
        return QT_TRANSLATE_NOOP("ParticipantColumns", "Notes");
    }
    return "";
}

QString ParticipantColumns::heading(ParticipantField field, const DocumentLanguage& language)
{
    return language.label("ParticipantColumns", source(field));
}

ParticipantField ParticipantColumns::match(const QString& text,
                                           const std::vector<DocumentLanguage>& languages)
{
    const QString wanted = normalized(text);
    if (wanted.isEmpty()) {
        return ParticipantField::Ignored;
    }
    for (const Alias& alias : aliases) {
        const QStringList names = QString::fromUtf16(alias.headings).split(u'|');
        if (names.contains(wanted)) {
            return alias.field;
        }
    }
    // The headings Wizyta itself writes, in any of its languages.
    for (const ParticipantField field : all()) {
        for (const DocumentLanguage& language : languages) {
            if (field != ParticipantField::Ignored && normalized(heading(field, language)) == wanted) {
                return field;
            }
        }
    }
    return ParticipantField::Ignored;
}

QList<ParticipantField> ParticipantColumns::guess(const QStringList& header)
{
    const std::vector<DocumentLanguage> languages = interfaceLanguages();
    QList<ParticipantField> fields;
    for (const QString& heading : header) {
        const ParticipantField field = match(heading, languages);
        fields << (field != ParticipantField::Ignored && fields.contains(field) ? ParticipantField::Ignored
                                                                                : field);
    }
    return fields;
}

std::vector<DocumentLanguage> ParticipantColumns::interfaceLanguages()
{
    std::vector<DocumentLanguage> languages;
    for (const char* code : {"pl", "uk", "en"}) {
        languages.emplace_back(QString::fromLatin1(code));
    }
    return languages;
}

int ParticipantImportPlan::count(ParticipantImportRow::Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const ParticipantImportRow& row) { return row.action == action; }));
}

const ParticipantImportRow* ParticipantImportPlan::firstProblem() const
{
    const auto found = std::find_if(rows.cbegin(), rows.cend(),
                                    [](const ParticipantImportRow& row) { return !row.problems.isEmpty(); });
    return found == rows.cend() ? nullptr : &*found;
}

Result<ParticipantImportPlan> ParticipantImport::plan(Database& database, Id visitId, const CsvTable& table,
                                                      const QList<ParticipantField>& columns)
{
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    const bool named =
        columns.contains(ParticipantField::FullName) || columns.contains(ParticipantField::FamilyName);
    if (!named) {
        return Error(Error::Kind::Validation,
                     tr("No column holds the participants' names: one headed \"Family name\" (\"Nazwisko\", "
                        "\"Прізвище\") or \"Full name\" is needed."));
    }
    const auto known = readKnown(database, visitId);
    if (!known) {
        return known.error();
    }
    const std::vector<DocumentLanguage> languages = ParticipantColumns::interfaceLanguages();

    ParticipantImportPlan plan;
    plan.visitId = visitId;
    plan.header = table.header;
    plan.columns = columns;
    InstitutionMatcher institutions = known->institutions; // a new one is added at its first mention
    QHash<QString, int> plannedPeople; // personKey → row index of a person added by this file
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows.at(r);
        ParticipantImportRow row;
        row.line = table.rowLines.value(r);
        row.participant.visitId = visitId;
        const auto problem = [&](ParticipantField field, const QString& message) {
            row.problems.append({headingOf(plan, field), message});
        };
        for (qsizetype c = 0; c < columns.size() && c < cells.size(); ++c) {
            const QString value = CsvReader::unneutralized(cells.at(c)).trimmed();
            if (value.isEmpty()) {
                continue;
            }
            switch (columns.at(c)) {
            case ParticipantField::Ignored:
                break;
            case ParticipantField::GivenName:
                row.person.givenName = value;
                break;
            case ParticipantField::FamilyName:
                row.person.familyName = value;
                break;
            case ParticipantField::FullName: {
                const QStringList parts = value.simplified().split(u' ');
                row.person.familyName = parts.constLast();
                row.person.givenName = parts.mid(0, parts.size() - 1).join(u' ');
                break;
            }
            case ParticipantField::LatinGivenName:
                row.person.latinGivenName = value;
                break;
            case ParticipantField::LatinFamilyName:
                row.person.latinFamilyName = value;
                break;
            case ParticipantField::Institution:
                row.institutionName = value;
                break;
            case ParticipantField::Position:
                row.person.position = value;
                break;
            case ParticipantField::Country:
                row.person.country = parseCountry(value);
                if (row.person.country.isEmpty()) {
                    //: %1 is what the cell holds
                    problem(ParticipantField::Country,
                            tr("\"%1\" is not a country: write a code such as UA or PL.").arg(value));
                }
                break;
            case ParticipantField::Email:
                row.person.email = value;
                break;
            case ParticipantField::Phone:
                row.person.phone = value;
                break;
            case ParticipantField::Role: {
                auto role = parseEnum<ParticipantRole>(value, languages);
                if (!role) {
                    role = roleAlias(normalized(value));
                }
                if (role) {
                    row.participant.role = *role;
                } else {
                    //: %1 is what the cell holds
                    problem(ParticipantField::Role,
                            tr("\"%1\" is not a role such as \"Delegation member\".").arg(value));
                }
                break;
            }
            case ParticipantField::Arrival:
            case ParticipantField::Departure: {
                const bool departure = columns.at(c) == ParticipantField::Departure;
                const QDateTime time = ImportCells::dayAndTime(value, departure);
                if (!time.isValid()) {
                    //: %1 is what the cell holds
                    problem(columns.at(c),
                            tr("\"%1\" is not a day and time such as 2026-05-19 14:30 or 19.05.2026 14:30.")
                                .arg(value));
                } else if (departure) {
                    row.participant.departure = time;
                } else {
                    row.participant.arrival = time;
                }
                break;
            }
            case ParticipantField::Accommodation:
                row.participant.accommodation = value;
                break;
            case ParticipantField::Diet:
                if (const auto diet = parseEnum<DietCategory>(value, languages)) {
                    row.person.diet = *diet;
                } else {
                    // A diet not among the categories ("no nuts") is kept as its details.
                    row.person.diet = DietCategory::Other;
                    row.person.dietNote =
                        row.person.dietNote.isEmpty() ? value : value + u' ' + row.person.dietNote;
                }
                break;
            case ParticipantField::DietNote:
                row.person.dietNote =
                    row.person.dietNote.isEmpty() ? value : row.person.dietNote + u' ' + value;
                if (row.person.diet == DietCategory::None) {
                    row.person.diet = DietCategory::Other;
                }
                break;
            case ParticipantField::Accessibility:
                row.person.accessibilityNeeds = value;
                break;
            case ParticipantField::Notes:
                row.participant.notes = value;
                break;
            }
        }
        for (const FieldError& error : PersonValidator::validate(row.person)) {
            problem(fieldOf(error.field), error.message);
        }
        VisitParticipant checked = row.participant;
        checked.personId = 1; // chosen below; only the times are checked here
        for (const FieldError& error : VisitParticipantValidator::validate(checked)) {
            problem(fieldOf(error.field), error.message);
        }

        const QString institution = normalized(row.institutionName);
        if (!institution.isEmpty()) {
            if (const Id id = institutions.find(row.institutionName); id != 0) {
                row.person.institutionId = id;
            } else {
                row.newInstitution = institutions.isFirstMention(row.institutionName);
            }
        }
        const QString key =
            personKey(nameKey(row.person.givenName, row.person.familyName), row.person.email, institution);
        const QString latinKey = personKey(nameKey(row.person.latinGivenName, row.person.latinFamilyName),
                                           row.person.email, institution);
        Id existing = known->people.value(key);
        if (existing == 0 && !row.person.latinFamilyName.isEmpty()) {
            existing = known->people.value(latinKey);
        }
        if (!row.problems.isEmpty()) {
            row.action = ParticipantImportRow::Action::Refused;
        } else if (existing != 0) {
            row.person.id = existing;
            row.participant.personId = existing;
            row.action = known->inVisit.contains(existing) ? ParticipantImportRow::Action::AlreadyThere
                                                           : ParticipantImportRow::Action::UsePerson;
        } else if (plannedPeople.contains(key)) {
            row.action = ParticipantImportRow::Action::AlreadyThere; // the same person twice in the file
        } else {
            plannedPeople.insert(key, int(plan.rows.size()));
            row.action = ParticipantImportRow::Action::AddPerson;
        }
        plan.rows << row;
    }
    return plan;
}

Result<ImportOutcome> ParticipantImport::apply(Database& database, const ParticipantImportPlan& plan,
                                               const std::function<bool(int, int)>& progress)
{
    if (const ParticipantImportRow* refused = plan.firstProblem()) {
        return Error(Error::Kind::Validation, describe(QString(), *refused));
    }
    ImportOutcome outcome;
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(tr("Importing the participants")); !begun) {
        return begun.error();
    }
    InstitutionMatcher institutions; // those the plan found have their id: only the others here
    const int total = int(plan.rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 50 == 0 && !progress(i, total)) {
            outcome = {};
            outcome.cancelled = true;
            return outcome; // the transaction is rolled back as it goes
        }
        ParticipantImportRow row = plan.rows.at(i);
        if (row.action == ParticipantImportRow::Action::AlreadyThere) {
            ++outcome.unchanged;
            continue;
        }
        if (row.action == ParticipantImportRow::Action::AddPerson) {
            if (row.person.institutionId == 0 && !normalized(row.institutionName).isEmpty()) {
                Institution details;
                details.country = row.person.country;
                const auto institution =
                    institutions.findOrAdd(database, row.institutionName, details, outcome.institutionsAdded);
                if (!institution) {
                    return institution.error();
                }
                row.person.institutionId = *institution;
            }
            const auto created = PersonRepository(database).create(row.person);
            if (!created) {
                return ImportCells::atLine(row.line, created.error());
            }
            row.participant.personId = *created;
            ++outcome.peopleAdded;
        } else {
            ++outcome.peopleMatched;
        }
        const auto added = ParticipantRepository(database).create(row.participant);
        if (!added) {
            return added.error();
        }
        ++outcome.participantsAdded;
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (progress) {
        progress(total, total);
    }
    return outcome;
}

QString ParticipantImport::describe(const QString& file, const ParticipantImportRow& row)
{
    return ImportCells::describe(file, row.line, row.problems);
}
