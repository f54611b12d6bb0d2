// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conflicts/conflictchecker.h"

#include "core/conflicts/keptwarnings.h"
#include "core/conflicts/programmeloader.h"
#include "core/conflicts/scan.h"
#include "core/storage/visitrepository.h"

#include <QLocale>
#include <QSet>

using namespace Conflicts;

namespace {

Result<QList<PlacedWarning>> check(Database& database, ProgrammeLoader& loader, ShownOn shownOn)
{
    if (Status added = loader.addOthers(); !added) {
        return added.error();
    }
    const auto limits = loader.limits();
    if (!limits) {
        return limits.error();
    }
    return Scan(database, loader.programmes(), *limits, shownOn).run();
}

} // namespace

Result<QList<ConflictWarning>> ConflictChecker::checkVisit(Id visitId) const
{
    const auto visit = VisitRepository(m_database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    ProgrammeLoader loader(m_database);
    if (Status added = loader.addChecked(
            {{visitId, visit->title.forReader(), visit->firstDay, visit->lastDay, true, {}}});
        !added) {
        return added.error();
    }
    const auto placed = check(m_database, loader, ShownOn::Checked);
    if (!placed) {
        return placed.error();
    }
    QList<ConflictWarning> warnings;
    warnings.reserve(placed->size());
    for (const PlacedWarning& found : *placed) {
        warnings.append(found.warning);
    }
    return warnings;
}

Result<QList<ConflictWarning>> ConflictChecker::checkPeriod(const QDate& first, const QDate& last) const
{
    // Visits checked before, and not changed since, are not read again (KeptWarnings).
    KeptWarnings kept(m_database);
    if (Status prepared = kept.prepare(rulesVersion, QLocale().name()); !prepared) {
        return prepared.error();
    }
    const auto visits = kept.unkeptIn(first, last);
    if (!visits) {
        return visits.error();
    }
    QList<VisitInfo> unkept;
    QList<Id> ids;
    for (const PeriodVisit& visit : *visits) {
        unkept.append({visit.id, visit.title, visit.firstDay, visit.lastDay, true, {}});
        ids.append(visit.id);
    }
    QList<PlacedWarning> found;
    if (!unkept.isEmpty()) {
        ProgrammeLoader loader(m_database);
        if (Status added = loader.addChecked(std::move(unkept)); !added) {
            return added.error();
        }
        auto checked = check(m_database, loader, ShownOn::Earlier);
        if (!checked) {
            return checked.error();
        }
        // Those naming a session of a visit checked: a stretch of an interpreter's work may be
        // named by the sessions of two visits around it.
        const QSet<Id> checkedVisits(ids.cbegin(), ids.cend());
        for (PlacedWarning& placed : std::move(checked).value()) {
            if (checkedVisits.contains(placed.visitId) || checkedVisits.contains(placed.otherVisitId)) {
                found.append(std::move(placed));
            }
        }
        // Keeping only saves the next check its time: what was found is the answer either way, so
        // a file that cannot be written to (read-only, a full disk) does not fail the check.
        if (kept.canKeep()) {
            const Status stored = kept.keep(ids, found);
            Q_UNUSED(stored)
        }
    }
    return kept.read(first, last, found);
}
