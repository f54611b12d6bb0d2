// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"
#include "core/model/visit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class Database;

/// Which visits a list shows; an unset member does not filter.
struct VisitFilter
{
    std::optional<VisitStatus> status;
    std::optional<VisitKind> kind;
    std::optional<int> year;      ///< visits with any day in this year
    QDate from;                   ///< visits with any day on or after this day
    QDate to;                     ///< visits with any day on or before this day
    std::optional<QList<Id>> ids; ///< only these visits
    /// The titles (and hosts' names) in this language where they have a translation, else in the
    /// content language; empty reads the content language.
    QString language;
};

/// Reads and writes visits and their translated titles.
class VisitRepository final
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)

public:
    explicit VisitRepository(Database& database) : m_database(database) {}

    /// Validates and stores a new visit; returns its id.
    Result<Id> create(const Visit& visit);
    Result<Visit> get(Id id) const;
    Status update(const Visit& visit);
    /// Deletes the visit with its participants and programme.
    Status remove(Id id);

    /// Whether the file holds a visit at all, without reading the list.
    Result<bool> any() const;
    /// Summaries ordered by first day, then id.
    Result<QList<VisitSummary>> list(const VisitFilter& filter = {}) const;
    /// The titles (in the visit's own language) of the visits `ids`, by id; a visit that does not
    /// exist is left out.
    Result<QHash<Id, QString>> titles(const QList<Id>& ids) const;

private:
    /// Writes what is stored beside the visit's row: its title's translations and invited institutions.
    Status writeDetails(const Visit& visit, const QString& what);
    Status writeTitleTranslations(const Visit& visit, const QString& what);

    Database& m_database;
};
