// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

/// Runs `action` once, when the event loop comes back after `widget`'s next paint: what a window
/// shows first is painted before slower work starts (the start page's rows, the day's backup).
/// Nothing runs if the widget is destroyed first.
void runAfterNextPaint(QWidget* widget, std::function<void()> action);
