// SPDX-License-Identifier: GPL-3.0-or-later
// A person or a venue in two sessions at once, within a visit and across visits.
#include "tests/core/conflicts/conflictplanner.h"

using namespace ConflictTests;

TEST_CASE("A person in two overlapping sessions is warned of — sessions that touch end to start are not")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id anna = plan.person(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    Session panel = Planner::session(visit, at(19, 10), 60, QStringLiteral("Panel"));
    panel.people = {{anna, SessionRole::Presenter}};
    const Id panelId = plan.add(panel);
    Session workshop = Planner::session(visit, at(19, 11), 30, QStringLiteral("Workshop"));
    workshop.people = {{anna, SessionRole::Moderator}};
    const Id workshopId = plan.add(workshop);
    CHECK(plan.check(visit).isEmpty());

    plan.move(workshopId, at(19, 10, 30));
    const auto warnings = plan.check(visit);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).rule == Rule::PersonDoubleBooked);
    CHECK(warnings.at(0).sessionId == panelId);
    CHECK(warnings.at(0).otherSessionId == workshopId);
    CHECK(warnings.at(0).personId == anna);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral(
              "Anna Nowak is in ‘Panel’ and ‘Workshop’ at the same time (19 May 2026, 10:30–11:00)."));
}

TEST_CASE("Participants attending two overlapping sessions are warned of once a pair — split groups are not")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id andrii = plan.person(QStringLiteral("Андрій"), QStringLiteral("Шевчук"));
    const Id oksana = plan.person(QStringLiteral("Оксана"), QStringLiteral("Коваленко"));
    const Id leader = plan.participant(visit, andrii);
    const Id member = plan.participant(visit, oksana);
    plan.add(Planner::session(visit, at(20, 9), 60, QStringLiteral("Otwarcie")));
    // The delegation splits in two at ten and meets again at eleven.
    Session groupA = Planner::session(visit, at(20, 10), 60, QStringLiteral("Dom dziecka"));
    groupA.wholeDelegation = false;
    groupA.audienceParticipantIds = {leader};
    const Id groupAId = plan.add(groupA);
    Session groupB = Planner::session(visit, at(20, 10), 60, QStringLiteral("Klub seniora"));
    groupB.wholeDelegation = false;
    groupB.audienceParticipantIds = {member};
    plan.add(groupB);
    const Id lunch = plan.add(Planner::session(visit, at(20, 11), 60, QStringLiteral("Obiad")));
    CHECK(plan.check(visit).isEmpty());

    // Lunch fifteen minutes early: each group's session now overlaps it, for one person each.
    plan.move(lunch, at(20, 10, 45));
    auto warnings = plan.check(visit);
    INFO(described(warnings));
    REQUIRE(warnings.size() == 2);
    CHECK(only(Rule::PersonDoubleBooked, warnings).size() == 2);
    CHECK(warnings.at(0).sessionId == groupAId);
    CHECK(warnings.at(0).otherSessionId == lunch);
    CHECK(warnings.at(0).personId == andrii);
    CHECK(english(warnings.at(0).message)
              .startsWith(QStringLiteral("Андрій Шевчук is in ‘Dom dziecka’ and ‘Obiad’")));

    // Two whole-delegation sessions overlapping: one warning for the pair, naming the leader.
    plan.move(lunch, at(20, 9, 15));
    warnings = plan.check(visit);
    INFO(described(warnings));
    REQUIRE(warnings.size() == 3);
    CHECK(only(Rule::PersonDoubleBooked, warnings).size() == 3);
    CHECK(warnings.at(0).personId == andrii);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral("Андрій Шевчук and 1 other participant are in ‘Otwarcie’ and ‘Obiad’ at the same "
                         "time (20 May 2026, 09:15–10:00)."));
}

TEST_CASE("A person booked in two visits at once is warned of in each visit and once in the calendar")
{
    English language;
    Planner plan;
    const auto [lviv, oslo, lvivSession, osloSession] = plan.olenaInTwoVisits(at(20, 11));
    CHECK(plan.check(lviv).isEmpty());
    CHECK(plan.check(oslo).isEmpty());

    plan.move(osloSession, at(20, 10, 59));
    const auto fromLviv = plan.check(lviv);
    REQUIRE(fromLviv.size() == 1);
    CHECK(fromLviv.at(0).rule == Rule::PersonDoubleBooked);
    CHECK(fromLviv.at(0).sessionId == lvivSession);
    CHECK(fromLviv.at(0).otherSessionId == osloSession);
    CHECK(english(fromLviv.at(0).message) ==
          QStringLiteral("Olena Kravets is in ‘Warsztat’ and ‘Seminarium’ (visit "
                         "‘Oslo’) at the same time (20 May 2026, 10:59–11:00)."));
    const auto fromOslo = plan.check(oslo);
    REQUIRE(fromOslo.size() == 1);
    CHECK(fromOslo.at(0).sessionId == osloSession);
    CHECK(fromOslo.at(0).otherSessionId == lvivSession);
    CHECK(plan.checkPeriod(QDate(2026, 5, 1), QDate(2026, 5, 31)).size() == 1);
    // The calendar of the Lviv visit's last days covers the visit, so it sees the collision too.
    CHECK(plan.checkPeriod(QDate(2026, 5, 22), QDate(2026, 5, 25)).size() == 1);
    CHECK(plan.checkPeriod(QDate(2026, 5, 1), QDate(2026, 5, 18)).isEmpty());
}

TEST_CASE("Presenting in one visit while in the audience of another is no double booking — a role in both is")
{
    Planner plan;
    const Id lviv = plan.lviv();
    const Id oslo = plan.visit(QStringLiteral("Oslo"), QDate(2026, 5, 20), QDate(2026, 5, 21));
    const Id anna = plan.person(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    plan.participant(lviv, anna);
    plan.add(Planner::session(lviv, at(20, 10), 60, QStringLiteral("Warsztat")));
    Session inOslo = Planner::session(oslo, at(20, 10), 60, QStringLiteral("Seminarium"));
    inOslo.people = {{anna, SessionRole::Presenter}};
    plan.add(inOslo);
    CHECK(plan.check(lviv).isEmpty());

    // With a role in both, she is.
    Session inLviv = Planner::session(lviv, at(20, 10, 30), 60, QStringLiteral("Panel"));
    inLviv.people = {{anna, SessionRole::Moderator}};
    plan.add(inLviv);
    const auto warnings = plan.check(lviv);
    INFO(described(warnings));
    // The panel against the Oslo seminar, and against the workshop she attends in her own visit.
    CHECK(only(Rule::PersonDoubleBooked, warnings).size() == 2);
    CHECK(warnings.size() == 2);
}

TEST_CASE(
    "A room holding sessions of two visits at once is warned of — another room of the institution is not")
{
    English language;
    Planner plan;
    const Id lviv = plan.lviv();
    const Id oslo = plan.visit(QStringLiteral("Oslo"), QDate(2026, 5, 20), QDate(2026, 5, 21));
    const Id foundation = plan.institution(QStringLiteral("Fundacja Przystań"), QStringLiteral("Warszawa"));
    Session workshop =
        Planner::at(lviv, at(20, 10), 60, QStringLiteral("Warsztat"), foundation, QStringLiteral("Warszawa"));
    workshop.room = QStringLiteral("Sala 1");
    const Id workshopId = plan.add(workshop);
    Session seminar = Planner::at(oslo, at(20, 10, 30), 60, QStringLiteral("Seminarium"), foundation,
                                  QStringLiteral("Warszawa"));
    seminar.room = QStringLiteral("sala 2");
    seminar.id = plan.add(seminar);
    // Somewhere else in town at the same time.
    plan.add(Planner::session(oslo, at(20, 10), 60, QStringLiteral("Spacer")));
    CHECK(plan.check(lviv).isEmpty());

    seminar.room = QStringLiteral(" SALA 1 ");
    REQUIRE(ProgrammeRepository(plan.db).update(seminar).ok());
    const auto warnings = plan.check(lviv);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).rule == Rule::VenueDoubleBooked);
    CHECK(warnings.at(0).sessionId == workshopId);
    CHECK(warnings.at(0).otherSessionId == seminar.id);
    CHECK(warnings.at(0).personId == 0);
    CHECK(english(warnings.at(0).message) ==
          QStringLiteral("Fundacja Przystań, Sala 1 holds ‘Warsztat’ and ‘Seminarium’ "
                         "(visit ‘Oslo’) at the same time (20 May 2026, 10:30–11:00)."));

    // Touching end to start is a room changing hands, not a double booking.
    plan.move(seminar.id, at(20, 11));
    CHECK(plan.check(lviv).isEmpty());
}

TEST_CASE("A warning names sessions and visits in the reader's language where they have it")
{
    LanguageManager languages;
    const QLocale previous;
    REQUIRE(languages.setLanguage(QStringLiteral("uk")));
    Planner plan;
    const Id visit = plan.lviv();
    const Id anna = plan.person(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    Session panel = Planner::session(visit, at(19, 10), 60, QStringLiteral("Panel dyskusyjny"));
    panel.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Панельна дискусія"));
    panel.people = {{anna, SessionRole::Presenter}};
    plan.add(panel);
    Session workshop = Planner::session(visit, at(19, 10, 30), 60, QStringLiteral("Warsztaty"));
    workshop.people = {{anna, SessionRole::Moderator}};
    plan.add(workshop);

    const auto warnings = plan.check(visit);
    QLocale::setDefault(previous);
    REQUIRE(warnings.size() == 1);
    const QString message = warnings.at(0).message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("Панельна дискусія")));
    CHECK_FALSE(message.contains(QStringLiteral("Panel dyskusyjny")));
    // A session with no Ukrainian title keeps its own.
    CHECK(message.contains(QStringLiteral("Warsztaty")));
}
