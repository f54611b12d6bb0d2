// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/visit/sessionedits.h"

#include <QWidget>

class DatabaseDocument;
class QDateTime;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QScrollArea;
class UserPrompts;
class VisitTimeline;

/// The timeline tab of a visit: the programme being shaped, day by day and hour by hour
/// (VisitTimeline), and below it the visit's conflict warnings; a click on a warning shows its
/// session. Every change made on the timeline is one edit on the document's undo stack.
class VisitTimelineTab final : public QWidget
{
    Q_OBJECT

public:
    VisitTimelineTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

    /// Shows the programme of `visitId`; 0 shows none.
    void setVisitId(Id visitId);
    VisitTimeline* timeline() const { return m_timeline; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showWarnings();
    void showSessionOf(QListWidgetItem* item);
    void scrollTo(const QRect& area);
    void markWarningsOf(Id sessionId);

    void addSession(const QDateTime& start, const QDateTime& end);

    SessionEdits m_edits;
    Id m_visitId = 0;

    VisitTimeline* m_timeline;
    QScrollArea* m_scroll;
    QLabel* m_hint;
    QLabel* m_warningsLabel;
    QLabel* m_warningCount;
    QListWidget* m_warningList;
};
