// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/costline.h"
#include "ui/records/recorddialog.h"

class Database;
class MoneyEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;

/// Adds a cost to a visit, or edits one: its category and description, the amount planned and the
/// amount spent (not known until the invoice is in), the currency, who pays it (own funds or a
/// funding project), whether it is paid, the invoice's reference.
class CostDialog final : public RecordDialog
{
    Q_OBJECT

public:
    CostDialog(const CostLine& line, Database& database, QWidget* parent = nullptr);

    /// The cost as the form describes it.
    CostLine line() const;
    /// What a new cost of `visitId` starts with: the currency of the visit's funding project, else PLN.
    static CostLine newLine(Database& database, Id visitId);

    FieldErrors check() const override;

protected:
    void retranslateUi() override;

private:
    CostLine m_original;
    QComboBox* m_category;
    QLineEdit* m_description;
    MoneyEdit* m_planned;
    MoneyEdit* m_actual;
    QCheckBox* m_actualUnknown;
    QComboBox* m_currency;
    QComboBox* m_paidBy;
    QCheckBox* m_paid;
    QLineEdit* m_invoice;
};
