// SPDX-License-Identifier: GPL-3.0-or-later
// What the conflict rules' tests share: a database to arrange sessions in, and English messages.
#pragma once

#include "core/conflicts/conflictchecker.h"
#include "core/languages/languagemanager.h"
#include "core/model/enums.h"
#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/testsupport.h"

#include <QLocale>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <string>

namespace ConflictTests {

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
inline QString english(const QString& message)
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

inline QDateTime at(int day, int hour, int minute = 0)
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

    static Session session(Id visitId, const QDateTime& start, int minutes, const QString& title)
    {
        Session session;
        session.visitId = visitId;
        session.startsAt = start;
        session.endsAt = start.addSecs(minutes * 60);
        session.title.text = title;
        return session;
    }

    /// A session at an institution, in the institution's city.
    static Session at(Id visitId, const QDateTime& start, int minutes, const QString& title, Id venue,
                      const QString& city)
    {
        Session placed = session(visitId, start, minutes, title);
        placed.venueInstitutionId = venue;
        placed.city = city;
        return placed;
    }

    Id add(const Session& session)
    {
        const auto id = ProgrammeRepository(db).create(session);
        if (!id) {
            INFO(id.error().message().toStdString());
        }
        REQUIRE(id.ok());
        return *id;
    }

    void move(Id sessionId, const QDateTime& start)
    {
        REQUIRE(ProgrammeRepository(db).move(sessionId, start).ok());
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
        Session inLviv = session(two.lviv, QDateTime(QDate(2026, 5, 20), QTime(10, 0), Qt::UTC), 60,
                                 QStringLiteral("Warsztat"));
        inLviv.people = {{olena, SessionRole::Interpreter}};
        two.lvivSession = add(inLviv);
        Session inOslo = session(two.oslo, osloStart, 60, QStringLiteral("Seminarium"));
        inOslo.people = {{olena, SessionRole::Presenter}};
        two.osloSession = add(inOslo);
        return two;
    }

    TestDatabase test;
    Database& db;
};

inline QList<ConflictWarning> only(Rule rule, const QList<ConflictWarning>& warnings)
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
inline std::string described(const QList<ConflictWarning>& warnings)
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

} // namespace ConflictTests
