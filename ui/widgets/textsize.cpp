// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/textsize.h"

#include <QFontMetrics>
#include <QFrame>

int heightForLines(const QFrame* box, int lines)
{
    // A text box's document keeps a margin of 4 pixels above and below its text.
    constexpr int documentMargins = 8;
    return box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + documentMargins;
}

int widthForCharacters(const QWidget* widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters;
}
