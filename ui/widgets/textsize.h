// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QFrame;
class QWidget;

// Sizes in lines and characters of a widget's own font, not in pixels: a form then grows with the
// text size the desktop sets (200 %) instead of cutting its text, and looks the same at the usual size.

/// The height of `box` (a text box, a list) showing `lines` lines of its text, with its frame and margins.
int heightForLines(const QFrame* box, int lines);

/// The width of `characters` average characters of `widget`'s font.
int widthForCharacters(const QWidget* widget, int characters);
