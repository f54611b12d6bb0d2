// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QList>

#include <functional>

class MainWindow;

/// A screen of the main window as a coordinator works in it, on the sample visits.
struct MainScreen
{
    const char* name; ///< "visits", "visit-programme"...
    /// Brings the screen into view, its first record selected where it lists some.
    std::function<void(MainWindow&, const QList<Id>& sampleVisits)> show;
};

/// Every page of the main window (the calendar as a month and as a year) and every tab of the visit editor
/// (on the seven-day sample visit).
const QList<MainScreen>& mainScreens();
