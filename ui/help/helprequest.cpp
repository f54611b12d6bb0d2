// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/helprequest.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace {

const char* const sectionProperty = "helpSection";

} // namespace

HelpRequest::HelpRequest(QString section) : QEvent(eventType()), m_section(std::move(section)) {}

QEvent::Type HelpRequest::eventType()
{
    static const QEvent::Type type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

void HelpRequest::setSection(QWidget* widget, const QString& section)
{
    widget->setProperty(sectionProperty, section);
}

QString HelpRequest::sectionFor(const QWidget* widget)
{
    for (const QWidget* at = widget; at; at = at->parentWidget()) {
        const QString section = at->property(sectionProperty).toString();
        if (!section.isEmpty()) {
            return section;
        }
    }
    return {};
}

bool HelpRequest::ask(QWidget* from)
{
    if (!from) {
        return false;
    }
    HelpRequest request(sectionFor(from));
    // A dialog is a window of its own: its parent leads to the window that opened it, and on to the
    // main window, which takes the request.
    for (QWidget* window = from->window(); window;
         window = window->parentWidget() ? window->parentWidget()->window() : nullptr) {
        request.setAccepted(false);
        QCoreApplication::sendEvent(window, &request);
        if (request.isAccepted()) {
            return true;
        }
    }
    return false;
}

void HelpRequest::addShortcut(QWidget* window)
{
    auto* shortcut = new QShortcut(QKeySequence(Qt::Key_F1), window);
    QObject::connect(shortcut, &QShortcut::activated, window, [window] {
        QWidget* focused = window->focusWidget();
        ask(focused ? focused : window);
    });
}
