// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/afterpaint.h"

#include <QEvent>
#include <QWidget>

namespace {

/// Watches one widget for its next paint, then lets go of it.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QWidget* widget, std::function<void()> action)
        : QObject(widget), m_widget(widget), m_action(std::move(action))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            m_widget->removeEventFilter(this);
            // Queued: the event loop comes back to it once the paint is done.
            QMetaObject::invokeMethod(m_widget, std::move(m_action), Qt::QueuedConnection);
            deleteLater();
        }
        return false;
    }

private:
    QWidget* m_widget;
    std::function<void()> m_action;
};

} // namespace

void runAfterNextPaint(QWidget* widget, std::function<void()> action)
{
    new PaintWatch(widget, std::move(action));
}
