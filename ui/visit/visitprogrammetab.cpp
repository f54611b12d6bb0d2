// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visitprogrammetab.h"

#include "core/storage/visitrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/lists/tablecolumns.h"
#include "ui/lists/tablememory.h"
#include "ui/lists/tablesetup.h"
#include "ui/visit/copysessionsdialog.h"
#include "ui/visit/programmemodel.h"
#include "ui/visit/sessionedits.h"
#include "ui/widgets/buttonmenu.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {

constexpr int moveMinutes = 15;

} // namespace

VisitProgrammeTab::VisitProgrammeTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_document(document), m_prompts(prompts), m_edits(document, prompts),
      m_programme(new ProgrammeModel(document.database(), this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_earlier(new QPushButton(this)), m_later(new QPushButton(this)),
      m_import(new QPushButton(this)), m_copyFrom(new QPushButton(this)),
      m_exportCalendar(new QPushButton(this)), m_exchange(document, prompts, this)
{
    HelpRequest::setSection(this, QStringLiteral("programme"));
    setObjectName(QStringLiteral("visitProgramme"));
    m_table->setObjectName(QStringLiteral("programmeTable"));
    // Always in the order it happens: the day is written once above its sessions.
    m_table->setModel(m_programme);
    setUpRowTable(m_table);
    m_count->setObjectName(QStringLiteral("programmeCount"));
    m_count->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addSession"));
    m_edit->setObjectName(QStringLiteral("editSession"));
    m_delete->setObjectName(QStringLiteral("deleteSession"));
    m_earlier->setObjectName(QStringLiteral("earlierSession"));
    m_later->setObjectName(QStringLiteral("laterSession"));
    m_import->setObjectName(QStringLiteral("importProgramme"));
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendar"));
    m_copyFrom->setObjectName(QStringLiteral("copySessions"));
    connect(m_copyFrom, &QPushButton::clicked, this, &VisitProgrammeTab::copyFromVisit);
    connect(m_import, &QPushButton::clicked, this, [this] { m_exchange.importProgramme(m_visitId); });
    connect(m_exportCalendar, &QPushButton::clicked, this, [this] { m_exchange.exportCalendar(m_visitId); });
    connect(m_add, &QPushButton::clicked, this, &VisitProgrammeTab::addSession);
    connect(m_edit, &QPushButton::clicked, this, &VisitProgrammeTab::editSession);
    connect(m_delete, &QPushButton::clicked, this, &VisitProgrammeTab::deleteSession);
    connect(m_earlier, &QPushButton::clicked, this, [this] { moveSession(-moveMinutes); });
    connect(m_later, &QPushButton::clicked, this, [this] { moveSession(moveMinutes); });
    connect(m_table, &QTableView::activated, this, &VisitProgrammeTab::editSession);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitProgrammeTab::updateState);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &VisitProgrammeTab::deleteSession);
    auto* insertKey =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, this, &VisitProgrammeTab::addSession);
    auto* earlierKey = new QShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Up), m_table, nullptr, nullptr,
                                     Qt::WidgetShortcut);
    connect(earlierKey, &QShortcut::activated, m_earlier, &QPushButton::click);
    auto* laterKey = new QShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Down), m_table, nullptr, nullptr,
                                   Qt::WidgetShortcut);
    connect(laterKey, &QShortcut::activated, m_later, &QPushButton::click);

    // A reload (an edit here, an undo, a change elsewhere) keeps the same session selected.
    auto selected = std::make_shared<Id>(0);
    connect(m_programme, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, selected] { *selected = currentSessionId(); });
    connect(m_programme, &QAbstractItemModel::modelReset, this, [this, selected] {
        selectSession(*selected);
        updateState();
        fitColumns(m_table, ProgrammeModel::Title);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_earlier);
    buttons->addWidget(m_later);
    buttons->addSpacing(12);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    // Exchanging with spreadsheets and calendars, above the programme it fills or saves.
    auto* exchange = new QHBoxLayout;
    exchange->addStretch();
    exchange->addWidget(m_copyFrom);
    exchange->addWidget(m_import);
    exchange->addWidget(m_exportCalendar);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(exchange);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    const QList<QWidget*> order = {m_copyFrom, m_import, m_exportCalendar, m_table, m_earlier,
                                   m_later,    m_add,    m_edit,           m_delete};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    const bool editable = !document.isReadOnly();
    for (QPushButton* button : {m_add, m_delete, m_earlier, m_later, m_import, m_copyFrom}) {
        button->setVisible(editable);
    }
    m_add->setEnabled(false);
    m_import->setEnabled(false);
    m_copyFrom->setEnabled(false);
    m_exportCalendar->setEnabled(false);
    retranslateUi();
    addButtonMenu(m_table, {m_edit, m_earlier, m_later, m_delete, nullptr, m_add, nullptr, m_copyFrom,
                            m_import, m_exportCalendar});
}

void VisitProgrammeTab::copyFromVisit()
{
    const QList<Id> created = CopySessionsDialog::copyInto(m_document, m_prompts, this, m_visitId);
    if (!created.isEmpty()) {
        selectSession(created.first());
    }
}

void VisitProgrammeTab::setVisitId(Id visitId)
{
    m_visitId = visitId;
    m_programme->setVisitId(visitId);
    m_add->setEnabled(visitId != 0);
    m_import->setEnabled(visitId != 0);
    m_copyFrom->setEnabled(visitId != 0);
    m_exportCalendar->setEnabled(visitId != 0);
}

int VisitProgrammeTab::sessionCount() const
{
    return m_programme->rowCount();
}

void VisitProgrammeTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_programme->retranslate();
        retranslateUi();
        fitColumns(m_table, ProgrammeModel::Title);
    }
    QWidget::changeEvent(event);
}

void VisitProgrammeTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns(m_table, ProgrammeModel::Title);
}

void VisitProgrammeTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Programme"));
    m_add->setText(tr("Add &Session…"));
    m_import->setText(tr("Import…"));
    m_copyFrom->setText(tr("Copy from Another Visit…"));
    m_copyFrom->setToolTip(tr("A day or chosen sessions of an earlier visit, copied to a day of this one"));
    m_import->setToolTip(tr("Add sessions from a programme drafted in a spreadsheet (CSV)"));
    //: saves the programme as an iCalendar (.ics) file for phone and desktop calendars
    m_exportCalendar->setText(tr("Export to Calendar…"));
    m_exportCalendar->setToolTip(tr("Save the programme as an iCalendar file (.ics) that delegates add to "
                                    "their phone's calendar"));
    m_edit->setText(tr("Ed&it…"));
    m_delete->setText(tr("Dele&te"));
    m_earlier->setText(tr("Earlie&r"));
    m_later->setText(tr("L&ater"));
    //: %1 is a keyboard shortcut
    m_earlier->setToolTip(
        tr("Move the session 15 minutes earlier (%1)")
            .arg(QKeySequence(Qt::AltModifier | Qt::Key_Up).toString(QKeySequence::NativeText)));
    //: %1 is a keyboard shortcut
    m_later->setToolTip(
        tr("Move the session 15 minutes later (%1)")
            .arg(QKeySequence(Qt::AltModifier | Qt::Key_Down).toString(QKeySequence::NativeText)));
    updateState();
}

void VisitProgrammeTab::updateState()
{
    const int all = m_programme->rowCount();
    m_count->setText(m_visitId != 0 && all == 0 ? tr("No sessions yet: build the programme day by day with "
                                                     "“Add Session…” (Insert).")
                                                : tr("%n session(s)", nullptr, all));
    const bool selected = currentSessionId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_earlier->setEnabled(selected);
    m_later->setEnabled(selected);
}

Id VisitProgrammeTab::currentSessionId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void VisitProgrammeTab::selectSession(Id sessionId)
{
    if (const int row = sessionId ? m_programme->rowOf(sessionId) : -1; row >= 0) {
        const QModelIndex index = m_programme->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void VisitProgrammeTab::addSession()
{
    if (m_visitId == 0) {
        return;
    }
    // The tab knows the visit by its id only: its first day is read when needed.
    const auto visit = VisitRepository(m_document.database()).get(m_visitId);
    const QDate firstDay = visit ? visit->firstDay : QDate();
    // A new session follows the one selected, or else the programme's last one: the programme is
    // mostly entered in order. After an evening's last session it opens the next morning; in an
    // empty programme, the first.
    QDateTime start(firstDay.isValid() ? firstDay : QDate::currentDate(), QTime(9, 0), Qt::UTC);
    const int selected = m_programme->rowOf(currentSessionId());
    const int previous = selected >= 0 ? selected : m_programme->rowCount() - 1;
    if (previous >= 0) {
        start = m_programme->sessionAt(previous).endsAt;
        const QDate nextDay = start.date().addDays(1);
        if (start.time() >= QTime(20, 0) && visit && nextDay <= visit->lastDay) {
            start = QDateTime(nextDay, QTime(9, 0), Qt::UTC);
        }
    }
    QDateTime end = start.addSecs(60 * 60);
    if (end.date() != start.date()) {
        end = QDateTime(start.date(), QTime(23, 55), Qt::UTC);
    }
    selectSession(m_edits.add(this, m_visitId, start, end));
}

void VisitProgrammeTab::editSession()
{
    if (const Id id = currentSessionId(); id != 0) {
        m_edits.edit(this, id);
    }
}

void VisitProgrammeTab::deleteSession()
{
    const Id id = currentSessionId();
    if (id == 0) {
        return;
    }
    const int row = m_programme->rowOf(id);
    if (!m_edits.remove(this, id)) {
        return;
    }
    // The next session takes the selection, so that Delete can be pressed again.
    if (const int rows = m_programme->rowCount(); rows > 0) {
        selectSession(m_programme->sessionAt(std::min(row, rows - 1)).id);
    }
}

void VisitProgrammeTab::moveSession(int minutes)
{
    const Id id = currentSessionId();
    if (id == 0) {
        return;
    }
    const QDateTime start = m_programme->sessionAt(m_programme->rowOf(id)).startsAt.addSecs(minutes * 60);
    m_edits.move(this, id, start);
}

void VisitProgrammeTab::rememberColumns(TableMemory& memory)
{
    memory.keep(m_table, QStringLiteral("programme"), [this] { fitColumns(m_table, ProgrammeModel::Title); });
}
