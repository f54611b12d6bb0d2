// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/afterwards/attendedprogramme.h"

#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), Qt::UTC);
}

/// A three-day visit, 1–3 June 2026, its programme and participants added by each test.
class ThreeDayVisit
{
public:
    ThreeDayVisit()
    {
        Visit visit;
        visit.title.text = QStringLiteral("Wizyta studyjna w Płocku");
        visit.firstDay = QDate(2026, 6, 1);
        visit.lastDay = QDate(2026, 6, 3);
        const auto created = VisitRepository(database.db()).create(visit);
        REQUIRE(created.ok());
        id = *created;
    }

    Id addParticipant(const QString& given, const QString& family, const QDateTime& arrival = {},
                      const QDateTime& departure = {})
    {
        Person person;
        person.givenName = given;
        person.familyName = family;
        const auto personId = PersonRepository(database.db()).create(person);
        REQUIRE(personId.ok());
        VisitParticipant participant;
        participant.visitId = id;
        participant.personId = *personId;
        participant.arrival = arrival;
        participant.departure = departure;
        const auto participantId = ParticipantRepository(database.db()).create(participant);
        REQUIRE(participantId.ok());
        return *participantId;
    }

    void addSession(SessionKind kind, const QDateTime& start, const QDateTime& end,
                    const QList<Id>& audience = {})
    {
        Session session;
        session.visitId = id;
        session.title.text = QStringLiteral("Punkt programu");
        session.kind = kind;
        session.startsAt = start;
        session.endsAt = end;
        session.wholeDelegation = audience.isEmpty();
        session.audienceParticipantIds = audience;
        REQUIRE(ProgrammeRepository(database.db()).create(session).ok());
    }

    /// What `participantId` attended, as read from the database.
    ParticipantAttendance attendanceOf(Id participantId)
    {
        const auto all = AttendedProgramme(database.db()).forVisit(id);
        REQUIRE(all.ok());
        for (const ParticipantAttendance& attendance : *all) {
            if (attendance.participantId == participantId) {
                return attendance;
            }
        }
        FAIL("no attendance for the participant");
        return {};
    }

    TestDatabase database;
    Id id = 0;
};

QList<QDate> june(const QList<int>& days)
{
    QList<QDate> dates;
    for (const int day : days) {
        dates << QDate(2026, 6, day);
    }
    return dates;
}

} // namespace

TEST_CASE("A participant arriving mid-visit is counted only the programme after arriving")
{
    ThreeDayVisit visit;
    const Id anna = visit.addParticipant(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id taras =
        visit.addParticipant(QStringLiteral("Taras"), QStringLiteral("Boichuk"), at(2, 11), QDateTime());
    visit.addSession(SessionKind::Presentation, at(1, 9), at(1, 10, 30)); // 90 min, before Taras arrives
    visit.addSession(SessionKind::Workshop, at(2, 13), at(2, 14, 45));    // 105 min
    visit.addSession(SessionKind::Meeting, at(3, 9), at(3, 11));          // 120 min

    const ParticipantAttendance whole = visit.attendanceOf(anna);
    CHECK(whole.minutes == 90 + 105 + 120);
    CHECK(whole.days == june({1, 2, 3}));

    const ParticipantAttendance late = visit.attendanceOf(taras);
    CHECK(late.minutes == 105 + 120);
    CHECK(late.days == june({2, 3}));
}

TEST_CASE("A session running over an arrival or a departure counts only its part within the stay")
{
    ThreeDayVisit visit;
    // Arrives at 11:00 during a session of 10:00–12:00: one hour of it.
    const Id taras =
        visit.addParticipant(QStringLiteral("Taras"), QStringLiteral("Boichuk"), at(2, 11), QDateTime());
    // Leaves at 11:30 during the same session: an hour and a half of it.
    const Id olena =
        visit.addParticipant(QStringLiteral("Olena"), QStringLiteral("Kravets"), QDateTime(), at(2, 11, 30));
    visit.addSession(SessionKind::PanelDiscussion, at(1, 14), at(1, 15, 15)); // 75 min
    visit.addSession(SessionKind::Workshop, at(2, 10), at(2, 12));
    visit.addSession(SessionKind::SiteVisit, at(3, 9), at(3, 12, 30)); // 210 min

    const ParticipantAttendance arriving = visit.attendanceOf(taras);
    CHECK(arriving.minutes == 60 + 210);
    CHECK(arriving.days == june({2, 3}));

    const ParticipantAttendance leaving = visit.attendanceOf(olena);
    CHECK(leaving.minutes == 75 + 90);
    CHECK(leaving.days == june({1, 2}));
}

TEST_CASE("A session for chosen participants counts only for them")
{
    ThreeDayVisit visit;
    const Id anna = visit.addParticipant(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id taras = visit.addParticipant(QStringLiteral("Taras"), QStringLiteral("Boichuk"));
    visit.addSession(SessionKind::Presentation, at(1, 9), at(1, 10)); // 60 min, everyone
    // The delegation split in two on the second day: 90 minutes each, at the same time.
    visit.addSession(SessionKind::SiteVisit, at(2, 9), at(2, 10, 30), {anna});
    visit.addSession(SessionKind::Workshop, at(2, 9), at(2, 10, 30), {taras});
    // A meeting for Anna alone on the last day.
    visit.addSession(SessionKind::Meeting, at(3, 14), at(3, 14, 45), {anna}); // 45 min

    const ParticipantAttendance chosen = visit.attendanceOf(anna);
    CHECK(chosen.minutes == 60 + 90 + 45);
    CHECK(chosen.days == june({1, 2, 3}));

    const ParticipantAttendance other = visit.attendanceOf(taras);
    CHECK(other.minutes == 60 + 90);
    CHECK(other.days == june({1, 2}));
}

TEST_CASE("Meals transfers free time and the cultural programme are not programme attended")
{
    ThreeDayVisit visit;
    const Id anna = visit.addParticipant(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    visit.addSession(SessionKind::Presentation, at(1, 9), at(1, 10, 30)); // 90 min
    visit.addSession(SessionKind::Meal, at(1, 12), at(1, 13));
    visit.addSession(SessionKind::Transfer, at(1, 13), at(1, 14));
    visit.addSession(SessionKind::FreeTime, at(2, 15), at(2, 18));
    visit.addSession(SessionKind::CulturalProgramme, at(2, 19), at(2, 21));
    visit.addSession(SessionKind::Other, at(3, 9), at(3, 9, 20)); // 20 min: an opening, a summary

    const ParticipantAttendance attendance = visit.attendanceOf(anna);
    CHECK(attendance.minutes == 90 + 20);
    // Free time and the evening's film alone on the second day: not a day of programme.
    CHECK(attendance.days == june({1, 3}));

    CHECK(AttendedProgramme::counts(SessionKind::Workshop));
    CHECK(AttendedProgramme::counts(SessionKind::Other));
    CHECK_FALSE(AttendedProgramme::counts(SessionKind::Meal));
    CHECK_FALSE(AttendedProgramme::counts(SessionKind::CulturalProgramme));
}

TEST_CASE("Sessions at the same time count once and a stay not entered is the visit's days")
{
    ThreeDayVisit visit;
    const Id anna = visit.addParticipant(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    // A departure the day after the visit: the session that day counts for this one.
    const Id marta = visit.addParticipant(QStringLiteral("Marta"), QStringLiteral("Zielińska"), QDateTime(),
                                          QDateTime(QDate(2026, 6, 4), QTime(12, 0), Qt::UTC));
    visit.addSession(SessionKind::Workshop, at(1, 9), at(1, 11));              // 120 min
    visit.addSession(SessionKind::Presentation, at(1, 10), at(1, 12), {anna}); // overlaps by an hour
    visit.addSession(SessionKind::Meeting, QDateTime(QDate(2026, 6, 4), QTime(9, 0), Qt::UTC),
                     QDateTime(QDate(2026, 6, 4), QTime(10, 0), Qt::UTC)); // after the last day, 60 min

    // 9:00–12:00 for Anna, and nothing after the last day without a departure entered.
    const ParticipantAttendance overlapping = visit.attendanceOf(anna);
    CHECK(overlapping.minutes == 180);
    CHECK(overlapping.days == june({1}));

    const ParticipantAttendance staying = visit.attendanceOf(marta);
    CHECK(staying.minutes == 120 + 60);
    CHECK(staying.days == june({1, 4}));
}

TEST_CASE("The attended programme of a visit that does not exist is not found")
{
    TestDatabase database;
    const auto attended = AttendedProgramme(database.db()).forVisit(4711);
    REQUIRE_FALSE(attended.ok());
    CHECK(attended.error().kind() == Error::Kind::NotFound);
}
