// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QLineEdit;

/// "112 / 120" at the right end of a line whose text has a most length, shown once the text comes
/// near it (four fifths of it) and red past it. The line takes more: a text pasted whole is not cut
/// without a word, and the form's check says what is too long.
class LengthCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LengthCounter)

public:
    /// Counts the text of `line` against `limit` (TextLimits::length); again on a second call.
    static LengthCounter* attach(QLineEdit* line, int limit);
    static LengthCounter* of(const QLineEdit* line);

    /// The counter as shown, empty while hidden (for tests and screen readers).
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LengthCounter(QLineEdit* line, int limit);
    void update();
    void place();

    QLineEdit* m_line;
    QLabel* m_label;
    int m_limit;
};
