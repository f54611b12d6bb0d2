// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/oneprocessor.h"

OneProcessor::OneProcessor()
{
    CPU_ZERO(&m_before);
    const int processor = sched_getcpu();
    if (processor < 0 || sched_getaffinity(0, sizeof m_before, &m_before) != 0) {
        return;
    }
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(processor, &one);
    m_kept = sched_setaffinity(0, sizeof one, &one) == 0;
}

OneProcessor::~OneProcessor()
{
    if (m_kept) {
        sched_setaffinity(0, sizeof m_before, &m_before);
    }
}
