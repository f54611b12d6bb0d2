// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lists/recordlistpage.h"

class DatabaseDocument;
class QPushButton;
class UserPrompts;

/// The exchange groups: the list, and beside it the selected group's members in the order they would
/// host (who hosted when, who has waited longest) and its meetings, each opening its visit. Plan Next
/// Meeting adds the next one as a draft.
class ExchangeGroupsPage final : public RecordListPage
{
    Q_OBJECT

public:
    ExchangeGroupsPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent = nullptr);

    /// Plans the selected group's next meeting in a dialog; on OK the new visit opens.
    void planMeeting();

Q_SIGNALS:
    void openVisitRequested(Id visitId);

protected:
    Texts texts() const override;
    QString countText(int shown, int all) const override;
    QString detailsHtml(Id id) const override;
    void addRecord() override;
    void openRecord(Id id) override;
    void deleteRecord(Id id) override;
    void detailsLinkActivated(const QUrl& target) override;
    void retranslateUi() override;

private:
    DatabaseDocument& m_document;
    UserPrompts& m_prompts;
    QPushButton* m_planMeeting;
};
