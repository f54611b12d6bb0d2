// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/person.h"
#include "core/model/personsummarylist.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;

/// A visit a person took part in, and in what role.
struct PersonVisit
{
    Id visitId = 0;
    QString title;
    QDate firstDay;
    QDate lastDay;
    ParticipantRole role = ParticipantRole::DelegationMember;
};

/// How many records refer to a person: what a deletion would take with it or unlink.
struct PersonUsage
{
    int visits = 0;            ///< visits they take part in (their participation goes)
    int sessions = 0;          ///< sessions they present, moderate or interpret (their role goes)
    int coordinatedVisits = 0; ///< visits they coordinate (left with no coordinator)

    friend bool operator==(const PersonUsage&, const PersonUsage&) = default;
};

/// Reads and writes people.
class PersonRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new person; keeps `person.id` when it is set. Returns their id.
    Result<Id> create(const Person& person);
    Result<Person> get(Id id) const;
    Status update(const Person& person);
    /// Deletes the person with their participations and session roles; visits they coordinate
    /// are left with no coordinator.
    Status remove(Id id);

    /// The SQL expression of a person's name as lists show it, for the person table aliased `alias`:
    /// Person::joinName() in SQL (names are stored trimmed, the family name is never empty).
    static QString displayNameSql(const QString& alias);

    /// Whether the file holds a person at all, without reading the list.
    Result<bool> any() const;
    /// Summaries ordered by id, of the people of one institution (everyone when `institutionId` is 0).
    Result<PersonSummaryList> list(Id institutionId = 0) const;
    /// The names of the people with these ids, as lists show them; ids of no one are left out.
    /// One query, however many ids: a programme names its presenters without reading everyone.
    Result<QHash<Id, QString>> displayNames(const QList<Id>& ids) const;
    /// The visits the person took part in, ordered by first day.
    Result<QList<PersonVisit>> visits(Id personId) const;
    /// What refers to the person, for the warning before deleting them.
    Result<PersonUsage> usage(Id id) const;

private:
    Database& m_database;
};
