// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/institution.h"
#include "core/model/result.h"

#include <QHash>
#include <QSet>
#include <QString>

class Database;

/// The institutions an imported file names, by name or short name compared loosely
/// (ImportCells::normalized): those in the database found, the others planned and added once
/// however many rows name them. Both imports (participants and their institutions, sessions and
/// their venues) match institutions this one way.
class InstitutionMatcher final
{
public:
    /// Matches against no institution: for adding only.
    InstitutionMatcher() = default;
    /// Matches against the database's institutions; `what` names the import in a message.
    static Result<InstitutionMatcher> read(Database& database, const QString& what);

    /// The institution `name` names; 0 when there is none.
    Id find(const QString& name) const;
    /// The loose form of institution `id`'s name; empty for an institution not read.
    QString keyOf(Id id) const;
    /// For a plan: whether `name`, found nowhere, is named for the first time (and so will be added).
    bool isFirstMention(const QString& name);
    /// For an import's writing: the institution `name` names, or else a new one made from `details`
    /// with that name, which later rows then find. `added` is counted up when one is added.
    Result<Id> findOrAdd(Database& database, const QString& name, Institution details, int& added);

private:
    QHash<QString, Id> m_ids; ///< by loose name and short name
    QHash<Id, QString> m_keys;
    QSet<QString> m_mentioned;
};
