// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/visit.h"
#include "ui/records/recorddialog.h"

class DatabaseDocument;
class QCheckBox;
class QDateEdit;
class QLabel;
class QWidget;
class UserPrompts;

/// Makes a new visit from an earlier one: the days it starts on, whether its participants come too.
/// The whole programme moves with the days; the copy is a draft.
class DuplicateVisitDialog final : public RecordDialog
{
    Q_OBJECT

public:
    DuplicateVisitDialog(const Visit& visit, int sessionCount, QWidget* parent = nullptr);

    QDate firstDay() const;
    bool withParticipants() const;

    /// Asks for the new days, then duplicates the visit as one edit; returns the new visit's id, or 0
    /// when the coordinator cancelled or it failed (the message then said why).
    static Id duplicate(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent, Id visitId);

    /// The first day a copy is offered: the same weekday as the original's, in the first week from
    /// `today` on, so a week's programme keeps its Monday-to-Friday shape.
    static QDate suggestedFirstDay(const QDate& original, const QDate& today);

protected:
    void retranslateUi() override;

private:
    void explain();

    Visit m_visit;
    int m_sessionCount;
    QDateEdit* m_firstDay;
    QCheckBox* m_withParticipants;
    QLabel* m_explanation;
};
