// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/settingsrepository.h"

#include "core/model/codes.h"
#include "core/model/validation.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QLocale>
#include <QStringList>

namespace {

const QString contentLanguageKey = QStringLiteral("content_language");
const QString sameCityKey = QStringLiteral("travel_minutes_same_city");
const QString otherCityKey = QStringLiteral("travel_minutes_other_city");
const QString interpreterKey = QStringLiteral("interpreter_max_minutes");

// How two spellings of one city are matched: "Kraków", " kraków" and "KRAKÓW" are one city.
QString cityKey(const QString& city)
{
    return city.trimmed().toCaseFolded();
}

/// Names compared as cityKey() compares them, without making the keys: a conflict check asks
/// for thousands of journeys.
bool sameCity(const QString& a, const QString& b)
{
    return QStringView(a).trimmed().compare(QStringView(b).trimmed(), Qt::CaseInsensitive) == 0;
}

bool samePair(const TravelTime& pair, const QString& cityA, const QString& cityB)
{
    return (sameCity(pair.cityA, cityA) && sameCity(pair.cityB, cityB)) ||
           (sameCity(pair.cityA, cityB) && sameCity(pair.cityB, cityA));
}

Error fieldError(const QString& field, const QString& message)
{
    return validationError({{field, message}});
}

} // namespace

int TravelTimeTable::minutes(const QString& fromCity, const QString& toCity) const
{
    if (sameCity(fromCity, toCity)) {
        return sameCityMinutes;
    }
    for (const TravelTime& pair : pairs) {
        if (samePair(pair, fromCity, toCity)) {
            return pair.minutes;
        }
    }
    return otherCityMinutes;
}

Result<QString> SettingsRepository::contentLanguage() const
{
    SqlQuery query(m_database, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), contentLanguageKey);
    if (Status done = query.exec(tr("Reading the settings")); !done) {
        return done.error();
    }
    return query.next() ? query.text(0) : QStringLiteral("pl");
}

Status SettingsRepository::setContentLanguage(const QString& code)
{
    const QString language = code.trimmed().toLower();
    if (!Codes::isLanguageCode(language)) {
        //: %1 is what was entered as a language code
        return fieldError(QStringLiteral("settings.contentLanguage"),
                          tr("Content language: \"%1\" is not a two-letter language code "
                             "(for example pl, uk or en).")
                              .arg(code));
    }
    return writeSetting(contentLanguageKey, language);
}

Result<int> SettingsRepository::travelMinutesSameCity() const
{
    return minutesSetting(sameCityKey, defaultTravelMinutesSameCity);
}

Status SettingsRepository::setTravelMinutesSameCity(int minutes)
{
    if (minutes < 0) {
        return fieldError(QStringLiteral("settings.travelMinutesSameCity"),
                          tr("Travel within a city: enter zero or more minutes."));
    }
    return writeSetting(sameCityKey, QString::number(minutes));
}

Result<int> SettingsRepository::travelMinutesOtherCity() const
{
    return minutesSetting(otherCityKey, defaultTravelMinutesOtherCity);
}

Status SettingsRepository::setTravelMinutesOtherCity(int minutes)
{
    if (minutes < 0) {
        return fieldError(QStringLiteral("settings.travelMinutesOtherCity"),
                          tr("Travel between cities: enter zero or more minutes."));
    }
    return writeSetting(otherCityKey, QString::number(minutes));
}

Result<int> SettingsRepository::interpreterMaxMinutes() const
{
    return minutesSetting(interpreterKey, defaultInterpreterMaxMinutes);
}

Status SettingsRepository::setInterpreterMaxMinutes(int minutes)
{
    if (minutes <= 0) {
        return fieldError(QStringLiteral("settings.interpreterMaxMinutes"),
                          tr("Interpreter works at most: enter more than zero minutes."));
    }
    return writeSetting(interpreterKey, QString::number(minutes));
}

Result<QList<TravelTime>> SettingsRepository::travelTimes() const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT city_a, city_b, minutes FROM travel_time ORDER BY city_a, city_b"));
    if (Status done = query.exec(tr("Reading the travel times")); !done) {
        return done.error();
    }
    QList<TravelTime> pairs;
    while (query.next()) {
        pairs.append({query.text(0), query.text(1), query.value(2).toInt()});
    }
    return pairs;
}

Status SettingsRepository::setTravelTime(const QString& cityA, const QString& cityB, int minutes)
{
    QString first = cityA.trimmed();
    QString second = cityB.trimmed();
    if (first.isEmpty()) {
        return fieldError(QStringLiteral("travelTime.cityA"), tr("First city: enter the name of a city."));
    }
    if (second.isEmpty()) {
        return fieldError(QStringLiteral("travelTime.cityB"), tr("Second city: enter the name of a city."));
    }
    if (cityKey(first) == cityKey(second)) {
        return fieldError(QStringLiteral("travelTime.cityB"),
                          tr("Second city: it is the same as the first; travel within a city takes "
                             "the same-city time."));
    }
    if (minutes < 0) {
        return fieldError(QStringLiteral("travelTime.minutes"), tr("Minutes: enter zero or more minutes."));
    }
    // Stored once per pair in the order SQLite's text comparison (UTF-8 bytes) puts them, as the
    // table's CHECK (city_a < city_b) demands; UTF-16 order differs for characters beyond U+FFFF.
    if (second.toUtf8() < first.toUtf8()) {
        std::swap(first, second);
    }

    const QString what = tr("Saving the travel time");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun;
    }
    // The pair entered earlier in another letter case ("KRAKÓW") is replaced, so that a pair has one
    // time; SQLite's NOCASE folds only ASCII letters, hence the comparison in Qt.
    const auto existing = travelTimes();
    if (!existing) {
        return existing.error();
    }
    const QString keyA = cityKey(first);
    const QString keyB = cityKey(second);
    for (const TravelTime& pair : *existing) {
        if (!samePair(pair, keyA, keyB)) {
            continue;
        }
        SqlQuery remove(m_database,
                        QStringLiteral("DELETE FROM travel_time WHERE city_a = :a AND city_b = :b"));
        remove.bind(QStringLiteral(":a"), pair.cityA).bind(QStringLiteral(":b"), pair.cityB);
        if (Status done = remove.exec(what); !done) {
            return done;
        }
    }
    SqlQuery insert(
        m_database,
        QStringLiteral("INSERT INTO travel_time (city_a, city_b, minutes) VALUES (:a, :b, :minutes)"));
    insert.bind(QStringLiteral(":a"), first)
        .bind(QStringLiteral(":b"), second)
        .bind(QStringLiteral(":minutes"), minutes);
    if (Status done = insert.exec(what); !done) {
        return done;
    }
    m_database.markChanged(ChangeNotifier::Topic::Settings);
    return transaction.commit();
}

Status SettingsRepository::removeTravelTime(const QString& cityA, const QString& cityB)
{
    const QString what = tr("Deleting the travel time");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun;
    }
    const auto existing = travelTimes();
    if (!existing) {
        return existing.error();
    }
    const QString keyA = cityKey(cityA);
    const QString keyB = cityKey(cityB);
    int removed = 0;
    for (const TravelTime& pair : *existing) {
        if (!samePair(pair, keyA, keyB)) {
            continue;
        }
        SqlQuery remove(m_database,
                        QStringLiteral("DELETE FROM travel_time WHERE city_a = :a AND city_b = :b"));
        remove.bind(QStringLiteral(":a"), pair.cityA).bind(QStringLiteral(":b"), pair.cityB);
        if (Status done = remove.exec(what); !done) {
            return done;
        }
        removed += remove.rowsAffected();
    }
    if (removed == 0) {
        //: %1 and %2 are city names
        return Error::notFound(tr("The travel time between %1 and %2").arg(cityA.trimmed(), cityB.trimmed()));
    }
    m_database.markChanged(ChangeNotifier::Topic::Settings);
    return transaction.commit();
}

Result<int> SettingsRepository::travelMinutes(const QString& fromCity, const QString& toCity) const
{
    const auto table = travelTimeTable();
    if (!table) {
        return table.error();
    }
    return table->minutes(fromCity, toCity);
}

Result<TravelTimeTable> SettingsRepository::travelTimeTable() const
{
    TravelTimeTable table;
    const auto sameCity = travelMinutesSameCity();
    if (!sameCity) {
        return sameCity.error();
    }
    const auto otherCity = travelMinutesOtherCity();
    if (!otherCity) {
        return otherCity.error();
    }
    auto pairs = travelTimes();
    if (!pairs) {
        return pairs.error();
    }
    table.sameCityMinutes = *sameCity;
    table.otherCityMinutes = *otherCity;
    table.pairs = std::move(pairs).value();
    return table;
}

Result<int> SettingsRepository::minutesSetting(const QString& key, int defaultValue) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (Status done = query.exec(tr("Reading the settings")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return defaultValue;
    }
    // A value edited by hand into something else than a number must not stop the conflict checks.
    bool ok = false;
    const int minutes = query.text(0).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultValue;
}

Status SettingsRepository::writeSetting(const QString& key, const QString& value)
{
    const QString what = tr("Saving the settings");
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun;
    }
    SqlQuery query(m_database, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    if (Status done = query.exec(what); !done) {
        return done;
    }
    m_database.markChanged(ChangeNotifier::Topic::Settings);
    return transaction.commit();
}
