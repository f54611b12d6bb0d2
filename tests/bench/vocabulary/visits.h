// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's vocabulary of visits: their topics, conference themes, hotels and notes.

#include <QStringView>

#include <span>

namespace BenchmarkData {

struct Topic
{
    QStringView pl;
    QStringView uk;
    QStringView en;
};
extern const std::span<const Topic> visitTopics;
extern const std::span<const Topic> warTopics;
extern const std::span<const Topic> conferenceThemes;
extern const std::span<const QStringView> visitNotes;
extern const std::span<const QStringView> cancellationNotes;
extern const std::span<const QStringView> hotels;
extern const std::span<const QStringView> participantNotes;

} // namespace BenchmarkData
