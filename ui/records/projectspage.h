// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lists/recordlistpage.h"

class DatabaseDocument;
class UserPrompts;

/// The projects that pay for visits: the list, with the selected one's budget, partners, logo and
/// the visits it funds beside it.
class ProjectsPage final : public RecordListPage
{
    Q_OBJECT

public:
    ProjectsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

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
