// SPDX-License-Identifier: GPL-3.0-or-later
// Interpreters' breaks, participants' stays and the visit's days.
#include "core/storage/settingsrepository.h"
#include "tests/core/conflicts/conflictplanner.h"

using namespace ConflictTests;

TEST_CASE("An interpreter working past the limit without a break is warned of — exactly the limit is fine")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id olena = plan.person(QStringLiteral("Olena"), QStringLiteral("Kravets"));
    Session first = Planner::session(visit, at(20, 9), 60, QStringLiteral("Wykład"));
    first.people = {{olena, SessionRole::Interpreter}};
    const Id firstId = plan.add(first);
    // Ten minutes' pause is no break: 9:00–10:30 is one working stretch of 90 minutes.
    Session second = Planner::session(visit, at(20, 10, 10), 20, QStringLiteral("Pytania"));
    second.people = {{olena, SessionRole::Interpreter}};
    second.id = plan.add(second);
    CHECK(plan.check(visit).isEmpty());

    second.endsAt = at(20, 10, 31);
    REQUIRE(ProgrammeRepository(plan.db).update(second).ok());
    const auto warnings = plan.check(visit);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).rule == Rule::InterpreterWithoutBreak);
    CHECK(warnings.at(0).sessionId == second.id);
    CHECK(warnings.at(0).otherSessionId == firstId);
    CHECK(warnings.at(0).personId == olena);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral("Olena Kravets interprets for 91 minutes without a break "
                         "(limit: 90 minutes) from ‘Wykład’ to ‘Pytania’, 20 May "
                         "2026, 09:00–10:31."));

    // A quarter of an hour is a break.
    plan.move(second.id, at(20, 10, 15));
    CHECK(plan.check(visit).isEmpty());
}

TEST_CASE("One long session over the interpreter's limit is warned of, with the coordinator's limit")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id olena = plan.person(QStringLiteral("Olena"), QStringLiteral("Kravets"));
    Session theatre = Planner::session(visit, at(21, 19), 120, QStringLiteral("Teatr"));
    theatre.people = {{olena, SessionRole::Interpreter}};
    const Id theatreId = plan.add(theatre);
    const auto warnings = plan.check(visit);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).sessionId == theatreId);
    CHECK(warnings.at(0).otherSessionId == 0);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral("Olena Kravets interprets for 120 minutes without a break "
                         "(limit: 90 minutes) in ‘Teatr’, 21 May 2026, 19:00–21:00."));

    REQUIRE(SettingsRepository(plan.db).setInterpreterMaxMinutes(120).ok());
    CHECK(plan.check(visit).isEmpty());
    // Presenting for two hours is not interpreting.
    REQUIRE(SettingsRepository(plan.db).setInterpreterMaxMinutes(90).ok());
    theatre.id = theatreId;
    theatre.people = {{olena, SessionRole::Presenter}};
    REQUIRE(ProgrammeRepository(plan.db).update(theatre).ok());
    CHECK(plan.check(visit).isEmpty());
}

TEST_CASE("A participant in a session before arriving or after leaving is warned of")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id anna = plan.person(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id participant = plan.participant(visit, anna, at(19, 12), at(25, 14));
    const Id other = plan.participant(visit, plan.person(QStringLiteral("Jan"), QStringLiteral("Zieliński")));
    const Id opening = plan.add(Planner::session(visit, at(19, 12), 60, QStringLiteral("Otwarcie")));
    const Id closing = plan.add(Planner::session(visit, at(25, 13), 60, QStringLiteral("Zakończenie")));
    CHECK(plan.check(visit).isEmpty());

    plan.move(opening, at(19, 11, 59));
    plan.move(closing, at(25, 13, 1));
    const auto warnings = plan.check(visit);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).rule == Rule::OutsideStay);
    CHECK(warnings.at(0).sessionId == opening);
    CHECK(warnings.at(0).personId == anna);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral("Anna Nowak attends ‘Otwarcie’ (19 May 2026, 11:59–12:59) "
                         "before arriving (19 May 2026, 12:00)."));
    CHECK(warnings.at(1).sessionId == closing);
    CHECK(english(warnings.at(1).message) ==
          QStringLiteral("Anna Nowak attends ‘Zakończenie’ (25 May 2026, 13:01–14:01) "
                         "after leaving (25 May 2026, 14:00)."));

    // Jan on the same late train: one warning for the two of them, naming Anna first (she was added first).
    VisitParticipant late = *ParticipantRepository(plan.db).get(other);
    late.arrival = at(19, 12);
    REQUIRE(ParticipantRepository(plan.db).update(late).ok());
    const auto together = plan.check(visit);
    REQUIRE(together.size() == 2);
    CHECK(together.at(0).personId == anna);
    CHECK(english(together.at(0).message) ==
          QStringLiteral("Anna Nowak and 1 other participant attend ‘Otwarcie’ "
                         "(19 May 2026, 11:59–12:59) before arriving (19 May "
                         "2026, 12:00)."));

    // A session she is not chosen for is none of her concern.
    Session closingForOthers = *ProgrammeRepository(plan.db).get(closing);
    closingForOthers.wholeDelegation = false;
    closingForOthers.audienceParticipantIds = {other};
    REQUIRE(ProgrammeRepository(plan.db).update(closingForOthers).ok());
    CHECK(plan.check(visit).size() == 1);
    Q_UNUSED(participant);
}

TEST_CASE("A session outside its visit's days is warned of — one ending at midnight of the last day is not")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    plan.add(Planner::session(visit, at(25, 23), 60, QStringLiteral("Pożegnanie")));
    plan.add(Planner::session(visit, at(19, 0), 30, QStringLiteral("Przyjazd")));
    CHECK(plan.check(visit).isEmpty());

    const Id late = plan.add(Planner::session(visit, at(26, 9), 60, QStringLiteral("Dodatkowe spotkanie")));
    const Id early = plan.add(Planner::session(visit, at(18, 23, 30), 60, QStringLiteral("Nocny przyjazd")));
    const auto warnings = plan.check(visit);
    REQUIRE(warnings.size() == 2);
    // In the order of the sessions' start.
    CHECK(warnings.at(0).sessionId == early);
    CHECK(warnings.at(0).rule == Rule::OutsideVisitDays);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral("‘Nocny przyjazd’ (18 May 2026, 23:30 – 19 May 2026, 00:30) is "
                         "not within the visit's days (19–25 May 2026)."));
    CHECK(warnings.at(1).sessionId == late);
    CHECK(english(warnings.at(1).message) ==
          QStringLiteral("‘Dodatkowe spotkanie’ (26 May 2026, 09:00–10:00) is not within "
                         "the visit's days (19–25 May 2026)."));
}
