// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictchecker.h"

#include "agendarepository.h"
#include "enums.h"
#include "keptwarnings.h"
#include "languagemanager.h"
#include "participantrepository.h"
#include "sampledata.h"
#include "settingsrepository.h"
#include "testsupport.h"
#include "visitrepository.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

using Rule = ConflictWarning::Rule;

/// The messages are checked as an English-speaking coordinator reads them, dates as in en_GB.
class English final
{
public:
    English() { REQUIRE(m_languages.setLanguage(QStringLiteral("en"))); }
    ~English() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
    LanguageManager m_languages;
};

/// The message with English plurals: "14 minute(s)" is "14 minutes" once the English plural forms
/// are translated, and these checks hold before and after.
QString english(const QString& message)
{
    static const QRegularExpression counted(QStringLiteral("\\b(\\d+) ((?:\\w+ )*?\\w+)\\(s\\)"));
    QString text = message;
    QRegularExpressionMatch match;
    while ((match = counted.match(text)).hasMatch()) {
        const QString noun =
            match.captured(2) + (match.captured(1) == QLatin1String("1") ? QString() : QStringLiteral("s"));
        text.replace(match.capturedStart(), match.capturedLength(),
                     match.captured(1) + QLatin1Char(' ') + noun);
    }
    return text;
}

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::UTC);
}

/// A database with the people, places and visits the tests arrange sessions between.
class Planner
{
public:
    Planner() : db(test.db()) {}

    Id person(const QString& given, const QString& family)
    {
        return insertRow(db, QStringLiteral("person"),
                         {{QStringLiteral("given_name"), given}, {QStringLiteral("family_name"), family}});
    }

    Id institution(const QString& name, const QString& city)
    {
        return insertRow(db, QStringLiteral("institution"),
                         {{QStringLiteral("name"), name}, {QStringLiteral("city"), city}});
    }

    Id visit(const QString& title, const QDate& first, const QDate& last)
    {
        Visit visit;
        visit.title.text = title;
        visit.firstDay = first;
        visit.lastDay = last;
        const auto id = VisitRepository(db).create(visit);
        REQUIRE(id.ok());
        return *id;
    }

    /// The visit most tests use: 19–25 May 2026.
    Id lviv() { return visit(QStringLiteral("Lwów na Mazowszu"), QDate(2026, 5, 19), QDate(2026, 5, 25)); }

    Id participant(Id visitId, Id personId, const QDateTime& arrival = {}, const QDateTime& departure = {})
    {
        VisitParticipant participant;
        participant.visitId = visitId;
        participant.personId = personId;
        participant.arrival = arrival;
        participant.departure = departure;
        const auto id = ParticipantRepository(db).create(participant);
        REQUIRE(id.ok());
        return *id;
    }

    static AgendaSession session(Id visitId, const QDateTime& start, int minutes, const QString& title)
    {
        AgendaSession session;
        session.visitId = visitId;
        session.startsAt = start;
        session.endsAt = start.addSecs(minutes * 60);
        session.title.text = title;
        return session;
    }

    /// A session at an institution, in the institution's city.
    static AgendaSession at(Id visitId, const QDateTime& start, int minutes, const QString& title, Id venue,
                            const QString& city)
    {
        AgendaSession placed = session(visitId, start, minutes, title);
        placed.venueInstitutionId = venue;
        placed.city = city;
        return placed;
    }

    Id add(const AgendaSession& session)
    {
        const auto id = AgendaRepository(db).create(session);
        if (!id) {
            INFO(id.error().message().toStdString());
        }
        REQUIRE(id.ok());
        return *id;
    }

    void move(Id sessionId, const QDateTime& start)
    {
        REQUIRE(AgendaRepository(db).move(sessionId, start).ok());
    }

    QList<ConflictWarning> check(Id visitId)
    {
        const auto warnings = ConflictChecker(db).checkVisit(visitId);
        if (!warnings) {
            INFO(warnings.error().message().toStdString());
        }
        REQUIRE(warnings.ok());
        return *warnings;
    }

    QList<ConflictWarning> checkPeriod(const QDate& first, const QDate& last)
    {
        const auto warnings = ConflictChecker(db).checkPeriod(first, last);
        REQUIRE(warnings.ok());
        return *warnings;
    }

    /// Olena Kravets interprets ‘Warsztat’ in the Lviv visit on 20 May, 10:00–11:00, and presents
    /// ‘Seminarium’ for an hour from `osloStart` in a visit to Oslo (20–21 May).
    struct TwoVisits
    {
        Id lviv = 0;
        Id oslo = 0;
        Id lvivSession = 0;
        Id osloSession = 0;
    };
    TwoVisits olenaInTwoVisits(const QDateTime& osloStart)
    {
        TwoVisits two;
        two.lviv = lviv();
        two.oslo = visit(QStringLiteral("Oslo"), QDate(2026, 5, 20), QDate(2026, 5, 21));
        const Id olena = person(QStringLiteral("Olena"), QStringLiteral("Kravets"));
        AgendaSession inLviv = session(two.lviv, QDateTime(QDate(2026, 5, 20), QTime(10, 0), Qt::UTC), 60,
                                       QStringLiteral("Warsztat"));
        inLviv.people = {{olena, SessionRole::Interpreter}};
        two.lvivSession = add(inLviv);
        AgendaSession inOslo = session(two.oslo, osloStart, 60, QStringLiteral("Seminarium"));
        inOslo.people = {{olena, SessionRole::Presenter}};
        two.osloSession = add(inOslo);
        return two;
    }

    TestDatabase test;
    Database& db;
};

QList<ConflictWarning> only(Rule rule, const QList<ConflictWarning>& warnings)
{
    QList<ConflictWarning> found;
    for (const ConflictWarning& warning : warnings) {
        if (warning.rule == rule) {
            found.append(warning);
        }
    }
    return found;
}

/// Everything the checker said, for the test's output when a check fails.
std::string described(const QList<ConflictWarning>& warnings)
{
    QStringList lines;
    for (const ConflictWarning& warning : warnings) {
        lines << QStringLiteral("%1 [%2/%3]: %4")
                     .arg(static_cast<int>(warning.rule))
                     .arg(warning.sessionId)
                     .arg(warning.otherSessionId)
                     .arg(warning.message);
    }
    return lines.join(u'\n').toStdString();
}

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

TEST_CASE("A person in two overlapping sessions is warned of — sessions that touch end to start are not")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id anna = plan.person(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    AgendaSession panel = Planner::session(visit, at(19, 10), 60, QStringLiteral("Panel"));
    panel.people = {{anna, SessionRole::Presenter}};
    const Id panelId = plan.add(panel);
    AgendaSession workshop = Planner::session(visit, at(19, 11), 30, QStringLiteral("Workshop"));
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
    AgendaSession groupA = Planner::session(visit, at(20, 10), 60, QStringLiteral("Dom dziecka"));
    groupA.wholeDelegation = false;
    groupA.audienceParticipantIds = {leader};
    const Id groupAId = plan.add(groupA);
    AgendaSession groupB = Planner::session(visit, at(20, 10), 60, QStringLiteral("Klub seniora"));
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
    AgendaSession inOslo = Planner::session(oslo, at(20, 10), 60, QStringLiteral("Seminarium"));
    inOslo.people = {{anna, SessionRole::Presenter}};
    plan.add(inOslo);
    CHECK(plan.check(lviv).isEmpty());

    // With a role in both, she is.
    AgendaSession inLviv = Planner::session(lviv, at(20, 10, 30), 60, QStringLiteral("Panel"));
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
    AgendaSession workshop =
        Planner::at(lviv, at(20, 10), 60, QStringLiteral("Warsztat"), foundation, QStringLiteral("Warszawa"));
    workshop.room = QStringLiteral("Sala 1");
    const Id workshopId = plan.add(workshop);
    AgendaSession seminar = Planner::at(oslo, at(20, 10, 30), 60, QStringLiteral("Seminarium"), foundation,
                                        QStringLiteral("Warszawa"));
    seminar.room = QStringLiteral("sala 2");
    seminar.id = plan.add(seminar);
    // Somewhere else in town at the same time.
    plan.add(Planner::session(oslo, at(20, 10), 60, QStringLiteral("Spacer")));
    CHECK(plan.check(lviv).isEmpty());

    seminar.room = QStringLiteral(" SALA 1 ");
    REQUIRE(AgendaRepository(plan.db).update(seminar).ok());
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
    AgendaSession talk = Planner::at(visit, at(20, 9), 60, QStringLiteral("Wykład"), foundation, warszawa);
    talk.room = QStringLiteral("Sala 1");
    plan.add(talk);
    AgendaSession workshop =
        Planner::at(visit, at(20, 10), 60, QStringLiteral("Warsztat"), foundation, warszawa);
    workshop.room = QStringLiteral("Sala 2");
    const Id workshopId = plan.add(workshop);
    // Lunch with no place: the gap to the next place is measured around it.
    AgendaSession lunch = Planner::session(visit, at(20, 11), 30, QStringLiteral("Obiad"));
    lunch.kind = SessionKind::Meal;
    const Id lunchId = plan.add(lunch);
    const Id visitId =
        plan.add(Planner::at(visit, at(20, 11, 40), 60, QStringLiteral("Wizyta"), centre, warszawa));
    CHECK(plan.check(visit).isEmpty());

    // Ten minutes after the lunch, forty after the workshop: enough. After it, a transfer to Płock.
    AgendaSession transfer = Planner::session(visit, at(20, 12, 40), 30, QStringLiteral("Przejazd"));
    transfer.kind = SessionKind::Transfer;
    plan.add(transfer);
    plan.add(Planner::at(visit, at(20, 13, 10), 60, QStringLiteral("MOPS Płock"),
                         plan.institution(QStringLiteral("MOPS Płock"), QStringLiteral("Płock")),
                         QStringLiteral("Płock")));
    CHECK(plan.check(visit).isEmpty());

    // Without the lunch's margin, both participants lack time for the same trip: one warning.
    REQUIRE(AgendaRepository(plan.db).remove(lunchId).ok());
    plan.move(visitId, at(20, 11, 10));
    const auto warnings = plan.check(visit);
    INFO(described(warnings));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).rule == Rule::NoTimeToTravel);
    CHECK(warnings.at(0).sessionId == visitId);
    CHECK(warnings.at(0).otherSessionId == workshopId);
    CHECK(english(warnings.at(0).message).startsWith(QStringLiteral("Only 10 minutes")));

    // Only the member goes to the centre; the leader stays: still one warning, hers.
    AgendaSession split = *AgendaRepository(plan.db).get(visitId);
    split.wholeDelegation = false;
    split.audienceParticipantIds = {member};
    REQUIRE(AgendaRepository(plan.db).update(split).ok());
    CHECK(plan.check(visit).size() == 1);
    split.audienceParticipantIds = {};
    REQUIRE(AgendaRepository(plan.db).update(split).ok());
    CHECK(plan.check(visit).isEmpty());
    Q_UNUSED(leader);
}

TEST_CASE("An interpreter working past the limit without a break is warned of — exactly the limit is fine")
{
    English language;
    Planner plan;
    const Id visit = plan.lviv();
    const Id olena = plan.person(QStringLiteral("Olena"), QStringLiteral("Kravets"));
    AgendaSession first = Planner::session(visit, at(20, 9), 60, QStringLiteral("Wykład"));
    first.people = {{olena, SessionRole::Interpreter}};
    const Id firstId = plan.add(first);
    // Ten minutes' pause is no break: 9:00–10:30 is one working stretch of 90 minutes.
    AgendaSession second = Planner::session(visit, at(20, 10, 10), 20, QStringLiteral("Pytania"));
    second.people = {{olena, SessionRole::Interpreter}};
    second.id = plan.add(second);
    CHECK(plan.check(visit).isEmpty());

    second.endsAt = at(20, 10, 31);
    REQUIRE(AgendaRepository(plan.db).update(second).ok());
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
    AgendaSession theatre = Planner::session(visit, at(21, 19), 120, QStringLiteral("Teatr"));
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
    REQUIRE(AgendaRepository(plan.db).update(theatre).ok());
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
    AgendaSession closingForOthers = *AgendaRepository(plan.db).get(closing);
    closingForOthers.wholeDelegation = false;
    closingForOthers.audienceParticipantIds = {other};
    REQUIRE(AgendaRepository(plan.db).update(closingForOthers).ok());
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

TEST_CASE("An unknown visit is not found")
{
    Planner plan;
    const auto warnings = ConflictChecker(plan.db).checkVisit(4711);
    REQUIRE_FALSE(warnings.ok());
    CHECK(warnings.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("The sample visits have no conflicts at all")
{
    Planner plan;
    const auto added = SampleData::add(plan.db);
    REQUIRE(added.ok());
    for (const Id visit : *added) {
        const auto warnings = plan.check(visit);
        INFO(described(warnings));
        CHECK(warnings.isEmpty());
    }
    const auto year = plan.checkPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    INFO(described(year));
    CHECK(year.isEmpty());
}

TEST_CASE("A year of 500 visits and 10,000 sessions is checked without false alarms, and a lent interpreter "
          "is found")
{
    Planner plan;
    run(plan.db, QStringLiteral("BEGIN"));
    QList<Id> venues;
    for (int i = 0; i < 50; ++i) {
        venues << plan.institution(QStringLiteral("Instytucja %1").arg(i),
                                   QStringLiteral("Miasto %1").arg(i % 7));
    }
    QList<Id> people;
    for (int i = 0; i < 300; ++i) {
        people << plan.person(QStringLiteral("Osoba"), QString::number(i));
    }
    QSqlQuery insert(plan.db.connection());
    REQUIRE(insert.prepare(QStringLiteral(
        "INSERT INTO agenda_session (visit_id, starts_at, ends_at, title, kind, venue_institution_id, city, "
        "whole_delegation) VALUES (?, ?, ?, ?, 'presentation', ?, ?, 1)")));
    QSqlQuery role(plan.db.connection());
    REQUIRE(role.prepare(QStringLiteral(
        "INSERT INTO session_person (session_id, person_id, role) VALUES (?, ?, 'interpreter')")));
    // Five-day visits starting a week apart (about seven at a time), each at its own venue with its
    // own interpreter and ten participants: four sessions of 90 minutes a day with half-hour breaks.
    for (int v = 0; v < 500; ++v) {
        const QDate first = QDate(2026, 1, 1).addDays((v * 7) % 360);
        const Id visit = insertRow(plan.db, QStringLiteral("visit"),
                                   {{QStringLiteral("title"), QStringLiteral("Wizyta %1").arg(v)},
                                    {QStringLiteral("first_day"), first.toString(Qt::ISODate)},
                                    {QStringLiteral("last_day"), first.addDays(4).toString(Qt::ISODate)}});
        for (int p = 0; p < 10; ++p) {
            insertRow(plan.db, QStringLiteral("visit_participant"),
                      {{QStringLiteral("visit_id"), visit},
                       {QStringLiteral("person_id"), people.at((v * 10 + p) % 300)}});
        }
        for (int s = 0; s < 20; ++s) {
            const QDateTime start(first.addDays(s / 4), QTime(9 + (s % 4) * 2, 0), Qt::UTC);
            insert.addBindValue(visit);
            insert.addBindValue(start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
            insert.addBindValue(start.addSecs(90 * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
            insert.addBindValue(QStringLiteral("Sesja %1").arg(s));
            insert.addBindValue(venues.at(v % venues.size()));
            insert.addBindValue(QStringLiteral("Miasto %1").arg((v % venues.size()) % 7));
            REQUIRE(insert.exec());
            role.addBindValue(insert.lastInsertId());
            role.addBindValue(people.at(v % 300));
            REQUIRE(role.exec());
        }
    }
    run(plan.db, QStringLiteral("COMMIT"));

    // How fast this is belongs to the benchmark; here, that a busy year raises no false alarm.
    const auto year = plan.checkPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto oneVisit = plan.check(
        scalar(plan.db, QStringLiteral("SELECT id FROM visit WHERE title = 'Wizyta 250'")).toLongLong());
    INFO(described(year));
    CHECK(year.isEmpty());
    CHECK(oneVisit.isEmpty());

    // Visit 250's interpreter lent to visit 353 (from the day after) at the same hour.
    run(plan.db, QStringLiteral("INSERT INTO session_person (session_id, person_id, role) SELECT id, %1, "
                                "'interpreter' FROM agenda_session WHERE title = 'Sesja 0' AND visit_id = "
                                "(SELECT id FROM visit WHERE title = 'Wizyta 353')")
                     .arg(people.at(250)));
    const auto lent = plan.checkPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    INFO(described(lent));
    CHECK(only(Rule::PersonDoubleBooked, lent).size() == 1);
}

namespace {

/// A period's warnings as a check of every programme finds them, with nothing kept: on a copy of
/// the file whose kept warnings are forgotten.
QList<ConflictWarning> checkedAfresh(Database& db, const QDate& first, const QDate& last)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.wizyta"));
    run(db, QStringLiteral("VACUUM INTO '%1'").arg(copy));
    const auto fresh = Database::open(copy);
    REQUIRE(fresh.ok());
    REQUIRE(KeptWarnings(**fresh).forget().ok());
    const auto warnings = ConflictChecker(**fresh).checkPeriod(first, last);
    REQUIRE(warnings.ok());
    return *warnings;
}

} // namespace

TEST_CASE("A period checked again after any change finds what a first check finds")
{
    const English english;
    Planner plan;
    Database& db = plan.db;
    const Id hall = plan.institution(QStringLiteral("MOPS Płock"), QStringLiteral("Płock"));
    const Id office = plan.institution(QStringLiteral("MCPS"), QStringLiteral("Warszawa"));
    const Id interpreter = plan.person(QStringLiteral("Iryna"), QStringLiteral("Koval"));
    const Id presenter = plan.person(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const Id guest = plan.person(QStringLiteral("Olena"), QStringLiteral("Shevchenko"));
    const Id lviv = plan.lviv();
    const Id kyiv = plan.visit(QStringLiteral("Kijów"), QDate(2026, 5, 20), QDate(2026, 5, 22));
    const Id praha = plan.visit(QStringLiteral("Praga"), QDate(2026, 5, 21), QDate(2026, 5, 23));
    const Id guestStay = plan.participant(lviv, guest, at(19, 12), at(25, 18));
    const Id hostStay = plan.participant(lviv, presenter);
    const Id first = plan.add(Planner::at(lviv, at(19, 10), 90, QStringLiteral("Powitanie"), hall, {}));
    const Id second =
        plan.add(Planner::at(lviv, at(19, 11, 40), 80, QStringLiteral("Wizyta w MCPS"), office, {}));
    const Id morning = plan.add(Planner::session(lviv, at(20, 9), 180, QStringLiteral("Warsztaty")));
    const Id talk = plan.add(Planner::at(kyiv, at(20, 10), 60, QStringLiteral("Wykład"), hall, {}));
    const Id long_ = plan.add(Planner::session(kyiv, at(20, 11), 180, QStringLiteral("Seminarium")));
    const Id vilnius = plan.visit(QStringLiteral("Wilno"), QDate(2026, 6, 10), QDate(2026, 6, 12));
    const Id inJune = plan.add(Planner::at(vilnius, QDateTime(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC), 60,
                                           QStringLiteral("Wizyta studyjna"), office, {}));
    const Id visitPraha = plan.add(Planner::at(praha, at(21, 9), 60, QStringLiteral("Spotkanie"), hall, {}));
    // The interpreter's day of 20 May runs through three visits with breaks under a quarter of an hour.
    const Id summary = plan.add(Planner::session(praha, at(20, 14, 10), 80, QStringLiteral("Podsumowanie")));
    REQUIRE(SettingsRepository(db).setInterpreterMaxMinutes(300).ok());
    for (const Id session : {first, morning, long_, summary}) {
        insertRow(db, QStringLiteral("session_person"),
                  {{QStringLiteral("session_id"), session},
                   {QStringLiteral("person_id"), interpreter},
                   {QStringLiteral("role"), QStringLiteral("interpreter")}});
    }
    insertRow(db, QStringLiteral("session_person"),
              {{QStringLiteral("session_id"), talk},
               {QStringLiteral("person_id"), presenter},
               {QStringLiteral("role"), QStringLiteral("presenter")}});

    const QDate from(2026, 5, 1);
    const QDate to(2026, 6, 30);
    const auto time = [](int day, int hour, int minute = 0) {
        return at(day, hour, minute).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    };
    const QList<std::pair<const char*, QString>> changes{
        {"a session early in the interpreter's day moved an hour earlier (the limit passed sooner)",
         QStringLiteral("UPDATE agenda_session SET starts_at = '%1', ends_at = '%2' WHERE id = %3")
             .arg(time(20, 8), time(20, 11))
             .arg(morning)},
        {"a session moved into another visit's, at the same venue",
         QStringLiteral("UPDATE agenda_session SET starts_at = '%1', ends_at = '%2' WHERE id = %3")
             .arg(time(20, 10, 30), time(20, 11, 30))
             .arg(visitPraha)},
        {"a session moved from June into May, at a venue in use",
         QStringLiteral(
             "UPDATE agenda_session SET starts_at = '%1', ends_at = '%2', venue_institution_id = %3 "
             "WHERE id = %4")
             .arg(time(20, 9, 45), time(20, 10, 15))
             .arg(hall)
             .arg(inJune)},
        {"the same session moved away, to July",
         QStringLiteral(
             "UPDATE agenda_session SET starts_at = '2026-07-01T09:00', ends_at = '2026-07-01T10:00' "
             "WHERE id = %1")
             .arg(inJune)},
        {"an interpreter given a session of another visit at the same hour",
         QStringLiteral(
             "INSERT INTO session_person (session_id, person_id, role) VALUES (%1, %2, 'interpreter')")
             .arg(talk)
             .arg(interpreter)},
        {"the interpreter's name",
         QStringLiteral("UPDATE person SET family_name = 'Kowalenko' WHERE id = %1").arg(interpreter)},
        {"a visit's title",
         QStringLiteral("UPDATE visit SET title = 'Kijów i Lwów' WHERE id = %1").arg(kyiv)},
        {"a participant arriving earlier",
         QStringLiteral("UPDATE visit_participant SET arrival = '%1' WHERE id = %2")
             .arg(time(19, 8))
             .arg(guestStay)},
        {"a participant arriving later",
         QStringLiteral("UPDATE visit_participant SET arrival = '%1' WHERE id = %2")
             .arg(time(20, 12))
             .arg(guestStay)},
        {"the interpreter's limit",
         QStringLiteral(
             "INSERT OR REPLACE INTO setting (key, value) VALUES ('interpreter_max_minutes', '60')")},
        {"a travel time", QStringLiteral("INSERT INTO travel_time (city_a, city_b, minutes) "
                                         "VALUES ('Płock', 'Warszawa', 5)")},
        {"a venue's city",
         QStringLiteral("UPDATE institution SET city = 'Kraków' WHERE id = %1").arg(office)},
        {"an audience instead of the whole delegation",
         QStringLiteral("UPDATE agenda_session SET whole_delegation = 0 WHERE id = %1; "
                        "INSERT INTO session_audience (session_id, participant_id) VALUES (%1, %2)")
             .arg(second)
             .arg(hostStay)},
        {"a visit's days",
         QStringLiteral("UPDATE visit SET last_day = '2026-05-19' WHERE id = %1").arg(lviv)},
        {"a session deleted", QStringLiteral("DELETE FROM agenda_session WHERE id = %1").arg(morning)},
        {"a person deleted", QStringLiteral("DELETE FROM person WHERE id = %1").arg(interpreter)},
        {"a visit deleted", QStringLiteral("DELETE FROM visit WHERE id = %1").arg(praha)},
    };
    QList<ConflictWarning> before = plan.checkPeriod(from, to);
    int changed = 0;
    for (const auto& [what, sql] : changes) {
        INFO("after " << what);
        for (const QString& statement : sql.split(QStringLiteral("; "))) {
            run(db, statement);
        }
        const QList<ConflictWarning> again = plan.checkPeriod(from, to);
        const QList<ConflictWarning> afresh = checkedAfresh(db, from, to);
        INFO("again: " << described(again) << "\nafresh: " << described(afresh));
        CHECK(again == afresh);
        // A part of it, whose warnings may name sessions of visits outside it.
        const QDate week(2026, 5, 20);
        CHECK(plan.checkPeriod(week, week) == checkedAfresh(db, week, week));
        changed += again != before ? 1 : 0;
        before = again;
    }
    // Each change above changes what is found.
    CHECK(changed == changes.size());

    // The messages follow the interface language.
    LanguageManager polish;
    REQUIRE(polish.setLanguage(QStringLiteral("pl")));
    const QList<ConflictWarning> inPolish = plan.checkPeriod(from, to);
    CHECK(inPolish == checkedAfresh(db, from, to));
    REQUIRE(!inPolish.isEmpty());
    CHECK(inPolish.constFirst().message != before.constFirst().message);
}

TEST_CASE("Warnings kept in the file serve the next opening, a read-only one too, until rules or language "
          "change — a change by another program forgets them")
{
    const English english;
    Planner plan;
    const Id osloSession = plan.olenaInTwoVisits(at(20, 10, 30)).osloSession;
    const QDate from(2026, 5, 1);
    const QDate to(2026, 5, 31);
    const QList<ConflictWarning> found = plan.checkPeriod(from, to);
    REQUIRE(only(Rule::PersonDoubleBooked, found).size() == 1);
    const QString keptIn = scalar(plan.db, QStringLiteral("SELECT language FROM kept_check")).toString();

    plan.test.reopen();
    {
        Database& db = plan.test.db();
        KeptWarnings kept(db);
        REQUIRE(kept.prepare(ConflictChecker::rulesVersion, QLocale().name()).ok());
        CHECK(kept.isUsable());
        const auto unkept = kept.unkeptIn(from, to);
        REQUIRE(unkept.ok());
        CHECK(unkept->isEmpty()); // no programme is read again
        // What is kept is what the check answers: a kept message comes back as it is.
        run(db, QStringLiteral("UPDATE kept_warning SET message = 'as kept'"));
        const auto again = ConflictChecker(db).checkPeriod(from, to);
        REQUIRE(again.ok());
        REQUIRE(again->size() == found.size());
        CHECK(again->constFirst().message == QLatin1String("as kept"));
    }
    plan.test.close();
    {
        const auto readOnly = Database::open(plan.test.path(), Database::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        const auto fromKept = ConflictChecker(**readOnly).checkPeriod(from, to);
        REQUIRE(fromKept.ok());
        REQUIRE(fromKept->size() == found.size());
        CHECK(fromKept->constFirst().message == QLatin1String("as kept"));
    }
    plan.test.reopen();
    // Found by other rules: found again.
    run(plan.test.db(), QStringLiteral("UPDATE kept_check SET rules = rules - 1"));
    const auto byNewRules = ConflictChecker(plan.test.db()).checkPeriod(from, to);
    REQUIRE(byNewRules.ok());
    CHECK(*byNewRules == found);
    plan.test.close();
    {
        const auto readOnly = Database::open(plan.test.path(), Database::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        // In another language nothing kept fits: all is checked, and nothing written.
        LanguageManager polish;
        REQUIRE(polish.setLanguage(QStringLiteral("pl")));
        const auto inPolish = ConflictChecker(**readOnly).checkPeriod(from, to);
        REQUIRE(inPolish.ok());
        REQUIRE(inPolish->size() == found.size());
        CHECK(inPolish->constFirst().message != found.constFirst().message);
        CHECK(*inPolish == checkedAfresh(**readOnly, from, to));
        CHECK(scalar(**readOnly, QStringLiteral("SELECT language FROM kept_check")).toString() == keptIn);
    }
    const English again;
    plan.test.reopen();
    Database& db = plan.test.db();
    // Another program moves the Oslo session away: the file's own triggers forget what it touched.
    const QString name = QStringLiteral("another-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(plan.test.path());
        REQUIRE(other.open());
        QSqlQuery move(other);
        REQUIRE(move.exec(QStringLiteral("UPDATE agenda_session SET starts_at = '2026-05-20T12:00', "
                                         "ends_at = '2026-05-20T13:00' WHERE id = %1")
                              .arg(osloSession)));
        move.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    const auto afterMove = ConflictChecker(db).checkPeriod(from, to);
    REQUIRE(afterMove.ok());
    CHECK(only(Rule::PersonDoubleBooked, *afterMove).isEmpty());
    CHECK(*afterMove == checkedAfresh(db, from, to));
}
