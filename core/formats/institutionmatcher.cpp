// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/institutionmatcher.h"

#include "core/formats/importcells.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/sqlquery.h"

Result<InstitutionMatcher> InstitutionMatcher::read(Database& database, const QString& what)
{
    InstitutionMatcher matcher;
    SqlQuery institutions(database, QStringLiteral("SELECT id, name, short_name FROM institution"));
    if (Status done = institutions.exec(what); !done) {
        return done.error();
    }
    while (institutions.next()) {
        const Id id = institutions.id(0);
        const QString key = ImportCells::normalized(institutions.text(1));
        matcher.m_keys.insert(id, key);
        matcher.m_ids.insert(key, id);
        if (!institutions.text(2).trimmed().isEmpty()) {
            matcher.m_ids.insert(ImportCells::normalized(institutions.text(2)), id);
        }
    }
    return matcher;
}

Id InstitutionMatcher::find(const QString& name) const
{
    return m_ids.value(ImportCells::normalized(name));
}

QString InstitutionMatcher::keyOf(Id id) const
{
    return m_keys.value(id);
}

bool InstitutionMatcher::isFirstMention(const QString& name)
{
    const QString key = ImportCells::normalized(name);
    if (m_mentioned.contains(key)) {
        return false;
    }
    m_mentioned.insert(key);
    return true;
}

Result<Id> InstitutionMatcher::findOrAdd(Database& database, const QString& name, Institution details,
                                         int& added)
{
    const QString key = ImportCells::normalized(name);
    if (const Id id = m_ids.value(key); id != 0) {
        return id;
    }
    details.name.text = name.simplified();
    const auto created = InstitutionRepository(database).create(details);
    if (!created) {
        return created.error();
    }
    m_ids.insert(key, *created);
    m_keys.insert(*created, key);
    ++added;
    return *created;
}
