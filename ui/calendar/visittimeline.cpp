// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/visittimeline.h"

#include "core/storage/database.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "ui/calendar/timelinepainter.h"
#include "ui/documents/textcolours.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int keyStepMinutes = 15;
/// Smaller than the platform's drag distance: a 7-minute Shift-drag is 7 pixels.
constexpr int dragThreshold = 4;

using Gesture = TimelineDrag::Gesture;

} // namespace

VisitTimeline::VisitTimeline(Database& database, QWidget* parent) : QWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&database.notifier(), &ChangeNotifier::changed, this, &VisitTimeline::followChanges);
    retranslateUi();
    relayout();
}

void VisitTimeline::setVisitId(Id visitId)
{
    m_visitId = visitId;
    // Opening a visit shows its details: the timeline and its conflict check wait for their tab.
    reloadWhenShown();
}

void VisitTimeline::setCurrentSession(Id sessionId)
{
    if (!m_layout.contains(sessionId)) {
        sessionId = 0;
    }
    if (sessionId == m_currentId) {
        return;
    }
    m_currentId = sessionId;
    update();
    updateAccessibleDescription();
    Q_EMIT currentSessionChanged(sessionId);
}

QRect VisitTimeline::blockRect(Id sessionId) const
{
    const qsizetype index = m_layout.indexOf(sessionId);
    return index < 0 ? QRect() : m_layout.blocks().at(index).rect;
}

bool VisitTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const qsizetype index = m_layout.blockAt(help->pos());
            index >= 0 && m_drag.gesture == Gesture::None) {
            const TimelineBlock& block = m_layout.blocks().at(index);
            QToolTip::showText(help->globalPos(), blockSummary(block), this, block.rect);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void VisitTimeline::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        // The warnings are worded when checked: check again in the new language.
        reloadWhenShown();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        relayout();
        updateGeometry();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void VisitTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void VisitTimeline::followChanges(ChangeNotifier::Topics topics)
{
    constexpr ChangeNotifier::Topics shown =
        ChangeNotifier::Topic::Sessions | ChangeNotifier::Topic::Visits |
        ChangeNotifier::Topic::Participants | ChangeNotifier::Topic::People |
        ChangeNotifier::Topic::Institutions | ChangeNotifier::Topic::Settings;
    if (topics & shown) {
        reloadWhenShown();
    }
}

void VisitTimeline::reloadWhenShown()
{
    // Checking for conflicts reads other visits too: not for a tab nobody looks at.
    if (isVisible()) {
        reload();
    } else {
        m_stale = true;
    }
}

void VisitTimeline::showEvent(QShowEvent* event)
{
    if (m_stale) {
        reload();
    }
    QWidget::showEvent(event);
}

void VisitTimeline::reload()
{
    // A change stored elsewhere while dragging: the block being dragged may be gone.
    m_drag = {};
    m_stale = false;
    m_warnings.clear();
    m_loadError.clear();
    QList<QDate> days;
    QList<ProgrammeRow> sessions;
    if (m_visitId != 0) {
        if (const auto visit = VisitRepository(m_database).get(m_visitId); !visit) {
            m_loadError = visit.error().message();
        } else if (visit->firstDay.isValid() && visit->lastDay >= visit->firstDay) {
            for (QDate day = visit->firstDay; day <= visit->lastDay; day = day.addDays(1)) {
                days.append(day);
            }
        }
        if (auto rows = ProgrammeRepository(m_database).listForVisit(m_visitId); !rows) {
            m_loadError = rows.error().message();
        } else {
            sessions = std::move(rows).value();
        }
        if (auto warnings = ConflictChecker(m_database).checkVisit(m_visitId); !warnings) {
            m_loadError = warnings.error().message();
        } else {
            m_warnings = std::move(warnings).value();
        }
    }
    m_layout.setProgramme(days, sessions, m_warnings);
    relayout();
    updateGeometry();
    update();
    if (!m_layout.contains(m_currentId)) {
        setCurrentSession(0);
    }
    updateAccessibleDescription();
    Q_EMIT reloaded();
}

void VisitTimeline::relayout()
{
    m_layout.relayout(font(), width());
}

void VisitTimeline::retranslateUi()
{
    setAccessibleName(tr("Programme timeline"));
    updateAccessibleDescription();
}

void VisitTimeline::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || m_drag.gesture != Gesture::None) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const TimelineDrag pressed = m_layout.pressAt(pos);
    if (pressed.gesture == Gesture::None) {
        return;
    }
    m_drag = pressed;
    setCurrentSession(pressed.block >= 0 ? m_layout.blocks().at(pressed.block).session.id : 0);
    if (!m_editable) {
        m_drag = {};
    }
}

void VisitTimeline::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.gesture == Gesture::None) {
        updateCursor(pos);
        return;
    }
    m_drag.lastPos = pos;
    if (!m_drag.started && (pos - m_drag.pressPos).manhattanLength() < dragThreshold) {
        return;
    }
    m_drag.started = true;
    m_layout.dragTo(m_drag, pos, event->modifiers() & Qt::ShiftModifier);
    updateCursor(pos);
    update();
}

void VisitTimeline::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag.gesture == Gesture::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    finishDrag(event->position().toPoint(), event->modifiers());
}

void VisitTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || m_layout.days().isEmpty() ||
        !m_layout.gridRect().contains(pos)) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    m_drag = {};
    if (const qsizetype index = m_layout.blockAt(pos); index >= 0) {
        Q_EMIT editRequested(m_layout.blocks().at(index).session.id);
    } else if (m_editable) {
        const auto [start, end] = m_layout.hourAt(pos);
        Q_EMIT addRequested(start, end);
    }
}

void VisitTimeline::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint pos = event->pos();
    if (m_layout.days().isEmpty() || !m_layout.gridRect().contains(pos)) {
        QWidget::contextMenuEvent(event);
        return;
    }
    m_drag = {};
    QMenu menu(this);
    const qsizetype index = m_layout.blockAt(pos);
    if (index >= 0) {
        const Id sessionId = m_layout.blocks().at(index).session.id;
        setCurrentSession(sessionId);
        menu.addAction(tr("&Edit Session…"), this, [this, sessionId] { Q_EMIT editRequested(sessionId); });
        QAction* remove = menu.addAction(tr("&Delete Session"), this,
                                         [this, sessionId] { Q_EMIT deleteRequested(sessionId); });
        remove->setEnabled(m_editable);
        menu.addSeparator();
    }
    // A new hour where the pointer is, as a double-click in empty space makes one.
    const auto [start, end] = m_layout.hourAt(pos);
    QAction* add = menu.addAction(tr("&Add Session Here…"), this,
                                  [this, start = start, end = end] { Q_EMIT addRequested(start, end); });
    add->setEnabled(m_editable);
    menu.exec(event->globalPos());
}

void VisitTimeline::finishDrag(const QPoint& pos, Qt::KeyboardModifiers modifiers)
{
    if (!m_drag.started && (pos - m_drag.pressPos).manhattanLength() >= dragThreshold) {
        m_drag.started = true;
    }
    if (m_drag.started) {
        m_layout.dragTo(m_drag, pos, modifiers & Qt::ShiftModifier);
    }
    const TimelineDrag drag = m_drag;
    // Cleared before the request: storing it reloads the blocks, and a refusal shows the old place.
    m_drag = {};
    updateCursor(pos);
    update();
    if (!drag.started) {
        return;
    }
    switch (drag.gesture) {
    case Gesture::Move: {
        const Session& session = m_layout.blocks().at(drag.block).session;
        const QDateTime start = m_layout.dateTime(drag.day, drag.startMinute);
        if (start != session.startsAt) {
            Q_EMIT moveRequested(session.id, start);
        }
        break;
    }
    case Gesture::Resize: {
        const TimelineBlock& block = m_layout.blocks().at(drag.block);
        const QDateTime end = m_layout.dateTime(block.day, drag.endMinute);
        if (end != block.session.endsAt) {
            Q_EMIT endChangeRequested(block.session.id, end);
        }
        break;
    }
    case Gesture::Create:
        if (drag.endMinute > drag.startMinute) {
            Q_EMIT addRequested(m_layout.dateTime(drag.pressDay, drag.startMinute),
                                m_layout.dateTime(drag.pressDay, drag.endMinute));
        }
        break;
    case Gesture::None:
        break;
    }
}

void VisitTimeline::cancelDrag()
{
    m_drag = {};
    updateCursor(mapFromGlobal(QCursor::pos()));
    update();
}

void VisitTimeline::updateCursor(const QPoint& pos)
{
    if (const auto shape = m_editable ? m_layout.cursorAt(m_drag, pos) : std::nullopt) {
        setCursor(*shape);
    } else {
        unsetCursor();
    }
}

void VisitTimeline::keyPressEvent(QKeyEvent* event)
{
    if (m_drag.gesture != Gesture::None) {
        if (event->key() == Qt::Key_Escape) {
            cancelDrag();
        } else if (event->key() == Qt::Key_Shift && m_drag.started) {
            m_layout.dragTo(m_drag, m_drag.lastPos, true);
            update();
        }
        event->accept(); // nothing else happens in the middle of a drag
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const QList<TimelineBlock>& blocks = m_layout.blocks();
    const qsizetype current = m_layout.indexOf(m_currentId);
    const bool vertical = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    const int direction = event->key() == Qt::Key_Up ? -1 : 1;
    if (vertical && (modifiers == Qt::AltModifier || modifiers == (Qt::AltModifier | Qt::ShiftModifier))) {
        if (current >= 0 && m_editable) {
            const Session& session = blocks.at(current).session;
            const qint64 seconds = qint64(direction) * keyStepMinutes * 60;
            const Id id = session.id;
            if (modifiers & Qt::ShiftModifier) {
                Q_EMIT endChangeRequested(id, session.endsAt.addSecs(seconds));
            } else {
                Q_EMIT moveRequested(id, session.startsAt.addSecs(seconds));
            }
            chooseByKey(id); // stored and read again by now: keep it in view where it went
        }
        event->accept();
        return;
    }
    if (modifiers != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        selectNeighbour(direction);
        break;
    case Qt::Key_Left:
        selectOtherDay(-1);
        break;
    case Qt::Key_Right:
        selectOtherDay(1);
        break;
    case Qt::Key_Home:
        chooseByKey(blocks.isEmpty() ? 0 : blocks.constFirst().session.id);
        break;
    case Qt::Key_End:
        chooseByKey(blocks.isEmpty() ? 0 : blocks.constLast().session.id);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current < 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        Q_EMIT editRequested(m_currentId);
        break;
    case Qt::Key_Delete:
        if (current < 0 || !m_editable) {
            QWidget::keyPressEvent(event);
            return;
        }
        Q_EMIT deleteRequested(m_currentId);
        break;
    default:
        QWidget::keyPressEvent(event); // Esc goes on to the editor: back to all visits
        return;
    }
    event->accept();
}

void VisitTimeline::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Shift && m_drag.started) {
        m_layout.dragTo(m_drag, m_drag.lastPos, false);
        update();
    }
    QWidget::keyReleaseEvent(event);
}

void VisitTimeline::focusInEvent(QFocusEvent* event)
{
    // Tabbing in chooses the first session (Shift+Tab the last), so the keys act at once.
    if (const QList<TimelineBlock>& blocks = m_layout.blocks(); m_currentId == 0 && !blocks.isEmpty()) {
        if (event->reason() == Qt::TabFocusReason) {
            chooseByKey(blocks.constFirst().session.id);
        } else if (event->reason() == Qt::BacktabFocusReason) {
            chooseByKey(blocks.constLast().session.id);
        }
    }
    update();
    QWidget::focusInEvent(event);
}

void VisitTimeline::focusOutEvent(QFocusEvent* event)
{
    if (m_drag.gesture != Gesture::None) {
        cancelDrag();
    }
    update();
    QWidget::focusOutEvent(event);
}

bool VisitTimeline::focusNextPrevChild(bool next)
{
    // Tab goes through the sessions in the order they happen, then on out of the timeline.
    const qsizetype current = m_layout.indexOf(m_currentId);
    const qsizetype target = current < 0 ? -1 : current + (next ? 1 : -1);
    if (target >= 0 && target < m_layout.blocks().size()) {
        chooseByKey(m_layout.blocks().at(target).session.id);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void VisitTimeline::chooseByKey(Id sessionId)
{
    setCurrentSession(sessionId);
    if (m_currentId != 0) {
        Q_EMIT scrollRequested(blockRect(m_currentId));
    }
}

void VisitTimeline::selectNeighbour(int step)
{
    if (m_layout.blocks().isEmpty()) {
        return;
    }
    chooseByKey(m_layout.blocks().at(m_layout.neighbour(m_layout.indexOf(m_currentId), step)).session.id);
}

void VisitTimeline::selectOtherDay(int step)
{
    const qsizetype current = m_layout.indexOf(m_currentId);
    if (current < 0) {
        selectNeighbour(step);
        return;
    }
    // The next day with sessions, and there the session nearest in time to the one chosen.
    if (const qsizetype nearest = m_layout.nearestOnOtherDay(current, step); nearest >= 0) {
        chooseByKey(m_layout.blocks().at(nearest).session.id);
    }
}

QString VisitTimeline::blockSummary(const TimelineBlock& block) const
{
    QString html = QStringLiteral("<b>%1</b><br>%2")
                       .arg(block.session.title.forReader().toHtmlEscaped(),
                            //: the kind and the time of a session, e.g. "Workshop, 09:00–10:30"
                            tr("%1, %2")
                                .arg(enumDisplayName(block.session.kind), TimelineLayout::timeText(block))
                                .toHtmlEscaped());
    if (!block.venue.isEmpty()) {
        html += QStringLiteral("<br>") + block.venue.toHtmlEscaped();
    }
    for (const QString& message : m_layout.warningsOf(block.session.id)) {
        html += QStringLiteral("<br><span style=\"color:%1\">⚠ %2</span>")
                    .arg(errorTextColour(QToolTip::palette()).name(), message.toHtmlEscaped());
    }
    return html;
}

void VisitTimeline::updateAccessibleDescription()
{
    QString description;
    if (const qsizetype current = m_layout.indexOf(m_currentId); current >= 0) {
        const TimelineBlock& block = m_layout.blocks().at(current);
        QStringList parts = {block.session.title.forReader(), m_layout.dayLabel(block.day),
                             TimelineLayout::timeText(block), block.venue};
        parts += m_layout.warningsOf(block.session.id);
        parts.removeAll(QString());
        //: %1 describes the session chosen in the timeline
        description = tr("Chosen: %1.").arg(parts.join(QStringLiteral(", "))) + u' ';
    }
    description += tr("Arrow keys choose a session; Alt+Up and Alt+Down move it by 15 minutes, "
                      "Alt+Shift+Up and Alt+Shift+Down shorten or lengthen it; Enter opens it, Delete "
                      "deletes it. Drag a session to move it, its lower edge to change its end, or empty "
                      "space to add a session; hold Shift for single minutes.");
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
    }
}

void VisitTimeline::paintEvent(QPaintEvent* event)
{
    m_layout.elideTexts(font());
    QPainter painter(this);
    TimelinePainter(painter, *this, m_layout).paint(event->rect(), m_currentId, m_drag);
}
