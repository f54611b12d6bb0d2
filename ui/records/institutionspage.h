// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lists/recordlistpage.h"

class DatabaseDocument;
class InstitutionListModel;
class UserPrompts;

/// Welfare centres, NGOs, city halls...: the list, with the selected one's people and the sessions
/// it hosted beside it.
class InstitutionsPage final : public RecordListPage
{
    Q_OBJECT

public:
    InstitutionsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

protected:
    Texts texts() const override;
    QString countText(int shown, int all) const override;
    QString detailsHtml(Id id) const override;
    void addRecord() override;
    void openRecord(Id id) override;
    void deleteRecord(Id id) override;

private:
    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
};
