// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchmarkdata.h"

#include "core/storage/database.h"
#include "tests/bench/vocabulary/institutions.h"
#include "tests/bench/vocabulary/people.h"
#include "tests/bench/vocabulary/places.h"
#include "tests/bench/vocabulary/programmes.h"
#include "tests/bench/vocabulary/projects.h"
#include "tests/bench/vocabulary/visits.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <random>
#include <span>
#include <vector>

// Ten busy years of one office (a regional social-policy centre in Warsaw, coordinating study
// visits across Poland and abroad), made up from a seed: institutions, people, funding projects,
// exchange groups, visits with their participants and day-by-day programmes, travel times.
//
// Determinism: everything random comes from one std::mt19937 seeded with the seed and is drawn in
// a fixed order; integers are reduced with our own arithmetic (the standard distributions differ
// between standard libraries), nothing iterates a QHash, and the calendar is fixed (the data set
// is "taken" on 2026-11-26, never the machine's today). Same seed and scale, same file.
//
// Plausibility: the data is planned first (in memory), then written. Visits are planned in the
// order of their first day and everyone taking part is marked busy until the visit's last day, so
// that a person is rarely in two places at once; the day programmes keep a quarter of an hour
// between places, at most 90 minutes of interpreting without a break, and sessions between the
// delegation's arrival and departure. What remains (a venue booked by two visits, a presenter
// from the venue's staff who is elsewhere that day) is the occasional conflict a real office sees.

using namespace Qt::StringLiterals;
using namespace BenchmarkData;

namespace {

// ---------------------------------------------------------------------------------------------
// The calendar

constexpr int firstYear = 2016;
const QDate periodStart(2016, 12, 1);  // the ten years the benchmark calls "ten busy years"
const QDate dataTakenOn(2026, 11, 26); // "today" for the data: past visits completed, later ones planned
const QDate planningEnd(2027, 6, 30);  // the last day a planned visit may start
const QDate pandemicStart(2020, 3, 12);
const QDate pandemicEased(2020, 7, 1);
const QDate pandemicOver(2021, 6, 1);
const QDate fullScaleWar(2022, 2, 24);

// ---------------------------------------------------------------------------------------------
// Random choices

/// std::mt19937 with the reductions done here: the standard distributions are not the same in
/// every standard library, and the file must be.
class Random final
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}

    quint32 next() { return quint32(m_engine()); }
    /// 0 … n-1 (0 when n < 2).
    int below(int n) { return n < 2 ? 0 : int((quint64(next()) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return n < 2 ? 0 : qint64(((quint64(next()) << 32) | next()) % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    bool permille(int p) { return below(1000) < p; }

    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items)
    {
        return items[below(int(N))];
    }
    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[below(int(items.size()))];
    }
    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[below(int(items.size()))];
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int weight : weights) {
            total += weight;
        }
        int r = below(total);
        int index = 0;
        for (const int weight : weights) {
            if (r < weight) {
                return index;
            }
            r -= weight;
            ++index;
        }
        return 0;
    }

    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (int i = int(items.size()) - 1; i > 0; --i) {
            std::swap(items[std::size_t(i)], items[std::size_t(below(i + 1))]);
        }
    }

private:
    std::mt19937 m_engine;
};

/// Picks among items with integer weights, in O(log n) per pick.
class WeightedTable final
{
public:
    void add(int item, qint64 weight)
    {
        if (weight <= 0) {
            return;
        }
        m_total += weight;
        m_items.push_back(item);
        m_bounds.push_back(m_total);
    }
    bool isEmpty() const { return m_items.empty(); }
    int pick(Random& random) const
    {
        if (m_items.empty()) {
            return -1;
        }
        const qint64 r = random.below64(m_total);
        const auto at = std::upper_bound(m_bounds.cbegin(), m_bounds.cend(), r);
        return m_items[std::size_t(at - m_bounds.cbegin())];
    }

private:
    std::vector<int> m_items;
    std::vector<qint64> m_bounds;
    qint64 m_total = 0;
};

/// Splits `total` into parts proportional to `weights`, summing exactly to `total`.
std::vector<int> apportion(int total, const std::vector<int>& weights)
{
    std::vector<int> parts(weights.size(), 0);
    qint64 sum = 0;
    for (const int weight : weights) {
        sum += std::max(weight, 0);
    }
    if (sum == 0 || total <= 0) {
        return parts;
    }
    qint64 cumulative = 0;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        cumulative += std::max(weights[i], 0);
        const qint64 upTo = qint64(total) * cumulative / sum;
        parts[i] = int(upTo - given);
        given = upTo;
    }
    return parts;
}

// ---------------------------------------------------------------------------------------------
// Text

/// Replaces each {token} of `pattern` with its value.
QString fill(QStringView pattern, std::initializer_list<std::pair<QStringView, QString>> values)
{
    QString text = pattern.toString();
    for (const auto& [token, value] : values) {
        text.replace(token.toString(), value);
    }
    return text;
}

QString capitalized(QStringView text)
{
    if (text.isEmpty()) {
        return {};
    }
    return text.first(1).toString().toUpper() + text.sliced(1).toString();
}

/// "ze Lwowa" → "Lwowa": the genitive inside a "from" phrase.
QString withoutPreposition(QStringView phrase)
{
    const qsizetype space = phrase.indexOf(u' ');
    return space < 0 ? phrase.toString() : phrase.sliced(space + 1).toString();
}

/// Polish "z" or "ze" before a city's genitive: "ze Szczecina", "z Płocka".
QString fromPolishCity(QStringView genitive)
{
    static const QString sibilants = u"sSzZśŚźŹżŻ"_s;
    static const QString vowels = u"aąeęioóuyAĄEĘIOÓUY"_s;
    const bool ze =
        genitive.size() > 1 && sibilants.contains(genitive.at(0)) && !vowels.contains(genitive.at(1));
    return (ze ? u"ze "_s : u"z "_s) + genitive.toString();
}

QString feminineFamilyName(QStringView man, bool ukrainian)
{
    if (ukrainian) {
        return man.endsWith(u"ий") ? man.chopped(2).toString() + u'а' : man.toString();
    }
    return man.endsWith(u"ki") ? man.chopped(1).toString() + u'a' : man.toString();
}

/// A Ukrainian letter in Latin letters by the official table of 2010 (KMU, what a passport shows),
/// and at the start of a word where that differs.
struct Transliteration
{
    char16_t cyrillic;
    QStringView latin;
    QStringView initial;
};

const Transliteration kmu2010[] = {
    {u'а', u"a", u"a"},   {u'б', u"b", u"b"},       {u'в', u"v", u"v"},   {u'г', u"h", u"h"},
    {u'ґ', u"g", u"g"},   {u'д', u"d", u"d"},       {u'е', u"e", u"e"},   {u'є', u"ie", u"ye"},
    {u'ж', u"zh", u"zh"}, {u'з', u"z", u"z"},       {u'и', u"y", u"y"},   {u'і', u"i", u"i"},
    {u'ї', u"i", u"yi"},  {u'й', u"i", u"y"},       {u'к', u"k", u"k"},   {u'л', u"l", u"l"},
    {u'м', u"m", u"m"},   {u'н', u"n", u"n"},       {u'о', u"o", u"o"},   {u'п', u"p", u"p"},
    {u'р', u"r", u"r"},   {u'с', u"s", u"s"},       {u'т', u"t", u"t"},   {u'у', u"u", u"u"},
    {u'ф', u"f", u"f"},   {u'х', u"kh", u"kh"},     {u'ц', u"ts", u"ts"}, {u'ч', u"ch", u"ch"},
    {u'ш', u"sh", u"sh"}, {u'щ', u"shch", u"shch"}, {u'ь', u"", u""},     {u'ю', u"iu", u"yu"},
    {u'я', u"ia", u"ya"}, {u'’', u"", u""},         {u'\'', u"", u""},    {u'ʼ', u"", u""},
};

/// Ukrainian in Latin letters (KMU 2010); other characters are kept.
QString transliterated(QStringView text)
{
    QString latin;
    latin.reserve(text.size() * 2);
    bool wordStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t lower = c.toLower().unicode();
        const auto found = std::find_if(std::begin(kmu2010), std::end(kmu2010),
                                        [lower](const Transliteration& t) { return t.cyrillic == lower; });
        QStringView part = text.sliced(i, 1);
        if (found != std::end(kmu2010)) {
            part = wordStart ? found->initial : found->latin;
            if (lower == u'г' && i > 0 && text.at(i - 1).toLower() == u'з') {
                part = u"gh"; // "зг" is "zgh", so that it is not read as "ж"
            }
        }
        if (c.isUpper() && !part.isEmpty()) {
            latin += part.first(1).toString().toUpper();
            latin += part.sliced(1);
        } else {
            latin += part;
        }
        // An apostrophe inside a word does not start a new one: "Кам’янець" is "Kamianets".
        wordStart = !c.isLetter() && (found == std::end(kmu2010) || !found->latin.isEmpty() || lower == u'ь');
    }
    return latin;
}

/// Latin letters that Unicode does not decompose into a base letter and a mark.
const std::pair<char16_t, QStringView> undecomposed[] = {
    {u'ł', u"l"}, {u'ø', u"o"}, {u'æ', u"ae"}, {u'ß', u"ss"}, {u'đ', u"d"},
};

/// "MOPS Płock" → "mops-plock", "МЦСС Львів" → "mtsss-lviv": for made-up web and mail addresses.
QString asciiSlug(QStringView text)
{
    const QString decomposed = transliterated(text).normalized(QString::NormalizationForm_D);
    QString slug;
    bool gap = false;
    for (const QChar c : decomposed) {
        const char16_t lower = c.toLower().unicode();
        QString letters;
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            letters = QChar(lower);
        }
        for (const auto& [letter, ascii] : undecomposed) {
            if (letter == lower) {
                letters = ascii.toString();
            }
        }
        if (!letters.isEmpty()) {
            if (gap && !slug.isEmpty()) {
                slug += u'-';
            }
            slug += letters;
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    return slug;
}

QString digits(Random& random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i) {
        text += QChar(u'0' + random.below(10));
    }
    return text;
}

QString twoDigits(int value)
{
    return QString(QChar(u'0' + value / 10)) + QChar(u'0' + value % 10);
}

// ---------------------------------------------------------------------------------------------
// The model, planned in memory before it is written

struct City
{
    QString name; // as the city column holds it: Polish names for Ukrainian cities, as the sample does
    QString country;
    QString in;       // Polish: "w Płocku"
    QString genitive; // Polish: "Płocka", "Lwowa", "Oslo"
    QString from;     // Polish: "z Płocka"
    QString uk;       // Ukrainian: "Плоцьк"
    QString fromUk;   // Ukrainian: "зі Львова" (Ukrainian cities only)
    QString stem;     // of the Ukrainian adjective: "Львівськ"
    QString localGenitive;
    QString hall;
    QString region; // in Polish
    QString postal;
    QString area;
    int size = 0;
    bool regionalCapital = false;
    std::vector<int> institutions;
    std::vector<int> people;                 // working at its institutions
    std::vector<std::pair<int, int>> travel; // (city, minutes) from the travel-time table
};

struct Institution
{
    QString name;
    QString shortName;
    QString kind;
    QString country;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString notes;
    QString domain; // of its staff's e-mail addresses
    QString pl;     // the name in Polish, for a foreign institution that has one
    QString uk;     // the name in Ukrainian, for a Polish institution that has one
    int city = -1;
};

struct Person
{
    QString given;
    QString family;
    QString latinGiven;
    QString latinFamily;
    QString position;
    QString country;
    QString languages;
    QString email;
    QString phone;
    QString diet = u"none"_s;
    QString dietNote;
    QString accessibility;
    QString notes;
    int institution = -1;
    bool female = false;
    int busyUntil = 0;  // Julian day of the last day of the last visit taken part in
    int lastVisit = -1; // index of that visit
    int firstVisit = 0; // Julian day of the first visit taken part in, 0 for none
    int consentDay = 0; // Julian day, 0 for none
};

struct Project
{
    QString name;
    QString acronym;
    QString funder;
    QString agreement;
    QString currency;
    QString notes;
    QStringList focus;
    int firstDay = 0;
    int lastDay = 0;
    qint64 totalValue = 0;
    qint64 coFinancing = 0;
    std::vector<int> partners;
};

struct Group
{
    QString name;
    QString meetingPl;
    QString meetingUk;
    QString notes;
    QStringList countries;
    int intervalDays = 0;
    int fromDay = 0;
    std::vector<int> members;
    int lastMeeting = 0;
    int nextHost = 0;
};

struct Participant
{
    int id = 0;
    int person = -1;
    QString role;
    QString arrival;
    QString departure;
    QString accommodation;
    QString notes;
};

struct Visit
{
    int id = 0;
    QString title;
    QString titleUk;
    QString titleEn;
    QString kind;
    QString status;
    QString timeZone;
    QString sendingCountry;
    QString sendingRegion;
    QString workingLanguages;
    QString printLanguages;
    QString notes;
    int firstDay = 0; // Julian days
    int lastDay = 0;
    int host = -1;
    int sending = -1;
    int project = -1;
    int group = -1;
    int coordinator = -1;
    int city = -1;         // where the programme takes place
    QString guestLanguage; // what the guests speak (or the hosts, abroad), for interpretation
    QString venueLanguage; // what the sessions are held in
    QString hotel;         // for visits with nights
    bool ukTexts = false;  // Ukrainian titles for the visit and its sessions
    std::vector<Participant> participants;
    int sessions = 0;
};

/// One programme item, as written.
struct Session
{
    QString startsAt;
    QString endsAt;
    QString title;
    QString titleUk;
    QString description;
    QString descriptionUk;
    QString kind;
    QString room;
    QString address;
    QString city;
    QString language;
    QString interpretation;
    QString notes;
    int venue = -1;
    bool wholeDelegation = true;
    std::vector<std::pair<int, QString>> people; // (person, role)
    std::vector<int> audience;                   // participant ids
};

} // namespace

namespace {

int julian(const QDate& day)
{
    return int(day.toJulianDay());
}

/// A coordinator of the office, and the years they worked there.
struct Coordinator
{
    int person = -1;
    int fromYear = 0;
    int toYear = 0;
};

/// Plans the whole data set in memory, then writes it (see write()). All randomness is drawn here,
/// in a fixed order.
class Generator final
{
public:
    Generator(const BenchmarkScale& scale, quint32 seed) : m_scale(scale), m_random(seed) {}

    void plan();
    Status write(QSqlDatabase connection);

private:
    // Places
    void addCities();
    int cityIndex(QStringView name) const;
    QString address(const City& city);
    QString streetAndNumber(const City& city);
    QString phone(const City& city);

    // Institutions
    void planInstitutions();
    int addInstitution(Institution institution, int city);
    void finishInstitution(Institution& institution, const City& city);
    void addHomeInstitution();
    void addPolishCity(int city, int count);
    bool addPolishGroup(int city, int group);
    void addPolishTemplate(int city, int index);
    void addWarsawDistricts(int city, int& made, int count);
    void addUniversities(int city, int& made, int count);
    void addUkrainianCity(int city, int count);
    void addUkrainianTemplate(int city, int index);
    void addForeignCity(int city, int count);
    QString uniqueName(const QString& name, const City& city);
    void indexInstitutions();

    // People
    void planPeople();
    void addCoordinators(int count);
    Person makePerson(QStringView countryCode, bool female);
    QString position(QStringView countryCode, QStringView kind, bool female);
    void addContacts(Person& person, const QString& domain);
    void addDietAndNotes(Person& person);
    Person makeFreelancer();
    void indexPeople();

    // Projects and exchange groups
    void planProjects();
    void planGroups();
    std::vector<int> pickPartners(const QStringList& countries, int count, bool withHome);
    std::vector<int> regionalMembers(QStringView region, int count);

    // Visits (their participants, titles and status)
    void planVisits();
    std::vector<int> firstDays(int count);
    static int dayWeight(const QDate& day);
    QString chooseKind(const QDate& day);
    int chooseLength(QStringView kind);
    void planIncoming(Visit& visit, int index);
    void planOutgoing(Visit& visit, int index);
    bool planGroupMeeting(Visit& visit, int index);
    void planConference(Visit& visit, int index);
    void planWorkingMeeting(Visit& visit, int index);
    QString incomingCountry(const QDate& day);
    QString outgoingCountry(const QDate& day);
    int pickPolishHost();
    int pickPartner(QStringView countryCode);
    void setLanguages(Visit& visit, QStringView partnerCountry);
    void assignProject(Visit& visit, QStringView partnerCountry, int percent);
    void setStatus(Visit& visit);
    void assignCoordinator(Visit& visit);
    Topic topic(const QDate& day, bool ukrainian, const Visit& visit);
    bool colleagueTranslates(const QDate& day);
    void setCityAndZone(Visit& visit, int host);

    // Participants
    bool isFree(int person, const Visit& visit, int index) const;
    void book(int person, const Visit& visit, int index);
    int takeFree(const std::vector<int>& pool, const Visit& visit, int index, int count,
                 std::vector<int>& taken);
    void takeDelegation(const std::vector<const std::vector<int>*>& pools, const Visit& visit, int index,
                        int count, std::vector<int>& taken);
    void addParticipant(Visit& visit, int person, QStringView role, bool travels);
    void addInterpreters(Visit& visit, int index, int count);
    void addOrganiser(Visit& visit, int index, bool travels);
    void addGuide(Visit& visit, int index);
    QString hotelFor(const Visit& visit);
    void allocateSessions();
    void setConsentDates();

    // Writing
    Status writeInstitutions(QSqlDatabase& db);
    Status writePeople(QSqlDatabase& db);
    Status writeProjectsAndGroups(QSqlDatabase& db);
    Status writeVisits(QSqlDatabase& db);
    Status writeProgrammes(QSqlDatabase& db);
    Status writeSettings(QSqlDatabase& db);

    BenchmarkScale m_scale;
    Random m_random;

    std::vector<City> m_cities;
    std::vector<Institution> m_institutions;
    std::vector<Person> m_people;
    std::vector<Project> m_projects;
    std::vector<Group> m_groups;
    std::vector<Visit> m_visits;
    std::vector<Coordinator> m_coordinators;

    int m_home = -1; // the office's own institution
    QSet<QString> m_institutionNames;
    std::map<std::pair<int, int>, int> m_templateCounters; // (template, city) → how many so far
    std::vector<std::vector<int>> m_staff;                 // people by institution
    std::map<QString, std::vector<int>> m_peopleByCountry; // affiliated people
    std::map<QString, std::vector<int>> m_interpreters;    // by language
    std::vector<int> m_guides;
    std::vector<int> m_experts;
    std::map<QString, WeightedTable> m_partners; // institutions that send, host abroad or join networks
    WeightedTable m_polishHosts;
    WeightedTable m_staffedInstitutions;
    std::map<QString, std::vector<int>> m_positionIndex; // "PL/city_hall" → positions
    int m_nextParticipantId = 1;
};

// ---------------------------------------------------------------------------------------------
// Places

void Generator::addCities()
{
    for (const PolishCityData& data : polishCities) {
        City city;
        city.name = data.name.toString();
        city.country = u"PL"_s;
        city.in = data.in.toString();
        city.genitive = data.genitive.toString();
        city.from = fromPolishCity(data.genitive);
        city.uk = data.uk.toString();
        city.region = u"województwo "_s + data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        city.regionalCapital =
            std::any_of(std::begin(regionalCentres), std::end(regionalCentres),
                        [&](const RegionalCentreData& centre) { return centre.city == data.name; });
        m_cities.push_back(std::move(city));
    }
    for (const UkrainianCityData& data : ukrainianCities) {
        City city;
        city.name = data.pl.toString();
        city.country = u"UA"_s;
        city.in = data.inPl.toString();
        city.genitive = withoutPreposition(data.fromPl);
        city.from = data.fromPl.toString();
        city.uk = data.uk.toString();
        city.fromUk = data.fromUk.toString();
        city.stem = data.stem.toString();
        city.region = data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        city.regionalCapital = data.regionalCapital;
        m_cities.push_back(std::move(city));
    }
    for (const ForeignCityData& data : foreignCities) {
        City city;
        city.name = data.name.toString();
        city.country = data.country.toString();
        city.genitive = withoutPreposition(data.fromPl);
        city.from = data.fromPl.toString();
        city.uk = data.uk.toString();
        city.localGenitive = data.genitive.toString();
        city.hall = data.hall.toString();
        city.region = data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        m_cities.push_back(std::move(city));
    }
    for (const TravelData& pair : travelTimes) {
        const int a = cityIndex(pair.a);
        const int b = cityIndex(pair.b);
        if (a >= 0 && b >= 0) {
            m_cities[std::size_t(a)].travel.emplace_back(b, pair.minutes);
            m_cities[std::size_t(b)].travel.emplace_back(a, pair.minutes);
        }
    }
}

int Generator::cityIndex(QStringView name) const
{
    for (std::size_t i = 0; i < m_cities.size(); ++i) {
        if (m_cities[i].name == name) {
            return int(i);
        }
    }
    return -1;
}

QString Generator::streetAndNumber(const City& city)
{
    const QString number = QString::number(m_random.between(1, 120));
    if (city.country == u"PL") {
        return m_random.pick(streetsPl).toString() + u' ' + number;
    }
    if (city.country == u"UA") {
        return m_random.pick(streetsUk).toString() + u", "_s + number;
    }
    for (const StreetList& list : foreignStreets) {
        if (list.country == city.country) {
            return m_random.pick(list.streets).toString() + u' ' + number;
        }
    }
    return number;
}

QString Generator::address(const City& city)
{
    QString street = streetAndNumber(city);
    if (city.country == u"PL") {
        if (m_random.percent(15)) {
            street += u'/' + QString::number(m_random.between(1, 12));
        }
        return u"%1, %2-%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    if (city.country == u"UA") {
        return u"%1, %2, %3%4"_s.arg(street, city.uk, city.postal, digits(m_random, 3));
    }
    if (city.country == u"NO") {
        return u"%1, %2%3 %4"_s.arg(street, city.postal, digits(m_random, 2), city.name);
    }
    if (city.country == u"LT") {
        return u"%1, LT-%2%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    if (city.country == u"DE") {
        return u"%1, %2%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    // Czech and Swedish codes: "755 01 Vsetín", "111 22 Stockholm"
    return u"%1, %2 %3 %4"_s.arg(street, city.postal, digits(m_random, 2), city.name);
}

QString Generator::phone(const City& city)
{
    // "000" in the middle: made-up numbers, as in the sample data
    return u"%1 %2 000 %3 %4"_s.arg(country(city.country).phonePrefix, city.area, digits(m_random, 2),
                                    digits(m_random, 2));
}

// ---------------------------------------------------------------------------------------------
// Institutions

void Generator::planInstitutions()
{
    const int total = m_scale.institutions;
    if (total <= 0) {
        return;
    }
    addHomeInstitution();

    // Shares of the foreign institutions, per mille; the rest are Polish.
    const std::pair<QStringView, int> shares[] = {
        {u"UA", 270}, {u"NO", 30}, {u"CZ", 30}, {u"LT", 20}, {u"DE", 20}, {u"SE", 10},
    };
    std::map<QString, int> counts;
    int foreign = 0;
    for (const auto& [code, share] : shares) {
        const int count = std::min((total - 1) * share / 1000, total - 1 - foreign);
        counts[code.toString()] = count;
        foreign += count;
    }
    counts[u"PL"_s] = total - 1 - foreign;

    for (const QString& code : {u"PL"_s, u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s}) {
        std::vector<int> cityIndexes;
        std::vector<int> weights;
        for (std::size_t i = 0; i < m_cities.size(); ++i) {
            const City& city = m_cities[i];
            if (city.country != code) {
                continue;
            }
            static constexpr int polishWeights[] = {140, 36, 16, 9, 5};
            static constexpr int otherWeights[] = {16, 16, 13, 10, 8};
            cityIndexes.push_back(int(i));
            weights.push_back(code == u"PL" ? polishWeights[city.size] : otherWeights[city.size]);
        }
        const std::vector<int> perCity = apportion(counts[code], weights);
        for (std::size_t i = 0; i < cityIndexes.size(); ++i) {
            if (code == u"PL") {
                addPolishCity(cityIndexes[i], perCity[i]);
            } else if (code == u"UA") {
                addUkrainianCity(cityIndexes[i], perCity[i]);
            } else {
                addForeignCity(cityIndexes[i], perCity[i]);
            }
        }
    }
    indexInstitutions();
}

int Generator::addInstitution(Institution institution, int city)
{
    institution.city = city;
    finishInstitution(institution, m_cities[std::size_t(city)]);
    m_institutionNames.insert(institution.name);
    m_institutions.push_back(std::move(institution));
    const int index = int(m_institutions.size()) - 1;
    m_cities[std::size_t(city)].institutions.push_back(index);
    return index;
}

void Generator::finishInstitution(Institution& institution, const City& city)
{
    institution.country = city.country;
    if (institution.address.isEmpty()) {
        institution.address = address(city);
    }
    if (m_random.percent(85)) {
        institution.phone = phone(city);
    }
    const QString slug =
        asciiSlug(institution.shortName.isEmpty() ? institution.name : institution.shortName);
    institution.domain = (slug.isEmpty() ? u"instytucja"_s : slug) + u".example"_s;
    if (m_random.percent(80)) {
        institution.email = country(city.country).mailbox.toString() + u'@' + institution.domain;
    }
    if (m_random.percent(55)) {
        institution.website = u"https://"_s + institution.domain;
    }
    if (m_random.percent(5)) {
        institution.notes = m_random.pick(institutionNotes).toString();
    }
}

/// Makes `name` unique among the institutions: the same foundation name in two cities gets its city.
QString Generator::uniqueName(const QString& name, const City& city)
{
    if (!m_institutionNames.contains(name)) {
        return name;
    }
    QString candidate = u"%1 (%2)"_s.arg(name, city.name);
    for (int n = 2; m_institutionNames.contains(candidate); ++n) {
        candidate = u"%1 (%2, %3)"_s.arg(name, city.name).arg(n);
    }
    return candidate;
}

void Generator::addHomeInstitution()
{
    const int warsaw = cityIndex(u"Warszawa");
    Institution home;
    home.name = u"Mazowieckie Centrum Polityki Społecznej"_s;
    home.shortName = u"MCPS"_s;
    home.uk = u"Мазовецький центр соціальної політики"_s;
    home.kind = u"regional_centre"_s;
    home.address = u"ul. Kolejowa 12, 00-844 Warszawa"_s;
    home.notes = u"Koordynator wizyt studyjnych; sala konferencyjna na 60 osób, sala szkoleniowa."_s;
    m_home = addInstitution(std::move(home), warsaw);
    Institution& added = m_institutions[std::size_t(m_home)];
    added.phone = u"+48 22 000 76 00"_s;
    added.email = u"sekretariat@mcps.example"_s;
    added.website = u"https://mcps.example"_s;
    added.domain = u"mcps.example"_s;
}

void Generator::addPolishCity(int city, int count)
{
    int made = 0;
    const City& place = m_cities[std::size_t(city)];
    for (int group = 1; group <= 17 && made < count; ++group) {
        if (group == 2 && place.size == 0) {
            addWarsawDistricts(city, made, count);
        }
        if (group == 3 && place.regionalCapital && made < count) {
            for (const RegionalCentreData& centre : regionalCentres) {
                if (centre.city == place.name) {
                    Institution institution;
                    institution.name = centre.name.toString();
                    institution.shortName = centre.shortName.toString();
                    institution.kind = u"regional_centre"_s;
                    addInstitution(std::move(institution), city);
                    ++made;
                }
            }
        }
        if (group == 9) {
            addUniversities(city, made, count);
        }
        if (made < count && addPolishGroup(city, group)) {
            ++made;
        }
    }
    // The rest: care homes, day centres, foundations, associations, schools...
    WeightedTable repeating;
    for (std::size_t i = 0; i < std::size(polishTemplates); ++i) {
        const PolishTemplate& t = polishTemplates[i];
        if (t.group == 0 && (t.sizes & (1 << place.size))) {
            repeating.add(int(i), t.weight);
        }
    }
    for (; made < count; ++made) {
        addPolishTemplate(city, repeating.pick(m_random));
    }
}

/// One of the alternatives of `group` that the city has, if it has one: true when added.
bool Generator::addPolishGroup(int city, int group)
{
    const int sizeBit = 1 << m_cities[std::size_t(city)].size;
    WeightedTable alternatives;
    for (std::size_t i = 0; i < std::size(polishTemplates); ++i) {
        const PolishTemplate& t = polishTemplates[i];
        if (t.group == group && (t.sizes & sizeBit)) {
            alternatives.add(int(i), t.weight);
        }
    }
    if (alternatives.isEmpty()) {
        return false;
    }
    const int chosen = alternatives.pick(m_random);
    if (!m_random.percent(polishTemplates[chosen].percent)) {
        return false;
    }
    addPolishTemplate(city, chosen);
    return true;
}

void Generator::addPolishTemplate(int city, int index)
{
    const PolishTemplate& t = polishTemplates[index];
    const City& place = m_cities[std::size_t(city)];
    QString name;
    QString shortName;
    QString uk;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int n = ++m_templateCounters[{index, city}];
        const QString brand = m_random.pick(brandsPl).toString();
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{city}", place.name},
            {u"{in}", place.in},
            {u"{gen}", place.genitive},
            {u"{uk}", place.uk},
            {u"{nr}", n == 1 ? QString() : u" nr "_s + QString::number(n)},
            {u"{n}", QString::number(n)},
            {u"{brand}", brand},
            {u"{patron}", m_random.pick(patronsDps).toString()},
            {u"{school}", m_random.pick(schoolPatrons).toString()},
            {u"{purpose}", m_random.pick(foundationPurposes).toString()},
            {u"{aim}", m_random.pick(associationAims).toString()},
        };
        name = fill(t.name, values);
        shortName = fill(t.shortName, values);
        uk = fill(t.uk, values);
        if (!m_institutionNames.contains(name)) {
            break;
        }
    }
    Institution institution;
    institution.name = uniqueName(name, place);
    institution.shortName = shortName;
    institution.kind = t.kind.toString();
    if (!uk.isEmpty() && m_random.percent(place.region == u"województwo mazowieckie" ? 20 : 10)) {
        institution.uk = uk;
    }
    addInstitution(std::move(institution), city);
}

void Generator::addWarsawDistricts(int city, int& made, int count)
{
    for (const QStringView district : warsawDistricts) {
        if (made >= count) {
            return;
        }
        Institution institution;
        const bool centre = district == u"Śródmieście";
        institution.name = u"%1 Dzielnicy %2 m.st. Warszawy"_s.arg(
            centre ? u"Centrum Pomocy Społecznej"_s : u"Ośrodek Pomocy Społecznej"_s, district);
        institution.shortName = (centre ? u"CPS "_s : u"OPS "_s) + district.toString();
        institution.kind = u"social_welfare_centre"_s;
        if (m_random.percent(25)) {
            institution.uk = u"Центр соціальної допомоги району %1 м. Варшави"_s.arg(district);
        }
        addInstitution(std::move(institution), city);
        ++made;
    }
}

void Generator::addUniversities(int city, int& made, int count)
{
    const City& place = m_cities[std::size_t(city)];
    const auto addFrom = [&](const auto& list) {
        for (const UniversityData& university : list) {
            if (made >= count || university.city != place.name) {
                continue;
            }
            Institution institution;
            institution.name = university.name.toString();
            institution.shortName = university.shortName.toString();
            institution.kind = u"school_university"_s;
            if (!university.pl.isEmpty() && m_random.percent(60)) {
                institution.pl = university.pl.toString();
            }
            addInstitution(std::move(institution), city);
            ++made;
        }
    };
    if (place.country == u"UA") {
        addFrom(ukrainianUniversities);
    } else {
        addFrom(polishUniversities);
    }
}

void Generator::indexInstitutions()
{
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        const Institution& institution = m_institutions[i];
        const QString& kind = institution.kind;
        const bool masovian = m_cities[std::size_t(institution.city)].region == u"województwo mazowieckie";
        if (institution.country == u"PL") {
            static const std::map<QString, int> hostWeights = {
                {u"social_welfare_centre"_s, 30},
                {u"regional_centre"_s, 20},
                {u"city_hall"_s, 20},
                {u"day_support_home"_s, 8},
                {u"ngo_foundation"_s, 6},
                {u"ngo_association"_s, 6},
                {u"care_home"_s, 5},
                {u"other"_s, 5},
                {u"library"_s, 3},
                {u"labour_office"_s, 3},
                {u"school_university"_s, 2},
                {u"police"_s, 2},
                {u"health"_s, 2},
                {u"court"_s, 1},
            };
            const auto weight = hostWeights.find(kind);
            if (int(i) != m_home && weight != hostWeights.end()) {
                m_polishHosts.add(int(i), qint64(weight->second) * (masovian ? 3 : 1));
            }
        }
        static const std::map<QString, int> partnerWeights = {
            {u"social_welfare_centre"_s, 5}, {u"regional_centre"_s, 4}, {u"city_hall"_s, 4},
            {u"ngo_foundation"_s, 2},        {u"ngo_association"_s, 2}, {u"day_support_home"_s, 1},
        };
        if (const auto weight = partnerWeights.find(kind);
            weight != partnerWeights.end() && int(i) != m_home) {
            m_partners[institution.country].add(int(i), weight->second);
        }
    }
}

void Generator::addUkrainianCity(int city, int count)
{
    int made = 0;
    const City& place = m_cities[std::size_t(city)];
    const int sizeBit = 1 << place.size;
    int uniques = 0;
    for (std::size_t i = 0; i < std::size(ukrainianTemplates) && made < count; ++i) {
        const UkrainianTemplate& t = ukrainianTemplates[i];
        const bool regional = t.sizes == 0;
        if (t.repeat || !((t.sizes & sizeBit) || (regional && place.regionalCapital))) {
            continue;
        }
        addUkrainianTemplate(city, int(i));
        ++made;
        if (++uniques == 4) {
            addUniversities(city, made, count);
        }
    }
    WeightedTable repeating;
    for (std::size_t i = 0; i < std::size(ukrainianTemplates); ++i) {
        const UkrainianTemplate& t = ukrainianTemplates[i];
        if (t.repeat && (t.sizes & sizeBit)) {
            repeating.add(int(i), t.weight);
        }
    }
    for (; made < count; ++made) {
        addUkrainianTemplate(city, repeating.pick(m_random));
    }
}

void Generator::addUkrainianTemplate(int city, int index)
{
    const UkrainianTemplate& t = ukrainianTemplates[index];
    const City& place = m_cities[std::size_t(city)];
    QString name;
    QString shortName;
    QString pl;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int n = ++m_templateCounters[{1000 + index, city}];
        const BrandPair& brand = m_random.pick(brandsUk);
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{stem}", place.stem},
            {u"{uk}", place.uk},
            {u"{in}", place.in},
            {u"{city}", place.name},
            {u"{n}", QString::number(n)},
            {u"{brand}", brand.uk.toString()},
            {u"{plbrand}", brand.pl.toString()},
        };
        name = fill(t.name, values);
        shortName = fill(t.shortName, values);
        pl = fill(t.pl, values);
        if (!m_institutionNames.contains(name)) {
            break;
        }
    }
    Institution institution;
    institution.name = uniqueName(name, place);
    institution.shortName = shortName;
    institution.kind = t.kind.toString();
    if (m_random.percent(33)) {
        institution.pl = pl;
    }
    addInstitution(std::move(institution), city);
}

void Generator::addForeignCity(int city, int count)
{
    const City& place = m_cities[std::size_t(city)];
    const auto make = [&](const ForeignTemplate& t, int n) {
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{city}", place.name},
            {u"{gen}", place.localGenitive},
            {u"{hall}", place.hall},
            {u"{n}", QString::number(n)},
        };
        Institution institution;
        institution.name = uniqueName(fill(t.name, values), place);
        institution.shortName = fill(t.shortName, values);
        institution.kind = t.kind.toString();
        addInstitution(std::move(institution), city);
    };
    int made = 0;
    for (const ForeignTemplate& t : foreignTemplates) {
        if (made < count && t.country == place.country) {
            make(t, 1);
            ++made;
        }
    }
    for (const ForeignTemplate& t : foreignOverflow) {
        if (t.country == place.country) {
            for (int n = 2; made < count; ++n, ++made) {
                make(t, n);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// People

void Generator::planPeople()
{
    for (std::size_t i = 0; i < std::size(positions); ++i) {
        const PositionData& data = positions[i];
        m_positionIndex[data.country.toString() + u'/' + data.kind.toString()].push_back(int(i));
    }
    const int total = std::max(m_scale.people, 0);
    addCoordinators(std::min(10, m_home >= 0 ? total : 0));

    // Where people work: the larger offices have more staff.
    static const std::map<QString, int> staffWeights = {
        {u"social_welfare_centre"_s, 30},
        {u"regional_centre"_s, 25},
        {u"city_hall"_s, 25},
        {u"labour_office"_s, 12},
        {u"care_home"_s, 12},
        {u"day_support_home"_s, 10},
        {u"ngo_foundation"_s, 8},
        {u"ngo_association"_s, 8},
        {u"other"_s, 10},
        {u"police"_s, 8},
        {u"school_university"_s, 8},
        {u"health"_s, 8},
        {u"library"_s, 5},
        {u"court"_s, 5},
    };
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        m_staffedInstitutions.add(int(i), staffWeights.at(m_institutions[i].kind));
    }
    const int remaining = total - int(m_people.size());
    const int freelancers = m_institutions.empty() ? remaining : remaining / 10;
    for (int i = 0; i < remaining - freelancers; ++i) {
        const int at = m_staffedInstitutions.pick(m_random);
        const Institution& institution = m_institutions[std::size_t(at)];
        const int femalePercent = institution.country == u"PL" || institution.country == u"UA" ? 75 : 65;
        Person person = makePerson(institution.country, m_random.percent(femalePercent));
        person.institution = at;
        person.position = position(institution.country, institution.kind, person.female);
        addContacts(person, institution.domain);
        addDietAndNotes(person);
        m_people.push_back(std::move(person));
    }
    for (int i = 0; i < freelancers; ++i) {
        m_people.push_back(makeFreelancer());
    }
    indexPeople();
}

void Generator::addCoordinators(int count)
{
    static constexpr std::pair<int, int> years[] = {
        {2016, 2020}, {2016, 2023}, {2017, 2027}, {2018, 2022}, {2019, 2027},
        {2020, 2027}, {2021, 2027}, {2016, 2018}, {2022, 2027}, {2023, 2027},
    };
    static const NamePair titles[] = {
        {u"koordynator współpracy międzynarodowej", u"koordynatorka współpracy międzynarodowej"},
        {u"specjalista ds. współpracy zagranicznej", u"specjalistka ds. współpracy zagranicznej"},
        {u"główny specjalista ds. projektów", u"główna specjalistka ds. projektów"},
    };
    for (int i = 0; i < count; ++i) {
        Person person = makePerson(u"PL", m_random.percent(80));
        person.institution = m_home;
        const NamePair& title = m_random.pick(titles);
        person.position = (person.female ? title.woman : title.man).toString();
        person.languages = m_random.percent(50) ? u"pl,en,uk"_s : u"pl,en"_s;
        addContacts(person, m_institutions[std::size_t(m_home)].domain);
        person.email = u"%1.%2@mcps.example"_s.arg(asciiSlug(person.given), asciiSlug(person.family));
        m_coordinators.push_back({int(m_people.size()), years[i % 10].first, years[i % 10].second});
        m_people.push_back(std::move(person));
    }
}

Person Generator::makePerson(QStringView countryCode, bool female)
{
    Person person;
    person.female = female;
    person.country = countryCode.toString();
    if (countryCode == u"UA") {
        person.given = (female ? m_random.pick(ukrainianWomen) : m_random.pick(ukrainianMen)).toString();
        const QStringView family = m_random.pick(ukrainianFamilyNames);
        person.family = female ? feminineFamilyName(family, true) : family.toString();
        person.latinGiven = transliterated(person.given);
        person.latinFamily = transliterated(person.family);
        person.languages =
            m_random.pick({u"uk,pl"_s, u"uk,pl"_s, u"uk,en"_s, u"uk,en"_s, u"uk"_s, u"uk,pl,en"_s});
        return person;
    }
    if (countryCode == u"PL") {
        person.given = (female ? m_random.pick(polishWomen) : m_random.pick(polishMen)).toString();
        const QStringView family = m_random.pick(polishFamilyNames);
        person.family = female ? feminineFamilyName(family, false) : family.toString();
        const int languages = m_random.weighted({45, 35, 10, 5, 5});
        static const QStringView polishLanguages[] = {u"pl", u"pl,en", u"pl,uk", u"pl,en,de", u"pl,en,ru"};
        person.languages = polishLanguages[languages].toString();
        return person;
    }
    for (const ForeignNames& names : foreignNames) {
        if (names.country == countryCode) {
            person.given = (female ? m_random.pick(names.women) : m_random.pick(names.men)).toString();
            const NamePair& family = m_random.pick(names.family);
            person.family = (female ? family.woman : family.man).toString();
        }
    }
    const CountryData& data = country(countryCode);
    person.languages = (m_random.percent(60) ? data.languagesA : data.languagesB).toString();
    return person;
}

QString Generator::position(QStringView countryCode, QStringView kind, bool female)
{
    const auto specific = m_positionIndex.find(countryCode.toString() + u'/' + kind.toString());
    const auto general = m_positionIndex.find(countryCode.toString() + u'/');
    const std::vector<int>* candidates = nullptr;
    if (specific != m_positionIndex.end() && (general == m_positionIndex.end() || m_random.percent(50))) {
        candidates = &specific->second;
    } else if (general != m_positionIndex.end()) {
        candidates = &general->second;
    }
    if (!candidates) {
        return {};
    }
    const PositionData& data = positions[m_random.pick(*candidates)];
    return (female ? data.woman : data.man).toString();
}

void Generator::addContacts(Person& person, const QString& domain)
{
    const QString given = asciiSlug(person.latinGiven.isEmpty() ? person.given : person.latinGiven);
    const QString family = asciiSlug(person.latinFamily.isEmpty() ? person.family : person.latinFamily);
    if (m_random.percent(85)) {
        person.email = m_random.percent(70) ? u"%1.%2@%3"_s.arg(given, family, domain)
                                            : u"%1%2@%3"_s.arg(given.left(1), family, domain);
    }
    if (m_random.percent(70)) {
        // "000" in the middle: made-up numbers, as in the sample data
        for (const MobilePrefixes& mobile : mobilePrefixes) {
            if (mobile.country == person.country) {
                person.phone = u"%1 %2 000 %3"_s.arg(country(person.country).phonePrefix,
                                                     m_random.pick(mobile.prefixes), digits(m_random, 3));
            }
        }
    }
}

void Generator::addDietAndNotes(Person& person)
{
    int r = m_random.below(1000);
    for (const DietData& diet : diets) {
        if (r < diet.permille) {
            person.diet = diet.diet.toString();
            if (diet.diet == u"allergy") {
                person.dietNote = m_random.pick(allergyNotes).toString();
            } else if (diet.diet == u"other") {
                person.dietNote = m_random.pick(otherDietNotes).toString();
            }
            break;
        }
        r -= diet.permille;
    }
    if (m_random.permille(10)) {
        person.accessibility = m_random.pick(accessibilityNeeds).toString();
    }
    if (m_random.permille(20)) {
        person.notes = m_random.pick(personNotes).toString();
    }
}

/// Interpreters, guides and drivers, experts and others who belong to no institution.
Person Generator::makeFreelancer()
{
    const auto kind = Freelance(m_random.weighted({35, 10, 35, 20}));
    Person person;
    switch (kind) {
    case Freelance::Interpreter: {
        static const std::pair<QStringView, QStringView> languages[] = {
            {u"uk", u"ukraińskiego"}, {u"en", u"angielskiego"}, {u"de", u"niemieckiego"},
            {u"cs", u"czeskiego"},    {u"no", u"norweskiego"},  {u"lt", u"litewskiego"},
            {u"sv", u"szwedzkiego"},
        };
        const auto& [language, inPolish] = languages[m_random.weighted({55, 20, 7, 6, 5, 4, 3})];
        const bool ukrainian = language == u"uk" && m_random.percent(40);
        person = makePerson(ukrainian ? u"UA" : u"PL", m_random.percent(75));
        const bool sworn = m_random.percent(30);
        const QString title = person.female ? (sworn ? u"tłumaczka przysięgła"_s : u"tłumaczka"_s)
                                            : (sworn ? u"tłumacz przysięgły"_s : u"tłumacz"_s);
        person.position = u"%1 języka %2"_s.arg(title, inPolish);
        if (ukrainian) {
            person.languages = u"uk,pl,en"_s;
        } else if (language == u"en") {
            person.languages = u"pl,en"_s;
        } else {
            person.languages = u"pl,"_s + language.toString() + (m_random.percent(40) ? u",en"_s : QString());
        }
        addContacts(person, m_random.percent(50) ? u"tlumacze.example"_s : u"poczta.example"_s);
        break;
    }
    case Freelance::Guide: {
        person = makePerson(u"PL", m_random.percent(50));
        const NamePair& title = m_random.pick(freelanceGuides);
        if (title.man == u"kierowca autokaru") {
            person = makePerson(u"PL", m_random.percent(10));
        }
        person.position = (person.female ? title.woman : title.man).toString();
        addContacts(person, u"poczta.example"_s);
        break;
    }
    case Freelance::Expert: {
        const bool ukrainian = m_random.percent(15);
        person = makePerson(ukrainian ? u"UA" : u"PL", m_random.percent(65));
        if (ukrainian) {
            person.position = person.female ? u"незалежна експертка"_s : u"незалежний експерт"_s;
        } else {
            const NamePair& title = m_random.pick(freelanceExperts);
            person.position = (person.female ? title.woman : title.man).toString();
        }
        addContacts(person, u"poczta.example"_s);
        break;
    }
    case Freelance::Other: {
        person = makePerson(u"PL", m_random.percent(70));
        const NamePair& title = m_random.pick(freelanceOthers);
        person.position = (person.female ? title.woman : title.man).toString();
        addContacts(person, u"poczta.example"_s);
        break;
    }
    }
    addDietAndNotes(person);
    return person;
}

void Generator::indexPeople()
{
    m_staff.assign(m_institutions.size(), {});
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person& person = m_people[i];
        const int index = int(i);
        if (person.institution >= 0) {
            const Institution& institution = m_institutions[std::size_t(person.institution)];
            m_staff[std::size_t(person.institution)].push_back(index);
            m_cities[std::size_t(institution.city)].people.push_back(index);
            m_peopleByCountry[institution.country].push_back(index);
            continue;
        }
        if (person.position.contains(u"tłumacz")) {
            const QStringList spoken = person.languages.split(u',');
            const QString language = person.country == u"UA" ? u"uk"_s : spoken.value(1);
            m_interpreters[language].push_back(index);
        } else if (person.position.startsWith(u"przewodni") || person.position.startsWith(u"pilot") ||
                   person.position.startsWith(u"kierow")) {
            m_guides.push_back(index);
        } else if (person.position.contains(u"eksper") || person.position.contains(u"trener") ||
                   person.position.contains(u"superwizor") || person.position.contains(u"konsultant") ||
                   person.position.contains(u"mediator") || person.position.contains(u"експерт")) {
            m_experts.push_back(index);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Funding projects and exchange groups

std::vector<int> Generator::pickPartners(const QStringList& countries, int count, bool withHome)
{
    std::vector<int> partners;
    if (withHome && m_home >= 0) {
        partners.push_back(m_home);
    }
    for (int attempt = 0; attempt < count * 4 && int(partners.size()) < count; ++attempt) {
        const QString& code =
            countries.at(attempt < 2 ? attempt % countries.size() : m_random.below(int(countries.size())));
        const int partner = pickPartner(code);
        if (partner >= 0 && std::find(partners.begin(), partners.end(), partner) == partners.end()) {
            partners.push_back(partner);
        }
    }
    return partners;
}

/// The social-welfare centres of one voivodeship (its family-support centres first), and the office.
std::vector<int> Generator::regionalMembers(QStringView region, int count)
{
    std::vector<int> familyCentres;
    std::vector<int> others;
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        const Institution& institution = m_institutions[i];
        if (institution.kind == u"social_welfare_centre" && int(i) != m_home &&
            m_cities[std::size_t(institution.city)].region == region) {
            (institution.shortName.startsWith(u"PCPR") ? familyCentres : others).push_back(int(i));
        }
    }
    m_random.shuffle(familyCentres);
    m_random.shuffle(others);
    std::vector<int> members;
    if (m_home >= 0) {
        members.push_back(m_home);
    }
    for (const std::vector<int>* pool : {&familyCentres, &others}) {
        for (const int institution : *pool) {
            if (int(members.size()) < count) {
                members.push_back(institution);
            }
        }
    }
    return members;
}

void Generator::planProjects()
{
    const int count = std::clamp(m_scale.visits / 125, 8, 40);
    std::map<int, int> editions; // template → how many so far
    QSet<QString> names;
    for (int k = 0; k < count; ++k) {
        const int index = k % int(std::size(projects));
        const ProjectData& data = projects[index];
        const int year = m_random.between(data.fromYear, data.toYear);
        const QString yearText = QString::number(year);
        const QString yy = twoDigits(year % 100);
        Project project;
        project.name = fill(data.name, {{u"{year}", yearText}});
        project.acronym = fill(data.acronym, {{u"{year}", yearText}});
        const int edition = ++editions[index];
        if (names.contains(project.name) || (edition > 1 && !data.name.contains(u"{year}"))) {
            project.name += u" – edycja "_s + QString::number(edition);
            project.acronym += u'-' + QString::number(edition);
        }
        names.insert(project.name);
        project.funder = data.funder.toString();
        project.agreement =
            fill(data.agreement, {{u"{year}", yearText}, {u"{yy}", yy}, {u"{nnnn}", digits(m_random, 4)}});
        project.currency = data.currency.toString();
        project.notes = data.notes.toString();
        project.focus = data.focus.toString().split(u',');
        static constexpr int startMonths[] = {1, 3, 7, 9};
        const QDate first(year, m_random.pick(startMonths), 1);
        project.firstDay = julian(first);
        project.lastDay = julian(first.addYears(m_random.between(1, data.years)).addDays(-1));
        const int thousands =
            project.currency == u"EUR" ? m_random.between(60, 900) : m_random.between(150, 4000);
        project.totalValue = qint64(thousands) * 1000 * 100;
        project.coFinancing = project.totalValue * m_random.between(0, 20) / 100 / 100 * 100;
        project.partners = pickPartners(project.focus, m_random.between(2, 6), true);
        m_projects.push_back(std::move(project));
    }
}

void Generator::planGroups()
{
    const int count = std::min<int>(std::clamp(m_scale.visits / 330, 4, 15), int(std::size(groups)));
    for (int i = 0; i < count; ++i) {
        const GroupData& data = groups[i];
        Group group;
        group.name = data.name.toString();
        group.meetingPl = data.meetingPl.toString();
        group.meetingUk = data.meetingUk.toString();
        group.notes = data.notes.toString();
        group.intervalDays = data.intervalDays;
        group.countries = data.countries.toString().split(u',');
        group.fromDay =
            std::max(julian(periodStart), julian(QDate(data.fromYear, 1, 15)) + m_random.below(200));
        group.lastMeeting = group.fromDay - group.intervalDays;
        // At least two Polish members; the office itself in half of the groups.
        QStringList memberCountries = group.countries;
        memberCountries.prepend(u"PL"_s);
        if (data.region.isEmpty()) {
            group.members = pickPartners(memberCountries, m_random.between(4, 9), m_random.percent(50));
        } else {
            group.members = regionalMembers(data.region, m_random.between(4, 9));
        }
        m_groups.push_back(std::move(group));
    }
}

// ---------------------------------------------------------------------------------------------
// Visits

/// "2026-05-19T09:30" from a day's ISO text and minutes after midnight.
QString stamp(const QString& day, int minutes)
{
    return day + u'T' + twoDigits(minutes / 60) + u':' + twoDigits(minutes % 60);
}

QString isoDay(int julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

void Generator::plan()
{
    addCities();
    planInstitutions();
    planPeople();
    planProjects();
    planGroups();
    planVisits();
    allocateSessions();
    setConsentDates();
}

void Generator::planVisits()
{
    const std::vector<int> days = firstDays(std::max(m_scale.visits, 0));
    m_visits.resize(days.size());
    for (std::size_t i = 0; i < days.size(); ++i) {
        Visit& visit = m_visits[i];
        const int index = int(i);
        visit.id = index + 1;
        visit.firstDay = days[i];
        visit.kind = chooseKind(QDate::fromJulianDay(visit.firstDay));
        visit.lastDay = visit.firstDay + chooseLength(visit.kind) - 1;
        assignCoordinator(visit);
        if (visit.kind == u"exchange_group_meeting" && !planGroupMeeting(visit, index)) {
            visit.kind = u"working_meeting"_s;
        }
        if (visit.kind == u"incoming_study_visit") {
            planIncoming(visit, index);
        } else if (visit.kind == u"outgoing_study_visit") {
            planOutgoing(visit, index);
        } else if (visit.kind == u"conference") {
            planConference(visit, index);
        } else if (visit.kind == u"working_meeting") {
            planWorkingMeeting(visit, index);
        }
        setStatus(visit);
    }
}

std::vector<int> Generator::firstDays(int count)
{
    WeightedTable table;
    for (int day = julian(periodStart); day <= julian(planningEnd); ++day) {
        table.add(day, dayWeight(QDate::fromJulianDay(day)));
    }
    std::vector<int> days;
    days.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        days.push_back(table.pick(m_random));
    }
    std::sort(days.begin(), days.end());
    return days;
}

/// How likely a visit is to start on `day`: more each year, few in summer holidays, at Christmas,
/// at weekends and in the pandemic, fewer the further ahead of the day the data is taken.
int Generator::dayWeight(const QDate& day)
{
    qint64 weight = 1000;
    const int months = (day.year() - firstYear) * 12 + day.month() - 12;
    weight = weight * (100 + 9 * months / 12) / 100;
    switch (day.month()) {
    case 1:
        weight = weight * (day.day() <= 6 ? 10 : 75) / 100;
        break;
    case 7:
        weight = weight * 60 / 100;
        break;
    case 8:
        weight = weight * 40 / 100;
        break;
    case 12:
        weight = weight * (day.day() >= 20 ? 10 : 80) / 100;
        break;
    default:
        break;
    }
    static constexpr int weekdays[] = {0, 130, 130, 120, 100, 50, 8, 8}; // Monday is 1
    weight = weight * weekdays[day.dayOfWeek()] / 100;
    if (day >= pandemicStart && day < pandemicEased) {
        weight = weight * 5 / 100;
    } else if (day >= pandemicEased && day < pandemicOver) {
        weight = weight * 35 / 100;
    }
    if (day >= fullScaleWar && day < QDate(2022, 5, 1)) {
        weight = weight * 60 / 100;
    }
    if (day > dataTakenOn) {
        const qint64 span = dataTakenOn.daysTo(planningEnd);
        weight = weight * std::max<qint64>(day.daysTo(planningEnd), span / 20) / span;
    }
    return int(std::max<qint64>(weight, 1));
}

QString Generator::chooseKind(const QDate& day)
{
    static const QString kinds[] = {u"incoming_study_visit"_s, u"outgoing_study_visit"_s,
                                    u"exchange_group_meeting"_s, u"conference"_s, u"working_meeting"_s};
    const bool pandemic = day >= pandemicStart && day < pandemicOver;
    return kinds[pandemic ? m_random.weighted({30, 2, 12, 3, 13}) : m_random.weighted({55, 12, 12, 8, 13})];
}

int Generator::chooseLength(QStringView kind)
{
    if (kind == u"incoming_study_visit") {
        return 1 + m_random.weighted({15, 12, 15, 12, 18, 10, 18});
    }
    if (kind == u"outgoing_study_visit") {
        return 2 + m_random.weighted({10, 20, 25, 25, 10, 10});
    }
    if (kind == u"exchange_group_meeting") {
        return 1 + m_random.weighted({30, 60, 10});
    }
    if (kind == u"conference") {
        return 1 + m_random.weighted({60, 35, 5});
    }
    return 1 + m_random.weighted({70, 25, 5});
}

QString Generator::incomingCountry(const QDate& day)
{
    static const QString codes[] = {u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s, u"PL"_s};
    return codes[day < fullScaleWar ? m_random.weighted({50, 9, 9, 7, 7, 5, 13})
                                    : m_random.weighted({72, 7, 6, 4, 4, 2, 5})];
}

QString Generator::outgoingCountry(const QDate& day)
{
    static const QString codes[] = {u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s};
    if (day < fullScaleWar) {
        return codes[m_random.weighted({30, 22, 15, 10, 13, 10})];
    }
    const int ukraine = day < QDate(2023, 1, 1) ? 0 : 12;
    return codes[m_random.weighted({ukraine, 28, 18, 14, 16, 12})];
}

int Generator::pickPolishHost()
{
    return m_polishHosts.isEmpty() ? m_home : m_polishHosts.pick(m_random);
}

int Generator::pickPartner(QStringView countryCode)
{
    const auto found = m_partners.find(countryCode.toString());
    return found == m_partners.end() ? -1 : found->second.pick(m_random);
}

void Generator::setCityAndZone(Visit& visit, int host)
{
    visit.host = host;
    visit.city = host >= 0 ? m_institutions[std::size_t(host)].city : -1;
    const QString code = visit.city >= 0 ? m_cities[std::size_t(visit.city)].country : u"PL"_s;
    visit.timeZone = country(code).timeZone.toString();
    visit.venueLanguage = country(code).interpreting.toString();
    if (code == u"PL") {
        visit.venueLanguage = u"pl"_s;
    }
    visit.hotel = hotelFor(visit);
}

QString Generator::hotelFor(const Visit& visit)
{
    if (visit.lastDay == visit.firstDay || visit.city < 0) {
        return {};
    }
    const City& city = m_cities[std::size_t(visit.city)];
    return u"%1, %2, %3"_s.arg(m_random.pick(hotels), streetAndNumber(city), city.name);
}

void Generator::setLanguages(Visit& visit, QStringView partnerCountry)
{
    if (partnerCountry == u"UA") {
        visit.workingLanguages = u"pl,uk"_s;
        visit.printLanguages = m_random.pick({u"pl,uk"_s, u"pl,uk"_s, u"pl,uk"_s, u"uk,pl"_s, u"pl"_s});
        visit.guestLanguage = u"uk"_s;
    } else if (partnerCountry == u"NO" || partnerCountry == u"SE") {
        visit.workingLanguages = u"pl,en"_s;
        visit.printLanguages = m_random.pick({u"pl,en"_s, u"pl"_s});
        visit.guestLanguage = partnerCountry == u"NO" && m_random.percent(30) ? u"no"_s : u"en"_s;
    } else if (partnerCountry == u"CZ") {
        visit.workingLanguages = u"pl,cs"_s;
        visit.printLanguages = m_random.pick({u"pl,cs"_s, u"cs,pl"_s, u"pl"_s});
        visit.guestLanguage = u"cs"_s;
    } else if (partnerCountry == u"LT") {
        const bool lithuanian = m_random.percent(50);
        visit.workingLanguages = lithuanian ? u"pl,lt"_s : u"pl,en"_s;
        visit.printLanguages = m_random.percent(60) ? u"pl"_s : visit.workingLanguages;
        visit.guestLanguage = lithuanian ? u"lt"_s : u"en"_s;
    } else if (partnerCountry == u"DE") {
        visit.workingLanguages = u"pl,de"_s;
        visit.printLanguages = m_random.pick({u"pl,de"_s, u"pl"_s});
        visit.guestLanguage = u"de"_s;
    } else {
        visit.workingLanguages = u"pl"_s;
        visit.printLanguages = u"pl"_s;
        visit.guestLanguage.clear();
    }
}

void Generator::assignProject(Visit& visit, QStringView partnerCountry, int percent)
{
    std::vector<int> candidates;
    for (std::size_t i = 0; i < m_projects.size(); ++i) {
        const Project& project = m_projects[i];
        if (project.firstDay <= visit.firstDay && visit.firstDay <= project.lastDay &&
            (partnerCountry.isEmpty() || project.focus.contains(partnerCountry))) {
            candidates.push_back(int(i));
        }
    }
    if (!candidates.empty() && m_random.percent(percent)) {
        visit.project = m_random.pick(candidates);
    }
}

void Generator::assignCoordinator(Visit& visit)
{
    const int year = QDate::fromJulianDay(visit.firstDay).year();
    std::vector<int> active;
    for (const Coordinator& coordinator : m_coordinators) {
        if (coordinator.fromYear <= year && year <= coordinator.toYear) {
            active.push_back(coordinator.person);
        }
    }
    if (active.empty()) {
        for (const Coordinator& coordinator : m_coordinators) {
            active.push_back(coordinator.person);
        }
    }
    visit.coordinator = active.empty() ? -1 : m_random.pick(active);
}

void Generator::setStatus(Visit& visit)
{
    const int today = julian(dataTakenOn);
    const QDate first = QDate::fromJulianDay(visit.firstDay);
    const bool ukrainian = visit.sendingCountry == u"UA" || visit.guestLanguage == u"uk" ||
                           (visit.city >= 0 && m_cities[std::size_t(visit.city)].country == u"UA");
    if (visit.lastDay < today) {
        int cancelPercent = 3;
        QString reason = m_random.pick(cancellationNotes).toString();
        if (first >= pandemicStart && first < pandemicOver) {
            cancelPercent = first < pandemicEased ? 85 : 25;
            reason = u"Odwołana z powodu pandemii COVID-19."_s;
        } else if (ukrainian && first >= fullScaleWar && first < QDate(2022, 4, 1)) {
            cancelPercent = 70;
            reason = u"Odwołana: pełnoskalowa inwazja Rosji na Ukrainę (24 lutego 2022 r.)."_s;
        }
        if (m_random.percent(cancelPercent)) {
            visit.status = u"cancelled"_s;
            visit.notes = reason;
        } else {
            // Now and then a visit nobody closed in the application.
            visit.status = m_random.permille(5) ? u"confirmed"_s : u"completed"_s;
        }
    } else if (visit.firstDay <= today) {
        visit.status = u"in_progress"_s;
    } else {
        static const QString statuses[] = {u"confirmed"_s, u"planned"_s, u"draft"_s, u"cancelled"_s};
        const int ahead = visit.firstDay - today;
        const int chosen = ahead <= 30   ? m_random.weighted({70, 25, 0, 5})
                           : ahead <= 90 ? m_random.weighted({40, 45, 10, 5})
                                         : m_random.weighted({10, 45, 40, 5});
        visit.status = statuses[chosen];
        if (visit.status == u"cancelled") {
            visit.notes = m_random.pick(cancellationNotes).toString();
        }
    }
    if (visit.notes.isEmpty() && m_random.percent(20)) {
        visit.notes = m_random.pick(visitNotes).toString();
    }
}

/// Whether a visit without Ukrainian guests gets Ukrainian titles all the same: the office has
/// Ukrainian-speaking colleagues who use the application in Ukrainian, more of them since 2022.
bool Generator::colleagueTranslates(const QDate& day)
{
    return m_random.percent(day < fullScaleWar ? 20 : 45);
}

Topic Generator::topic(const QDate& day, bool ukrainian, const Visit& visit)
{
    if (ukrainian && day >= fullScaleWar && m_random.percent(40)) {
        return m_random.pick(warTopics);
    }
    // The last one, the Masovian model, only for visits to Masovia.
    const bool masovia =
        visit.city >= 0 && m_cities[std::size_t(visit.city)].region == u"województwo mazowieckie";
    return visitTopics[m_random.below(int(std::size(visitTopics)) - (masovia ? 0 : 1))];
}

// ---------------------------------------------------------------------------------------------
// Participants

bool Generator::isFree(int person, const Visit& visit, int index) const
{
    const Person& p = m_people[std::size_t(person)];
    return p.lastVisit != index && p.busyUntil < visit.firstDay;
}

void Generator::book(int person, const Visit& visit, int index)
{
    Person& p = m_people[std::size_t(person)];
    p.busyUntil = std::max(p.busyUntil, visit.lastDay);
    p.lastVisit = index;
    if (p.firstVisit == 0) {
        p.firstVisit = visit.firstDay;
    }
}

/// Adds up to `count` people from `pool` who are free on the visit's days to `taken`, booking them.
int Generator::takeFree(const std::vector<int>& pool, const Visit& visit, int index, int count,
                        std::vector<int>& taken)
{
    const int size = int(pool.size());
    int found = 0;
    if (size == 0 || count <= 0) {
        return 0;
    }
    const auto take = [&](int person) {
        if (isFree(person, visit, index)) {
            book(person, visit, index);
            taken.push_back(person);
            ++found;
        }
    };
    if (size <= 64) {
        const int start = m_random.below(size);
        for (int k = 0; k < size && found < count; ++k) {
            take(pool[std::size_t((start + k) % size)]);
        }
    } else {
        for (int attempt = 0; attempt < count * 6 && found < count; ++attempt) {
            take(m_random.pick(pool));
        }
    }
    return found;
}

/// A delegation: from its institution first, then its city, then its country.
void Generator::takeDelegation(const std::vector<const std::vector<int>*>& pools, const Visit& visit,
                               int index, int count, std::vector<int>& taken)
{
    for (const std::vector<int>* pool : pools) {
        const int missing = count - int(taken.size());
        if (missing <= 0) {
            return;
        }
        // From its own institution most, but not all: delegations come from several.
        takeFree(*pool, visit, index,
                 pool == pools.front() ? (missing + 1) / 2 + m_random.below(missing / 2 + 1) : missing,
                 taken);
    }
}

void Generator::addParticipant(Visit& visit, int person, QStringView role, bool travels)
{
    Participant participant;
    participant.id = m_nextParticipantId++;
    participant.person = person;
    participant.role = role.toString();
    const bool nights = visit.lastDay > visit.firstDay;
    if (travels && m_random.percent(92)) {
        if (nights && m_random.percent(60)) {
            participant.arrival =
                stamp(isoDay(visit.firstDay - 1), m_random.between(60, 86) * 15); // 15:00–21:30
        } else {
            participant.arrival = stamp(isoDay(visit.firstDay), m_random.between(26, 32) * 15); // 06:30–08:00
        }
        if (m_random.percent(2)) {
            participant.arrival = stamp(isoDay(visit.firstDay), 11 * 60); // misses the morning: a warning
        }
        if (nights && m_random.percent(50)) {
            participant.departure =
                stamp(isoDay(visit.lastDay + 1), m_random.between(32, 48) * 15); // 08:00–12:00
        } else {
            participant.departure =
                stamp(isoDay(visit.lastDay), m_random.between(87, 90) * 15); // 21:45–22:30
        }
        if (nights && !visit.hotel.isEmpty()) {
            participant.accommodation = visit.hotel;
            if (m_random.percent(15)) {
                participant.accommodation += u"; pokój jednoosobowy"_s;
            }
        }
    }
    if (m_random.percent(3)) {
        participant.notes = m_random.pick(participantNotes).toString();
    }
    visit.participants.push_back(std::move(participant));
}

void Generator::addInterpreters(Visit& visit, int index, int count)
{
    const QString language = visit.venueLanguage != u"pl" ? visit.venueLanguage : visit.guestLanguage;
    auto pool = m_interpreters.find(language);
    if (pool == m_interpreters.end() || pool->second.empty()) {
        pool = m_interpreters.find(u"en"_s);
    }
    if (pool == m_interpreters.end()) {
        return;
    }
    std::vector<int> taken;
    takeFree(pool->second, visit, index, count, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"interpreter", true);
    }
}

void Generator::addOrganiser(Visit& visit, int index, bool travels)
{
    if (visit.coordinator >= 0 && isFree(visit.coordinator, visit, index)) {
        book(visit.coordinator, visit, index);
        addParticipant(visit, visit.coordinator, u"organiser", travels);
    }
}

void Generator::addGuide(Visit& visit, int index)
{
    std::vector<int> taken;
    takeFree(m_guides, visit, index, 1, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"guide_driver", true);
    }
}

/// Makes the first participant who is not a host the delegation's leader (the one per visit).
void promoteLeader(Visit& visit)
{
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_leader") {
            return;
        }
    }
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_member") {
            participant.role = u"delegation_leader"_s;
            return;
        }
    }
}

void Generator::planIncoming(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    QString from = incomingCountry(day);
    int sending = pickPartner(from);
    if (sending < 0) {
        from = u"PL"_s;
        sending = pickPartner(from);
    }
    setCityAndZone(visit, m_home >= 0 && m_random.percent(8) ? m_home : pickPolishHost());
    visit.sending = sending;
    const City* origin =
        sending >= 0 ? &m_cities[std::size_t(m_institutions[std::size_t(sending)].city)] : nullptr;
    visit.sendingCountry = origin ? from : QString();
    visit.sendingRegion = origin ? origin->region : QString();
    setLanguages(visit, from);
    assignProject(visit, from, 60);

    std::vector<int> delegation;
    if (origin) {
        takeDelegation({&m_staff[std::size_t(sending)], &origin->people, &m_peopleByCountry[from]}, visit,
                       index, m_random.between(7, 12), delegation);
    }
    for (std::size_t k = 0; k < delegation.size(); ++k) {
        addParticipant(visit, delegation[k], k == 0 ? u"delegation_leader" : u"delegation_member", true);
    }
    std::vector<int> locals;
    if (visit.host >= 0) {
        takeFree(m_staff[std::size_t(visit.host)], visit, index, m_random.between(1, 2), locals);
    }
    for (const int person : locals) {
        addParticipant(visit, person, u"host", false);
    }
    locals.clear();
    if (visit.city >= 0) {
        takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 3), locals);
    }
    for (const int person : locals) {
        addParticipant(visit, person, u"presenter", false);
    }
    const int days = visit.lastDay - visit.firstDay + 1;
    if (!visit.guestLanguage.isEmpty() && m_random.percent(85)) {
        addInterpreters(visit, index, days >= 5 && m_random.percent(40) ? 2 : 1);
    }
    if (m_random.percent(50)) {
        addOrganiser(visit, index, visit.city >= 0 && m_cities[std::size_t(visit.city)].name != u"Warszawa");
    }
    if (days > 1 && m_random.percent(30)) {
        addGuide(visit, index);
    }

    // The title, and the delegation's own
    const bool ukrainian = from == u"UA";
    const Topic subject = topic(day, ukrainian, visit);
    const QString fromPl = origin ? origin->from : u"z zagranicy"_s;
    visit.ukTexts = ukrainian ? m_random.percent(92) : colleagueTranslates(day);
    if (ukrainian && origin) {
        const QString hostIn = visit.city >= 0 ? m_cities[std::size_t(visit.city)].in : QString();
        const int pattern = m_random.weighted({35, 25, 20, hostIn.isEmpty() ? 0 : 20});
        const QString genitive = withoutPreposition(origin->from);
        const QString genitiveUk = withoutPreposition(origin->fromUk);
        switch (pattern) {
        case 0:
            visit.title = u"Wizyta studyjna delegacji %1: %2"_s.arg(fromPl, subject.pl);
            visit.titleUk = u"Навчальний візит делегації %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        case 1:
            visit.title = u"%1 – doświadczenia dla %2"_s.arg(capitalized(subject.pl), genitive);
            visit.titleUk = u"%1 – досвід для %2"_s.arg(capitalized(subject.uk), genitiveUk);
            break;
        case 2:
            visit.title = u"Goście %1: %2"_s.arg(fromPl, subject.pl);
            visit.titleUk = u"Гості %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        default:
            visit.title = u"Samorządowcy %1 %2: %3"_s.arg(fromPl, hostIn, subject.pl);
            visit.titleUk = u"Представники громади %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        }
    } else {
        const bool guests = m_random.percent(40);
        visit.title = (guests ? u"Goście %1: %2"_s : u"Wizyta studyjna %1: %2"_s).arg(fromPl, subject.pl);
        if (origin) {
            visit.titleUk = (from == u"PL" ? u"Навчальний візит гостей з міста %1: %2"_s
                                           : u"Навчальний візит делегації з міста %1: %2"_s)
                                .arg(origin->uk, subject.uk);
        }
        if (from != u"PL" && origin && m_random.percent(50)) {
            visit.titleEn = u"Study visit of a delegation from %1: %2"_s.arg(origin->name, subject.en);
        }
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
}

void Generator::planOutgoing(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    QString to = outgoingCountry(day);
    int host = pickPartner(to);
    for (const QString& fallback : {u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s, u"UA"_s}) {
        if (host < 0) {
            to = fallback;
            host = pickPartner(to);
        }
    }
    if (host < 0) {
        visit.kind = u"incoming_study_visit"_s;
        planIncoming(visit, index);
        return;
    }
    setCityAndZone(visit, host);
    const int sending = m_home >= 0 && m_random.percent(70) ? m_home : pickPolishHost();
    visit.sending = sending;
    visit.sendingCountry = u"PL"_s;
    const City* home =
        sending >= 0 ? &m_cities[std::size_t(m_institutions[std::size_t(sending)].city)] : nullptr;
    visit.sendingRegion = home ? home->region : QString();
    setLanguages(visit, to);
    assignProject(visit, to, 70);

    std::vector<int> delegation;
    if (home) {
        takeDelegation({&m_staff[std::size_t(sending)], &home->people, &m_peopleByCountry[u"PL"_s]}, visit,
                       index, m_random.between(6, 12), delegation);
    }
    for (std::size_t k = 0; k < delegation.size(); ++k) {
        addParticipant(visit, delegation[k], k == 0 ? u"delegation_leader" : u"delegation_member", true);
    }
    std::vector<int> locals;
    takeFree(m_staff[std::size_t(host)], visit, index, m_random.between(1, 3), locals);
    for (const int person : locals) {
        addParticipant(visit, person, u"host", false);
    }
    locals.clear();
    takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 2), locals);
    for (const int person : locals) {
        addParticipant(visit, person, u"presenter", false);
    }
    if (m_random.percent(80)) {
        addInterpreters(visit, index, 1);
    }
    if (m_random.percent(70)) {
        addOrganiser(visit, index, true);
    }

    const City& city = m_cities[std::size_t(visit.city)];
    const bool ukrainian = to == u"UA";
    const Topic subject = topic(day, ukrainian, visit);
    visit.title = u"Wyjazd studyjny do %1: %2"_s.arg(city.genitive, subject.pl);
    visit.ukTexts = ukrainian ? m_random.percent(75) : colleagueTranslates(day);
    if (visit.ukTexts) {
        visit.titleUk =
            ukrainian ? u"Навчальний візит польської делегації до %1: %2"_s.arg(
                            withoutPreposition(city.fromUk), subject.uk)
                      : u"Навчальний візит польської делегації до міста %1: %2"_s.arg(city.uk, subject.uk);
    }
    if (!ukrainian && m_random.percent(50)) {
        visit.titleEn = u"Study visit to %1: %2"_s.arg(city.name, subject.en);
    }
}

bool Generator::planGroupMeeting(Visit& visit, int index)
{
    // The group whose next meeting is most overdue.
    int chosen = -1;
    qint64 mostOverdue = -1;
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        const Group& group = m_groups[i];
        if (group.fromDay > visit.firstDay || group.members.size() < 2) {
            continue;
        }
        const qint64 overdue = qint64(visit.firstDay - group.lastMeeting) * 1000 / group.intervalDays;
        if (overdue > mostOverdue) {
            mostOverdue = overdue;
            chosen = int(i);
        }
    }
    if (chosen < 0) {
        return false;
    }
    Group& group = m_groups[std::size_t(chosen)];
    group.lastMeeting = visit.firstDay;
    visit.group = chosen;
    const int host = group.members[std::size_t(group.nextHost++) % group.members.size()];
    setCityAndZone(visit, host);
    QString partner = u"PL"_s;
    for (const QString& code : group.countries) {
        if (code != u"PL") {
            partner = code;
            break;
        }
    }
    setLanguages(visit, partner);
    assignProject(visit, partner, 35);

    std::vector<int> taken;
    takeFree(m_staff[std::size_t(host)], visit, index, 2, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"host", false);
    }
    for (const int member : group.members) {
        if (member == host || visit.participants.size() >= 17) {
            continue;
        }
        taken.clear();
        takeFree(m_staff[std::size_t(member)], visit, index, m_random.between(1, 2), taken);
        const bool sameCity = m_institutions[std::size_t(member)].city == visit.city;
        for (const int person : taken) {
            addParticipant(visit, person, u"delegation_member", !sameCity);
        }
    }
    // The office's own people lead when it is a member and not the host.
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_member" &&
            m_people[std::size_t(participant.person)].institution == m_home) {
            participant.role = u"delegation_leader"_s;
            break;
        }
    }
    promoteLeader(visit);
    taken.clear();
    takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 2), taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"presenter", false);
    }
    if (partner != u"PL" && m_random.percent(70)) {
        addInterpreters(visit, index, 1);
    }

    const City& city = m_cities[std::size_t(visit.city)];
    visit.title = u"%1 – %2"_s.arg(group.meetingPl, city.name);
    visit.ukTexts = group.countries.contains(u"UA"_s)
                        ? m_random.percent(85)
                        : colleagueTranslates(QDate::fromJulianDay(visit.firstDay));
    if (visit.ukTexts) {
        visit.titleUk = u"%1 – %2"_s.arg(group.meetingUk, city.uk);
    }
    return true;
}

void Generator::planConference(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    // A city hall or a regional or welfare centre organises a conference.
    int host = m_home;
    if (m_home < 0 || !m_random.percent(25)) {
        host = pickPolishHost();
        for (int attempt = 0; attempt < 12 && host >= 0; ++attempt) {
            const QString& kind = m_institutions[std::size_t(host)].kind;
            if (kind == u"city_hall" || kind == u"regional_centre" || kind == u"social_welfare_centre") {
                break;
            }
            host = pickPolishHost();
        }
    }
    setCityAndZone(visit, host);
    QString partner = u"PL"_s;
    int guestInstitution = -1;
    if (m_random.percent(35)) {
        static const QString others[] = {u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s};
        partner = m_random.percent(day >= fullScaleWar ? 65 : 40) ? u"UA"_s : m_random.pick(others);
        guestInstitution = pickPartner(partner);
        if (guestInstitution < 0) {
            partner = u"PL"_s;
        }
    }
    setLanguages(visit, partner);
    assignProject(visit, partner, 40);

    if (guestInstitution >= 0) {
        const City& origin = m_cities[std::size_t(m_institutions[std::size_t(guestInstitution)].city)];
        std::vector<int> guests;
        takeDelegation({&m_staff[std::size_t(guestInstitution)], &origin.people}, visit, index,
                       m_random.between(3, 4), guests);
        for (std::size_t k = 0; k < guests.size(); ++k) {
            addParticipant(visit, guests[k], k == 0 ? u"delegation_leader" : u"delegation_member", true);
        }
        addInterpreters(visit, index, 2);
    }
    std::vector<int> taken;
    takeFree(m_peopleByCountry[u"PL"_s], visit, index, m_random.between(6, 10), taken);
    for (const int person : taken) {
        const bool sameCity =
            m_institutions[std::size_t(m_people[std::size_t(person)].institution)].city == visit.city;
        addParticipant(visit, person, u"delegation_member", !sameCity);
    }
    promoteLeader(visit);
    taken.clear();
    takeFree(m_experts, visit, index, m_random.between(1, 2), taken);
    if (visit.city >= 0) {
        takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(2, 3), taken);
    }
    for (const int person : taken) {
        addParticipant(visit, person, u"presenter", false);
    }
    taken.clear();
    takeFree(m_experts, visit, index, 1, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"moderator", false);
    }
    if (m_random.percent(80)) {
        addOrganiser(visit, index, false);
    }

    const City* city = visit.city >= 0 ? &m_cities[std::size_t(visit.city)] : nullptr;
    const QString cityName = city ? city->name : u"Warszawa"_s;
    const QString cityUk = city ? city->uk : u"Варшава"_s;
    const QString year = QString::number(day.year());
    visit.ukTexts = partner == u"UA" ? m_random.percent(90) : colleagueTranslates(day);
    if (m_random.percent(70)) {
        const Topic& theme = m_random.pick(conferenceThemes);
        visit.title = u"Konferencja „%1” – %2 %3"_s.arg(theme.pl, cityName, year);
        visit.titleUk = u"Конференція «%1» – %2 %3"_s.arg(theme.uk, cityUk, year);
        visit.titleEn = u"Conference “%1” – %2 %3"_s.arg(theme.en, cityName, year);
    } else {
        visit.title = u"Doroczna konferencja współpracy – %1 %2"_s.arg(cityName, year);
        visit.titleUk = u"Щорічна конференція співпраці – %1 %2"_s.arg(cityUk, year);
        visit.titleEn = u"Annual cooperation conference – %1 %2"_s.arg(cityName, year);
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
    if (partner == u"PL" || partner == u"UA" || m_random.percent(50)) {
        visit.titleEn.clear();
    }
}

void Generator::planWorkingMeeting(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    assignProject(visit, {}, 80);
    const Project* project = visit.project >= 0 ? &m_projects[std::size_t(visit.project)] : nullptr;
    int host = m_home;
    if (project && m_random.percent(50)) {
        for (const int partner : project->partners) {
            if (m_institutions[std::size_t(partner)].country == u"PL") {
                host = partner;
            }
        }
    } else if (m_random.percent(50) || m_home < 0) {
        host = pickPolishHost();
    }
    setCityAndZone(visit, host);
    QString partnerCountry = u"PL"_s;
    if (project) {
        for (const QString& code : project->focus) {
            if (code != u"PL") {
                partnerCountry = code;
                break;
            }
        }
    }
    setLanguages(visit, partnerCountry);

    std::vector<int> taken;
    if (host >= 0) {
        takeFree(m_staff[std::size_t(host)], visit, index, m_random.between(1, 2), taken);
    }
    for (const int person : taken) {
        addParticipant(visit, person, u"host", false);
    }
    bool foreigners = false;
    if (project) {
        for (const int partner : project->partners) {
            if (partner == host) {
                continue;
            }
            taken.clear();
            takeFree(m_staff[std::size_t(partner)], visit, index, m_random.between(1, 2), taken);
            const Institution& institution = m_institutions[std::size_t(partner)];
            foreigners = foreigners || (!taken.empty() && institution.country != u"PL");
            for (const int person : taken) {
                addParticipant(visit, person, u"delegation_member", institution.city != visit.city);
            }
        }
    }
    if (visit.participants.size() < 6) {
        taken.clear();
        if (visit.city >= 0) {
            takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(2, 4), taken);
        }
        takeFree(m_peopleByCountry[u"PL"_s], visit, index, m_random.between(2, 4), taken);
        for (const int person : taken) {
            addParticipant(visit, person, u"delegation_member", false);
        }
    }
    promoteLeader(visit);
    if (foreigners && m_random.percent(60)) {
        addInterpreters(visit, index, 1);
    }
    if (m_random.percent(40)) {
        addOrganiser(visit, index, false);
    }

    const bool ukrainian = partnerCountry == u"UA";
    visit.ukTexts = ukrainian ? m_random.percent(85) : colleagueTranslates(day);
    const Topic subject = topic(day, ukrainian, visit);
    const int pattern = m_random.weighted({project ? 60 : 0, 30, 10});
    if (pattern == 0) {
        visit.title = u"Spotkanie robocze partnerów projektu %1"_s.arg(project->acronym);
        visit.titleUk = u"Робоча зустріч партнерів проєкту %1"_s.arg(project->acronym);
        visit.titleEn = u"Project partners’ working meeting – %1"_s.arg(project->acronym);
    } else if (pattern == 1) {
        visit.title = u"Spotkanie robocze: %1"_s.arg(subject.pl);
        visit.titleUk = u"Робоча зустріч: %1"_s.arg(subject.uk);
        visit.titleEn = u"Working meeting: %1"_s.arg(subject.en);
    } else {
        const QString next = QString::number(day.year() + 1);
        visit.title = u"Planowanie wizyt studyjnych na rok %1"_s.arg(next);
        visit.titleUk = u"Планування навчальних візитів на %1 рік"_s.arg(next);
        visit.titleEn = u"Planning study visits for %1"_s.arg(next);
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
    if (partnerCountry == u"PL" || ukrainian || m_random.percent(50)) {
        visit.titleEn.clear();
    }
}

/// Sessions in proportion to the visits' days (conferences are denser), summing exactly to the scale.
void Generator::allocateSessions()
{
    std::vector<int> weights;
    weights.reserve(m_visits.size());
    for (const Visit& visit : m_visits) {
        const int days = visit.lastDay - visit.firstDay + 1;
        weights.push_back(days * (visit.kind == u"conference" ? 16 : 10) * m_random.between(8, 12));
    }
    const std::vector<int> counts = apportion(std::max(m_scale.sessions, 0), weights);
    for (std::size_t i = 0; i < m_visits.size(); ++i) {
        m_visits[i].sessions = counts[i];
    }
}

/// Consent is given before someone's first visit; most others gave it when they were entered.
void Generator::setConsentDates()
{
    const int earliest = julian(QDate(2016, 6, 1));
    const int latest = julian(dataTakenOn) - 5;
    for (Person& person : m_people) {
        if (person.firstVisit != 0) {
            if (m_random.percent(95)) {
                person.consentDay = person.firstVisit - m_random.between(3, 45);
            }
        } else if (m_random.percent(80)) {
            person.consentDay = m_random.between(earliest, latest);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Programmes

enum class Slot {
    Briefing,
    Morning,
    LateMorning,
    Lunch,
    Transfer,
    Afternoon,
    LateAfternoon,
    Evening,
    Dinner,
    Opening,
    Talk,
    Coffee,
    Panel,
    Workshop,
    Closing,
    TransferOut,
    TransferBack,
    Generic,
};

struct TimedSlot
{
    int start; // minutes after midnight
    int end;
    Slot slot;
};

// A day of a study visit. The first three are always there; the rest are chosen by weight. A
// quarter of an hour between any two, so a group gets from one place to the next in one city, and
// no session longer than 90 minutes, so an interpreter always has a break after one.
constexpr TimedSlot normalDay[] = {
    {540, 630, Slot::Morning},     {750, 810, Slot::Lunch},     {870, 960, Slot::Afternoon},
    {645, 735, Slot::LateMorning}, {1140, 1260, Slot::Dinner},  {975, 1050, Slot::LateAfternoon},
    {825, 855, Slot::Transfer},    {1065, 1125, Slot::Evening}, {495, 525, Slot::Briefing},
};
constexpr int optionalWeights[] = {10, 7, 6, 4, 3, 2}; // of normalDay[3…8]

// A conference day, in the order its items are added: many short talks in one hall.
constexpr TimedSlot conferenceDay[] = {
    {540, 570, Slot::Opening}, {575, 595, Slot::Talk},      {600, 620, Slot::Talk},
    {840, 900, Slot::Lunch},   {755, 835, Slot::Panel},     {625, 645, Slot::Talk},
    {650, 670, Slot::Coffee},  {675, 695, Slot::Talk},      {1060, 1080, Slot::Closing},
    {700, 720, Slot::Talk},    {910, 1000, Slot::Workshop}, {725, 745, Slot::Talk},
    {1010, 1030, Slot::Talk},  {1035, 1055, Slot::Talk},    {1140, 1260, Slot::Dinner},
};

bool byStart(const TimedSlot& a, const TimedSlot& b)
{
    return a.start < b.start;
}

/// The day's time slots for `count` sessions; a day in another city when `awayMinutes` > 0 and the count
/// fits one (`away` tells).
std::vector<TimedSlot> daySlots(Random& random, int count, bool conference, int awayMinutes, bool& away)
{
    std::vector<TimedSlot> timed;
    away = false;
    if (count <= 0) {
        return timed;
    }
    if (conference && count <= int(std::size(conferenceDay))) {
        timed.assign(std::begin(conferenceDay), std::begin(conferenceDay) + count);
    } else if (awayMinutes > 0 && count >= 3) {
        // A coach there in the morning and back in the evening, the sessions between.
        const int there = 450 + awayMinutes;
        const int back = 1065 + awayMinutes;
        const TimedSlot candidates[] = {
            {450, there, Slot::TransferOut}, {1065, back, Slot::TransferBack},
            {750, 810, Slot::Lunch},         {870, 960, Slot::Afternoon},
            {645, 735, Slot::LateMorning},   {975, 1050, Slot::LateAfternoon},
            {540, 630, Slot::Morning},       {1140, 1260, Slot::Dinner},
        };
        for (const TimedSlot& slot : candidates) {
            const bool moving = slot.slot == Slot::TransferOut || slot.slot == Slot::TransferBack;
            const bool fits =
                moving || (slot.slot == Slot::Dinner ? back + 15 <= slot.start : slot.start >= there + 15);
            if (fits && int(timed.size()) < count) {
                timed.push_back(slot);
            }
        }
        away = int(timed.size()) == count;
        if (!away) {
            timed.clear();
        }
    }
    if (timed.empty() && count <= 9 && !conference) {
        timed.assign(std::begin(normalDay), std::begin(normalDay) + std::min(count, 3));
        std::vector<int> optional = {3, 4, 5, 6, 7, 8};
        std::vector<int> weights(std::begin(optionalWeights), std::end(optionalWeights));
        for (int added = 3; added < count; ++added) {
            WeightedTable table;
            for (std::size_t i = 0; i < optional.size(); ++i) {
                table.add(int(i), weights[i]);
            }
            const auto chosen = std::size_t(table.pick(random));
            timed.push_back(normalDay[optional[chosen]]);
            optional.erase(optional.begin() + std::ptrdiff_t(chosen));
            weights.erase(weights.begin() + std::ptrdiff_t(chosen));
        }
    } else if (timed.empty() && count <= 13 && !conference) {
        // A full day, and some long sessions split in two
        timed.assign(std::begin(normalDay), std::end(normalDay));
        const Slot splittable[] = {Slot::Morning, Slot::Afternoon, Slot::LateMorning, Slot::LateAfternoon};
        for (int k = 0; k < count - 9; ++k) {
            for (TimedSlot& slot : timed) {
                if (slot.slot == splittable[k]) {
                    const int half = (slot.end - slot.start - 5) / 2;
                    timed.push_back({slot.end - half, slot.end, slot.slot});
                    slot.end = slot.start + half;
                    break;
                }
            }
        }
    } else if (timed.empty()) {
        // More than any day holds: short items one after another.
        const int step = std::clamp(780 / count, 10, 60);
        for (int i = 0; i < count; ++i) {
            const int start = 480 + (i * step) % (900 - step);
            timed.push_back({start, start + step - 5, Slot::Generic});
        }
    }
    std::stable_sort(timed.begin(), timed.end(), byStart);
    return timed;
}

/// Who in a visit does what, for the sessions' people.
struct VisitRoles
{
    std::vector<int> speakers;     // people: presenters and hosts
    std::vector<int> hosts;        // people
    std::vector<int> moderators;   // people
    std::vector<int> interpreters; // people
    std::vector<int> participantIds;
    int leader = -1; // person
    int turn = 0;    // the next interpreter
};

VisitRoles rolesOf(const Visit& visit)
{
    VisitRoles roles;
    for (const Participant& participant : visit.participants) {
        roles.participantIds.push_back(participant.id);
        if (participant.role == u"presenter" || participant.role == u"host") {
            roles.speakers.push_back(participant.person);
        }
        if (participant.role == u"host") {
            roles.hosts.push_back(participant.person);
        }
        if (participant.role == u"moderator") {
            roles.moderators.push_back(participant.person);
        }
        if (participant.role == u"interpreter") {
            roles.interpreters.push_back(participant.person);
        }
        if (participant.role == u"delegation_leader") {
            roles.leader = participant.person;
        }
    }
    return roles;
}

/// What a day of a programme needs to know while its sessions are made.
struct ProgrammeDay
{
    QString iso;
    int city = -1;
    int fromCity = -1; // for a day elsewhere: where the coach comes from
    int travelMinutes = 0;
    bool first = false;
    bool last = false;
    bool conference = false;
    int venue = -1; // the last institution visited
    QString hall;   // a conference's room
};

void addPerson(Session& session, int person, QStringView role)
{
    if (person < 0) {
        return;
    }
    for (const auto& [who, what] : session.people) {
        if (who == person && what == role) {
            return;
        }
    }
    session.people.emplace_back(person, role.toString());
}

class ProgrammeWriter final
{
public:
    ProgrammeWriter(Random& random, const std::vector<City>& cities,
                    const std::vector<Institution>& institutions, const std::vector<Person>& people,
                    const std::vector<std::vector<int>>& staff)
        : m_random(random), m_cities(cities), m_institutions(institutions), m_people(people), m_staff(staff)
    {}

    std::vector<Session> programme(const Visit& visit);

private:
    Session make(const Visit& visit, ProgrammeDay& day, const TimedSlot& slot, int jitter);
    void fillNormal(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot);
    void fillConference(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot);
    void presentation(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void siteVisit(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void workshop(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void panel(Session& s, const Visit& visit, ProgrammeDay& day);
    void meeting(Session& s, const Visit& visit, ProgrammeDay& day, const SessionText& text, int venue);
    void meal(Session& s, const Visit& visit, ProgrammeDay& day, bool dinner);
    void cultural(Session& s, const Visit& visit, const ProgrammeDay& day);
    void transfer(Session& s, const Visit& visit, int from, int to, int minutes);
    void texts(Session& s, const Visit& visit, const QString& pl, const QString& uk,
               QStringView descriptionPl, QStringView descriptionUk);
    void at(Session& s, int venue, bool withRoom);
    void atAddress(Session& s, const QString& address, int city);
    int venueIn(int city, bool siteVisit, int avoid);
    int presenterFor(int venue);
    void interpret(Session& s, const Visit& visit, bool conference);
    void chooseAudience(Session& s);
    QString streetIn(int city);

    Random& m_random;
    const std::vector<City>& m_cities;
    const std::vector<Institution>& m_institutions;
    const std::vector<Person>& m_people;
    const std::vector<std::vector<int>>& m_staff;
    VisitRoles m_roles;
};

std::vector<Session> ProgrammeWriter::programme(const Visit& visit)
{
    std::vector<Session> sessions;
    if (visit.sessions <= 0) {
        return sessions;
    }
    sessions.reserve(std::size_t(visit.sessions));
    m_roles = rolesOf(visit);
    const int days = visit.lastDay - visit.firstDay + 1;
    const bool conference = visit.kind == u"conference";

    // Arrival and departure days are lighter.
    std::vector<int> weights(std::size_t(days), 10);
    if (days > 1) {
        weights.front() = 8;
        weights.back() = 8;
    }
    const std::vector<int> perDay = apportion(visit.sessions, weights);

    // Now and then a day in a nearby city the coordinator has timed the trip to.
    int awayDay = -1;
    int awayCity = -1;
    int awayMinutes = 0;
    if (days >= 3 && visit.city >= 0 && !conference && m_random.percent(35)) {
        std::vector<std::pair<int, int>> reachable;
        for (const auto& [city, minutes] : m_cities[std::size_t(visit.city)].travel) {
            if (!m_cities[std::size_t(city)].institutions.empty() && minutes <= 180) {
                reachable.emplace_back(city, minutes);
            }
        }
        if (!reachable.empty()) {
            std::tie(awayCity, awayMinutes) = m_random.pick(reachable);
            awayDay = m_random.between(1, days - 2);
        }
    }

    for (int d = 0; d < days; ++d) {
        bool away = false;
        const std::vector<TimedSlot> timed =
            daySlots(m_random, perDay[std::size_t(d)], conference, d == awayDay ? awayMinutes : 0, away);
        ProgrammeDay day;
        day.iso = isoDay(visit.firstDay + d);
        day.city = away ? awayCity : visit.city;
        day.fromCity = visit.city;
        day.travelMinutes = awayMinutes;
        day.first = d == 0;
        day.last = d == days - 1;
        day.conference = conference;
        day.hall = m_random.pick({u"aula"_s, u"sala konferencyjna"_s, u"sala widowiskowa"_s});
        static constexpr int jitters[] = {0, 0, 0, 15, 30};
        const int jitter = away || conference ? 0 : m_random.pick(jitters);
        for (const TimedSlot& slot : timed) {
            sessions.push_back(make(visit, day, slot, slot.slot == Slot::TransferOut ? 0 : jitter));
        }
    }
    return sessions;
}

Session ProgrammeWriter::make(const Visit& visit, ProgrammeDay& day, const TimedSlot& slot, int jitter)
{
    Session s;
    s.startsAt = stamp(day.iso, slot.start + jitter);
    s.endsAt = stamp(day.iso, slot.end + jitter);
    s.language = visit.venueLanguage.isEmpty() ? u"pl"_s : visit.venueLanguage;
    if (day.conference) {
        fillConference(s, visit, day, slot.slot);
    } else {
        fillNormal(s, visit, day, slot.slot);
    }
    if (s.wholeDelegation && (s.kind == u"site_visit" || s.kind == u"workshop" || s.kind == u"meeting")) {
        chooseAudience(s);
    }
    if (m_random.percent(3)) {
        s.notes = m_random.pick(sessionNotes).toString();
    }
    return s;
}

void ProgrammeWriter::fillNormal(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot)
{
    const bool hostHere = visit.host >= 0 && m_institutions[std::size_t(visit.host)].city == day.city;
    switch (slot) {
    case Slot::Briefing:
        meeting(s, visit, day, {u"Odprawa organizacyjna", u"Організаційна нарада", u"", u""}, -1);
        if (!visit.hotel.isEmpty()) {
            s.venue = -1;
            s.room.clear();
            atAddress(s, visit.hotel, day.city);
        }
        break;
    case Slot::Morning:
        if (day.first && hostHere) {
            static const SessionText welcomeDelegation = {
                u"Powitanie delegacji i przedstawienie programu wizyty",
                u"Привітання делегації та представлення програми візиту",
                u"Powitanie gości przez dyrekcję, przedstawienie uczestników i programu.",
                u"Привітання гостей керівництвом, знайомство учасників і представлення програми."};
            static const SessionText welcomeMeeting = {
                u"Powitanie uczestników i przedstawienie programu spotkania",
                u"Привітання учасників та представлення програми зустрічі", u"", u""};
            const bool studyVisit = visit.kind.endsWith(u"study_visit");
            meeting(s, visit, day, studyVisit ? welcomeDelegation : welcomeMeeting, visit.host);
            addPerson(s, m_roles.hosts.empty() ? presenterFor(visit.host) : m_roles.hosts.front(),
                      u"presenter");
            interpret(s, visit, false);
            break;
        }
        switch (m_random.weighted({50, 20, 15, 15})) {
        case 0:
            presentation(s, visit, day, false);
            break;
        case 1:
            siteVisit(s, visit, day, false);
            break;
        case 2: {
            const int venue = venueIn(day.city, false, -1);
            const QString name = venue >= 0 ? m_institutions[std::size_t(venue)].shortName : QString();
            if (venue >= 0) {
                meeting(s, visit, day, {u"", u"", u"", u""}, venue);
                texts(s, visit, u"Spotkanie z dyrekcją: "_s + name, u"Зустріч з керівництвом: "_s + name, u"",
                      u"");
                addPerson(s, presenterFor(venue), u"presenter");
                interpret(s, visit, false);
            } else {
                presentation(s, visit, day, false);
            }
            break;
        }
        default:
            panel(s, visit, day);
            break;
        }
        break;
    case Slot::LateMorning:
        switch (m_random.weighted({45, 35, 20})) {
        case 0:
            siteVisit(s, visit, day, m_random.percent(40));
            break;
        case 1:
            presentation(s, visit, day, m_random.percent(40));
            break;
        default:
            workshop(s, visit, day, m_random.percent(40));
            break;
        }
        break;
    case Slot::Lunch:
        meal(s, visit, day, false);
        break;
    case Slot::Transfer:
        transfer(s, visit, -1, -1, 0);
        break;
    case Slot::Afternoon:
        if (day.first && visit.kind == u"incoming_study_visit" && !visit.guestLanguage.isEmpty() &&
            m_roles.leader >= 0 && m_random.percent(50)) {
            // The guests present their own work, in their language.
            const bool ukrainian = visit.guestLanguage == u"uk";
            at(s, hostHere ? visit.host : venueIn(day.city, false, -1), true);
            s.kind = u"presentation"_s;
            texts(s, visit,
                  ukrainian ? u"Prezentacja strony ukraińskiej: usługi socjalne w hromadzie"_s
                            : u"Prezentacja delegacji gości: system usług społecznych u partnera"_s,
                  ukrainian ? u"Презентація української сторони: соціальні послуги в громаді"_s
                            : u"Презентація делегації гостей"_s,
                  u"", u"");
            s.language = visit.guestLanguage;
            addPerson(s, m_roles.leader, u"presenter");
            if (!m_roles.interpreters.empty()) {
                addPerson(s, m_roles.interpreters[std::size_t(m_roles.turn++) % m_roles.interpreters.size()],
                          u"interpreter");
                s.interpretation = u"%1→pl, tłumaczenie konsekutywne"_s.arg(visit.guestLanguage);
            }
            break;
        }
        switch (m_random.weighted({45, 30, 25})) {
        case 0:
            workshop(s, visit, day, false);
            break;
        case 1:
            siteVisit(s, visit, day, false);
            break;
        default:
            presentation(s, visit, day, false);
            break;
        }
        break;
    case Slot::LateAfternoon:
        if (day.last && !day.first && m_random.percent(70)) {
            meeting(s, visit, day,
                    {u"Podsumowanie wizyty i ewaluacja", u"Підсумки візиту та оцінювання",
                     u"Wnioski uczestników, ankieta ewaluacyjna, wręczenie zaświadczeń.",
                     u"Висновки учасників, анкета оцінювання, вручення сертифікатів."},
                    day.venue >= 0 ? day.venue : (hostHere ? visit.host : -1));
            break;
        }
        switch (m_random.weighted({35, 35, 15, 15})) {
        case 0:
            meeting(s, visit, day, m_random.pick(meetings), day.venue);
            break;
        case 1:
            siteVisit(s, visit, day, m_random.percent(50));
            break;
        case 2:
            panel(s, visit, day);
            break;
        default:
            presentation(s, visit, day, m_random.percent(50));
            break;
        }
        break;
    case Slot::Evening:
        if (m_random.percent(60)) {
            cultural(s, visit, day);
        } else {
            s.kind = u"free_time"_s;
            texts(s, visit, u"Czas wolny"_s, u"Вільний час"_s, u"", u"");
        }
        break;
    case Slot::Dinner:
        if (m_random.percent(75)) {
            meal(s, visit, day, true);
        } else {
            cultural(s, visit, day);
        }
        break;
    case Slot::TransferOut:
        transfer(s, visit, day.fromCity, day.city, day.travelMinutes);
        break;
    case Slot::TransferBack:
        transfer(s, visit, day.city, day.fromCity, day.travelMinutes);
        break;
    default:
        presentation(s, visit, day, true);
        break;
    }
}

void ProgrammeWriter::fillConference(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot)
{
    const int venue = visit.host;
    const auto inHall = [&] {
        at(s, venue, false);
        s.room = day.hall;
        if (venue < 0) {
            atAddress(s, u"Centrum Konferencyjne, "_s + streetIn(day.city), day.city);
        }
    };
    switch (slot) {
    case Slot::Opening:
        s.kind = u"meeting"_s;
        inHall();
        texts(s, visit, day.first ? u"Otwarcie konferencji"_s : u"Otwarcie drugiego dnia konferencji"_s,
              day.first ? u"Відкриття конференції"_s : u"Відкриття другого дня конференції"_s, u"", u"");
        addPerson(s, m_roles.hosts.empty() ? presenterFor(venue) : m_roles.hosts.front(), u"presenter");
        addPerson(s, m_roles.moderators.empty() ? -1 : m_roles.moderators.front(), u"moderator");
        interpret(s, visit, true);
        break;
    case Slot::Talk:
    case Slot::Generic: {
        const SessionText& text = m_random.pick(presentations);
        s.kind = u"presentation"_s;
        inHall();
        texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
        addPerson(s, presenterFor(-1), u"presenter");
        if (m_random.percent(30)) {
            addPerson(s, presenterFor(-1), u"presenter"); // two institutions, one talk
        }
        interpret(s, visit, true);
        break;
    }
    case Slot::Coffee:
        s.kind = u"meal"_s;
        inHall();
        texts(s, visit, u"Przerwa kawowa"_s, u"Перерва на каву"_s, u"", u"");
        break;
    case Slot::Panel:
        panel(s, visit, day);
        inHall();
        break;
    case Slot::Workshop:
        workshop(s, visit, day, true);
        inHall();
        s.room = u"sala warsztatowa"_s;
        break;
    case Slot::Closing:
        s.kind = u"meeting"_s;
        inHall();
        texts(s, visit, u"Podsumowanie i zamknięcie konferencji"_s, u"Підсумки та закриття конференції"_s,
              u"", u"");
        addPerson(s, m_roles.moderators.empty() ? presenterFor(venue) : m_roles.moderators.front(),
                  u"moderator");
        interpret(s, visit, true);
        break;
    case Slot::Lunch:
        s.kind = u"meal"_s;
        inHall();
        s.room = u"foyer"_s;
        texts(s, visit, u"Obiad"_s, u"Обід"_s, u"Bufet; dania wegetariańskie i bezglutenowe według zgłoszeń.",
              u"Шведський стіл; вегетаріанські та безглютенові страви за заявками.");
        break;
    default:
        meal(s, visit, day, true);
        break;
    }
}

void ProgrammeWriter::presentation(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const SessionText& text = m_random.pick(presentations);
    s.kind = u"presentation"_s;
    at(s, sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, false, day.venue), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
    if (m_random.percent(95)) {
        addPerson(s, presenterFor(s.venue), u"presenter");
    }
    interpret(s, visit, false);
}

void ProgrammeWriter::siteVisit(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const int venue = sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, true, day.venue);
    if (venue < 0) {
        presentation(s, visit, day, false);
        return;
    }
    s.kind = u"site_visit"_s;
    at(s, venue, m_random.percent(30));
    day.venue = venue;
    const Institution& place = m_institutions[std::size_t(venue)];
    const QString& shown = place.uk.isEmpty() ? place.name : place.uk;
    static const SessionText descriptions[] = {
        {u"", u"", u"Zwiedzanie placówki, rozmowa z kadrą i uczestnikami zajęć.",
         u"Огляд закладу, розмова з персоналом та учасниками занять."},
        {u"", u"", u"Prezentacja oferty placówki i jej miejsca w lokalnym systemie wsparcia.",
         u"Презентація послуг закладу та його місця в місцевій системі підтримки."},
    };
    const SessionText& description = m_random.pick(descriptions);
    if (m_random.percent(50)) {
        texts(s, visit, u"Wizyta w placówce: "_s + place.name, u"Відвідування закладу: "_s + shown,
              description.descriptionPl, description.descriptionUk);
    } else {
        texts(s, visit, place.name + u": zwiedzanie i rozmowa z kadrą"_s,
              shown + u": огляд і розмова з персоналом"_s, description.descriptionPl,
              description.descriptionUk);
    }
    if (m_random.percent(55)) {
        addPerson(s, presenterFor(venue), u"presenter");
    }
    interpret(s, visit, false);
}

void ProgrammeWriter::workshop(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const SessionText& text = m_random.pick(workshops);
    s.kind = u"workshop"_s;
    at(s, sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, false, day.venue), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    s.room = m_random.percent(50) ? u"sala warsztatowa"_s : s.room;
    texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
    if (m_random.percent(85)) {
        addPerson(s, presenterFor(s.venue), u"presenter");
    }
    interpret(s, visit, false);
}

void ProgrammeWriter::panel(Session& s, const Visit& visit, ProgrammeDay& day)
{
    const SessionText& text = m_random.pick(panels);
    s.kind = u"panel_discussion"_s;
    at(s, day.venue >= 0 && m_random.percent(50) ? day.venue : venueIn(day.city, false, -1), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    texts(s, visit, text.pl.toString(), text.uk.toString(),
          u"Goście panelu odpowiadają na pytania uczestników.",
          u"Учасники панелі відповідають на запитання аудиторії.");
    addPerson(s, presenterFor(s.venue), u"presenter");
    addPerson(s, presenterFor(-1), u"presenter");
    const int moderator = !m_roles.moderators.empty() ? m_roles.moderators.front()
                          : !m_roles.hosts.empty()    ? m_random.pick(m_roles.hosts)
                                                      : -1;
    addPerson(s, moderator, u"moderator");
    interpret(s, visit, false);
}

void ProgrammeWriter::meeting(Session& s, const Visit& visit, ProgrammeDay& day, const SessionText& text,
                              int venue)
{
    s.kind = u"meeting"_s;
    if (venue < 0 && visit.host >= 0 && m_institutions[std::size_t(visit.host)].city == day.city) {
        venue = visit.host;
    }
    at(s, venue >= 0 ? venue : venueIn(day.city, false, -1), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    if (!text.pl.isEmpty()) {
        texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
        if (m_random.percent(35)) {
            addPerson(s, presenterFor(s.venue), u"presenter");
        }
        interpret(s, visit, false);
    }
}

void ProgrammeWriter::meal(Session& s, const Visit& visit, ProgrammeDay& day, bool dinner)
{
    s.kind = u"meal"_s;
    if (!dinner && day.venue >= 0 && m_random.percent(35)) {
        at(s, day.venue, false);
        s.room = u"stołówka"_s;
    } else {
        atAddress(s, m_random.pick(restaurants).toString() + u", "_s + streetIn(day.city), day.city);
    }
    QString title = dinner ? u"Kolacja"_s : u"Obiad"_s;
    QString uk = dinner ? u"Вечеря"_s : u"Обід"_s;
    if (dinner && day.first) {
        title = u"Kolacja powitalna"_s;
        uk = u"Вітальна вечеря"_s;
    } else if (dinner && day.last) {
        title = u"Kolacja pożegnalna"_s;
        uk = u"Прощальна вечеря"_s;
    } else if (!dinner && m_random.percent(20)) {
        title = u"Lunch roboczy"_s;
        uk = u"Робочий обід"_s;
    }
    texts(s, visit, title, uk, u"Dania wegetariańskie i bezglutenowe według listy uczestników.",
          u"Вегетаріанські та безглютенові страви згідно зі списком учасників.");
}

void ProgrammeWriter::cultural(Session& s, const Visit& visit, const ProgrammeDay& day)
{
    s.kind = u"cultural_programme"_s;
    const City* city = day.city >= 0 ? &m_cities[std::size_t(day.city)] : nullptr;
    if (city && m_random.percent(40)) {
        atAddress(s, u"Stare Miasto – zbiórka przy ratuszu"_s, day.city);
        texts(s, visit, u"Zwiedzanie %1 z przewodnikiem"_s.arg(city->genitive),
              u"Екскурсія містом %1"_s.arg(city->uk), u"Spacer z przewodnikiem; wygodne obuwie.",
              u"Прогулянка з екскурсоводом; зручне взуття.");
        return;
    }
    const SessionText& text = m_random.pick(culture);
    atAddress(s, m_random.pick(culturalPlaces).toString() + u", "_s + streetIn(day.city), day.city);
    texts(s, visit, text.pl.toString(), text.uk.toString(), u"", u"");
}

void ProgrammeWriter::transfer(Session& s, const Visit& visit, int from, int to, int minutes)
{
    s.kind = u"transfer"_s;
    if (from >= 0 && to >= 0) {
        const City& a = m_cities[std::size_t(from)];
        const City& b = m_cities[std::size_t(to)];
        texts(s, visit, u"Przejazd autokarem %1 → %2"_s.arg(a.name, b.name),
              u"Переїзд автобусом %1 → %2"_s.arg(a.uk, b.uk), u"Czas przejazdu ok. %1 min."_s.arg(minutes),
              u"Час у дорозі – близько %1 хв."_s.arg(minutes));
        return;
    }
    texts(s, visit, u"Przejazd autokarem na kolejne spotkanie"_s, u"Переїзд автобусом на наступну зустріч"_s,
          u"Autokar czeka przed budynkiem.", u"Автобус чекає перед будівлею.");
}

/// The title in Polish, and for a visit with Ukrainian texts mostly in Ukrainian too; a description
/// for about half.
void ProgrammeWriter::texts(Session& s, const Visit& visit, const QString& pl, const QString& uk,
                            QStringView descriptionPl, QStringView descriptionUk)
{
    s.title = pl;
    const bool translated = visit.ukTexts && !uk.isEmpty() && m_random.percent(78);
    if (translated) {
        s.titleUk = uk;
    }
    if (!descriptionPl.isEmpty() && m_random.percent(72)) {
        s.description = descriptionPl.toString();
        if (translated && !descriptionUk.isEmpty() && m_random.percent(45)) {
            s.descriptionUk = descriptionUk.toString();
        }
    }
}

void ProgrammeWriter::at(Session& s, int venue, bool withRoom)
{
    s.venue = venue;
    if (venue < 0) {
        return;
    }
    s.city = m_cities[std::size_t(m_institutions[std::size_t(venue)].city)].name;
    if (withRoom) {
        s.room = m_random.pick(rooms).toString();
    }
}

void ProgrammeWriter::atAddress(Session& s, const QString& address, int city)
{
    s.venue = -1;
    s.address = address;
    s.city = city >= 0 ? m_cities[std::size_t(city)].name : QString();
}

QString ProgrammeWriter::streetIn(int city)
{
    if (city < 0) {
        return m_random.pick(streetsPl).toString() + u' ' + QString::number(m_random.between(1, 60));
    }
    const City& place = m_cities[std::size_t(city)];
    if (place.country == u"UA") {
        return m_random.pick(streetsUk).toString() + u", "_s + QString::number(m_random.between(1, 60));
    }
    for (const StreetList& list : foreignStreets) {
        if (list.country == place.country) {
            return m_random.pick(list.streets).toString() + u' ' + QString::number(m_random.between(1, 60));
        }
    }
    return m_random.pick(streetsPl).toString() + u' ' + QString::number(m_random.between(1, 60));
}

/// An institution in the city, preferring the kinds a group visits (day centres, care homes,
/// NGOs) or the kinds that present (offices, centres), and another than the last one.
int ProgrammeWriter::venueIn(int city, bool siteVisit, int avoid)
{
    if (city < 0 || m_cities[std::size_t(city)].institutions.empty()) {
        return -1;
    }
    const std::vector<int>& pool = m_cities[std::size_t(city)].institutions;
    int venue = m_random.pick(pool);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QString& kind = m_institutions[std::size_t(venue)].kind;
        const bool visitable = kind == u"day_support_home" || kind == u"care_home" ||
                               kind.startsWith(u"ngo") || kind == u"other" || kind == u"school_university" ||
                               kind == u"library";
        if (venue != avoid && visitable == siteVisit) {
            break;
        }
        venue = m_random.pick(pool);
    }
    return venue;
}

/// Someone of the visit's presenters and hosts, best of the venue's own staff; now and then one of
/// the venue's staff who is not on the participant list.
int ProgrammeWriter::presenterFor(int venue)
{
    if (!m_roles.speakers.empty() && m_random.percent(80)) {
        const int start = m_random.below(int(m_roles.speakers.size()));
        for (std::size_t k = 0; k < m_roles.speakers.size(); ++k) {
            const int person = m_roles.speakers[(std::size_t(start) + k) % m_roles.speakers.size()];
            if (venue >= 0 && m_people[std::size_t(person)].institution == venue) {
                return person;
            }
        }
        return m_roles.speakers[std::size_t(start)];
    }
    if (venue >= 0 && !m_staff[std::size_t(venue)].empty()) {
        return m_random.pick(m_staff[std::size_t(venue)]);
    }
    return m_roles.speakers.empty() ? -1 : m_random.pick(m_roles.speakers);
}

/// An interpreter of the visit for most sessions, taking turns when there are two.
void ProgrammeWriter::interpret(Session& s, const Visit& visit, bool conference)
{
    if (m_roles.interpreters.empty() || !m_random.percent(conference ? 90 : 75)) {
        return;
    }
    addPerson(s, m_roles.interpreters[std::size_t(m_roles.turn++) % m_roles.interpreters.size()],
              u"interpreter");
    const QString into = visit.venueLanguage != u"pl"    ? u"pl"_s
                         : visit.guestLanguage.isEmpty() ? u"en"_s
                                                         : visit.guestLanguage;
    const QString mode =
        conference ? u"tłumaczenie symultaniczne (kabina)"_s : m_random.pick(interpretationModes).toString();
    s.interpretation = u"%1%2%3, %4"_s.arg(s.language, s.kind == u"meeting" ? u"↔"_s : u"→"_s, into, mode);
}

/// A session for some of the participants only: a smaller group goes.
void ProgrammeWriter::chooseAudience(Session& s)
{
    const std::vector<int>& ids = m_roles.participantIds;
    if (ids.size() < 6 || !m_random.percent(6)) {
        return;
    }
    std::vector<int> chosen = ids;
    m_random.shuffle(chosen);
    chosen.resize(std::size_t(m_random.between(3, std::min(8, int(ids.size()) - 2))));
    std::sort(chosen.begin(), chosen.end());
    s.wholeDelegation = false;
    s.audience = std::move(chosen);
}

// ---------------------------------------------------------------------------------------------
// Writing
//
// Raw prepared statements on the database's connection, in one transaction: the repositories
// validate, check references and open a savepoint per record, which for some 400,000 rows is
// needlessly slow for a file the generator knows to be consistent. Ids are given explicitly
// (index + 1), so that rows can refer to each other without reading anything back.

/// A prepared INSERT; text that is null is written as '' (text columns hold '' for "nothing").
class Statement final
{
public:
    Statement(const QSqlDatabase& db, const QString& sql, QString what) : m_query(db), m_what(std::move(what))
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Status run(std::initializer_list<QVariant> values)
    {
        static const QString empty = QString(QLatin1String(""));
        int position = 0;
        for (const QVariant& value : values) {
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            m_query.bindValue(position++, nullText ? QVariant(empty) : value);
        }
        if (!m_prepared || !m_query.exec()) {
            return Error::fromSql(m_query.lastError(), m_what);
        }
        return success();
    }

private:
    QSqlQuery m_query;
    QString m_what;
    bool m_prepared = false;
};

/// The row id of the item at `index`, or NULL for none (-1).
QVariant rowId(int index)
{
    return index >= 0 ? QVariant(index + 1) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dayOrNull(int julianDay)
{
    return julianDay > 0 ? QVariant(isoDay(julianDay)) : QVariant();
}

#define WIZYTA_TRY(expression)                                                                               \
    if (Status done = (expression); !done) {                                                                 \
        return done;                                                                                         \
    }

Status Generator::write(QSqlDatabase connection)
{
    WIZYTA_TRY(writeInstitutions(connection));
    WIZYTA_TRY(writePeople(connection));
    WIZYTA_TRY(writeProjectsAndGroups(connection));
    WIZYTA_TRY(writeVisits(connection));
    WIZYTA_TRY(writeProgrammes(connection));
    return writeSettings(connection);
}

Status Generator::writeInstitutions(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO institution (id, name, short_name, kind, country, city, address, phone, email, "
        "website, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the institutions"_s);
    Statement text(
        db,
        u"INSERT INTO institution_text (institution_id, field, language, text) VALUES (?, 'name', ?, ?)"_s,
        u"Writing the institutions' names"_s);
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        const Institution& institution = m_institutions[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(
            insert.run({id, institution.name, institution.shortName, institution.kind, institution.country,
                        m_cities[std::size_t(institution.city)].name, institution.address, institution.phone,
                        institution.email, institution.website, institution.notes}));
        if (!institution.pl.isEmpty()) {
            WIZYTA_TRY(text.run({id, u"pl"_s, institution.pl}));
        }
        if (!institution.uk.isEmpty()) {
            WIZYTA_TRY(text.run({id, u"uk"_s, institution.uk}));
        }
    }
    return success();
}

Status Generator::writePeople(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO person (id, given_name, family_name, latin_given_name, latin_family_name, "
        "institution_id, position, country, languages, email, phone, diet, diet_note, "
        "accessibility_needs, consent_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the people"_s);
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person& p = m_people[i];
        WIZYTA_TRY(insert.run({rowId(int(i)), p.given, p.family, p.latinGiven, p.latinFamily,
                               rowId(p.institution), p.position, p.country, p.languages, p.email, p.phone,
                               p.diet, p.dietNote, p.accessibility, dayOrNull(p.consentDay), p.notes}));
    }
    return success();
}

Status Generator::writeProjectsAndGroups(QSqlDatabase& db)
{
    Statement project(
        db,
        u"INSERT INTO funding_project (id, name, acronym, funder, agreement_number, first_day, last_day, "
        "total_value, co_financing, currency, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the funding projects"_s);
    Statement partner(db, u"INSERT INTO funding_project_partner (project_id, institution_id) VALUES (?, ?)"_s,
                      u"Writing the project partners"_s);
    for (std::size_t i = 0; i < m_projects.size(); ++i) {
        const Project& p = m_projects[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(project.run({id, p.name, p.acronym, p.funder, p.agreement, dayOrNull(p.firstDay),
                                dayOrNull(p.lastDay), p.totalValue, p.coFinancing, p.currency, p.notes}));
        for (const int institution : p.partners) {
            WIZYTA_TRY(partner.run({id, rowId(institution)}));
        }
    }
    Statement group(
        db, u"INSERT INTO exchange_group (id, name, meeting_interval_days, notes) VALUES (?, ?, ?, ?)"_s,
        u"Writing the exchange groups"_s);
    Statement member(db, u"INSERT INTO exchange_group_member (group_id, institution_id) VALUES (?, ?)"_s,
                     u"Writing the exchange groups' members"_s);
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        const Group& g = m_groups[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(group.run({id, g.name, g.intervalDays, g.notes}));
        for (const int institution : g.members) {
            WIZYTA_TRY(member.run({id, rowId(institution)}));
        }
    }
    return success();
}

Status Generator::writeVisits(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO visit (id, title, kind, status, first_day, last_day, time_zone, "
        "host_institution_id, sending_institution_id, sending_country, sending_region, "
        "funding_project_id, exchange_group_id, working_languages, print_languages, coordinator_id, "
        "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the visits"_s);
    Statement text(db,
                   u"INSERT INTO visit_text (visit_id, field, language, text) VALUES (?, 'title', ?, ?)"_s,
                   u"Writing the visits' titles"_s);
    Statement participant(
        db,
        u"INSERT INTO visit_participant (id, visit_id, person_id, role, arrival, departure, "
        "accommodation, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the participants"_s);
    for (const Visit& v : m_visits) {
        WIZYTA_TRY(insert.run({v.id, v.title, v.kind, v.status, isoDay(v.firstDay), isoDay(v.lastDay),
                               v.timeZone, rowId(v.host), rowId(v.sending), v.sendingCountry, v.sendingRegion,
                               rowId(v.project), rowId(v.group), v.workingLanguages, v.printLanguages,
                               rowId(v.coordinator), v.notes}));
        if (!v.titleUk.isEmpty()) {
            WIZYTA_TRY(text.run({v.id, u"uk"_s, v.titleUk}));
        }
        if (!v.titleEn.isEmpty()) {
            WIZYTA_TRY(text.run({v.id, u"en"_s, v.titleEn}));
        }
        for (const Participant& p : v.participants) {
            WIZYTA_TRY(participant.run({p.id, v.id, rowId(p.person), p.role, textOrNull(p.arrival),
                                        textOrNull(p.departure), p.accommodation, p.notes}));
        }
    }
    return success();
}

Status Generator::writeProgrammes(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title, description, kind, "
        "venue_institution_id, room, address, city, language, interpretation, whole_delegation, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the sessions"_s);
    Statement text(
        db, u"INSERT INTO agenda_session_text (session_id, field, language, text) VALUES (?, ?, 'uk', ?)"_s,
        u"Writing the sessions' translations"_s);
    Statement person(db, u"INSERT INTO session_person (session_id, person_id, role) VALUES (?, ?, ?)"_s,
                     u"Writing the sessions' people"_s);
    Statement audience(db, u"INSERT INTO session_audience (session_id, participant_id) VALUES (?, ?)"_s,
                       u"Writing the sessions' audiences"_s);
    const QString title = u"title"_s;
    const QString description = u"description"_s;
    ProgrammeWriter writer(m_random, m_cities, m_institutions, m_people, m_staff);
    int nextId = 1;
    for (const Visit& v : m_visits) {
        for (const Session& s : writer.programme(v)) {
            const int id = nextId++;
            WIZYTA_TRY(insert.run({id, v.id, s.startsAt, s.endsAt, s.title, s.description, s.kind,
                                   rowId(s.venue), s.room, s.address, s.city, s.language, s.interpretation,
                                   s.wholeDelegation ? 1 : 0, s.notes}));
            if (!s.titleUk.isEmpty()) {
                WIZYTA_TRY(text.run({id, title, s.titleUk}));
            }
            if (!s.descriptionUk.isEmpty()) {
                WIZYTA_TRY(text.run({id, description, s.descriptionUk}));
            }
            for (const auto& [who, role] : s.people) {
                WIZYTA_TRY(person.run({id, rowId(who), role}));
            }
            for (const int participantId : s.audience) {
                WIZYTA_TRY(audience.run({id, participantId}));
            }
        }
    }
    return success();
}

/// The travel-time table and the settings a new database holds after the sample data.
Status Generator::writeSettings(QSqlDatabase& db)
{
    Statement travel(db, u"INSERT INTO travel_time (city_a, city_b, minutes) VALUES (?, ?, ?)"_s,
                     u"Writing the travel times"_s);
    for (const TravelData& pair : travelTimes) {
        QString a = pair.a.toString();
        QString b = pair.b.toString();
        // In the order SQLite compares text (UTF-8 bytes), as the table's CHECK (city_a < city_b) wants.
        if (b.toUtf8() < a.toUtf8()) {
            std::swap(a, b);
        }
        WIZYTA_TRY(travel.run({a, b, pair.minutes}));
    }
    Statement setting(db,
                      u"INSERT INTO setting (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                      u"Writing the settings"_s);
    WIZYTA_TRY(setting.run({u"content_language"_s, u"pl"_s}));
    WIZYTA_TRY(setting.run({u"travel_minutes_same_city"_s, u"15"_s}));
    WIZYTA_TRY(setting.run({u"travel_minutes_other_city"_s, u"60"_s}));
    return setting.run({u"interpreter_max_minutes"_s, u"90"_s});
}

#undef WIZYTA_TRY

Status checkEmpty(Database& database)
{
    QSqlQuery query(database.connection());
    const bool read =
        query.exec(u"SELECT (SELECT count(*) FROM institution) + (SELECT count(*) FROM person) + "
                   "(SELECT count(*) FROM visit) + (SELECT count(*) FROM travel_time)"_s) &&
        query.next();
    if (!read) {
        return Error::fromSql(query.lastError(), u"Reading the database"_s);
    }
    if (query.value(0).toLongLong() != 0) {
        return Error(
            Error::Kind::Validation,
            u"The database %1 is not empty; the benchmark data goes into a new file."_s.arg(database.path()));
    }
    return success();
}

} // namespace

BenchmarkScale BenchmarkScale::tenYears()
{
    return {5'000, 100'000, 50'000, 3'000};
}

BenchmarkScale BenchmarkScale::small()
{
    return {100, 2'000, 1'000, 60};
}

Status generateBenchmarkData(Database& database, const BenchmarkScale& scale, quint32 seed)
{
    if (scale.visits < 0 || scale.sessions < 0 || scale.people < 0 || scale.institutions < 0) {
        return Error(Error::Kind::Validation, u"The benchmark scale cannot have negative counts."_s);
    }
    if (Status empty = checkEmpty(database); !empty) {
        return empty;
    }
    Generator generator(scale, seed);
    generator.plan();

    QSqlDatabase connection = database.connection();
    const QString what = u"Writing the benchmark data"_s;
    if (!connection.transaction()) {
        return Error::fromSql(connection.lastError(), what);
    }
    if (Status written = generator.write(connection); !written) {
        connection.rollback();
        return written;
    }
    if (!connection.commit()) {
        const Error error = Error::fromSql(connection.lastError(), what);
        connection.rollback();
        return error;
    }
    return success();
}
