// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

/// The colour of a quieter text (a label beside its value, a remark) that still reads on the
/// background of `palette`: its text colour a third of the way to its base, grey on white in a light
/// scheme and light grey on dark grey in a dark one.
QColor quietTextColour(const QPalette& palette);

/// The colour of what is wrong (a refused value, a conflict): a deep red on a light background, a pale
/// red on a dark one, either with a contrast of at least 4.5 : 1.
QColor errorTextColour(const QPalette& palette);
