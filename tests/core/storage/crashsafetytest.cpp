// SPDX-License-Identifier: GPL-3.0-or-later
// A program editing the database is killed (SIGKILL) at random moments, again and again on the same
// file; after each kill the file must open, pass its checks and hold exactly the edits reported saved.
// The writer is tests/crash/crashwriter.cpp, which describes the lines it prints.
#include "core/storage/database.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

struct PersonFacts
{
    QString name;
    Id institutionId = 0;
};

struct VisitFacts
{
    QString title;
    Id hostId = 0;
};

struct ParticipantFacts
{
    Id visitId = 0;
    Id personId = 0;
};

struct SessionFacts
{
    Id visitId = 0;
    QString title;
    Id presenterId = 0;
    Id venueId = 0;
};

/// What the database must hold after the edits reported so far, foreign-key actions included.
struct Expected
{
    QMap<Id, QString> institutions;
    QMap<Id, PersonFacts> people;
    QMap<Id, VisitFacts> visits;
    QMap<Id, ParticipantFacts> participants;
    QMap<Id, SessionFacts> sessions;

    /// Applies one reported edit; false when the line is not a report.
    bool apply(const QString& line)
    {
        static const QRegularExpression institution(
            QStringLiteral(R"re(^saved institution (\d+) "([^"]*)"$)re"));
        static const QRegularExpression person(
            QStringLiteral(R"re(^saved person (\d+) "([^"]*)" institution (\d+)$)re"));
        static const QRegularExpression visit(
            QStringLiteral(R"re(^saved visit (\d+) "([^"]*)" host (\d+)$)re"));
        static const QRegularExpression participant(
            QStringLiteral(R"re(^saved participant (\d+) visit (\d+) person (\d+)$)re"));
        static const QRegularExpression session(
            QStringLiteral(R"re(^saved session (\d+) visit (\d+) "([^"]*)" presenter (\d+) venue (\d+)$)re"));
        static const QRegularExpression deleted(
            QStringLiteral(R"re(^deleted (institution|person|visit|participant|session) (\d+)$)re"));

        const auto id = [](const QRegularExpressionMatch& match, int group) {
            return match.captured(group).toLongLong();
        };
        if (const auto match = institution.match(line); match.hasMatch()) {
            institutions.insert(id(match, 1), match.captured(2));
        } else if (const auto match = person.match(line); match.hasMatch()) {
            people.insert(id(match, 1), {match.captured(2), id(match, 3)});
        } else if (const auto match = visit.match(line); match.hasMatch()) {
            visits.insert(id(match, 1), {match.captured(2), id(match, 3)});
        } else if (const auto match = participant.match(line); match.hasMatch()) {
            participants.insert(id(match, 1), {id(match, 2), id(match, 3)});
        } else if (const auto match = session.match(line); match.hasMatch()) {
            sessions.insert(id(match, 1), {id(match, 2), match.captured(3), id(match, 4), id(match, 5)});
        } else if (const auto match = deleted.match(line); match.hasMatch()) {
            remove(match.captured(1), id(match, 2));
        } else {
            return false;
        }
        return true;
    }

    /// How the database differs from what is expected; empty when it holds exactly that.
    QStringList differences(Database& db) const
    {
        QStringList found;
        compareIds(db, QStringLiteral("institution"), institutions.keys(), found);
        compareIds(db, QStringLiteral("person"), people.keys(), found);
        compareIds(db, QStringLiteral("visit"), visits.keys(), found);
        compareIds(db, QStringLiteral("visit_participant"), participants.keys(), found);
        compareIds(db, QStringLiteral("agenda_session"), sessions.keys(), found);
        const auto differ = [&found](const QString& what, Id id, const auto& stored, const auto& expected) {
            if (stored != expected) {
                found << QStringLiteral("%1 %2: %3 is stored, %4 was reported")
                             .arg(what)
                             .arg(id)
                             .arg(QVariant::fromValue(stored).toString(),
                                  QVariant::fromValue(expected).toString());
            }
        };

        for (auto it = institutions.cbegin(); it != institutions.cend(); ++it) {
            if (const auto stored = InstitutionRepository(db).get(it.key())) {
                differ(QStringLiteral("institution name"), it.key(), stored->name.text, it.value());
            }
        }
        for (auto it = people.cbegin(); it != people.cend(); ++it) {
            if (const auto stored = PersonRepository(db).get(it.key())) {
                differ(QStringLiteral("person name"), it.key(), stored->displayName(), it->name);
                differ(QStringLiteral("person institution"), it.key(), stored->institutionId,
                       it->institutionId);
            }
        }
        for (auto it = visits.cbegin(); it != visits.cend(); ++it) {
            if (const auto stored = VisitRepository(db).get(it.key())) {
                differ(QStringLiteral("visit title"), it.key(), stored->title.text, it->title);
                differ(QStringLiteral("visit host"), it.key(), stored->hostInstitutionId, it->hostId);
            }
        }
        for (auto it = participants.cbegin(); it != participants.cend(); ++it) {
            if (const auto stored = ParticipantRepository(db).get(it.key())) {
                differ(QStringLiteral("participant visit"), it.key(), stored->visitId, it->visitId);
                differ(QStringLiteral("participant person"), it.key(), stored->personId, it->personId);
            }
        }
        for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
            if (const auto stored = ProgrammeRepository(db).get(it.key())) {
                QList<SessionPerson> presenters;
                if (it->presenterId != 0) {
                    presenters.append({it->presenterId, SessionRole::Presenter});
                }
                differ(QStringLiteral("session visit"), it.key(), stored->visitId, it->visitId);
                differ(QStringLiteral("session title"), it.key(), stored->title.text, it->title);
                differ(QStringLiteral("session people count"), it.key(), stored->people.size(),
                       presenters.size());
                if (stored->people != presenters) {
                    found << QStringLiteral("session %1: its presenter is not person %2")
                                 .arg(it.key())
                                 .arg(it->presenterId);
                }
                differ(QStringLiteral("session venue"), it.key(), stored->venueInstitutionId, it->venueId);
            }
        }
        return found;
    }

private:
    /// What the schema's ON DELETE clauses do with the rows referring to a deleted one.
    void remove(const QString& table, Id id)
    {
        if (table == QLatin1String("institution")) {
            institutions.remove(id);
            for (PersonFacts& person : people) {
                person.institutionId = person.institutionId == id ? 0 : person.institutionId;
            }
            for (VisitFacts& visit : visits) {
                visit.hostId = visit.hostId == id ? 0 : visit.hostId;
            }
            for (SessionFacts& session : sessions) {
                session.venueId = session.venueId == id ? 0 : session.venueId;
            }
        } else if (table == QLatin1String("person")) {
            people.remove(id);
            participants.removeIf([id](const auto& entry) { return entry.value().personId == id; });
            for (SessionFacts& session : sessions) {
                session.presenterId = session.presenterId == id ? 0 : session.presenterId;
            }
        } else if (table == QLatin1String("visit")) {
            visits.remove(id);
            participants.removeIf([id](const auto& entry) { return entry.value().visitId == id; });
            sessions.removeIf([id](const auto& entry) { return entry.value().visitId == id; });
        } else if (table == QLatin1String("participant")) {
            participants.remove(id);
        } else {
            sessions.remove(id);
        }
    }

    static void compareIds(Database& db, const QString& table, const QList<Id>& expected, QStringList& found)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM %1").arg(table))) {
            found << QStringLiteral("%1: %2").arg(table, query.lastError().text());
            return;
        }
        QSet<Id> stored;
        while (query.next()) {
            stored.insert(query.value(0).toLongLong());
        }
        const QSet<Id> reported(expected.cbegin(), expected.cend());
        for (const Id id : reported - stored) {
            found << QStringLiteral("%1 %2 was reported saved but is missing").arg(table).arg(id);
        }
        for (const Id id : stored - reported) {
            found << QStringLiteral("%1 %2 is stored but was reported deleted, or never saved")
                         .arg(table)
                         .arg(id);
        }
    }
};

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/// The last `count` lines of `lines`, for a failure message.
std::string tail(const QStringList& lines, qsizetype count = 12)
{
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("Killed at any moment, the database stays sound and keeps every edit it reported saved", "[crash]")
{
    // scripts/crash-test.sh raises both for a longer run.
    const int requiredKills = environmentNumber("WIZYTA_CRASH_KILLS", 200);
    const int seconds = environmentNumber("WIZYTA_CRASH_SECONDS", 180);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.wizyta"));
    QRandomGenerator random(20260519);
    Expected expected;
    int kills = 0;
    int reported = 0;
    int killedWhileCommitting = 0;
    QElapsedTimer clock;
    clock.start();

    while (kills < requiredKills && clock.elapsed() < seconds * 1000LL) {
        const quint32 seed = random.generate();
        // One kill in four comes soon after the start, while the file is opened and recovered.
        const bool duringOpening = random.bounded(4) == 0;
        const int delay = static_cast<int>(random.bounded(41));
        INFO("kill " << kills + 1 << ", writer seed " << seed << ", " << delay << " ms after "
                     << (duringOpening ? "the start" : "the first line"));

        QProcess writer;
        writer.setProgram(QStringLiteral(WIZYTA_CRASH_WRITER));
        writer.setArguments({path, QString::number(seed)});
        writer.start();
        REQUIRE(writer.waitForStarted());
        if (!duringOpening) {
            while (!writer.canReadLine() && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
            }
        }
        QThread::msleep(static_cast<unsigned long>(delay));
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        // Killed, not stopped by an error of its own.
        INFO("the writer's errors: " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);
        ++kills;

        QStringList lines = QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'));
        if (lines.constLast().isEmpty()) {
            lines.removeLast();
        }
        INFO("the writer's last lines:\n" << tail(lines));
        QString committing; // an edit whose COMMIT was under way when the writer was killed
        for (const QString& line : std::as_const(lines)) {
            static const QString prefix = QStringLiteral("committing ");
            if (line.startsWith(prefix)) {
                committing = line.mid(prefix.size());
            } else {
                INFO("line: " << line.toStdString());
                REQUIRE(expected.apply(line));
                committing.clear();
                ++reported;
            }
        }

        auto opened = Database::open(path);
        INFO((opened ? std::string() : opened.error().message().toStdString()));
        REQUIRE(opened.ok());
        Database& db = **opened;
        const auto problems = db.check();
        REQUIRE(problems.ok());
        INFO("problems: " << problems->join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems->isEmpty());

        if (!committing.isEmpty()) {
            // Killed during the COMMIT: the edit is wholly there or not at all.
            ++killedWhileCommitting;
            Expected committed = expected;
            REQUIRE(committed.apply(committing));
            if (committed.differences(db).isEmpty()) {
                expected = std::move(committed);
            }
        }
        const QStringList differences = expected.differences(db);
        INFO("differences: " << differences.join(QLatin1Char('\n')).toStdString());
        REQUIRE(differences.isEmpty());
    }

    INFO(kills << " kills in " << clock.elapsed() / 1000 << " s, " << reported << " edits reported saved, "
               << killedWhileCommitting << " kills while committing");
    REQUIRE(kills >= requiredKills);
    REQUIRE(reported > 0);
}
