// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator/dayslots.h"

#include "tests/bench/generator/random.h"

#include <algorithm>
#include <iterator>

namespace BenchmarkData {

namespace {

// A day of a study visit. The first three are always there; the rest are chosen by weight. A
// quarter of an hour between any two, so a group gets from one place to the next in one city, and
// no session longer than 90 minutes, so an interpreter always has a break after one.
constexpr TimedSlot normalDay[] = {
    {540, 630, Slot::Morning},     {750, 810, Slot::Lunch},     {870, 960, Slot::Afternoon},
    {645, 735, Slot::LateMorning}, {1140, 1260, Slot::Dinner},  {975, 1050, Slot::LateAfternoon},
    {825, 855, Slot::Transfer},    {1065, 1125, Slot::Evening}, {495, 525, Slot::Briefing},
};
constexpr int optionalWeights[] = {10, 7, 6, 4, 3, 2}; // of normalDay[3…8]

// A conference day, in the order its items are added: many short talks in one hall.
constexpr TimedSlot conferenceDay[] = {
    {540, 570, Slot::Opening}, {575, 595, Slot::Talk},      {600, 620, Slot::Talk},
    {840, 900, Slot::Lunch},   {755, 835, Slot::Panel},     {625, 645, Slot::Talk},
    {650, 670, Slot::Coffee},  {675, 695, Slot::Talk},      {1060, 1080, Slot::Closing},
    {700, 720, Slot::Talk},    {910, 1000, Slot::Workshop}, {725, 745, Slot::Talk},
    {1010, 1030, Slot::Talk},  {1035, 1055, Slot::Talk},    {1140, 1260, Slot::Dinner},
};

bool byStart(const TimedSlot& a, const TimedSlot& b)
{
    return a.start < b.start;
}

} // namespace

std::vector<TimedSlot> daySlots(Random& random, int count, bool conference, int awayMinutes, bool& away)
{
    std::vector<TimedSlot> timed;
    away = false;
    if (count <= 0) {
        return timed;
    }
    if (conference && count <= int(std::size(conferenceDay))) {
        timed.assign(std::begin(conferenceDay), std::begin(conferenceDay) + count);
    } else if (awayMinutes > 0 && count >= 3) {
        // A coach there in the morning and back in the evening, the sessions between.
        const int there = 450 + awayMinutes;
        const int back = 1065 + awayMinutes;
        const TimedSlot candidates[] = {
            {450, there, Slot::TransferOut}, {1065, back, Slot::TransferBack},
            {750, 810, Slot::Lunch},         {870, 960, Slot::Afternoon},
            {645, 735, Slot::LateMorning},   {975, 1050, Slot::LateAfternoon},
            {540, 630, Slot::Morning},       {1140, 1260, Slot::Dinner},
        };
        for (const TimedSlot& slot : candidates) {
            const bool moving = slot.slot == Slot::TransferOut || slot.slot == Slot::TransferBack;
            const bool fits =
                moving || (slot.slot == Slot::Dinner ? back + 15 <= slot.start : slot.start >= there + 15);
            if (fits && int(timed.size()) < count) {
                timed.push_back(slot);
            }
        }
        away = int(timed.size()) == count;
        if (!away) {
            timed.clear();
        }
    }
    if (timed.empty() && count <= 9 && !conference) {
        timed.assign(std::begin(normalDay), std::begin(normalDay) + std::min(count, 3));
        std::vector<int> optional = {3, 4, 5, 6, 7, 8};
        std::vector<int> weights(std::begin(optionalWeights), std::end(optionalWeights));
        for (int added = 3; added < count; ++added) {
            WeightedTable table;
            for (std::size_t i = 0; i < optional.size(); ++i) {
                table.add(int(i), weights[i]);
            }
            const auto chosen = std::size_t(table.pick(random));
            timed.push_back(normalDay[optional[chosen]]);
            optional.erase(optional.begin() + std::ptrdiff_t(chosen));
            weights.erase(weights.begin() + std::ptrdiff_t(chosen));
        }
    } else if (timed.empty() && count <= 13 && !conference) {
        // A full day, and some long sessions split in two
        timed.assign(std::begin(normalDay), std::end(normalDay));
        const Slot splittable[] = {Slot::Morning, Slot::Afternoon, Slot::LateMorning, Slot::LateAfternoon};
        for (int k = 0; k < count - 9; ++k) {
            for (TimedSlot& slot : timed) {
                if (slot.slot == splittable[k]) {
                    const int half = (slot.end - slot.start - 5) / 2;
                    timed.push_back({slot.end - half, slot.end, slot.slot});
                    slot.end = slot.start + half;
                    break;
                }
            }
        }
    } else if (timed.empty()) {
        // More than any day holds: short items one after another.
        const int step = std::clamp(780 / count, 10, 60);
        for (int i = 0; i < count; ++i) {
            const int start = 480 + (i * step) % (900 - step);
            timed.push_back({start, start + step - 5, Slot::Generic});
        }
    }
    std::stable_sort(timed.begin(), timed.end(), byStart);
    return timed;
}

} // namespace BenchmarkData
