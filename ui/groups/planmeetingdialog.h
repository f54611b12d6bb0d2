// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/meetingplanner.h"
#include "ui/records/recorddialog.h"

#include <QHash>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class UserPrompts;

/// Plans an exchange group's next meeting: the host the rotation proposes (the coordinator may choose
/// another member) and the days due, moved off the host's weekends and public holidays. OK writes it
/// as a draft visit through the saver.
class PlanMeetingDialog final : public RecordDialog
{
    Q_OBJECT

public:
    PlanMeetingDialog(const MeetingProposal& proposal, Database& database, UserPrompts& prompts,
                      QWidget* parent = nullptr);

    Id hostId() const;
    QDate firstDay() const;
    QDate lastDay() const;

    FieldErrors check() const override;

protected:
    void retranslateUi() override;

private:
    /// The proposal for the chosen host: its days move to that host's working days.
    void hostChosen();
    void fillHosts();
    void explain();

    Database& m_database;
    MeetingProposal m_proposal;
    QHash<Id, QString> m_hostNames;
    QHash<Id, QString> m_hostCountries;
    QComboBox* m_host;
    QDateEdit* m_firstDay;
    QDateEdit* m_lastDay;
    QLabel* m_explanation;
};
