// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/institutionchecklist.h"

#include "core/storage/institutionrepository.h"
#include "ui/widgets/textsize.h"

#include <QCollator>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

InstitutionChecklist::InstitutionChecklist(const QString& name, const QString& filterName, QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setFocusProxy(m_filter);
    m_filter->setObjectName(filterName);
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(name);
    m_list->setProperty("content", true); // institutions' names, in no interface language
    m_list->setMaximumHeight(heightForLines(m_list, 9));
    connect(m_filter, &QLineEdit::textChanged, this, &InstitutionChecklist::filter);
    retranslateUi();
}

Status InstitutionChecklist::load(Database& database, const QList<Id>& checked)
{
    m_list->clear();
    const auto institutions = InstitutionRepository(database).list();
    if (!institutions) {
        return institutions.error();
    }
    QList<InstitutionSummary> sorted = institutions.value();
    // SQLite's order would put Ł and Ż in the wrong place.
    QCollator collator(locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(sorted.begin(), sorted.end(), [&](const InstitutionSummary& a, const InstitutionSummary& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    for (const InstitutionSummary& institution : std::as_const(sorted)) {
        auto* item = new QListWidgetItem(
            institution.city.isEmpty() ? institution.name
                                       : QStringLiteral("%1 (%2)").arg(institution.name, institution.city),
            m_list);
        item->setData(Qt::UserRole, institution.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(institution.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_noInstitutions = sorted.isEmpty();
    if (m_noInstitutions) {
        // Says why the list is empty; it is no institution and cannot be checked.
        auto* note = new QListWidgetItem(m_list);
        note->setFlags(Qt::NoItemFlags);
        m_filter->setEnabled(false);
    }
    retranslateUi();
    return success();
}

QList<Id> InstitutionChecklist::checkedIds() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked) {
            ids.append(item->data(Qt::UserRole).toLongLong());
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void InstitutionChecklist::setTexts(const QString& filterName, const QString& listName)
{
    m_filter->setAccessibleName(filterName);
    m_list->setAccessibleName(listName);
}

void InstitutionChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void InstitutionChecklist::filter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!wanted.isEmpty() && !item->text().contains(wanted, Qt::CaseInsensitive));
    }
}

void InstitutionChecklist::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter institutions"));
    if (m_noInstitutions && m_list->count() > 0) {
        m_list->item(0)->setText(tr("No institutions yet: add them on the Institutions page first."));
    }
}
