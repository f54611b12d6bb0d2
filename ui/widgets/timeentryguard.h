// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDateTimeEdit>
#include <QObject>
#include <QString>

class QKeyEvent;

/// Refuses a time typed that is no time of day, where a QDateTimeEdit would guess.
///
/// Qt 6.4's time box takes digits one section at a time and drops, without a sign, every digit that
/// would make the section impossible: typed from the hours, "2575" leaves "2:00" (the 5 and both
/// digits after it dropped), which becomes 02:00 when the box is left; "2500" becomes 20:00 (the 5
/// dropped, the zeros taken), "1275" 12:07, "75" 07:05. The guard watches each entry typed from the
/// hours or the minutes. When the box drops a digit, the rest of the entry (up to four digits, or two
/// after a separator) is held back too, and the box goes back to the time it had before the entry.
/// Digits alone are read as a clock reads them when the entry ends: "9" or "14" the hours, "930" and
/// "0930" 09:30, "75" no time. refused() says what was typed until a new entry begins or the time is
/// changed otherwise. "9:30" and "9.30" are the box's own, and taken as before.
class TimeEntryGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeEntryGuard)

public:
    /// Guards `edit` (once; a second call returns the same guard).
    static TimeEntryGuard* install(QDateTimeEdit* edit);
    /// The guard of `edit`, or nullptr.
    static TimeEntryGuard* of(const QWidget* edit);

    /// What was typed and refused as the coordinator reads it ("25:75", or "09:75" typed in the
    /// minutes); empty while nothing is refused.
    QString refused() const { return m_refused; }

Q_SIGNALS:
    void refusedChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit TimeEntryGuard(QDateTimeEdit* edit);

    /// Returns true when the key is consumed here.
    bool keyPressed(QKeyEvent* event);
    /// The entry is over: judged, when not refused already.
    void endEntry();
    /// Takes digits alone as a clock reads them, or refuses them when they are no time.
    void judge();
    /// Goes back to the time before the entry and names what was typed.
    void refuse();
    void setRefused(const QString& refused);
    /// Whether the characters typed make a whole entry: four digits, or two after a separator.
    bool entryComplete() const;
    QString typedAsTime() const;

    QDateTimeEdit* m_edit;
    bool m_delivering = false; ///< the key is being handed to the box
    bool m_restoring = false;  ///< the box is being set back
    bool m_inEntry = false;
    bool m_tracked = false;  ///< the entry began in the hours or the minutes
    bool m_refusing = false; ///< the rest of a refused entry is being held back
    bool m_judged = false;   ///< the entry's digits were read already
    QDateTime m_entryStart;  ///< the value before the entry
    QDateTimeEdit::Section m_entrySection = QDateTimeEdit::NoSection;
    QString m_typed;
    QString m_refused;
};
