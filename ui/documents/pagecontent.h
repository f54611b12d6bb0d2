// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>

class QPainter;

/// What a PagedDocument prints: content laid out on pages of a given size, then painted page by page.
/// Lengths are in PagedDocument's layout units.
class PageContent
{
public:
    virtual ~PageContent() = default;

    /// Lays the content out on pages whose printable area is `body`; returns the number of pages.
    virtual int layOut(const QSizeF& body) = 0;
    /// Paints page `page` (counted from 0) as last laid out; the painter's origin is the corner of
    /// the page's printable area.
    virtual void paint(QPainter& painter, int page) const = 0;
};
