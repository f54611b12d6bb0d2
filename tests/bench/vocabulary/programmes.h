// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's vocabulary of programmes: the sessions' titles and descriptions, in Polish and
// Ukrainian, and the rooms, restaurants and cultural places they are held in.

#include <QStringView>

#include <span>

namespace BenchmarkData {

/// A session's title and, for some, a description, in Polish and Ukrainian.
struct SessionText
{
    QStringView pl;
    QStringView uk;
    QStringView descriptionPl;
    QStringView descriptionUk;
};
extern const std::span<const SessionText> presentations;
extern const std::span<const SessionText> workshops;
extern const std::span<const SessionText> panels;
extern const std::span<const SessionText> meetings;
extern const std::span<const SessionText> culture;
extern const std::span<const QStringView> rooms;
extern const std::span<const QStringView> restaurants;
extern const std::span<const QStringView> culturalPlaces;
extern const std::span<const QStringView> sessionNotes;
extern const std::span<const QStringView> interpretationModes;

} // namespace BenchmarkData
