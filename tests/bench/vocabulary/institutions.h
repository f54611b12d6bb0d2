// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's vocabulary of institutions: the names of Polish, Ukrainian and other
// institutions, as templates, and the words that fill them.

#include <QStringView>

#include <span>

namespace BenchmarkData {

/// A Polish institution's name, and its name in Ukrainian for the few that have one. Placeholders:
/// {city} {in} {gen} {uk} {nr} {n} {brand} {patron} {school} {purpose} {aim}. Templates of one group
/// are alternatives: a city has one of them.
struct PolishTemplate
{
    QStringView name;
    QStringView shortName;
    QStringView uk;
    QStringView kind;
    int sizes;   // bit 1 << size of the cities that have one
    int group;   // 0: may repeat in a city; otherwise one of the group per city
    int weight;  // among alternatives, or among the repeating ones
    int percent; // of the cities that have one at all
};
extern const std::span<const PolishTemplate> polishTemplates;
extern const std::span<const QStringView> institutionNotes;
extern const std::span<const QStringView> patronsDps;
extern const std::span<const QStringView> brandsPl;
extern const std::span<const QStringView> foundationPurposes;
extern const std::span<const QStringView> associationAims;
extern const std::span<const QStringView> schoolPatrons;

/// A Ukrainian institution's name, and for some its Polish name. Placeholders: {stem} (of the
/// city's adjective), {uk} (the city), {in} (Polish: "we Lwowie"), {city} (its Polish name), {n},
/// {brand}, {plbrand}.
struct UkrainianTemplate
{
    QStringView name;
    QStringView shortName;
    QStringView pl;
    QStringView kind;
    int sizes;   // bit 1 << size (1..4)
    bool repeat; // may repeat in a city
    int weight;  // among the repeating ones
};
extern const std::span<const UkrainianTemplate> ukrainianTemplates;

struct BrandPair
{
    QStringView uk;
    QStringView pl;
};
extern const std::span<const BrandPair> brandsUk;

/// A foreign institution's name: {city} {gen} {hall} {n}.
struct ForeignTemplate
{
    QStringView country;
    QStringView name;
    QStringView shortName;
    QStringView kind;
};
extern const std::span<const ForeignTemplate> foreignTemplates;

/// When a city has more foreign institutions than templates: more offices of its social services.
extern const std::span<const ForeignTemplate> foreignOverflow;

} // namespace BenchmarkData
