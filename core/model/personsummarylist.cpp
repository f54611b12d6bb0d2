// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/personsummarylist.h"

void PersonSummaryList::append(const Utf8Row& row)
{
    Row added;
    added.id = row.id;
    added.start = m_texts.size();
    added.visitCount = row.visitCount;
    const std::array<QByteArrayView, StoredCount> texts = {
        row.displayName, row.latinGivenName, row.latinFamilyName, row.institutionName, row.position,
        row.country,     row.email};
    std::uint32_t end = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        m_texts.append(texts[i]);
        end += static_cast<std::uint32_t>(texts[i].size());
        added.ends[i] = end;
    }
    m_rows.push_back(added);
}

QString PersonSummaryList::stored(qsizetype row, Stored which) const
{
    const Row& r = m_rows.at(std::size_t(row));
    const std::uint32_t begin = which == 0 ? 0 : r.ends.at(std::size_t(which) - 1);
    const std::uint32_t length = r.ends.at(std::size_t(which)) - begin;
    // Most optional texts are empty: no allocation for those, and '' as SqlQuery::text() gives.
    return length == 0 ? QStringLiteral("")
                       : QString::fromUtf8(m_texts.constData() + r.start + begin, qsizetype(length));
}

QString PersonSummaryList::latinName(qsizetype row) const
{
    const QString given = stored(row, LatinGiven);
    const QString family = stored(row, LatinFamily);
    if (given.isEmpty() && family.isEmpty()) {
        return {};
    }
    const QString latin = Person::joinName(given, family);
    return latin == stored(row, DisplayName) ? QString() : latin;
}

QString PersonSummaryList::text(qsizetype row, Text which) const
{
    switch (which) {
    case Text::DisplayName:
        return stored(row, DisplayName);
    case Text::LatinName:
        return latinName(row);
    case Text::InstitutionName:
        return stored(row, InstitutionName);
    case Text::Position:
        return stored(row, Position);
    case Text::Country:
        return stored(row, Country);
    case Text::Email:
        return stored(row, Email);
    }
    return {};
}

PersonSummary PersonSummaryList::at(qsizetype row) const
{
    PersonSummary summary;
    summary.id = id(row);
    summary.displayName = stored(row, DisplayName);
    summary.latinName = latinName(row);
    summary.institutionName = stored(row, InstitutionName);
    summary.position = stored(row, Position);
    summary.country = stored(row, Country);
    summary.email = stored(row, Email);
    summary.visitCount = visitCount(row);
    return summary;
}
