// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <sched.h>

/// Keeps this process, and the processes it starts from then on, on the one processor it runs on,
/// until destroyed.
///
/// A data query and the sqlite3 shell's baseline are timed by turns (QueryBench), as are the starts
/// of Wizyta and of the minimal window. On a virtual machine each processor's speed changes by half
/// from one second to the next, as other machines on the same host take and leave its core: timed on
/// whichever processor was free, the ratios swung by half from run to run (a start 1.65-2.43x the
/// minimal window's in three runs); on one processor they stay within a few hundredths. Both windows
/// paint with Qt's threads on the one processor; Wizyta's day's backup, on a thread of its own,
/// starts only after the first paint.
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
