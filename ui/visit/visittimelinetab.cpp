// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visittimelinetab.h"

#include "ui/calendar/visittimeline.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

VisitTimelineTab::VisitTimelineTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_edits(document, prompts), m_timeline(new VisitTimeline(document.database())),
      m_scroll(new QScrollArea(this)), m_hint(new QLabel(this)), m_warningsLabel(new QLabel(this)),
      m_warningCount(new QLabel(this)), m_warningList(new QListWidget(this))
{
    HelpRequest::setSection(this, QStringLiteral("timeline"));
    setObjectName(QStringLiteral("visitTimeline"));
    m_timeline->setEditable(!document.isReadOnly());
    m_scroll->setObjectName(QStringLiteral("timelineScroll"));
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusProxy(m_timeline);
    m_hint->setObjectName(QStringLiteral("timelineHint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(!document.isReadOnly());
    m_warningCount->setObjectName(QStringLiteral("warningCount"));
    m_warningList->setObjectName(QStringLiteral("warningList"));
    m_warningList->setWordWrap(true);
    m_warningsLabel->setBuddy(m_warningList);

    connect(m_timeline, &VisitTimeline::reloaded, this, &VisitTimelineTab::showWarnings);
    connect(m_timeline, &VisitTimeline::currentSessionChanged, this, &VisitTimelineTab::markWarningsOf);
    connect(m_timeline, &VisitTimeline::scrollRequested, this, &VisitTimelineTab::scrollTo);
    connect(m_timeline, &VisitTimeline::moveRequested, this,
            [this](Id sessionId, const QDateTime& start) { m_edits.move(this, sessionId, start); });
    connect(m_timeline, &VisitTimeline::endChangeRequested, this,
            [this](Id sessionId, const QDateTime& end) { m_edits.changeEnd(this, sessionId, end); });
    connect(m_timeline, &VisitTimeline::addRequested, this, &VisitTimelineTab::addSession);
    connect(m_timeline, &VisitTimeline::editRequested, this,
            [this](Id sessionId) { m_edits.edit(this, sessionId); });
    connect(m_timeline, &VisitTimeline::deleteRequested, this,
            [this](Id sessionId) { m_edits.remove(this, sessionId); });
    connect(m_warningList, &QListWidget::itemClicked, this, &VisitTimelineTab::showSessionOf);
    connect(m_warningList, &QListWidget::itemActivated, this, &VisitTimelineTab::showSessionOf);

    auto* warnings = new QWidget(this);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_warningsLabel);
    heading->addWidget(m_warningCount, 1);
    auto* warningsLayout = new QVBoxLayout(warnings);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->addLayout(heading);
    warningsLayout->addWidget(m_warningList, 1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_hint);
    topLayout->addWidget(m_scroll, 1);

    // The warnings below, not beside: a week of days wants the whole width.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(warnings);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_timeline, m_warningList);

    retranslateUi();
    showWarnings();
}

void VisitTimelineTab::setVisitId(Id visitId)
{
    m_visitId = visitId;
    m_timeline->setVisitId(visitId);
}

void VisitTimelineTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The timeline, told too, checks again and emits reloaded(): the list follows.
    }
    QWidget::changeEvent(event);
}

void VisitTimelineTab::retranslateUi()
{
    m_hint->setText(tr("Drag a session to move it, or its lower edge to change when it ends; drag across "
                       "empty space to add one. Times snap to 5 minutes: hold Shift for single minutes."));
    m_scroll->setAccessibleName(tr("Programme timeline"));
    m_warningsLabel->setText(tr("Co&nflicts:"));
    m_warningList->setAccessibleName(tr("Conflict warnings"));
    showWarnings();
}

void VisitTimelineTab::showWarnings()
{
    const QList<ConflictWarning>& warnings = m_timeline->warnings();
    const int count = static_cast<int>(warnings.size());
    m_warningCount->setText(m_timeline->loadError().isEmpty() ? tr("%n warning(s)", nullptr, count)
                                                              : m_timeline->loadError());
    m_warningList->clear();
    if (m_visitId == 0) {
        return;
    }
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ConflictWarning& warning : warnings) {
        auto* item = new QListWidgetItem(icon, warning.message, m_warningList);
        item->setData(Qt::UserRole, warning.sessionId);
        item->setToolTip(warning.message);
    }
    if (warnings.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No conflicts found."), m_warningList);
        item->setFlags(Qt::ItemIsEnabled);
    }
    // Not scrolled to: a change made elsewhere should not move the view.
    markWarningsOf(m_timeline->currentSessionId());
}

void VisitTimelineTab::showSessionOf(QListWidgetItem* item)
{
    if (const Id sessionId = item ? item->data(Qt::UserRole).toLongLong() : 0; sessionId != 0) {
        m_timeline->setCurrentSession(sessionId);
        scrollTo(m_timeline->blockRect(sessionId));
    }
}

void VisitTimelineTab::scrollTo(const QRect& area)
{
    if (area.isValid()) {
        m_scroll->ensureVisible(area.center().x(), area.center().y(), area.width() / 2 + 16,
                                std::min(area.height() / 2 + 16, m_scroll->viewport()->height() / 2));
    }
}

void VisitTimelineTab::markWarningsOf(Id sessionId)
{
    // The session's warnings are marked in the list, as the list's choice marks the session.
    const QListWidgetItem* current = m_warningList->currentItem();
    if (sessionId != 0 && current && current->data(Qt::UserRole).toLongLong() == sessionId) {
        return; // the warning clicked stays chosen
    }
    for (int row = 0; row < m_warningList->count(); ++row) {
        if (QListWidgetItem* item = m_warningList->item(row);
            sessionId != 0 && item->data(Qt::UserRole).toLongLong() == sessionId) {
            m_warningList->setCurrentItem(item);
            return;
        }
    }
    m_warningList->setCurrentItem(nullptr);
}

void VisitTimelineTab::addSession(const QDateTime& start, const QDateTime& end)
{
    if (const Id created = m_edits.add(this, m_visitId, start, end); created != 0) {
        m_timeline->setCurrentSession(created);
        scrollTo(m_timeline->blockRect(created));
    }
}
