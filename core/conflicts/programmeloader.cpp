// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conflicts/programmeloader.h"

#include "core/storage/participantrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"

namespace Conflicts {

Status ProgrammeLoader::addChecked(QList<VisitInfo> visits)
{
    QList<Id> ids;
    for (const VisitInfo& visit : std::as_const(visits)) {
        Q_ASSERT(visit.subject);
        ids.append(visit.id);
    }
    auto rows = ProgrammeRepository(m_database).listForVisits(ids, ProgrammeRepository::Detail::ForChecking);
    if (!rows) {
        return rows.error();
    }
    auto participants = ParticipantRepository(m_database).staysForVisits(ids);
    if (!participants) {
        return participants.error();
    }
    QHash<Id, QList<ParticipantRow>> participantsOf;
    for (ParticipantRow& participant : participants.value()) {
        participantsOf[participant.participant.visitId].append(std::move(participant));
    }
    for (VisitInfo& visit : visits) {
        visit.participants = participantsOf.take(visit.id);
        extend(dayStart(visit.firstDay), dayStart(visit.lastDay.addDays(1)));
        addVisit(std::move(visit));
    }
    addItems(std::move(rows).value());
    return success();
}

Status ProgrammeLoader::addOthers()
{
    if (!m_from.isValid()) {
        return success();
    }
    // A quarter of an hour more on each side: an interpreter's working stretch may run on into them.
    const qint64 margin = interpreterBreakMinutes * 60;
    const auto found = ProgrammeRepository(m_database)
                           .visitsWithSessionsInRange(m_from.addSecs(-margin), m_to.addSecs(margin));
    if (!found) {
        return found.error();
    }
    QList<Id> others;
    for (const Id id : *found) {
        if (!m_programmes.visitIndex.contains(id)) {
            others.append(id);
        }
    }
    if (others.isEmpty()) {
        return success();
    }
    const auto titles = VisitRepository(m_database).titles(others);
    if (!titles) {
        return titles.error();
    }
    auto rows = ProgrammeRepository(m_database)
                    .listForVisits(others, ProgrammeRepository::Detail::ForCheckingAgainst);
    if (!rows) {
        return rows.error();
    }
    for (const Id id : std::as_const(others)) {
        addVisit({id, titles->value(id), {}, {}, false, {}});
    }
    addItems(std::move(rows).value());
    return success();
}

Result<Limits> ProgrammeLoader::limits() const
{
    SettingsRepository settings(m_database);
    auto travel = settings.travelTimeTable();
    if (!travel) {
        return travel.error();
    }
    const auto interpreter = settings.interpreterMaxMinutes();
    if (!interpreter) {
        return interpreter.error();
    }
    return Limits{std::move(travel).value(), *interpreter};
}

void ProgrammeLoader::addVisit(VisitInfo visit)
{
    m_programmes.visitIndex.insert(visit.id, m_programmes.visits.size());
    m_programmes.visits.append(std::move(visit));
}

void ProgrammeLoader::addItems(QList<ProgrammeRow> rows)
{
    m_programmes.items.reserve(m_programmes.items.size() + rows.size());
    for (ProgrammeRow& row : rows) {
        Item item;
        item.visit = m_programmes.visitIndex.value(row.session.visitId);
        item.start = seconds(row.session.startsAt);
        item.end = seconds(row.session.endsAt);
        if (m_programmes.visits.at(item.visit).subject) {
            extend(row.session.startsAt, row.session.endsAt);
        }
        item.row = std::move(row);
        m_programmes.items.append(std::move(item));
    }
}

void ProgrammeLoader::extend(const QDateTime& from, const QDateTime& to)
{
    if (from.isValid() && (!m_from.isValid() || from < m_from)) {
        m_from = from;
    }
    if (to.isValid() && (!m_to.isValid() || to > m_to)) {
        m_to = to;
    }
}

} // namespace Conflicts
