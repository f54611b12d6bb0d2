// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/icalendarexport.h"

#include "core/sample/sampledata.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

#include <libical/ical.h>
#include <memory>
#include <utility>

namespace {

const QString warsaw = QStringLiteral("Europe/Warsaw");
const QString ukrainian = QStringLiteral("uk");

struct ComponentFree
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Calendar = std::unique_ptr<icalcomponent, ComponentFree>;

/// A visit across the night summer time ends in Poland (25 October 2026, 03:00 CEST → 02:00 CET),
/// with a session on each side of it, one past midnight and one through the change.
struct Fixture
{
    TestDatabase test;
    Id visitId = 0;
    Id venueId = 0;
    Id presenterId = 0;
    Id moderatorId = 0;
    Id beforeChange = 0; ///< 24 Oct 10:00–11:00, summer time
    Id pastMidnight = 0; ///< 24 Oct 22:00 – 25 Oct 01:00, summer time
    Id acrossChange = 0; ///< 25 Oct 01:00–04:00, from summer to standard time
    Id afterChange = 0;  ///< 26 Oct 10:00–11:00, standard time

    Fixture()
    {
        Visit visit;
        visit.title.text = QStringLiteral("Wizyta studyjna w Płocku");
        visit.title.translations.insert(ukrainian, QStringLiteral("Навчальний візит до Плоцька"));
        visit.firstDay = QDate(2026, 10, 24);
        visit.lastDay = QDate(2026, 10, 26);
        visit.timeZone = warsaw;
        visitId = required(VisitRepository(db()).create(visit));

        Institution venue;
        venue.name.text = QStringLiteral("Urząd Miasta Płocka");
        venue.name.translations.insert(ukrainian, QStringLiteral("Міська рада Плоцька"));
        venue.address = QStringLiteral("pl. Stary Rynek 1, 09-400 Płock");
        venue.city = QStringLiteral("Płock");
        venueId = required(InstitutionRepository(db()).create(venue));

        presenterId = addPerson(QStringLiteral("Олена"), QStringLiteral("Кравець"), QStringLiteral("Olena"),
                                QStringLiteral("Kravets"));
        moderatorId = addPerson(QStringLiteral("Anna"), QStringLiteral("Nowak"), {}, {});

        Session welcome = session(at(24, 10), at(24, 11), QStringLiteral("Powitanie w ratuszu"));
        welcome.title.translations.insert(ukrainian, QStringLiteral("Привітання в ратуші"));
        welcome.description.text = QStringLiteral("Spotkanie z prezydentem miasta.");
        welcome.venueInstitutionId = venueId;
        welcome.room = QStringLiteral("sala 12");
        welcome.people = {{presenterId, SessionRole::Presenter}, {moderatorId, SessionRole::Moderator}};
        welcome.language = QStringLiteral("pl");
        welcome.interpretation = InterpretationMode::Consecutive;
        welcome.interpretedInto = {QStringLiteral("uk")};
        beforeChange = add(welcome);
        pastMidnight = add(session(at(24, 22), at(25, 1), QStringLiteral("Kolacja")));
        acrossChange = add(session(at(25, 1), at(25, 4), QStringLiteral("Nocny dyżur w schronisku")));
        afterChange = add(session(at(26, 10), at(26, 11), QStringLiteral("Podsumowanie")));
    }

    Database& db() { return test.db(); }

    /// Wall-clock time in the visit's zone, stored as Session keeps it.
    static QDateTime at(int day, int hour)
    {
        return QDateTime(QDate(2026, 10, day), QTime(hour, 0), Qt::UTC);
    }

    Session session(const QDateTime& start, const QDateTime& end, const QString& title) const
    {
        Session item;
        item.visitId = visitId;
        item.startsAt = start;
        item.endsAt = end;
        item.title.text = title;
        return item;
    }

    Id add(const Session& item) { return required(ProgrammeRepository(db()).create(item)); }

    Id addPerson(const QString& given, const QString& family, const QString& latinGiven,
                 const QString& latinFamily)
    {
        Person person;
        person.givenName = given;
        person.familyName = family;
        person.latinGivenName = latinGiven;
        person.latinFamilyName = latinFamily;
        return required(PersonRepository(db()).create(person));
    }

    static Id required(const Result<Id>& id)
    {
        if (!id) {
            FAIL(id.error().message().toStdString());
        }
        return *id;
    }

    QString uid(Id sessionId) const
    {
        return QStringLiteral("wizyta-session-%1-visit-%2@wizyta").arg(sessionId).arg(visitId);
    }

    QByteArray exported(const QString& language,
                        const QDateTime& stamp = QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC))
    {
        const auto file = ICalendarExport::programme(db(), visitId, language, stamp);
        if (!file) {
            FAIL(file.error().message().toStdString());
        }
        return *file;
    }
};

Calendar parse(const QByteArray& file)
{
    Calendar calendar(icalparser_parse_string(file.constData()));
    REQUIRE(calendar != nullptr);
    REQUIRE(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
    return calendar;
}

QList<icalcomponent*> components(icalcomponent* parent, icalcomponent_kind kind)
{
    QList<icalcomponent*> found;
    for (icalcomponent* child = icalcomponent_get_first_component(parent, kind); child != nullptr;
         child = icalcomponent_get_next_component(parent, kind)) {
        found << child;
    }
    return found;
}

QString text(icalcomponent* component, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(component, kind);
    return property == nullptr ? QString() : QString::fromUtf8(icalproperty_get_value_as_string(property));
}

/// The events by UID.
QMap<QString, icalcomponent*> eventsByUid(icalcomponent* calendar)
{
    QMap<QString, icalcomponent*> events;
    for (icalcomponent* event : components(calendar, ICAL_VEVENT_COMPONENT)) {
        events.insert(QString::fromUtf8(icalcomponent_get_uid(event)), event);
    }
    return events;
}

QString tzid(icalproperty* property)
{
    icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return parameter == nullptr ? QString() : QString::fromUtf8(icalparameter_get_tzid(parameter));
}

/// The instant a DTSTART or DTEND names, read with the VTIMEZONE of the file its TZID names.
QDateTime instant(icalcomponent* calendar, icalproperty* property)
{
    REQUIRE(property != nullptr);
    const icaltimetype time = icalvalue_get_datetime(icalproperty_get_value(property));
    const QByteArray zoneName = tzid(property).toUtf8();
    icaltimezone* zone = zoneName.isEmpty() ? icaltimezone_get_utc_timezone()
                                            : icalcomponent_get_timezone(calendar, zoneName.constData());
    REQUIRE(zone != nullptr);
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, zone), Qt::UTC);
}

QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2026, 10, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST_CASE("Each session is one calendar event at its instant, across the end of summer time")
{
    Fixture fixture;
    const Calendar calendar = parse(fixture.exported(QStringLiteral("pl")));
    const auto events = eventsByUid(calendar.get());
    REQUIRE(events.size() == 4);

    const QMap<Id, std::pair<QDateTime, QDateTime>> expected{
        {fixture.beforeChange, {utc(24, 8), utc(24, 9)}},   // CEST, UTC+2
        {fixture.pastMidnight, {utc(24, 20), utc(24, 23)}}, // ends on the next day, still CEST
        {fixture.acrossChange, {utc(24, 23), utc(25, 3)}},  // three wall-clock hours, four real ones
        {fixture.afterChange, {utc(26, 9), utc(26, 10)}},   // CET, UTC+1
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO("session " << it.key());
        icalcomponent* event = events.value(fixture.uid(it.key()));
        REQUIRE(event != nullptr);
        CHECK(instant(calendar.get(), icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) ==
              it->first);
        CHECK(instant(calendar.get(), icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) ==
              it->second);
    }
    // Past midnight, the event ends on its own day, not on the day it starts.
    CHECK(text(events.value(fixture.uid(fixture.pastMidnight)), ICAL_DTEND_PROPERTY) ==
          QStringLiteral("20261025T010000"));
}

TEST_CASE("Calendar events keep their UIDs from one export to the next and carry the stamp given")
{
    Fixture fixture;
    const QDateTime first(QDate(2026, 9, 1), QTime(12, 0, 5), Qt::UTC);
    // The stamp is given in UTC whatever zone it was taken in.
    const QDateTime second =
        QDateTime(QDate(2026, 10, 2), QTime(9, 30, 0), Qt::UTC).toOffsetFromUtc(3 * 3600);
    const Calendar before = parse(fixture.exported(QStringLiteral("pl"), first));
    const Calendar after = parse(fixture.exported(QStringLiteral("pl"), second));

    const QStringList uids = eventsByUid(before.get()).keys();
    CHECK(uids == eventsByUid(after.get()).keys());
    CHECK(QSet<QString>(uids.cbegin(), uids.cend()) ==
          QSet<QString>{fixture.uid(fixture.beforeChange), fixture.uid(fixture.pastMidnight),
                        fixture.uid(fixture.acrossChange), fixture.uid(fixture.afterChange)});

    for (const auto& [calendar, stamp] : {std::pair{before.get(), first}, std::pair{after.get(), second}}) {
        for (icalcomponent* event : components(calendar, ICAL_VEVENT_COMPONENT)) {
            const icaltimetype dtstamp = icalcomponent_get_dtstamp(event);
            CHECK(icaltime_is_utc(dtstamp));
            CHECK(QDateTime::fromSecsSinceEpoch(icaltime_as_timet(dtstamp), Qt::UTC) == stamp.toUTC());
        }
    }
    CHECK(text(eventsByUid(after.get()).first(), ICAL_DTSTAMP_PROPERTY) ==
          QStringLiteral("20261002T093000Z"));
}

TEST_CASE("The calendar holds the visit's time zone and every time refers to it")
{
    Fixture fixture;
    const QByteArray file = fixture.exported(QStringLiteral("pl"));
    const Calendar calendar = parse(file);

    CHECK(text(calendar.get(), ICAL_VERSION_PROPERTY) == QStringLiteral("2.0"));
    CHECK(text(calendar.get(), ICAL_PRODID_PROPERTY) ==
          QStringLiteral("-//Wizyta//Wizyta " WIZYTA_VERSION "//EN"));
    CHECK(text(calendar.get(), ICAL_METHOD_PROPERTY) == QStringLiteral("PUBLISH"));
    CHECK(text(calendar.get(), ICAL_CALSCALE_PROPERTY) == QStringLiteral("GREGORIAN"));

    const auto zones = components(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
    REQUIRE(zones.size() == 1);
    CHECK(text(zones.front(), ICAL_TZID_PROPERTY) == warsaw);
    for (icalcomponent* event : components(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        CHECK(tzid(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) == warsaw);
        CHECK(tzid(icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) == warsaw);
    }
    CHECK(file.contains("DTSTART;TZID=Europe/Warsaw:20261024T100000\r\n"));
}

TEST_CASE("A calendar in Ukrainian has the Ukrainian texts where there are any, else the content language")
{
    Fixture fixture;
    const Calendar calendar = parse(fixture.exported(ukrainian));
    const auto events = eventsByUid(calendar.get());
    icalcomponent* welcome = events.value(fixture.uid(fixture.beforeChange));
    REQUIRE(welcome != nullptr);

    CHECK(text(calendar.get(), ICAL_X_PROPERTY) == QStringLiteral("Навчальний візит до Плоцька"));
    CHECK(QString::fromUtf8(icalcomponent_get_summary(welcome)) == QStringLiteral("Привітання в ратуші"));
    CHECK(QString::fromUtf8(icalcomponent_get_summary(events.value(fixture.uid(fixture.pastMidnight)))) ==
          QStringLiteral("Kolacja"));
    // The address already ends with the city: it is not given twice.
    CHECK(QString::fromUtf8(icalcomponent_get_location(welcome)) ==
          QStringLiteral("Міська рада Плоцька, sala 12, pl. Stary Rynek 1, 09-400 Płock"));

    const QString description = QString::fromUtf8(icalcomponent_get_description(welcome));
    CHECK(description.startsWith(QStringLiteral("Spotkanie z prezydentem miasta.\n")));
    CHECK(description.contains(QStringLiteral("Олена Кравець")));
    CHECK(description.contains(QStringLiteral("Anna Nowak")));
    // The interpretation in the calendar's language, worded from the session's languages and mode.
    INFO(description.toStdString());
    CHECK(description.endsWith(QStringLiteral("\nПереклад: польська → українська, послідовний")));
    CHECK(description.count(QLatin1Char('\n')) == 3);
    // A session with no description or people has none.
    CHECK(icalcomponent_get_first_property(events.value(fixture.uid(fixture.afterChange)),
                                           ICAL_DESCRIPTION_PROPERTY) == nullptr);
}

TEST_CASE("A calendar in a Latin-script language gives people's Latin names")
{
    Fixture fixture;
    const Calendar calendar = parse(fixture.exported(QStringLiteral("pl")));
    icalcomponent* welcome = eventsByUid(calendar.get()).value(fixture.uid(fixture.beforeChange));
    REQUIRE(welcome != nullptr);

    CHECK(text(calendar.get(), ICAL_X_PROPERTY) == QStringLiteral("Wizyta studyjna w Płocku"));
    CHECK(QString::fromUtf8(icalcomponent_get_summary(welcome)) == QStringLiteral("Powitanie w ratuszu"));
    const QString description = QString::fromUtf8(icalcomponent_get_description(welcome));
    CHECK(description.contains(QStringLiteral("Olena Kravets")));
    CHECK_FALSE(description.contains(QStringLiteral("Кравець")));
}

TEST_CASE("The sample's seven-day visit exports every session with its Ukrainian title")
{
    TestDatabase test;
    const auto ids = SampleData::add(test.db());
    REQUIRE(ids.ok());
    const Id visitId = ids->at(1);
    const auto rows = ProgrammeRepository(test.db()).listForVisit(visitId);
    REQUIRE(rows.ok());
    const auto file = ICalendarExport::programme(test.db(), visitId, ukrainian);
    REQUIRE(file.ok());

    const Calendar calendar = parse(*file);
    const auto events = eventsByUid(calendar.get());
    REQUIRE(events.size() == rows->size());
    for (const ProgrammeRow& row : *rows) {
        INFO("session " << row.session.id);
        icalcomponent* event = events.value(
            QStringLiteral("wizyta-session-%1-visit-%2@wizyta").arg(row.session.id).arg(visitId));
        REQUIRE(event != nullptr);
        CHECK(row.session.title.hasTranslation(ukrainian));
        CHECK(QString::fromUtf8(icalcomponent_get_summary(event)) == row.session.title.in(ukrainian));
    }
}

TEST_CASE("A visit in UTC gives its times in UTC, without a VTIMEZONE")
{
    Fixture fixture;
    run(fixture.db(),
        QStringLiteral("UPDATE visit SET time_zone = 'UTC' WHERE id = %1").arg(fixture.visitId));
    const QByteArray file = fixture.exported(QStringLiteral("pl"));
    const Calendar calendar = parse(file);

    CHECK(components(calendar.get(), ICAL_VTIMEZONE_COMPONENT).isEmpty());
    icalcomponent* welcome = eventsByUid(calendar.get()).value(fixture.uid(fixture.beforeChange));
    REQUIRE(welcome != nullptr);
    CHECK(instant(calendar.get(), icalcomponent_get_first_property(welcome, ICAL_DTSTART_PROPERTY)) ==
          utc(24, 10));
    CHECK(file.contains("DTSTART:20261024T100000Z\r\n"));
}

TEST_CASE("Exporting an unknown visit, in a bad language or in an unknown time zone is refused")
{
    Fixture fixture;

    const auto missing =
        ICalendarExport::programme(fixture.db(), fixture.visitId + 100, QStringLiteral("pl"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);

    for (const QString& language :
         {QStringLiteral("ukr"), QStringLiteral("UK"), QString(), QStringLiteral("xx")}) {
        INFO(language.toStdString());
        const auto refused = ICalendarExport::programme(fixture.db(), fixture.visitId, language);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind() == Error::Kind::Validation);
    }

    // The visit's validation refuses such a zone; a database edited elsewhere may still hold one.
    run(fixture.db(),
        QStringLiteral("UPDATE visit SET time_zone = 'Mars/Olympus' WHERE id = %1").arg(fixture.visitId));
    const auto unknownZone = ICalendarExport::programme(fixture.db(), fixture.visitId, QStringLiteral("pl"));
    REQUIRE_FALSE(unknownZone.ok());
    CHECK(unknownZone.error().kind() == Error::Kind::Validation);
    CHECK(unknownZone.error().message().contains(QStringLiteral("Mars/Olympus")));
}

TEST_CASE("The calendar file is written whole, and a folder that does not exist is reported")
{
    Fixture fixture;
    const QString path = fixture.test.filePath(QStringLiteral("programme.ics"));
    REQUIRE(ICalendarExport::writeFile(fixture.db(), fixture.visitId, QStringLiteral("pl"), path).ok());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const Calendar calendar = parse(written.readAll());
    CHECK(components(calendar.get(), ICAL_VEVENT_COMPONENT).size() == 4);

    const QString folder = fixture.test.filePath(QStringLiteral("missing"));
    const QString missingPath = folder + QStringLiteral("/programme.ics");
    const auto refused =
        ICalendarExport::writeFile(fixture.db(), fixture.visitId, QStringLiteral("pl"), missingPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Io);
    CHECK(refused.error().message().contains(QDir::toNativeSeparators(missingPath)));
    CHECK_FALSE(QFile::exists(missingPath));
    CHECK_FALSE(QDir(folder).exists());
}
