// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchmarkdata.h"

#include "core/storage/database.h"
#include "tests/bench/generator/institutionplanner.h"
#include "tests/bench/generator/officeplan.h"
#include "tests/bench/generator/partnershipplanner.h"
#include "tests/bench/generator/peopleplanner.h"
#include "tests/bench/generator/placeplanner.h"
#include "tests/bench/generator/planwriter.h"
#include "tests/bench/generator/random.h"
#include "tests/bench/generator/visitplanner.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Ten busy years of one office (a regional social-policy centre in Warsaw, coordinating study
// visits across Poland and abroad), made up from a seed: institutions, people, funding projects,
// exchange groups, visits with their participants and day-by-day programmes, travel times.
//
// Determinism: everything random comes from one std::mt19937 seeded with the seed and is drawn in
// a fixed order; integers are reduced with our own arithmetic (the standard distributions differ
// between standard libraries), nothing iterates a QHash, and the calendar is fixed (the data set
// is "taken" on 2026-11-26, never the machine's today). Same seed and scale, same file.
//
// Plausibility: the data is planned first (in memory), then written. Visits are planned in the
// order of their first day and everyone taking part is marked busy until the visit's last day, so
// that a person is rarely in two places at once; the day programmes keep a quarter of an hour
// between places, at most 90 minutes of interpreting without a break, and sessions between the
// delegation's arrival and departure. What remains (a venue booked by two visits, a presenter
// from the venue's staff who is elsewhere that day) is the occasional conflict a real office sees.
//
// The planners are in tests/bench/generator, one for each thing planned; the words they choose from,
// in tests/bench/vocabulary.

using namespace Qt::StringLiterals;
using namespace BenchmarkData;

namespace {

/// Plans the whole data set in memory but the programmes, which PlanWriter plans as it writes them.
/// The order of the steps is the order of the random draws: changing it changes the file.
void planOffice(OfficePlan& plan, Random& random, const BenchmarkScale& scale)
{
    PlacePlanner places(plan, random);
    places.addCities();
    InstitutionPlanner(plan, random, places).plan(scale.institutions);
    PeoplePlanner people(plan, random);
    people.plan(scale.people);
    PartnershipPlanner partnerships(plan, random);
    partnerships.planProjects(scale.visits);
    partnerships.planGroups(scale.visits);
    VisitPlanner visits(plan, random, places);
    visits.plan(scale.visits);
    visits.allocateSessions(scale.sessions);
    people.setConsentDates();
}

Status checkEmpty(Database& database)
{
    QSqlQuery query(database.connection());
    const bool read =
        query.exec(u"SELECT (SELECT count(*) FROM institution) + (SELECT count(*) FROM person) + "
                   "(SELECT count(*) FROM visit) + (SELECT count(*) FROM travel_time)"_s) &&
        query.next();
    if (!read) {
        return Error::fromSql(query.lastError(), u"Reading the database"_s);
    }
    if (query.value(0).toLongLong() != 0) {
        return Error(
            Error::Kind::Validation,
            u"The database %1 is not empty; the benchmark data goes into a new file."_s.arg(database.path()));
    }
    return success();
}

} // namespace

BenchmarkScale BenchmarkScale::tenYears()
{
    return {5'000, 100'000, 50'000, 3'000};
}

BenchmarkScale BenchmarkScale::small()
{
    return {100, 2'000, 1'000, 60};
}

Status generateBenchmarkData(Database& database, const BenchmarkScale& scale, quint32 seed)
{
    if (scale.visits < 0 || scale.sessions < 0 || scale.people < 0 || scale.institutions < 0) {
        return Error(Error::Kind::Validation, u"The benchmark scale cannot have negative counts."_s);
    }
    if (Status empty = checkEmpty(database); !empty) {
        return empty;
    }
    Random random(seed);
    OfficePlan plan;
    planOffice(plan, random, scale);

    QSqlDatabase connection = database.connection();
    const QString what = u"Writing the benchmark data"_s;
    if (!connection.transaction()) {
        return Error::fromSql(connection.lastError(), what);
    }
    if (Status written = PlanWriter(plan, random).write(connection); !written) {
        connection.rollback();
        return written;
    }
    if (!connection.commit()) {
        const Error error = Error::fromSql(connection.lastError(), what);
        connection.rollback();
        return error;
    }
    return success();
}
