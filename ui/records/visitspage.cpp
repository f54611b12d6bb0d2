// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/visitspage.h"

#include "core/sample/sampledata.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/records/visitlistmodel.h"
#include "ui/visit/duplicatevisitdialog.h"
#include "ui/visit/visitdeletion.h"
#include "ui/visit/visitdialog.h"
#include "ui/widgets/userprompts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace {

constexpr int anyValue = -1;

} // namespace

VisitsPage::VisitsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : RecordListPage(new VisitListModel(document.database()), parent), m_document(document),
      m_prompts(prompts), m_visits(static_cast<VisitListModel*>(model())), m_status(new QComboBox(this)),
      m_year(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_sampleButton(addEmptyStateButton(QStringLiteral("addSampleVisits"))),
      m_duplicateButton(addSelectionButton(QStringLiteral("duplicateVisit")))
{
    HelpRequest::setSection(this, QStringLiteral("visits"));
    setObjectName(QStringLiteral("visitsPage"));
    table()->setObjectName(QStringLiteral("visitTable"));
    table()->sortByColumn(VisitListModel::Days, Qt::AscendingOrder);
    setSearchColumns({VisitListModel::Title, VisitListModel::Host, VisitListModel::Country});
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] {
        if (const Id created = DuplicateVisitDialog::duplicate(m_document, m_prompts, this, currentId())) {
            Q_EMIT openVisitRequested(created);
        }
    });

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(QString(), anyValue);
    for (const VisitStatus status : EnumInfo<VisitStatus>::all()) {
        m_status->addItem(QString(), static_cast<int>(status));
    }
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(QString(), anyValue);
    for (const VisitKind kind : EnumInfo<VisitKind>::all()) {
        m_kind->addItem(QString(), static_cast<int>(kind));
    }
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->addItem(QString(), anyValue);
    filterBar()->addWidget(m_status);
    filterBar()->addWidget(m_year);
    filterBar()->addWidget(m_kind);
    for (QComboBox* filter : {m_status, m_year, m_kind}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(filter, &QComboBox::currentIndexChanged, proxy(), &CollatingProxyModel::invalidateRows);
    }
    proxy()->setRowFilter([this](int sourceRow) { return acceptsRow(sourceRow); });
    connect(m_visits, &QAbstractItemModel::modelReset, this, &VisitsPage::updateYears);
    // Ten years of visits open where the work is: at today's, not at the first ever.
    connect(m_visits, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_todayShown && m_visits->rowCount() > 0) {
            m_todayShown = true;
            showToday();
        }
    });
    connect(m_sampleButton, &QPushButton::clicked, this, &VisitsPage::addSampleVisits);

    setEditable(!document.isReadOnly());
    m_sampleButton->setVisible(!document.isReadOnly());
    updateYears();
    retranslateUi();
    fitColumns();
}

void VisitsPage::showToday()
{
    const QHeaderView* header = table()->horizontalHeader();
    if (header->sortIndicatorSection() != VisitListModel::Days ||
        header->sortIndicatorOrder() != Qt::AscendingOrder || currentId() != 0) {
        return;
    }
    const QDate today = QDate::currentDate();
    const QAbstractItemModel* shown = table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(VisitListModel::LastDayRole).toDate() >= today) {
            table()->doItemsLayout(); // the rows were just read: their scroll range is laid out later
            table()->scrollTo(index, QAbstractItemView::PositionAtTop);
            return;
        }
    }
    table()->doItemsLayout();
    table()->scrollToBottom(); // every visit is over: the latest are nearest
}

bool VisitsPage::acceptsRow(int sourceRow) const
{
    const QModelIndex index = m_visits->index(sourceRow, 0);
    const int status = m_status->currentData().toInt();
    if (status != anyValue && index.data(VisitListModel::StatusRole).toInt() != status) {
        return false;
    }
    const int kind = m_kind->currentData().toInt();
    if (kind != anyValue && index.data(VisitListModel::KindRole).toInt() != kind) {
        return false;
    }
    const int year = m_year->currentData().toInt();
    return year == anyValue || (index.data(VisitListModel::FirstYearRole).toInt() <= year &&
                                year <= index.data(VisitListModel::LastYearRole).toInt());
}

void VisitsPage::updateYears()
{
    const int chosen = m_year->currentData().toInt();
    const QSignalBlocker blocker(m_year);
    while (m_year->count() > 1) {
        m_year->removeItem(1);
    }
    for (const int year : m_visits->years()) {
        m_year->addItem(QString::number(year), year);
    }
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
}

RecordListPage::Texts VisitsPage::texts() const
{
    return {
        tr("Search visits by title, host or country"),
        tr("Search visits"),
        tr("Visits"),
        tr("Details of the visit"),
        tr("&New Visit…"),
        tr("No visits yet"),
        tr("Plan your first study visit with New Visit, or add the sample visits to see how a week-long "
           "programme in two cities, a one-day visit and a visit from Czechia look in Wizyta. "
           "Sample visits can be deleted like any other."),
    };
}

void VisitsPage::retranslateUi()
{
    m_duplicateButton->setText(tr("D&uplicate…"));
    m_duplicateButton->setToolTip(tr("A new visit made from this one: its programme on new days"));
    m_status->setItemText(0, tr("All statuses"));
    m_status->setAccessibleName(tr("Status"));
    for (int i = 1; i < m_status->count(); ++i) {
        m_status->setItemText(i, enumDisplayName(static_cast<VisitStatus>(m_status->itemData(i).toInt())));
    }
    m_kind->setItemText(0, tr("All kinds"));
    m_kind->setAccessibleName(tr("Kind"));
    for (int i = 1; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, enumDisplayName(static_cast<VisitKind>(m_kind->itemData(i).toInt())));
    }
    m_year->setItemText(0, tr("All years"));
    m_year->setAccessibleName(tr("Year"));
    m_sampleButton->setText(tr("Add &Sample Visits"));
    RecordListPage::retranslateUi();
}

QString VisitsPage::countText(int shown, int all) const
{
    if (shown == all) {
        return tr("%n visit(s)", nullptr, all);
    }
    //: %1 visits are shown out of all %n
    return tr("%1 of %n visit(s)", nullptr, all).arg(shown);
}

bool VisitsPage::addSampleVisits()
{
    auto added = m_document.edits().apply<QList<Id>>(
        [] { return tr("Add sample visits"); }, [this] { return SampleData::add(m_document.database()); });
    if (!added) {
        m_prompts.warning(this, tr("Sample Visits"), added.error().message());
        return false;
    }
    return true;
}

void VisitsPage::addRecord()
{
    if (const Id created = VisitDialog::addVisit(m_document, m_prompts, this)) {
        selectId(created);
        Q_EMIT openVisitRequested(created);
    }
}

void VisitsPage::openRecord(Id id)
{
    Q_EMIT openVisitRequested(id);
}

void VisitsPage::deleteRecord(Id id)
{
    VisitDeletion::askAndDelete(m_document, m_prompts, this, id);
}
