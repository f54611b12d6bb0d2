// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QWidget>

class Database;
class QLineEdit;
class QListWidget;

/// Institutions to tick, "Name (City)" in alphabetical order, with a box above that filters them:
/// a project's partners, an exchange group's members. An empty list says where institutions are added.
class InstitutionChecklist final : public QWidget
{
    Q_OBJECT

public:
    /// `name` is the list's object name; the filter's is `filterName`.
    InstitutionChecklist(const QString& name, const QString& filterName, QWidget* parent = nullptr);

    /// Reads every institution, `checked` ticked.
    Status load(Database& database, const QList<Id>& checked);
    /// The ticked institutions, in id order.
    QList<Id> checkedIds() const;
    /// The accessible names of the filter and the list, in the interface language of the moment.
    void setTexts(const QString& filterName, const QString& listName);

    QListWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void filter(const QString& text);
    void retranslateUi();

    QLineEdit* m_filter;
    QListWidget* m_list;
    bool m_noInstitutions = false;
};
