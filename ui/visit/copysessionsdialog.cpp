// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/copysessionsdialog.h"

#include "core/languages/dayrange.h"
#include "core/languages/localenames.h"
#include "core/planning/visitcopier.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/textsize.h"
#include "ui/widgets/userprompts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

CopySessionsDialog::CopySessionsDialog(DatabaseDocument& document, const Visit& target, QWidget* parent)
    : RecordDialog(parent), m_document(document), m_target(target), m_visit(new QComboBox(this)),
      m_sessions(new QTreeWidget(this)), m_day(new QDateEdit(this)), m_explanation(new QLabel(this))
{
    HelpRequest::setSection(this, QStringLiteral("programme"));
    setObjectName(QStringLiteral("copySessionsDialog"));
    m_visit->setProperty("content", true); // visits' titles
    m_sessions->setProperty("content", true);
    m_sessions->setHeaderHidden(true);
    m_sessions->setMinimumHeight(heightForLines(m_sessions, 12));
    m_day->setCalendarPopup(true);
    m_day->setDate(target.firstDay);
    m_explanation->setWordWrap(true);
    addRow(QStringLiteral("copy.visit"), m_visit);
    addRow(QStringLiteral("copy.sessions"), m_sessions);
    addRow(QStringLiteral("copy.day"), m_day);
    addRow(QStringLiteral("copy.explanation"), m_explanation);
    fillVisits();
    connect(m_visit, &QComboBox::currentIndexChanged, this, &CopySessionsDialog::showSessions);
    connect(m_sessions, &QTreeWidget::itemChanged, this, &CopySessionsDialog::explain);
    connect(m_day, &QDateEdit::dateChanged, this, &CopySessionsDialog::explain);
    showSessions();
    m_visit->setFocus();
    resize(widthForCharacters(this, 90), sizeHint().height());
    retranslateUi();
}

void CopySessionsDialog::fillVisits()
{
    VisitFilter filter;
    filter.language = LocaleNames::reader();
    const auto visits = VisitRepository(m_document.database()).list(filter);
    if (!visits) {
        showError(visits.error());
        return;
    }
    QList<VisitSummary> sorted = *visits;
    // The latest first: the programme reused is most often last year's.
    std::sort(sorted.begin(), sorted.end(), [](const VisitSummary& a, const VisitSummary& b) {
        return a.firstDay != b.firstDay ? a.firstDay > b.firstDay : a.id > b.id;
    });
    for (const VisitSummary& visit : std::as_const(sorted)) {
        if (visit.id != m_target.id) {
            //: %1 the days of a visit, %2 its title
            m_visit->addItem(tr("%1 — %2").arg(formatDayRange(visit.firstDay, visit.lastDay), visit.title),
                             visit.id);
        }
    }
}

void CopySessionsDialog::chooseVisit(Id visitId)
{
    m_visit->setCurrentIndex(m_visit->findData(visitId));
}

void CopySessionsDialog::showSessions()
{
    const QSignalBlocker blocker(m_sessions);
    m_sessions->clear();
    const Id visitId = m_visit->currentData().toLongLong();
    if (visitId == 0) {
        explain();
        return;
    }
    const auto programme = ProgrammeRepository(m_document.database()).listForVisit(visitId);
    if (!programme) {
        showError(programme.error());
        return;
    }
    const QString language = LocaleNames::reader();
    QTreeWidgetItem* dayItem = nullptr;
    QDate shownDay;
    for (const ProgrammeRow& row : *programme) {
        const Session& session = row.session;
        if (!dayItem || session.startsAt.date() != shownDay) {
            shownDay = session.startsAt.date();
            dayItem = new QTreeWidgetItem(m_sessions, {formatDay(shownDay)});
            dayItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            dayItem->setCheckState(0, Qt::Unchecked);
            dayItem->setExpanded(true);
        }
        const QString times =
            QStringLiteral("%1–%2").arg(locale().toString(session.startsAt.time(), QLocale::ShortFormat),
                                        locale().toString(session.endsAt.time(), QLocale::ShortFormat));
        auto* item =
            new QTreeWidgetItem(dayItem, {times + QStringLiteral("  ") + session.title.in(language)});
        item->setData(0, Qt::UserRole, session.id);
        item->setData(0, Qt::UserRole + 1, session.startsAt);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    explain();
}

QList<Id> CopySessionsDialog::chosenSessions() const
{
    QList<Id> ids;
    for (int day = 0; day < m_sessions->topLevelItemCount(); ++day) {
        const QTreeWidgetItem* dayItem = m_sessions->topLevelItem(day);
        for (int i = 0; i < dayItem->childCount(); ++i) {
            if (dayItem->child(i)->checkState(0) == Qt::Checked) {
                ids.append(dayItem->child(i)->data(0, Qt::UserRole).toLongLong());
            }
        }
    }
    return ids;
}

QDate CopySessionsDialog::day() const
{
    return m_day->date();
}

FieldErrors CopySessionsDialog::check() const
{
    if (chosenSessions().isEmpty()) {
        return {{QStringLiteral("copy.sessions"), tr("Sessions: tick a day or the sessions to copy.")}};
    }
    return {};
}

QList<Id> CopySessionsDialog::copyInto(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                                       Id targetVisitId)
{
    const auto target = VisitRepository(document.database()).get(targetVisitId);
    if (!target) {
        prompts.warning(parent, tr("Copy Sessions"), target.error().message());
        return {};
    }
    CopySessionsDialog dialog(document, *target, parent);
    dialog.setPrompts(prompts);
    QList<Id> created;
    dialog.setSaver([&]() -> Status {
        const QList<Id> chosen = dialog.chosenSessions();
        auto ids = document.edits().apply<QList<Id>>(
            [count = chosen.size()] { return tr("Copy %n session(s)", nullptr, static_cast<int>(count)); },
            [&] {
                return VisitCopier(document.database()).copySessions(chosen, targetVisitId, dialog.day());
            });
        if (!ids) {
            return ids.error();
        }
        created = *ids;
        return success();
    });
    dialog.exec();
    return created;
}

void CopySessionsDialog::explain()
{
    QDate first;
    QDate last;
    for (int day = 0; day < m_sessions->topLevelItemCount(); ++day) {
        const QTreeWidgetItem* dayItem = m_sessions->topLevelItem(day);
        for (int i = 0; i < dayItem->childCount(); ++i) {
            if (dayItem->child(i)->checkState(0) == Qt::Checked) {
                const QDate date = dayItem->child(i)->data(0, Qt::UserRole + 1).toDateTime().date();
                first = first.isValid() ? std::min(first, date) : date;
                last = last.isValid() ? std::max(last, date) : date;
            }
        }
    }
    if (!first.isValid()) {
        m_explanation->setText(tr("Tick a whole day or single sessions."));
        return;
    }
    const QDate from = day();
    const QDate to = from.addDays(first.daysTo(last));
    const int count = static_cast<int>(chosenSessions().size());
    //: %1 the days the copied sessions land on
    QString text = tr("%n session(s) copied to %1.", nullptr, count).arg(formatDayRange(from, to));
    if (from < m_target.firstDay || to > m_target.lastDay) {
        text += QLatin1Char('\n') + tr("Some fall outside the visit's days: they are copied all the same and "
                                       "listed among the visit's conflicts.");
    }
    m_explanation->setText(text);
}

void CopySessionsDialog::retranslateUi()
{
    setWindowTitle(tr("Copy Sessions from Another Visit"));
    setLabel(QStringLiteral("copy.visit"), tr("&From visit:"));
    setLabel(QStringLiteral("copy.sessions"), tr("&Sessions:"));
    setLabel(QStringLiteral("copy.day"), tr("&To day:"));
    m_day->setToolTip(tr("The day the first of the chosen days lands on; the others follow it"));
    setLabel(QStringLiteral("copy.explanation"), QString());
    m_explanation->setAccessibleName(tr("What is copied"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Copy"));
    explain();
}
