// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conflicts/conflictchecker.h"
#include "core/storage/changenotifier.h"
#include "ui/calendar/timelinelayout.h"

#include <QList>
#include <QWidget>

class Database;

/// A visit's programme drawn as a week planner: a column per day, the hours downwards, each session
/// a block coloured by its kind, sessions at the same time side by side, a red "!" on a session
/// with a conflict warning (its messages in the tooltip).
///
/// The timeline only reads the database; what a person does to it with the mouse or the keys comes
/// out as requests (moveRequested(), ...) for the owner to store as undoable edits. It follows the
/// database by itself.
///
/// Mouse: drag a block to move it (to another day too), its lower edge to change its end, empty
/// space to add a session there; times snap to 5 minutes unless Shift is held; Esc cancels a drag.
/// Keys: Tab, arrows, Home, End choose a session (Left/Right: another day); Alt+Up/Down moves it 15 minutes,
/// Alt+Shift+Up/Down shortens or lengthens it by 15 minutes; Enter opens it; Delete deletes it.
class VisitTimeline final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitTimeline(Database& database, QWidget* parent = nullptr);

    /// Shows the programme of `visitId`; 0 shows nothing.
    void setVisitId(Id visitId);
    Id visitId() const { return m_visitId; }
    /// Whether the mouse and keys may change sessions (not in a database opened read-only).
    void setEditable(bool editable) { m_editable = editable; }

    /// The session chosen with the mouse or the keys, or 0.
    Id currentSessionId() const { return m_currentId; }
    /// Chooses the session (0 for none) and emits currentSessionChanged() when that changes.
    void setCurrentSession(Id sessionId);
    /// Every conflict warning about the visit's sessions, in the order the checker gives them.
    const QList<ConflictWarning>& warnings() const { return m_warnings; }
    int sessionCount() const { return static_cast<int>(m_layout.blocks().size()); }
    /// Why the last reading of the programme failed, or empty.
    const QString& loadError() const { return m_loadError; }

    /// Where the session's block is drawn, in the widget's coordinates; empty when not shown.
    QRect blockRect(Id sessionId) const;
    /// The point in the middle of `day`'s column at `time`; null when the day has no column.
    QPoint pointAt(const QDate& day, const QTime& time) const { return m_layout.pointAt(day, time); }
    /// Whether the session's block carries a conflict marker.
    bool hasWarning(Id sessionId) const { return m_layout.hasWarning(sessionId); }

    QSize sizeHint() const override { return m_layout.sizeHint(); }
    QSize minimumSizeHint() const override { return m_layout.minimumSizeHint(); }

Q_SIGNALS:
    void currentSessionChanged(Id sessionId);
    /// The area, in the timeline's coordinates, is to be scrolled into view: a session was chosen
    /// or moved with the keys. (Not when chosen with the mouse: it is under the pointer already.)
    void scrollRequested(const QRect& area);
    /// The programme and its warnings were read again.
    void reloaded();

    /// The session is to start at `newStart`, keeping its length.
    void moveRequested(Id sessionId, const QDateTime& newStart);
    /// The session is to end at `newEnd`, starting as before.
    void endChangeRequested(Id sessionId, const QDateTime& newEnd);
    /// A new session is to be entered, prefilled with these times.
    void addRequested(const QDateTime& start, const QDateTime& end);
    void editRequested(Id sessionId);
    void deleteRequested(Id sessionId);

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void followChanges(ChangeNotifier::Topics topics);
    void reload();
    void reloadWhenShown();
    /// Rectangles and elided texts: what depends on the size, the font and the language too.
    void relayout();
    void retranslateUi();

    void finishDrag(const QPoint& pos, Qt::KeyboardModifiers modifiers);
    void cancelDrag();
    void updateCursor(const QPoint& pos);

    void chooseByKey(Id sessionId);
    void selectNeighbour(int step);
    void selectOtherDay(int step);
    QString blockSummary(const TimelineBlock& block) const;
    void updateAccessibleDescription();

    Database& m_database;
    Id m_visitId = 0;
    bool m_editable = true;
    bool m_stale = false; ///< the database changed while hidden
    Id m_currentId = 0;

    TimelineLayout m_layout;
    QString m_loadError;
    QList<ConflictWarning> m_warnings;

    TimelineDrag m_drag;
};
