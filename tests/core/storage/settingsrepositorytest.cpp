// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/settingsrepository.h"

#include "tests/support/testsupport.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace {

int travelTimeCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM travel_time")).toInt();
}

} // namespace

TEST_CASE("A new database has Polish content and the default conflict limits")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    CHECK(*settings.contentLanguage() == QLatin1String("pl"));
    CHECK(*settings.travelMinutesSameCity() == 15);
    CHECK(*settings.travelMinutesOtherCity() == 60);
    CHECK(*settings.interpreterMaxMinutes() == 90);
    CHECK(settings.travelTimes()->isEmpty());
}

TEST_CASE("Settings are kept in the database file")
{
    TestDatabase test;
    {
        SettingsRepository settings(test.db());
        REQUIRE(settings.setContentLanguage(QStringLiteral(" UK ")).ok());
        REQUIRE(settings.setTravelMinutesSameCity(0).ok());
        REQUIRE(settings.setTravelMinutesOtherCity(45).ok());
        REQUIRE(settings.setInterpreterMaxMinutes(120).ok());
        REQUIRE(settings.setTravelTime(QStringLiteral("Warszawa"), QStringLiteral("Płock"), 110).ok());
    }
    test.reopen();
    SettingsRepository settings(test.db());
    CHECK(*settings.contentLanguage() == QLatin1String("uk"));
    CHECK(*settings.travelMinutesSameCity() == 0);
    CHECK(*settings.travelMinutesOtherCity() == 45);
    CHECK(*settings.interpreterMaxMinutes() == 120);
    CHECK(*settings.travelTimes() ==
          QList<TravelTime>{{QStringLiteral("Płock"), QStringLiteral("Warszawa"), 110}});
}

TEST_CASE("A content language that is not an ISO 639-1 code is refused and the old one kept")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    // Norwegian's "no" is missing from Qt's locale data and still a language a delegation reads.
    REQUIRE(settings.setContentLanguage(QStringLiteral("no")).ok());
    REQUIRE(settings.setContentLanguage(QStringLiteral("cs")).ok());
    for (const QString& code : {QString(), QStringLiteral("ukr"), QStringLiteral("u"), QStringLiteral("x1"),
                                QStringLiteral("qq")}) {
        CAPTURE(code);
        const Status set = settings.setContentLanguage(code);
        REQUIRE_FALSE(set.ok());
        CHECK(set.error().kind() == Error::Kind::Validation);
        CHECK(set.error().field() == QLatin1String("settings.contentLanguage"));
    }
    CHECK(*settings.contentLanguage() == QLatin1String("cs"));
}

TEST_CASE("A negative travel time or an interpreter limit of zero is refused, naming the setting")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    SECTION("same city")
    {
        const Status set = settings.setTravelMinutesSameCity(-1);
        REQUIRE_FALSE(set.ok());
        CHECK(set.error().field() == QLatin1String("settings.travelMinutesSameCity"));
    }
    SECTION("other city")
    {
        const Status set = settings.setTravelMinutesOtherCity(-5);
        REQUIRE_FALSE(set.ok());
        CHECK(set.error().field() == QLatin1String("settings.travelMinutesOtherCity"));
    }
    SECTION("interpreter")
    {
        const Status set = settings.setInterpreterMaxMinutes(0);
        REQUIRE_FALSE(set.ok());
        CHECK(set.error().kind() == Error::Kind::Validation);
        CHECK(set.error().field() == QLatin1String("settings.interpreterMaxMinutes"));
    }
    CHECK(*settings.travelMinutesSameCity() == 15);
    CHECK(*settings.travelMinutesOtherCity() == 60);
    CHECK(*settings.interpreterMaxMinutes() == 90);
}

TEST_CASE("A city pair is stored once in SQLite's order and found in either order and any letter case")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    REQUIRE(settings.setTravelTime(QStringLiteral(" Warszawa "), QStringLiteral("Kraków"), 180).ok());
    CHECK(*settings.travelTimes() ==
          QList<TravelTime>{{QStringLiteral("Kraków"), QStringLiteral("Warszawa"), 180}});

    CHECK(*settings.travelMinutes(QStringLiteral("Warszawa"), QStringLiteral("Kraków")) == 180);
    CHECK(*settings.travelMinutes(QStringLiteral("Kraków"), QStringLiteral("Warszawa")) == 180);
    CHECK(*settings.travelMinutes(QStringLiteral("KRAKÓW "), QStringLiteral("warszawa")) == 180);
    CHECK(*settings.travelMinutes(QStringLiteral("Kraków"), QStringLiteral("Płock")) == 60);
    CHECK(*settings.travelMinutes(QStringLiteral("Łódź"), QStringLiteral(" łódź")) == 15);

    // The same pair entered again, reversed and in other letters, replaces the first entry.
    REQUIRE(settings.setTravelTime(QStringLiteral("kraków"), QStringLiteral("WARSZAWA"), 150).ok());
    CHECK(*settings.travelTimes() ==
          QList<TravelTime>{{QStringLiteral("WARSZAWA"), QStringLiteral("kraków"), 150}});
    CHECK(*settings.travelMinutes(QStringLiteral("Warszawa"), QStringLiteral("Kraków")) == 150);
}

TEST_CASE("City pairs are ordered by their UTF-8 bytes, as SQLite compares text")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    // In UTF-16 the surrogate of U+1D49C sorts before U+FF21; in UTF-8, as in SQLite, it sorts after.
    const QString fullWidth = QStringLiteral("\uFF21city");
    const QString script = QString::fromUtf8("\xF0\x9D\x92\x9C"
                                             "city");
    REQUIRE(settings.setTravelTime(script, fullWidth, 30).ok());
    CHECK(*settings.travelTimes() == QList<TravelTime>{{fullWidth, script, 30}});
    CHECK(*settings.travelMinutes(script, fullWidth) == 30);
}

TEST_CASE("Travel and interpreter limits changed by the coordinator are the ones used")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    REQUIRE(settings.setTravelMinutesSameCity(25).ok());
    REQUIRE(settings.setTravelMinutesOtherCity(75).ok());
    REQUIRE(settings.setTravelTime(QStringLiteral("Płock"), QStringLiteral("Warszawa"), 110).ok());
    CHECK(*settings.travelMinutes(QStringLiteral("Płock"), QStringLiteral("płock")) == 25);
    CHECK(*settings.travelMinutes(QStringLiteral("Płock"), QStringLiteral("Kraków")) == 75);
    CHECK(*settings.travelMinutes(QStringLiteral("Warszawa"), QStringLiteral("Płock")) == 110);

    const auto table = settings.travelTimeTable();
    REQUIRE(table.ok());
    CHECK(table->sameCityMinutes == 25);
    CHECK(table->otherCityMinutes == 75);
    CHECK(table->minutes(QStringLiteral("WARSZAWA"), QStringLiteral("Płock")) == 110);
}

TEST_CASE("A travel time within one city, without a city or of negative minutes is refused")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    QString cityA = QStringLiteral("Kraków");
    QString cityB = QStringLiteral("Warszawa");
    int minutes = 180;
    QString field;
    SECTION("same city")
    {
        cityB = QStringLiteral(" KRAKÓW ");
        field = QStringLiteral("travelTime.cityB");
    }
    SECTION("no first city")
    {
        cityA = QStringLiteral("  ");
        field = QStringLiteral("travelTime.cityA");
    }
    SECTION("no second city")
    {
        cityB = QString();
        field = QStringLiteral("travelTime.cityB");
    }
    SECTION("negative minutes")
    {
        minutes = -10;
        field = QStringLiteral("travelTime.minutes");
    }
    const Status set = settings.setTravelTime(cityA, cityB, minutes);
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().kind() == Error::Kind::Validation);
    CHECK(set.error().field() == field);
    CHECK(travelTimeCount(test.db()) == 0);
}

TEST_CASE("A city pair is removed given in either order, and then takes the other-city time")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    REQUIRE(settings.setTravelTime(QStringLiteral("Kraków"), QStringLiteral("Warszawa"), 180).ok());
    REQUIRE(settings.setTravelTime(QStringLiteral("Płock"), QStringLiteral("Warszawa"), 110).ok());

    REQUIRE(settings.removeTravelTime(QStringLiteral("warszawa"), QStringLiteral("Kraków")).ok());
    CHECK(*settings.travelTimes() ==
          QList<TravelTime>{{QStringLiteral("Płock"), QStringLiteral("Warszawa"), 110}});
    CHECK(*settings.travelMinutes(QStringLiteral("Kraków"), QStringLiteral("Warszawa")) == 60);

    const Status again = settings.removeTravelTime(QStringLiteral("Kraków"), QStringLiteral("Warszawa"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == Error::Kind::NotFound);
    CHECK(travelTimeCount(test.db()) == 1);
}

TEST_CASE("Each committed change to the settings tells the views once")
{
    TestDatabase test;
    SettingsRepository settings(test.db());
    QSignalSpy spy(&test.db().notifier(), &ChangeNotifier::changed);

    REQUIRE(settings.setInterpreterMaxMinutes(60).ok());
    REQUIRE(spy.count() == 1);
    CHECK(qvariant_cast<ChangeNotifier::Topics>(spy.at(0).at(0)) == ChangeNotifier::Topic::Settings);

    REQUIRE_FALSE(settings.setInterpreterMaxMinutes(-1).ok());
    REQUIRE_FALSE(settings.setTravelTime(QStringLiteral("Kraków"), QStringLiteral("kraków"), 5).ok());
    CHECK(spy.count() == 1);

    REQUIRE(settings.setTravelTime(QStringLiteral("Kraków"), QStringLiteral("Warszawa"), 180).ok());
    REQUIRE(settings.setTravelTime(QStringLiteral("Warszawa"), QStringLiteral("Kraków"), 170).ok());
    REQUIRE(settings.removeTravelTime(QStringLiteral("Kraków"), QStringLiteral("Warszawa")).ok());
    REQUIRE(settings.setContentLanguage(QStringLiteral("en")).ok());
    REQUIRE(spy.count() == 5);
    for (const QList<QVariant>& emitted : std::as_const(spy)) {
        CHECK(qvariant_cast<ChangeNotifier::Topics>(emitted.at(0)) == ChangeNotifier::Topic::Settings);
    }
}
