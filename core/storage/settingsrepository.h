// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/// The coordinator's travel time between two cities, either way.
struct TravelTime
{
    QString cityA; ///< the pair in SQLite's text order: cityA < cityB
    QString cityB;
    int minutes = 0;

    friend bool operator==(const TravelTime&, const TravelTime&) = default;
};

/// Every travel-time rule in one value, read once for checking many sessions.
struct TravelTimeTable
{
    int sameCityMinutes = 15;
    int otherCityMinutes = 60;
    QList<TravelTime> pairs;

    /// The same-city time for one city (names compared trimmed and ignoring case), the table's time
    /// for a pair in it (either order, ignoring case), else the time between any two cities.
    int minutes(const QString& fromCity, const QString& toCity) const;
};

/// The database's settings: its content language and the limits of the conflict rules.
///
/// A setting missing from the file reads as its default.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static constexpr int defaultTravelMinutesSameCity = 15;
    static constexpr int defaultTravelMinutesOtherCity = 60;
    static constexpr int defaultInterpreterMaxMinutes = 90;

    explicit SettingsRepository(Database& database) : m_database(database) {}

    /// The language of the main text columns, an ISO 639-1 code such as "pl".
    Result<QString> contentLanguage() const;
    /// Refuses anything but a known ISO 639-1 code; stores it in lower case.
    Status setContentLanguage(const QString& code);

    /// Minutes needed between two venues in one city.
    Result<int> travelMinutesSameCity() const;
    Status setTravelMinutesSameCity(int minutes);
    /// Minutes needed between two cities not in the travel-time table.
    Result<int> travelMinutesOtherCity() const;
    Status setTravelMinutesOtherCity(int minutes);
    /// The longest an interpreter works without a break; more than zero.
    Result<int> interpreterMaxMinutes() const;
    Status setInterpreterMaxMinutes(int minutes);

    /// The travel-time table, ordered by first city, then second.
    Result<QList<TravelTime>> travelTimes() const;
    /// Stores the time between two different cities, replacing the pair's time in either order and
    /// any letter case.
    Status setTravelTime(const QString& cityA, const QString& cityB, int minutes);
    /// Removes the pair, given in either order and any letter case.
    Status removeTravelTime(const QString& cityA, const QString& cityB);
    /// The minutes needed to go from one city to another; see TravelTimeTable::minutes().
    Result<int> travelMinutes(const QString& fromCity, const QString& toCity) const;
    Result<TravelTimeTable> travelTimeTable() const;

private:
    Result<int> minutesSetting(const QString& key, int defaultValue) const;
    Status writeSetting(const QString& key, const QString& value);

    Database& m_database;
};
