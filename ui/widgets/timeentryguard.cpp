// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/timeentryguard.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

TimeEntryGuard::TimeEntryGuard(QDateTimeEdit* edit) : QObject(edit), m_edit(edit)
{
    setObjectName(QStringLiteral("timeEntryGuard"));
    edit->installEventFilter(this);
    // Clicks go to the line inside the box, keys and focus to the box itself.
    if (auto* line = edit->findChild<QLineEdit*>()) {
        line->installEventFilter(this);
    }
    // A time chosen otherwise (arrows, the wheel, the other end of the session) ends the refusal.
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_restoring && !m_refusing) {
            setRefused({});
        }
    });
}

TimeEntryGuard* TimeEntryGuard::install(QDateTimeEdit* edit)
{
    if (TimeEntryGuard* existing = of(edit)) {
        return existing;
    }
    return new TimeEntryGuard(edit);
}

TimeEntryGuard* TimeEntryGuard::of(const QWidget* edit)
{
    return edit ? edit->findChild<TimeEntryGuard*>(QStringLiteral("timeEntryGuard"),
                                                   Qt::FindDirectChildrenOnly)
                : nullptr;
}

bool TimeEntryGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (watched == m_edit && !m_delivering) {
            return keyPressed(static_cast<QKeyEvent*>(event));
        }
        break;
    case QEvent::FocusIn:
    case QEvent::FocusOut:
    case QEvent::MouseButtonPress:
        endEntry();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool TimeEntryGuard::keyPressed(QKeyEvent* event)
{
    const QString text = event->text();
    const bool printable = text.size() == 1 && text.at(0).isPrint() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!printable) {
        // Tab, an arrow, Backspace, a shortcut: the entry is over, and the box does as it always does.
        endEntry();
        return false;
    }
    const QChar typed = text.at(0);
    if (m_refusing) {
        m_typed += typed;
        if (entryComplete()) {
            m_refusing = false;
            m_inEntry = false;
        }
        setRefused(typedAsTime());
        return true;
    }
    if (!m_inEntry) {
        m_inEntry = true;
        m_judged = false;
        m_typed.clear();
        m_entryStart = m_edit->dateTime();
        m_entrySection = m_edit->currentSection();
        m_tracked =
            m_entrySection == QDateTimeEdit::HourSection || m_entrySection == QDateTimeEdit::MinuteSection;
        setRefused({});
        const auto* line = m_edit->findChild<QLineEdit*>();
        if (m_tracked && line && !line->hasSelectedText()) {
            // After a click the cursor stands in a full section, where the box drops every digit: the
            // first digit replaces the section instead, as after Tab.
            m_edit->setSelectedSection(m_entrySection);
        }
    }
    if (!m_tracked) {
        return false;
    }
    m_typed += typed;
    // A digit dropped leaves everything as it was: text, cursor and selection. One taken may leave the
    // text alone ("9" over "09") but moves on.
    const auto* line = m_edit->findChild<QLineEdit*>();
    const auto state = [this, line] {
        return QStringList{m_edit->text(), QString::number(line ? line->cursorPosition() : -1),
                           line ? line->selectedText() : QString(),
                           QString::number(m_edit->currentSection())};
    };
    const QStringList before = state();
    m_delivering = true;
    QCoreApplication::sendEvent(m_edit, event);
    m_delivering = false;
    if (isDigit(typed) && state() == before) {
        // The box dropped the digit: the time typed is none. Hold back the rest of the entry, so that
        // no part of it makes another time, and go back to the time before it.
        m_refusing = !entryComplete();
        m_inEntry = m_refusing;
        refuse();
    } else if (entryComplete()) {
        // Four digits: judged now; a fifth is dropped by the box, and refused.
        judge();
    }
    return true;
}

void TimeEntryGuard::endEntry()
{
    if (m_inEntry && !m_refusing) {
        judge();
    }
    m_inEntry = false;
    m_refusing = false;
}

void TimeEntryGuard::judge()
{
    if (m_judged || !m_tracked || m_entrySection != QDateTimeEdit::HourSection || m_typed.isEmpty() ||
        !std::all_of(m_typed.cbegin(), m_typed.cend(), isDigit) || m_typed.size() > 4) {
        return;
    }
    m_judged = true;
    // Digits alone are read as a clock reads them: one or two are the hours ("9", "14"), three an hour
    // and its minutes ("930"), four both in full ("0930"). The box reads "75" as 07:05 and "123" as
    // 12:03; the reading is what was meant, or no time at all.
    const int length = int(m_typed.size());
    const int hourDigits = length <= 2 ? length : length - 2;
    const int hours = m_typed.left(hourDigits).toInt();
    const int minutes = length <= 2 ? m_entryStart.time().minute() : m_typed.mid(hourDigits).toInt();
    if (hours > 23 || minutes > 59) {
        refuse();
        return;
    }
    m_edit->setTime(QTime(hours, minutes));
}

void TimeEntryGuard::refuse()
{
    m_restoring = true;
    m_edit->setDateTime(m_entryStart);
    m_restoring = false;
    m_edit->setSelectedSection(m_entrySection);
    setRefused(typedAsTime());
}

void TimeEntryGuard::setRefused(const QString& refused)
{
    if (refused == m_refused) {
        return;
    }
    m_refused = refused;
    Q_EMIT refusedChanged();
}

bool TimeEntryGuard::entryComplete() const
{
    int digits = 0;
    int afterSeparator = -1;
    for (const QChar c : m_typed) {
        if (isDigit(c)) {
            ++digits;
            if (afterSeparator >= 0) {
                ++afterSeparator;
            }
        } else if (afterSeparator < 0) {
            afterSeparator = 0;
        }
    }
    if (m_entrySection == QDateTimeEdit::MinuteSection) {
        return digits >= 2;
    }
    return digits >= 4 || afterSeparator >= 2;
}

QString TimeEntryGuard::typedAsTime() const
{
    if (m_entrySection == QDateTimeEdit::MinuteSection) {
        return m_edit->sectionText(QDateTimeEdit::HourSection) + u':' + m_typed;
    }
    const bool digitsOnly = std::all_of(m_typed.cbegin(), m_typed.cend(), isDigit);
    // Four digits are read as a clock reads them, hours then minutes: "2575" is 25:75.
    if (digitsOnly && m_typed.size() == 4) {
        return m_typed.left(2) + u':' + m_typed.mid(2);
    }
    return m_typed;
}
