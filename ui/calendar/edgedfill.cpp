// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/edgedfill.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>

void fillWithEdge(QPainter& painter, const QPainterPath& outside, const QPainterPath& inside,
                  const QColor& edge, const QColor& fill)
{
    painter.fillPath(outside, edge);
    painter.fillPath(inside, fill);
}
