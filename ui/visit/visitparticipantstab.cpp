// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visitparticipantstab.h"

#include "core/storage/personrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/editing/deletion.h"
#include "ui/help/helprequest.h"
#include "ui/lists/collatingproxymodel.h"
#include "ui/lists/tablecolumns.h"
#include "ui/lists/tablememory.h"
#include "ui/lists/tablesetup.h"
#include "ui/visit/participantdialog.h"
#include "ui/visit/participantlistmodel.h"
#include "ui/widgets/buttonmenu.h"
#include "ui/widgets/userprompts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace {

/// Stores the participant, and first the person entered in place when there is one, so that one
/// Undo takes both back. Returns the participant's id.
Result<Id> storeParticipant(Database& database, VisitParticipant participant,
                            const std::optional<Person>& person)
{
    if (person) {
        auto personId = PersonRepository(database).create(*person);
        if (!personId) {
            return personId.error();
        }
        participant.personId = personId.value();
    }
    if (participant.id == 0) {
        return ParticipantRepository(database).create(participant);
    }
    if (Status updated = ParticipantRepository(database).update(participant); !updated) {
        return updated.error();
    }
    return participant.id;
}

} // namespace

VisitParticipantsTab::VisitParticipantsTab(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_document(document), m_prompts(prompts),
      m_participants(new ParticipantListModel(document.database(), this)),
      m_proxy(new CollatingProxyModel(this)), m_table(new QTableView(this)), m_counts(new QLabel(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_import(new QPushButton(this)), m_export(new QPushButton(this)), m_exchange(document, prompts, this)
{
    HelpRequest::setSection(this, QStringLiteral("participants"));
    setObjectName(QStringLiteral("visitParticipants"));
    m_proxy->setSourceModel(m_participants);
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setModel(m_proxy);
    setUpRowTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantListModel::Role, Qt::AscendingOrder);
    m_counts->setObjectName(QStringLiteral("participantCounts"));
    m_counts->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_edit->setObjectName(QStringLiteral("editParticipant"));
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    m_import->setObjectName(QStringLiteral("importParticipants"));
    m_export->setObjectName(QStringLiteral("exportParticipants"));
    connect(m_import, &QPushButton::clicked, this, [this] { m_exchange.importParticipants(m_visitId); });
    connect(m_export, &QPushButton::clicked, this, [this] { m_exchange.exportParticipants(m_visitId); });
    connect(m_add, &QPushButton::clicked, this, &VisitParticipantsTab::addParticipant);
    connect(m_edit, &QPushButton::clicked, this, &VisitParticipantsTab::editParticipant);
    connect(m_remove, &QPushButton::clicked, this, &VisitParticipantsTab::removeParticipant);
    connect(m_table, &QTableView::activated, this, &VisitParticipantsTab::editParticipant);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitParticipantsTab::updateState);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &VisitParticipantsTab::removeParticipant);
    auto* insertKey =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, this, &VisitParticipantsTab::addParticipant);

    // A reload (an edit here, an undo, a change elsewhere) keeps the same participant selected.
    auto selected = std::make_shared<Id>(0);
    connect(m_participants, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, selected] { *selected = currentParticipantId(); });
    connect(m_participants, &QAbstractItemModel::modelReset, this, [this, selected] {
        selectParticipant(*selected);
        updateState();
        fitColumns(m_table, ParticipantListModel::Name);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counts, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    // Exchanging with spreadsheets, above the list it fills or saves.
    auto* exchange = new QHBoxLayout;
    exchange->addStretch();
    exchange->addWidget(m_import);
    exchange->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(exchange);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_table);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);

    const bool editable = !document.isReadOnly();
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    m_import->setVisible(editable);
    m_add->setEnabled(false);
    m_import->setEnabled(false);
    m_export->setEnabled(false);
    retranslateUi();
    addButtonMenu(m_table, {m_edit, m_remove, nullptr, m_add, nullptr, m_import, m_export});
}

void VisitParticipantsTab::setVisitId(Id visitId)
{
    m_visitId = visitId;
    m_participants->setVisitId(visitId);
    m_add->setEnabled(visitId != 0);
    m_import->setEnabled(visitId != 0);
    m_export->setEnabled(visitId != 0);
}

int VisitParticipantsTab::participantCount() const
{
    return m_participants->rowCount();
}

void VisitParticipantsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_participants->retranslate();
        m_proxy->updateCollation();
        retranslateUi();
        fitColumns(m_table, ParticipantListModel::Name);
    }
    QWidget::changeEvent(event);
}

void VisitParticipantsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns(m_table, ParticipantListModel::Name);
}

void VisitParticipantsTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Participants"));
    m_add->setText(tr("&Add Participant…"));
    m_edit->setText(tr("Ed&it…"));
    m_remove->setText(tr("Rem&ove"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Add participants from a spreadsheet (CSV), e.g. a list the partner sent"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the participants as a spreadsheet (CSV) for Excel or LibreOffice"));
    updateState();
}

void VisitParticipantsTab::updateState()
{
    const int all = m_participants->rowCount();
    if (m_visitId != 0 && all == 0) {
        m_counts->setText(tr("No participants yet: add the delegation, the hosts and the interpreters with "
                             "“Add Participant…” (Insert)."));
    } else {
        QStringList roles;
        const QMap<ParticipantRole, int> counts = m_participants->roleCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            //: %1 a role such as "Interpreter", %2 how many participants have it
            roles << tr("%1: %2").arg(enumDisplayName(it.key()), QLocale().toString(it.value()));
        }
        const QString total = tr("%n participant(s)", nullptr, all);
        m_counts->setText(
            roles.isEmpty() ? total : total + QStringLiteral(" — ") + roles.join(QStringLiteral(" · ")));
    }
    const bool selected = currentParticipantId() != 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

Id VisitParticipantsTab::currentParticipantId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void VisitParticipantsTab::selectParticipant(Id participantId)
{
    if (const int row = m_participants->rowOf(participantId); row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_participants->index(row, 0)),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
}

void VisitParticipantsTab::addParticipant()
{
    if (m_visitId == 0 || m_document.isReadOnly()) {
        return;
    }
    Database& database = m_document.database();
    VisitParticipant participant;
    participant.visitId = m_visitId;
    ParticipantDialog dialog(participant, database, this);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const std::optional<Person> person =
            dialog.createsPerson() ? std::optional<Person>(dialog.newPerson()) : std::nullopt;
        const VisitParticipant entered = dialog.participant();
        const QString name = dialog.personName();
        auto id = m_document.edits().apply<Id>([name] { return tr("Add participant ‘%1’").arg(name); },
                                               [&] { return storeParticipant(database, entered, person); });
        if (!id) {
            return id.error();
        }
        created = id.value();
        return success();
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectParticipant(created);
    }
}

void VisitParticipantsTab::editParticipant()
{
    const Id id = currentParticipantId();
    if (id == 0) {
        return;
    }
    Database& database = m_document.database();
    const auto original = ParticipantRepository(database).get(id);
    if (!original) {
        m_prompts.warning(this, tr("Edit Participant"), original.error().message());
        return;
    }
    ParticipantDialog dialog(original.value(), database, this);
    dialog.setReadOnly(m_document.isReadOnly());
    dialog.setSaver([&]() -> Status {
        const std::optional<Person> person =
            dialog.createsPerson() ? std::optional<Person>(dialog.newPerson()) : std::nullopt;
        const VisitParticipant edited = dialog.participant();
        if (!person && edited == original.value()) {
            return success();
        }
        const QString name = dialog.personName();
        auto stored =
            m_document.edits().apply<Id>([name] { return tr("Edit participant ‘%1’").arg(name); },
                                         [&] { return storeParticipant(database, edited, person); });
        return stored ? success() : Status(stored.error());
    });
    dialog.exec();
}

void VisitParticipantsTab::removeParticipant()
{
    const Id id = currentParticipantId();
    if (id == 0 || m_document.isReadOnly()) {
        return;
    }
    Database& database = m_document.database();
    const QString name = m_participants->participantAt(m_participants->rowOf(id)).displayName;
    const auto usage = ParticipantRepository(database).usage(id);
    if (!usage) {
        m_prompts.warning(this, tr("Remove Participant"), usage.error().message());
        return;
    }
    Deletion deletion;
    deletion.title = tr("Remove Participant");
    deletion.question = tr("Remove ‘%1’ from this visit?").arg(name);
    deletion.action = tr("&Remove");
    deletion.consequences << tr(
        "They were chosen to attend %n session(s), and will no longer be listed there.", nullptr,
        usage->audienceSessions);
    // Taking someone off the list is one Undo away; leaving sessions chosen for them deserves a word.
    deletion.askFirst = usage->audienceSessions > 0;
    deletion.editName = [name] { return tr("Remove participant ‘%1’").arg(name); };
    deletion.remove = [&] { return ParticipantRepository(database).remove(id); };
    deletion.askAndApply(m_document, m_prompts, this);
}

void VisitParticipantsTab::rememberColumns(TableMemory& memory)
{
    memory.keep(m_table, QStringLiteral("participants"),
                [this] { fitColumns(m_table, ParticipantListModel::Name); });
}
