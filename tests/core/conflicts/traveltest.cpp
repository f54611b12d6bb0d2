// SPDX-License-Identifier: GPL-3.0-or-later
// Time to travel between places, in one city and between cities.
#include "core/storage/settingsrepository.h"
#include "tests/core/conflicts/conflictplanner.h"

namespace {

using namespace ConflictTests;

/// The travel warnings for one trip from a session in `fromCity` to one in `toCity` that starts
/// `gapMinutes` after the first ends.
QList<ConflictWarning> trip(const QString& fromCity, const QString& toCity, int gapMinutes,
                            int tableMinutes = 0)
{
    Planner plan;
    if (tableMinutes > 0) {
        REQUIRE(SettingsRepository(plan.db)
                    .setTravelTime(QStringLiteral("Warszawa"), QStringLiteral("Płock"), tableMinutes)
                    .ok());
    }
    const Id visit = plan.lviv();
    const Id first = plan.institution(QStringLiteral("Fundacja Przystań"), fromCity);
    const Id second = plan.institution(QStringLiteral("Centrum Wsparcia"), toCity);
    plan.add(Planner::at(visit, at(20, 9), 60, QStringLiteral("Warsztat"), first, fromCity));
    plan.add(Planner::at(visit, at(20, 10).addSecs(gapMinutes * 60), 60, QStringLiteral("Wizyta"), second,
                         toCity));
    const auto warnings = plan.check(visit);
    INFO(described(warnings));
    CHECK(only(Rule::NoTimeToTravel, warnings).size() == warnings.size());
    return warnings;
}

} // namespace

TEST_CASE("In one city 15 minutes between two places are enough and 14 are not")
{
    English language;
    CHECK(trip(QStringLiteral("Warszawa"), QStringLiteral("warszawa "), 15).isEmpty());
    const auto warnings = trip(QStringLiteral("Warszawa"), QStringLiteral("Warszawa"), 14);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).rule == Rule::NoTimeToTravel);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral(
              "Only 14 minutes to get from ‘Warsztat’ at Fundacja Przystań (Warszawa) to ‘Wizyta’ at "
              "Centrum Wsparcia (Warszawa) (20 May 2026, 10:00–10:14); the trip takes 15 minutes."));
}

TEST_CASE("Between two cities the default 60 minutes count, whichever way the trip goes")
{
    CHECK(trip(QStringLiteral("Warszawa"), QStringLiteral("Kraków"), 60).isEmpty());
    CHECK(trip(QStringLiteral("Kraków"), QStringLiteral("Warszawa"), 60).isEmpty());
    CHECK(trip(QStringLiteral("Warszawa"), QStringLiteral("Kraków"), 59).size() == 1);
    CHECK(trip(QStringLiteral("Kraków"), QStringLiteral("Warszawa"), 59).size() == 1);
}

TEST_CASE("Between two cities in the travel-time table its time counts, whichever way the trip goes")
{
    English language;
    CHECK(trip(QStringLiteral("Warszawa"), QStringLiteral("Płock"), 120, 120).isEmpty());
    CHECK(trip(QStringLiteral("Płock"), QStringLiteral("Warszawa"), 120, 120).isEmpty());
    CHECK(trip(QStringLiteral("Warszawa"), QStringLiteral("Płock"), 119, 120).size() == 1);
    const auto back = trip(QStringLiteral("Płock"), QStringLiteral("Warszawa"), 119, 120);
    REQUIRE(back.size() == 1);
    CHECK(english(back.at(0).message).endsWith(QStringLiteral("the trip takes 120 minutes.")));
    CHECK(english(back.at(0).message).startsWith(QStringLiteral("Only 119 minutes")));
}

TEST_CASE("Travel is checked per participant, once a pair, and a transfer or one place needs no travel time")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id leader =
        plan.participant(visit, plan.person(QStringLiteral("Андрій"), QStringLiteral("Шевчук")));
    const Id member =
        plan.participant(visit, plan.person(QStringLiteral("Оксана"), QStringLiteral("Коваленко")));
    const QString warszawa = QStringLiteral("Warszawa");
    const Id foundation = plan.institution(QStringLiteral("Fundacja Przystań"), warszawa);
    const Id centre = plan.institution(QStringLiteral("Centrum Wsparcia"), warszawa);

    // Two rooms of one institution: no travel.
    Session talk = Planner::at(visit, at(20, 9), 60, QStringLiteral("Wykład"), foundation, warszawa);
    talk.room = QStringLiteral("Sala 1");
    plan.add(talk);
    Session workshop = Planner::at(visit, at(20, 10), 60, QStringLiteral("Warsztat"), foundation, warszawa);
    workshop.room = QStringLiteral("Sala 2");
    const Id workshopId = plan.add(workshop);
    // Lunch with no place: the gap to the next place is measured around it.
    Session lunch = Planner::session(visit, at(20, 11), 30, QStringLiteral("Obiad"));
    lunch.kind = SessionKind::Meal;
    const Id lunchId = plan.add(lunch);
    const Id visitId =
        plan.add(Planner::at(visit, at(20, 11, 40), 60, QStringLiteral("Wizyta"), centre, warszawa));
    CHECK(plan.check(visit).isEmpty());

    // Ten minutes after the lunch, forty after the workshop: enough. After it, a transfer to Płock.
    Session transfer = Planner::session(visit, at(20, 12, 40), 30, QStringLiteral("Przejazd"));
    transfer.kind = SessionKind::Transfer;
    plan.add(transfer);
    plan.add(Planner::at(visit, at(20, 13, 10), 60, QStringLiteral("MOPS Płock"),
                         plan.institution(QStringLiteral("MOPS Płock"), QStringLiteral("Płock")),
                         QStringLiteral("Płock")));
    CHECK(plan.check(visit).isEmpty());

    // Without the lunch's margin, both participants lack time for the same trip: one warning.
    REQUIRE(ProgrammeRepository(plan.db).remove(lunchId).ok());
    plan.move(visitId, at(20, 11, 10));
    const auto warnings = plan.check(visit);
    INFO(described(warnings));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).rule == Rule::NoTimeToTravel);
    CHECK(warnings.at(0).sessionId == visitId);
    CHECK(warnings.at(0).otherSessionId == workshopId);
    CHECK(english(warnings.at(0).message).startsWith(QStringLiteral("Only 10 minutes")));

    // Only the member goes to the centre; the leader stays: still one warning, hers.
    Session split = *ProgrammeRepository(plan.db).get(visitId);
    split.wholeDelegation = false;
    split.audienceParticipantIds = {member};
    REQUIRE(ProgrammeRepository(plan.db).update(split).ok());
    CHECK(plan.check(visit).size() == 1);
    split.audienceParticipantIds = {};
    REQUIRE(ProgrammeRepository(plan.db).update(split).ok());
    CHECK(plan.check(visit).isEmpty());
    Q_UNUSED(leader);
}
