// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <sched.h>

/// Keeps this process, and the processes it starts from then on, on the one processor it runs on,
/// until destroyed.
///
/// A data query and the sqlite3 shell's baseline are timed by turns (QueryBench). On a virtual machine
/// each processor's speed changes by half from one second to the next, as other machines on the same
/// host take and leave its core: with the two timed on whichever processor was free, their ratio
/// swung by half from run to run; on one processor it stays within a few hundredths. Not for the
/// start-up: Wizyta makes the day's backup on a second thread while its window opens.
class OneProcessor final
{
    Q_DISABLE_COPY_MOVE(OneProcessor)

public:
    OneProcessor();
    ~OneProcessor();

    /// Whether the process could be kept on one processor (the timings are taken either way).
    bool isKept() const { return m_kept; }

private:
    cpu_set_t m_before;
    bool m_kept = false;
};
