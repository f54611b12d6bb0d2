// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/exchangegroup.h"
#include "ui/records/recorddialog.h"

class Database;
class InstitutionChecklist;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class UserPrompts;

/// Adds or edits an exchange group: its name, how often it meets, its member institutions, notes.
class ExchangeGroupDialog final : public RecordDialog
{
    Q_OBJECT

public:
    ExchangeGroupDialog(const ExchangeGroup& group, Database& database, UserPrompts& prompts,
                        QWidget* parent = nullptr);

    /// The group as the form now describes it.
    ExchangeGroup group() const;

    FieldErrors check() const override;

protected:
    void retranslateUi() override;

private:
    ExchangeGroup m_original;
    QLineEdit* m_name;
    QSpinBox* m_interval;
    InstitutionChecklist* m_members;
    QPlainTextEdit* m_notes;
};
