// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/duplicatevisitdialog.h"

#include "core/languages/dayrange.h"
#include "core/planning/visitcopier.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/textsize.h"
#include "ui/widgets/userprompts.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

DuplicateVisitDialog::DuplicateVisitDialog(const Visit& visit, int sessionCount, QWidget* parent)
    : RecordDialog(parent), m_visit(visit), m_sessionCount(sessionCount), m_firstDay(new QDateEdit(this)),
      m_withParticipants(new QCheckBox(this)), m_explanation(new QLabel(this))
{
    HelpRequest::setSection(this, QStringLiteral("visits"));
    setObjectName(QStringLiteral("duplicateVisitDialog"));
    m_firstDay->setCalendarPopup(true);
    m_explanation->setWordWrap(true);
    addRow(QStringLiteral("visit.firstDay"), m_firstDay);
    addRow(QStringLiteral("visit.withParticipants"), m_withParticipants);
    addRow(QStringLiteral("visit.explanation"), m_explanation);
    m_firstDay->setDate(suggestedFirstDay(visit.firstDay, QDate::currentDate()));
    connect(m_firstDay, &QDateEdit::dateChanged, this, &DuplicateVisitDialog::explain);
    m_firstDay->setFocus();
    resize(widthForCharacters(this, 70), sizeHint().height());
    retranslateUi();
}

QDate DuplicateVisitDialog::firstDay() const
{
    return m_firstDay->date();
}

bool DuplicateVisitDialog::withParticipants() const
{
    return m_withParticipants->isChecked();
}

QDate DuplicateVisitDialog::suggestedFirstDay(const QDate& original, const QDate& today)
{
    if (!original.isValid()) {
        return today;
    }
    const int ahead = (original.dayOfWeek() - today.dayOfWeek() + 7) % 7;
    return today.addDays(ahead);
}

Id DuplicateVisitDialog::duplicate(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                                   Id visitId)
{
    const auto visit = VisitRepository(document.database()).get(visitId);
    const auto sessions = ProgrammeRepository(document.database()).listForVisit(visitId);
    if (!visit || !sessions) {
        prompts.warning(parent, tr("Duplicate Visit"), (visit ? sessions.error() : visit.error()).message());
        return 0;
    }
    DuplicateVisitDialog dialog(*visit, static_cast<int>(sessions->size()), parent);
    dialog.setPrompts(prompts);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const QString title = visit->title.text;
        auto id = document.edits().apply<Id>([title] { return tr("Duplicate visit ‘%1’").arg(title); },
                                             [&] {
                                                 return VisitCopier(document.database())
                                                     .duplicate(visitId, dialog.firstDay(),
                                                                dialog.withParticipants());
                                             });
        if (!id) {
            return id.error();
        }
        created = *id;
        return success();
    });
    return dialog.exec() == QDialog::Accepted ? created : 0;
}

void DuplicateVisitDialog::explain()
{
    const QDate first = firstDay();
    const QDate last = first.addDays(m_visit.firstDay.daysTo(m_visit.lastDay));
    //: %1 is the days of the new visit, such as 17–23 May 2027
    QString text = tr("The new visit: %1, as a draft.").arg(formatDayRange(first, last)) + QLatin1Char('\n');
    text += tr("Its %n session(s) move with the days, with their venues, people and translations.", nullptr,
               m_sessionCount);
    m_explanation->setText(text);
}

void DuplicateVisitDialog::retranslateUi()
{
    //: %1 is the visit's title
    setWindowTitle(tr("Duplicate Visit ‘%1’").arg(m_visit.title.forReader()));
    setLabel(QStringLiteral("visit.firstDay"), tr("&First day:"));
    setLabel(QStringLiteral("visit.withParticipants"), QString());
    m_withParticipants->setText(tr("Copy the &participants too, their arrival and departure moved alike"));
    setLabel(QStringLiteral("visit.explanation"), QString());
    m_explanation->setAccessibleName(tr("What is copied"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Duplicate"));
    explain();
}
