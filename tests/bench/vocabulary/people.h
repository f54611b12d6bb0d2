// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's vocabulary of people: given and family names, positions, diets, needs and
// notes, and telephone numbers.

#include <QStringView>

#include <array>
#include <span>

namespace BenchmarkData {

extern const std::span<const QStringView> polishMen;
extern const std::span<const QStringView> polishWomen;

// Men's forms; "-ki" becomes "-ka" for women.
extern const std::span<const QStringView> polishFamilyNames;
extern const std::span<const QStringView> ukrainianMen;
extern const std::span<const QStringView> ukrainianWomen;

// Men's forms; "-ий" becomes "-а" for women, the others do not change.
extern const std::span<const QStringView> ukrainianFamilyNames;

struct NamePair
{
    QStringView man;
    QStringView woman;
};

struct ForeignNames
{
    QStringView country;
    std::array<QStringView, 8> men;
    std::array<QStringView, 8> women;
    std::array<NamePair, 10> family;
};
extern const std::span<const ForeignNames> foreignNames;

/// A position by institution kind ("" for any kind), in the country's language.
struct PositionData
{
    QStringView country;
    QStringView kind;
    QStringView man;
    QStringView woman;
};
extern const std::span<const PositionData> positions;

/// People who belong to no institution: who they are, and what the office calls on them for.
enum class Freelance { Interpreter, Guide, Expert, Other };

extern const std::span<const NamePair> freelanceGuides;
extern const std::span<const NamePair> freelanceExperts;
extern const std::span<const NamePair> freelanceOthers;

struct DietData
{
    QStringView diet;
    int permille;
};
extern const std::span<const DietData> diets;
extern const std::span<const QStringView> allergyNotes;
extern const std::span<const QStringView> otherDietNotes;
extern const std::span<const QStringView> accessibilityNeeds;
extern const std::span<const QStringView> personNotes;

struct MobilePrefixes
{
    QStringView country;
    std::array<QStringView, 6> prefixes;
};
extern const std::span<const MobilePrefixes> mobilePrefixes;

} // namespace BenchmarkData
