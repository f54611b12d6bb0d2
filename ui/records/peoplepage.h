// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lists/recordlistpage.h"

class DatabaseDocument;
class PersonListModel;
class UserPrompts;

/// Delegates, hosts, presenters, interpreters: the list, with the selected person's contacts, diet,
/// accessibility needs and visits beside it.
class PeoplePage final : public RecordListPage
{
    Q_OBJECT

public:
    PeoplePage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

protected:
    Texts texts() const override;
    QString countText(int shown, int all) const override;
    QString detailsHtml(Id id) const override;
    void addRecord() override;
    void openRecord(Id id) override;
    void deleteRecord(Id id) override;
    void retranslateUi() override;

private:
    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    QPushButton* m_exportPersonalData;

    /// Asks for a file name and writes everything stored about the selected person there as JSON.
    void exportPersonalData();
};
