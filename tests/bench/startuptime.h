// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// Start-up: from starting a new process to its first painted window, measured from outside the
/// process on the monotonic clock. The benchmark starts itself as that process (runChild()), which
/// either does what Wizyta's main() does for the window or shows a minimal Qt Widgets window.
class StartupTime final
{
public:
    enum class Window { Wizyta, Minimal };

    struct Run
    {
        double milliseconds = 0;       ///< to the end of the first paint
        double filledMilliseconds = 0; ///< to the end of the first paint of a list with rows in it
        double peakMegabytes = 0;      ///< the process's peak resident memory by then
    };

    /// The child's side: shows the window and prints when its first paint ended, and when that of
    /// the first list with rows in it did (the start page reads its rows after the window's first
    /// paint). Returns the exit code.
    static int runChild(int argc, char** argv, Window window, const QString& databasePath);
    /// The parent's side: starts `program` as that child and reads what it printed.
    static std::optional<Run> measure(const QString& program, Window window, const QString& databasePath,
                                      const QString& settingsDirectory);

    static QString childArgument(Window window);
};
