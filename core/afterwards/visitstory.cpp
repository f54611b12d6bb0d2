// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/afterwards/visitstory.h"

#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

/// Reads each institution and person once: a week's programme names the same ones again and again.
class Records
{
public:
    explicit Records(Database& database) : m_database(database) {}

    /// The institution `id`; nothing for 0.
    Result<std::optional<Institution>> institution(Id id)
    {
        if (id == 0) {
            return std::optional<Institution>();
        }
        const auto cached = m_institutions.constFind(id);
        if (cached != m_institutions.cend()) {
            return std::optional<Institution>(*cached);
        }
        auto read = InstitutionRepository(m_database).get(id);
        if (!read) {
            return read.error();
        }
        m_institutions.insert(id, *read);
        return std::optional<Institution>(std::move(read).value());
    }

    Result<Person> person(Id id)
    {
        const auto cached = m_people.constFind(id);
        if (cached != m_people.cend()) {
            return *cached;
        }
        auto read = PersonRepository(m_database).get(id);
        if (read) {
            m_people.insert(id, *read);
        }
        return read;
    }

private:
    Database& m_database;
    QHash<Id, Institution> m_institutions;
    QHash<Id, Person> m_people;
};

bool isDelegation(ParticipantRole role)
{
    return role == ParticipantRole::DelegationLeader || role == ParticipantRole::DelegationMember;
}

void addOnce(QList<Institution>& institutions, const Institution& institution)
{
    const bool known = std::any_of(institutions.cbegin(), institutions.cend(),
                                   [&](const Institution& other) { return other.id == institution.id; });
    if (!known) {
        institutions.append(institution);
    }
}

} // namespace

bool VisitStory::tells(SessionKind kind)
{
    return kind != SessionKind::Meal && kind != SessionKind::Transfer && kind != SessionKind::FreeTime;
}

Result<VisitStory> VisitStory::read(Database& database, Id visitId)
{
    auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    VisitStory story;
    story.visit = std::move(visit).value();
    Records records(database);

    auto host = records.institution(story.visit.hostInstitutionId);
    if (!host) {
        return host.error();
    }
    story.host = std::move(host).value();
    const Id hostId = story.visit.hostInstitutionId;

    QList<Id> senderIds{story.visit.sendingInstitutionId};
    senderIds += story.visit.invitedInstitutionIds;
    const auto participants = ParticipantRepository(database).listForVisit(visitId);
    if (!participants) {
        return participants.error();
    }
    for (const ParticipantRow& row : *participants) {
        if (!isDelegation(row.participant.role)) {
            continue;
        }
        ++story.delegationSize;
        const auto person = records.person(row.participant.personId);
        if (!person) {
            return person.error();
        }
        senderIds << person->institutionId;
    }
    for (const Id id : std::as_const(senderIds)) {
        if (id == hostId) {
            continue;
        }
        const auto sender = records.institution(id);
        if (!sender) {
            return sender.error();
        }
        if (*sender) {
            addOnce(story.senders, **sender);
        }
    }

    if (story.visit.fundingProjectId != 0) {
        auto project = FundingProjectRepository(database).get(story.visit.fundingProjectId);
        if (!project) {
            return project.error();
        }
        story.funding = std::move(project).value();
    }

    const auto programme = ProgrammeRepository(database).listForVisit(visitId);
    if (!programme) {
        return programme.error();
    }
    QMap<QDate, Day> days;
    for (QDate date = story.visit.firstDay; date.isValid() && date <= story.visit.lastDay;
         date = date.addDays(1)) {
        days.insert(date, Day{date, {}, {}});
    }
    for (const ProgrammeRow& row : *programme) {
        const QDate date = row.session.startsAt.date();
        Day& day = days[date];
        day.date = date;
        if (!tells(row.session.kind)) {
            continue;
        }
        Item item;
        item.session = row.session;
        auto venue = records.institution(row.session.venueInstitutionId);
        if (!venue) {
            return venue.error();
        }
        item.venue = std::move(venue).value();
        if (item.venue) {
            addOnce(day.venues, *item.venue);
        }
        for (const SessionPerson& someone : row.session.people) {
            if (someone.role != SessionRole::Presenter) {
                continue;
            }
            auto person = records.person(someone.personId);
            if (!person) {
                return person.error();
            }
            auto institution = records.institution(person->institutionId);
            if (!institution) {
                return institution.error();
            }
            item.presenters.append({std::move(person).value(), std::move(institution).value()});
        }
        day.items.append(std::move(item));
    }
    story.days = days.values();
    return story;
}
