// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/visitparticipant.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

/// Who gets a certificate of participation: the visit's participants to tick, with their roles. The
/// delegation is ticked unless a choice was made before; hosts, presenters or interpreters are ticked
/// when they are to get one too.
class CertificateRecipientsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `participants` are the visit's, in the order shown; `chosen` the participants ticked (none: the
    /// delegation).
    CertificateRecipientsDialog(QList<ParticipantRow> participants, const QList<Id>& chosen,
                                QWidget* parent = nullptr);

    /// The participants ticked, in the order shown; none when they are the delegation exactly, as the
    /// certificates go without a choice.
    QList<Id> chosenIds() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// Ticks the participants for whom `tick` holds, and no one else.
    void tickWhere(bool (*tick)(const ParticipantRow& row));
    void updateOk();

    QList<ParticipantRow> m_participants;
    QLabel* m_label;
    QListWidget* m_list;
    QPushButton* m_delegation;
    QPushButton* m_everyone;
    QDialogButtonBox* m_buttons;
};
