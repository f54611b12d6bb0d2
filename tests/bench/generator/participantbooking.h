// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"

#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace BenchmarkData {

/// Takes people onto a visit's participant list. Visits are planned in the order of their first
/// day, and everyone taking part is marked busy until the visit's last day, so that a person is
/// rarely in two places at once.
class ParticipantBooking final
{
    Q_DISABLE_COPY_MOVE(ParticipantBooking)

public:
    ParticipantBooking(OfficePlan& plan, Random& random);

    bool isFree(int person, const Visit& visit, int index) const;
    void book(int person, const Visit& visit, int index);
    int takeFree(const std::vector<int>& pool, const Visit& visit, int index, int count,
                 std::vector<int>& taken);
    void takeDelegation(const std::vector<const std::vector<int>*>& pools, const Visit& visit, int index,
                        int count, std::vector<int>& taken);
    void addParticipant(Visit& visit, int person, QStringView role, bool travels);
    void addInterpreters(Visit& visit, int index, int count);
    void addOrganiser(Visit& visit, int index, bool travels);
    void addGuide(Visit& visit, int index);

private:
    OfficePlan& m_plan;
    Random& m_random;
    int m_nextParticipantId = 1;
};

/// Makes the first participant who is not a host the delegation's leader (the one per visit).
void promoteLeader(Visit& visit);

} // namespace BenchmarkData
