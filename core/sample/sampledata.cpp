// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sampledata.h"

#include "core/sample/sampleloader.h"
#include "core/storage/database.h"
#include "core/storage/visitrepository.h"

// The sample itself is in core/sample/data/*.json; sampleloader.h says how the files are read and
// why the sample is shaped as it is.

namespace {

Result<bool> isPresent(Database& database, const QList<SampleVisitHeading>& sample)
{
    VisitRepository visits(database);
    for (const SampleVisitHeading& heading : sample) {
        VisitFilter filter;
        filter.from = heading.firstDay;
        filter.to = heading.lastDay;
        const auto found = visits.list(filter);
        if (!found) {
            return found.error();
        }
        for (const VisitSummary& visit : *found) {
            if (visit.title == heading.title && visit.firstDay == heading.firstDay &&
                visit.lastDay == heading.lastDay) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

Result<QList<Id>> SampleData::add(Database& database)
{
    const QString what = tr("Adding the sample visits");
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error();
    }
    SampleLoader loader(database, what);
    const auto headings = loader.headings();
    if (!headings) {
        return headings.error();
    }
    const auto present = isPresent(database, *headings);
    if (!present) {
        return present.error();
    }
    if (*present) {
        return Error(Error::Kind::Validation, tr("The sample visits are already in this database."));
    }

    const auto visits = loader.write();
    if (!visits) {
        return visits.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return visits;
}
