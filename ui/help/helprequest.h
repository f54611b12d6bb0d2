// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QString>

class QWidget;

/// F1 anywhere: the handbook at the section about what the person is doing. Each page, tab and
/// dialog names its section (setSection()); a request looks for the nearest name up the widget's
/// parents and goes to the main window the widget belongs to, which shows the handbook. No widget
/// needs to know the window: a request finds it through the parents of the windows that opened it.

class HelpRequest final : public QEvent
{
public:
    explicit HelpRequest(QString section);

    QString section() const { return m_section; }
    static QEvent::Type eventType();

    /// Names the handbook's section (one of Handbook::sections()) about `widget` and what it holds.
    static void setSection(QWidget* widget, const QString& section);
    /// The section about `widget`: its own or its nearest parent's; empty when none names one.
    static QString sectionFor(const QWidget* widget);
    /// Asks the main window `from` belongs to (through the windows that opened it) for the handbook at
    /// `from`'s section; returns whether a window took the request.
    static bool ask(QWidget* from);
    /// Gives `window` (a dialog, or the main window) the F1 key, asking for the section of what has
    /// the keyboard in it.
    static void addShortcut(QWidget* window);

private:
    QString m_section;
};
