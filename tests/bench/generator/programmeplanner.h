// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"
#include "tests/bench/generator/sessionmaker.h"

#include <QtGlobal>

#include <vector>

namespace BenchmarkData {

enum class Slot;
struct TimedSlot;

/// A visit's programme, day by day: how many sessions each day has, their times, a day in a nearby
/// city now and then, and what each time slot holds.
class ProgrammePlanner final
{
    Q_DISABLE_COPY_MOVE(ProgrammePlanner)

public:
    ProgrammePlanner(Random& random, const OfficePlan& plan);

    std::vector<Session> programme(const Visit& visit);

private:
    Session make(const Visit& visit, ProgrammeDay& day, const TimedSlot& slot, int jitter);
    void fillNormal(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot);
    void fillConference(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot);

    Random& m_random;
    const OfficePlan& m_plan;
    SessionMaker m_sessions;
};

} // namespace BenchmarkData
