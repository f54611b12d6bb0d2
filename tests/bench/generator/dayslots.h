// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace BenchmarkData {

class Random;

enum class Slot {
    Briefing,
    Morning,
    LateMorning,
    Lunch,
    Transfer,
    Afternoon,
    LateAfternoon,
    Evening,
    Dinner,
    Opening,
    Talk,
    Coffee,
    Panel,
    Workshop,
    Closing,
    TransferOut,
    TransferBack,
    Generic,
};

struct TimedSlot
{
    int start; // minutes after midnight
    int end;
    Slot slot;
};

/// The day's time slots for `count` sessions; a day in another city when `awayMinutes` > 0 and the count
/// fits one (`away` tells).
std::vector<TimedSlot> daySlots(Random& random, int count, bool conference, int awayMinutes, bool& away);

} // namespace BenchmarkData
