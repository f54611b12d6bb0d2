// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/session.h"
#include "core/model/visit.h"
#include "core/storage/changenotifier.h"

#include <QHash>
#include <QWidget>

class DatabaseDocument;
class DocumentPrintBar;
class ElidedLabel;
class HtmlBuilder;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QUrl;
class TableMemory;
class UserPrompts;
class VisitCostsTab;
class VisitParticipantsTab;
class VisitProgrammeTab;
class VisitTimelineTab;

/// One visit, where a coordinator spends the day: a header with its title, days, status and host,
/// and its tabs — the details, the participants (VisitParticipantsTab), the programme
/// (VisitProgrammeTab), its timeline and its costs (VisitCostsTab) — each with its own buttons. The details
/// tab also prints the visit's documents (DocumentPrintBar): the programme, the participant list, the
/// attendance sheets..., and drafts its report.
///
/// Every change goes through the document's undo stack. The editor follows the database: when its
/// visit is deleted (an Undo of its creation, say), it asks to be closed.
///
/// Keys: Esc returns to all visits; the tabs have their own.
class VisitEditor final : public QWidget
{
    Q_OBJECT

public:
    VisitEditor(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);
    /// Keeps the tables' column widths and sort order in `memory`.
    void rememberColumns(TableMemory& memory);

    /// Shows the visit, on the tab shown before; 0 shows nothing.
    void showVisit(Id visitId);
    Id visitId() const { return m_visitId; }
    /// The visit's documents, as chosen under its details; the File menu prints them from here.
    DocumentPrintBar& printBar() { return *m_printBar; }
    /// Asks for a file and writes the draft of the visit's report there (File › Export Visit Report…).
    void exportVisitReport();

Q_SIGNALS:
    /// The person asked to go back to all visits, or the visit no longer exists. Emitted while the
    /// change is being made: close the editor, don't delete it at once (deleteLater()).
    void closeRequested();
    /// Another visit should be shown: one just made from this one.
    void openVisitRequested(Id visitId);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* createDetailsTab();
    void retranslateUi();
    void followChanges(ChangeNotifier::Topics topics);
    /// Reads the visit again; false (and closeRequested) when it is gone.
    bool readVisit();
    void showHeaderAndDetails();
    QString detailsHtml() const;
    /// One sentence when the visit's funding project has spent more than its budget; else empty.
    QString overspendWarning() const;
    /// What of the visit has no text in `language`: "Українська: 4 sessions have no title…", then each
    /// of them as a link that opens its form; `sessions` are the visit's, by id.
    void addTranslationNote(HtmlBuilder& html, const QString& language,
                            const QHash<Id, Session>& sessions) const;
    void followLink(const QUrl& link);

    void editVisit();
    void deleteVisit();
    void duplicateVisit();

    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    Id m_visitId = 0;
    Visit m_visit;
    QString m_hostName;

    QPushButton* m_back;
    ElidedLabel* m_title;
    QLabel* m_summary;
    QTabWidget* m_tabs;

    QTextBrowser* m_details;
    QPushButton* m_editVisit;
    QPushButton* m_deleteVisit;
    QPushButton* m_duplicateVisit;
    QPushButton* m_visitReport;
    DocumentPrintBar* m_printBar;

    VisitParticipantsTab* m_participants;
    VisitProgrammeTab* m_programme;
    VisitTimelineTab* m_timeline;
    VisitCostsTab* m_costs;
};
