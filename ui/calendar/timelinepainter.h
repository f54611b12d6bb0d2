// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QColor>

class QPainter;
class QRect;
class QString;
class QWidget;
class TimelineLayout;
struct TimelineBlock;
struct TimelineDrag;

/// Draws a visit's timeline as laid out: the grid of days and hours, each session a block coloured by
/// its kind with a red "!" when it has a conflict warning, and a block being dragged where it would land.
class TimelinePainter final
{
public:
    /// Paints on `widget` (in its palette, font and style) what `layout` holds.
    TimelinePainter(QPainter& painter, const QWidget& widget, const TimelineLayout& layout);

    /// Paints the `exposed` part, marking the session `currentId` as chosen.
    void paint(const QRect& exposed, Id currentId, const TimelineDrag& drag);

    /// The colour of conflict warnings, on the blocks and in their tooltips.
    static QColor warningColour();

private:
    void paintGrid(const QRect& exposed);
    void paintBlock(const TimelineBlock& block, const QRect& rect, const QString& first,
                    const QString& second, const QString& third, bool current, bool dragged);
    void paintDragPreview(const TimelineDrag& drag, Id currentId);

    QPainter& m_painter;
    const QWidget& m_widget;
    const TimelineLayout& m_layout;
};
